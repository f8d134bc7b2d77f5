/// Writes a ZIP archive of stored (uncompressed) entries, byte for byte the same for the same entries.
///
/// Every entry has the same fixed time stamp (1 January 1980, the format's first day) and no extra
/// fields, so an archive depends only on its entries' names and bytes, in the order given.
///
/// An archive is either built in memory (``add(_:_:)``, then ``bytes()``) or written out as it goes
/// (``add(_:write:overwrite:content:)``, then ``finish(emit:)``), so that a large workbook is never held whole:
/// only its central directory, a few dozen bytes an entry, is kept. An entry written out is itself
/// written a piece at a time: its local header goes first with a zero checksum and size, and is
/// patched once the content has gone by.
package struct ZipWriter: Sendable {
    /// The archive so far, when it is built in memory.
    private var output: [UInt8] = []
    /// How many bytes of entries have been written, in memory or out: where the next entry starts.
    private var written = 0
    private var directory: [UInt8] = []
    private var count = 0

    /// Creates an empty archive.
    package init() {}

    /// Adds an entry to the archive in memory.
    ///
    /// - Parameters:
    ///   - name: The entry's path inside the archive, such as `xl/workbook.xml`.
    ///   - bytes: The entry's content.
    /// - Complexity: O(*n*) in the content's size.
    package mutating func add(_ name: String, _ bytes: [UInt8]) {
        var output = self.output
        self.output = []
        add(name) {
            output.append(contentsOf: $0)
        } overwrite: { offset, replacement in
            output.replaceSubrange(offset..<offset + replacement.count, with: replacement)
        } content: { write in
            bytes.withUnsafeBufferPointer(write)
        }
        self.output = output
    }

    /// Writes an entry out: its local header, then its content as `content` gives it, a piece at a
    /// time; then the header's checksum and sizes are replaced with the content's.
    ///
    /// - Parameters:
    ///   - name: The entry's path inside the archive, such as `xl/worksheets/sheet1.xml`.
    ///   - write: Appends bytes to the archive; they are valid only during the call.
    ///   - overwrite: Replaces bytes already written, at an offset from the archive's start.
    ///   - content: Gives the entry's content to the write function it is handed, in order.
    package mutating func add(
        _ name: String,
        write: (UnsafeBufferPointer<UInt8>) -> Void,
        overwrite: (Int, [UInt8]) -> Void,
        content: ((UnsafeBufferPointer<UInt8>) -> Void) -> Void
    ) {
        let nameBytes = Array(name.utf8)
        let offset = written
        var header: [UInt8] = []
        append32(0x0403_4B50, to: &header)
        appendCommonFields(name: nameBytes, checksum: 0, size: 0, to: &header)
        append16(0, to: &header)  // extra field length
        header += nameBytes
        header.withUnsafeBufferPointer(write)
        var checksum = CRC32.Running()
        var size = 0
        // `content` only calls the function it is handed while it runs, so `write` does not escape.
        withoutActuallyEscaping(write) { write in
            content { bytes in
                checksum.update(bytes)
                size += bytes.count
                write(bytes)
            }
        }
        written += header.count + size
        var fields: [UInt8] = []
        appendCommonFields(name: nameBytes, checksum: checksum.value, size: size, to: &fields)
        overwrite(offset + 4, fields)
        // Central directory header.
        append32(0x0201_4B50, to: &directory)
        append16(20, to: &directory)  // made by: version 2.0
        appendCommonFields(name: nameBytes, checksum: checksum.value, size: size, to: &directory)
        append16(0, to: &directory)  // extra field length
        append16(0, to: &directory)  // comment length
        append16(0, to: &directory)  // disk number
        append16(0, to: &directory)  // internal attributes
        append32(0, to: &directory)  // external attributes
        append32(UInt32(truncatingIfNeeded: offset), to: &directory)
        directory += nameBytes
        count += 1
    }

    /// The finished archive built in memory.
    ///
    /// - Returns: The archive's bytes.
    package func bytes() -> [UInt8] {
        var result = output
        finish { result.append(contentsOf: $0) }
        return result
    }

    /// Writes the end of the archive: the central directory and its end record.
    ///
    /// - Parameter emit: Receives the bytes; they are valid only during the call.
    package func finish(emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        var end = directory
        append32(0x0605_4B50, to: &end)
        append16(0, to: &end)  // this disk
        append16(0, to: &end)  // the directory's disk
        append16(UInt16(truncatingIfNeeded: count), to: &end)
        append16(UInt16(truncatingIfNeeded: count), to: &end)
        append32(UInt32(truncatingIfNeeded: directory.count), to: &end)
        append32(UInt32(truncatingIfNeeded: written), to: &end)
        append16(0, to: &end)  // comment length
        end.withUnsafeBufferPointer(emit)
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
