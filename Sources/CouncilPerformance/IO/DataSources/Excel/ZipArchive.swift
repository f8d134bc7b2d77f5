internal import CZlib

/// The entries of a ZIP archive held in memory, read through its central directory, each inflated only
/// when asked for and only within limits.
///
/// An Excel workbook is a ZIP archive of XML parts. The reader accepts what spreadsheet applications
/// write (entries stored or deflated, with or without data descriptors) and refuses, before inflating
/// anything, what a hostile file would need: ZIP64 and multi-disk archives, encryption, entry names
/// that point outside the archive, entries that overlap one another, and declared sizes beyond
/// ``Limits``. Inflating stops at an entry's declared size, so an entry that lies about its size costs
/// no more memory than one that tells the truth.
struct ZipArchive {
    /// How much an archive may ask of the reader.
    struct Limits {
        /// The most entries the central directory may list.
        var entryCount = 10_000
        /// The most bytes one entry may inflate to (256 MiB).
        var entrySize = 256 * 1024 * 1024
        /// The most bytes all the entries read from one archive may inflate to (1 GiB).
        var totalSize = 1024 * 1024 * 1024
        /// The largest ratio of inflated to compressed size accepted for an entry over
        /// ``ratioThreshold`` bytes; XML compresses about tenfold, a zip bomb a thousandfold.
        var compressionRatio = 200
        /// The inflated size above which ``compressionRatio`` applies (1 MiB).
        var ratioThreshold = 1024 * 1024
    }

    /// An entry of the central directory.
    struct Entry {
        /// The entry's name, such as `xl/worksheets/sheet1.xml`.
        let name: String
        /// 0 for stored, 8 for deflated.
        let method: Int
        /// The CRC-32 of the inflated bytes.
        let checksum: UInt32
        /// The size of the entry's data in the archive.
        let compressedSize: Int
        /// The size of the inflated data, as the directory declares it.
        let size: Int
        /// Where the entry's local header starts.
        let headerOffset: Int
    }

    /// Why an archive or an entry was refused, in words.
    struct Failure: Error {
        /// What is wrong, such as `the ZIP archive is truncated (...)`.
        let message: String
    }

    private let bytes: [UInt8]
    private let limits: Limits
    /// The entries, in directory order.
    let entries: [Entry]
    private let index: [String: Int]

    /// Reads an archive's central directory.
    ///
    /// - Parameters:
    ///   - bytes: The whole archive.
    ///   - limits: What the archive may ask of the reader.
    /// - Throws: ``Failure`` when the bytes are not a ZIP archive, are truncated, or ask for more than
    ///   the limits allow.
    /// - Complexity: O(*n*) in the directory's size.
    init(bytes: [UInt8], limits: Limits = Limits()) throws(Failure) {
        self.bytes = bytes
        self.limits = limits
        let end = try Self.endRecord(in: bytes)
        let count = Self.uint16(bytes, end + 10)
        let directorySize = Self.uint32(bytes, end + 12)
        let directoryOffset = Self.uint32(bytes, end + 16)
        if Self.uint16(bytes, end + 4) != 0 || Self.uint16(bytes, end + 6) != 0 {
            throw Failure(message: "the ZIP archive spans several disks (expected one file)")
        }
        if count == 0xFFFF || directoryOffset == 0xFFFF_FFFF || directorySize == 0xFFFF_FFFF {
            throw Failure(message: "the ZIP archive is in the ZIP64 form (expected a workbook under 4 GiB)")
        }
        guard count <= limits.entryCount else {
            throw Failure(message: "the ZIP archive lists \(count) entries (expected at most \(limits.entryCount))")
        }
        guard directoryOffset + directorySize <= end else {
            throw Failure(message: "the ZIP archive is truncated (its directory lies beyond the end of the file)")
        }
        var entries: [Entry] = []
        var index: [String: Int] = [:]
        var position = directoryOffset
        for _ in 0..<count {
            let entry = try Self.directoryEntry(in: bytes, at: &position, directoryEnd: directoryOffset + directorySize)
            guard index[entry.name] == nil else {
                throw Failure(message: "the ZIP archive holds \(entry.name) twice (expected each part once)")
            }
            index[entry.name] = entries.count
            entries.append(entry)
        }
        try Self.checkNoOverlap(entries, in: bytes, directoryOffset: directoryOffset)
        self.entries = entries
        self.index = index
    }

