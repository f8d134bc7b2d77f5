/// Writes a ZIP archive of stored (uncompressed) entries, byte for byte the same for the same entries.
///
/// Every entry has the same fixed time stamp (1 January 1980, the format's first day) and no extra
/// fields, so an archive depends only on its entries' names and bytes, in the order given.
package struct ZipWriter: Sendable {
    private var output: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    /// Creates an empty archive.
    package init() {}

    /// Adds an entry.
    ///
    /// - Parameters:
    ///   - name: The entry's path inside the archive, such as `xl/workbook.xml`.
    ///   - bytes: The entry's content.
    /// - Complexity: O(*n*) in the content's size.
    package mutating func add(_ name: String, _ bytes: [UInt8]) {
        let nameBytes = Array(name.utf8)
        let checksum = CRC32.checksum(bytes)
        let offset = output.count
        // Local file header.
        append32(0x0403_4B50, to: &output)
        appendCommonFields(name: nameBytes, checksum: checksum, size: bytes.count, to: &output)
        append16(0, to: &output)  // extra field length
        output += nameBytes
        output += bytes
        // Central directory header.
        append32(0x0201_4B50, to: &directory)
        append16(20, to: &directory)  // made by: version 2.0
        appendCommonFields(name: nameBytes, checksum: checksum, size: bytes.count, to: &directory)
        append16(0, to: &directory)  // extra field length
        append16(0, to: &directory)  // comment length
        append16(0, to: &directory)  // disk number
        append16(0, to: &directory)  // internal attributes
        append32(0, to: &directory)  // external attributes
        append32(UInt32(truncatingIfNeeded: offset), to: &directory)
        directory += nameBytes
        count += 1
    }

    /// The finished archive.
    ///
    /// - Returns: The archive's bytes.
    package func bytes() -> [UInt8] {
        var result = output + directory
        append32(0x0605_4B50, to: &result)
        append16(0, to: &result)  // this disk
        append16(0, to: &result)  // the directory's disk
        append16(UInt16(truncatingIfNeeded: count), to: &result)
        append16(UInt16(truncatingIfNeeded: count), to: &result)
        append32(UInt32(truncatingIfNeeded: directory.count), to: &result)
        append32(UInt32(truncatingIfNeeded: output.count), to: &result)
        append16(0, to: &result)  // comment length
        return result
    }

    /// The fields local and central headers share, from "version needed" to the name's length.
    private func appendCommonFields(name: [UInt8], checksum: UInt32, size: Int, to bytes: inout [UInt8]) {
        append16(20, to: &bytes)  // version needed: 2.0
        append16(0x0800, to: &bytes)  // flags: names are UTF-8
        append16(0, to: &bytes)  // method: stored
        append16(0, to: &bytes)  // time: 00:00:00
        append16(0x21, to: &bytes)  // date: 1980-01-01
        append32(checksum, to: &bytes)
        append32(UInt32(truncatingIfNeeded: size), to: &bytes)  // compressed size
        append32(UInt32(truncatingIfNeeded: size), to: &bytes)  // size
        append16(UInt16(truncatingIfNeeded: name.count), to: &bytes)
    }

    private func append16(_ value: UInt16, to bytes: inout [UInt8]) {
        bytes.append(UInt8(value & 0xFF))
        bytes.append(UInt8(value >> 8))
    }

    private func append32(_ value: UInt32, to bytes: inout [UInt8]) {
        append16(UInt16(value & 0xFFFF), to: &bytes)
        append16(UInt16(value >> 16), to: &bytes)
    }
}