    /// Whether the archive holds an entry.
    func contains(_ name: String) -> Bool { index[name] != nil }

    /// An entry's inflated bytes, checked against its size and CRC-32.
    ///
    /// - Parameters:
    ///   - name: The entry's name.
    ///   - budget: The bytes still allowed for this archive; reduced by the entry's size.
    /// - Returns: The bytes, or `nil` when the archive has no such entry.
    /// - Throws: ``Failure`` when the entry is too large, a likely zip bomb, damaged, or encrypted.
    /// - Complexity: O(*n*) in the entry's inflated size.
    func data(of name: String, budget: inout Int) throws(Failure) -> [UInt8]? {
        guard let position = index[name] else { return nil }
        let entry = entries[position]
        let allowed = min(limits.entrySize, budget)
        guard entry.size <= allowed else {
            throw Failure(message: "\(entry.name) would inflate to \(entry.size) bytes (expected at most \(allowed))")
        }
        if entry.size > limits.ratioThreshold, entry.size / max(entry.compressedSize, 1) > limits.compressionRatio {
            throw Failure(
                message: "\(entry.name) would inflate \(entry.compressedSize) bytes to \(entry.size), more than "
                    + "\(limits.compressionRatio) to 1 (a zip bomb; expected a workbook's XML)"
            )
        }
        let start = try Self.dataStart(of: entry, in: bytes)
        let stored = start..<(start + entry.compressedSize)
        let output: [UInt8]
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.size else {
                throw Failure(message: "\(entry.name) is stored with two different sizes (the archive is damaged)")
            }
            output = Array(bytes[stored])
        case 8:
            output = try Self.inflated(bytes[stored], size: entry.size, name: entry.name)
        default:
            throw Failure(
                message: "\(entry.name) is compressed with method \(entry.method) (expected stored or deflated)"
            )
        }
        let checksum = output.withUnsafeBufferPointer { buffer in
            UInt32(crc32(0, buffer.baseAddress, uInt(buffer.count)))
        }
        guard checksum == entry.checksum else {
            throw Failure(message: "\(entry.name) fails its CRC-32 check (the archive is damaged)")
        }
        budget -= output.count
        return output
    }

    // MARK: - Records

    /// Finds the end of central directory record, searching back over the largest comment allowed.
    private static func endRecord(in bytes: [UInt8]) throws(Failure) -> Int {
        guard bytes.count >= 22 else {
            throw Failure(
                message: "the file is \(bytes.count) bytes, too short for a ZIP archive (expected a .xlsx workbook)"
            )
        }
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        var position = bytes.count - 22
        while position >= lowest {
            if uint32(bytes, position) == 0x0605_4B50 { return position }
            position -= 1
        }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw Failure(message: "the ZIP archive is truncated (no end of central directory record)")
        }
        throw Failure(message: "not a ZIP archive (expected a .xlsx workbook, which is one)")
    }

    private static func directoryEntry(
        in bytes: [UInt8],
        at position: inout Int,
        directoryEnd: Int
    ) throws(Failure) -> Entry {
        guard position + 46 <= directoryEnd, uint32(bytes, position) == 0x0201_4B50 else {
            throw Failure(message: "the ZIP archive's directory is damaged at byte \(position)")
        }
        let flags = uint16(bytes, position + 8)
        let nameLength = uint16(bytes, position + 28)
        let extraLength = uint16(bytes, position + 30)
        let commentLength = uint16(bytes, position + 32)
        let next = position + 46 + nameLength + extraLength + commentLength
        guard next <= directoryEnd else {
            throw Failure(message: "the ZIP archive's directory is damaged at byte \(position)")
        }
        let name = String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
        let entry = Entry(
            name: name,
            method: uint16(bytes, position + 10),
            checksum: UInt32(uint32(bytes, position + 16)),
            compressedSize: uint32(bytes, position + 20),
            size: uint32(bytes, position + 24),
            headerOffset: uint32(bytes, position + 42)
        )
        position = next
        guard flags & 1 == 0 else {
            throw Failure(message: "\(name) is encrypted (expected a workbook saved without a password)")
        }
        guard isSafe(name) else {
            throw Failure(
                message: "the entry \"\(name)\" points outside the archive (expected a relative path without ..)"
            )
        }
        return entry
    }

    /// Whether an entry name stays inside the archive: relative, no `..` step, no drive, no backslash.
    private static func isSafe(_ name: String) -> Bool {
        guard !name.isEmpty, !name.hasPrefix("/"), !name.contains("\\"), !name.contains(":"),
            !name.utf8.contains(0)
        else { return false }
        return !name.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }

    /// Refuses entries whose data overlap (the trick of non-recursive zip bombs) or run into the directory.
    private static func checkNoOverlap(_ entries: [Entry], in bytes: [UInt8], directoryOffset: Int) throws(Failure) {
        var ranges: [(start: Int, end: Int, name: String)] = []
        for entry in entries {
            let start = try dataStart(of: entry, in: bytes)
            ranges.append((entry.headerOffset, start + entry.compressedSize, entry.name))
        }
        ranges.sort { $0.start < $1.start }
        var previous: (end: Int, name: String)?
        for range in ranges {
            if let previous, range.start < previous.end {
                throw Failure(
                    message:
                        "the entries \(previous.name) and \(range.name) overlap (a zip bomb; expected separate entries)"
                )
            }
            guard range.end <= directoryOffset else {
                throw Failure(message: "the ZIP archive is truncated (\(range.name) runs past its data)")
            }
            previous = (range.end, range.name)
        }
    }

    /// Where an entry's data start, after its local header.
    private static func dataStart(of entry: Entry, in bytes: [UInt8]) throws(Failure) -> Int {
        let header = entry.headerOffset
        guard header + 30 <= bytes.count, uint32(bytes, header) == 0x0403_4B50 else {
            throw Failure(message: "the ZIP archive is truncated or damaged (no local header for \(entry.name))")
        }
        let start = header + 30 + uint16(bytes, header + 26) + uint16(bytes, header + 28)
        guard start + entry.compressedSize <= bytes.count else {
            throw Failure(message: "the ZIP archive is truncated (\(entry.name) runs past the end of the file)")
        }
        return start
    }

    /// Inflates raw deflate data to exactly `size` bytes, refusing more or less.
    ///
    /// The output grows a chunk at a time as data inflates, so an entry that declares more than it holds
    /// costs only what it really inflates to, and inflating stops one byte past the declared size.
    private static func inflated(_ input: ArraySlice<UInt8>, size: Int, name: String) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard czlib_inflate_init_raw(&stream) == Z_OK else {
            throw Failure(message: "zlib could not start inflating \(name)")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: min(size + 1, 1 << 20))
        var status = Z_OK
        input.withUnsafeBufferPointer { source in
            stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.avail_in = uInt(source.count)
            while status == Z_OK, output.count <= size {
                let room = min(chunk.count, size + 1 - output.count)
                let produced: Int = chunk.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = uInt(room)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return room - Int(stream.avail_out)
                }
                output.append(contentsOf: chunk[..<produced])
                if status == Z_BUF_ERROR, produced == 0 { break }
            }
        }
        guard output.count <= size else {
            throw Failure(message: "\(name) inflates to more than its declared \(size) bytes (a zip bomb)")
        }
        guard status == Z_STREAM_END else {
            throw Failure(message: "\(name) cannot be inflated (the archive is truncated or damaged)")
        }
        guard output.count == size else {
            throw Failure(message: "\(name) inflates to \(output.count) bytes, not its declared \(size)")
        }
        return output
    }

    private static func uint16(_ bytes: [UInt8], _ offset: Int) -> Int {
        Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
    }

    private static func uint32(_ bytes: [UInt8], _ offset: Int) -> Int {
        uint16(bytes, offset) | uint16(bytes, offset + 2) << 16
    }
}
