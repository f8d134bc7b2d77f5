/// One well-formed record as the parser found it: where each field's bytes are in the file, and the
/// text of any field that had to be unquoted (doubled quotes undoubled).
///
/// The view is valid only while the sink's ``CSVRecordSink/record(_:)`` runs: a sink that keeps a record
/// copies what it needs, as text (``text(at:)``) or as byte ranges of a file it keeps.
struct CSVRecordView {
    /// The 1-based physical line where the record starts.
    let line: Int
    /// The offset in ``bytes`` of the record's first byte, the start of its line.
    let start: Int
    /// The whole file.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Each field's first byte offset and the offset just past it, packed as `start << 32 | end`.
    let ranges: [Int]
    /// Each field's text where it is not the file's bytes as they are, by field index.
    let unquoted: [(field: Int, text: String)]
    /// Where each field starts; empty for a record read as one plain line, whose fields' places
    /// follow from their ranges.
    let fieldLocations: [CSVRecord.Location]

    /// The number of fields.
    var count: Int { ranges.count }

    /// Where a field starts.
    func location(at field: Int) -> CSVRecord.Location {
        guard fieldLocations.isEmpty else { return fieldLocations[field] }
        return CSVRecord.Location(line: line, column: PackedPair.high(ranges[field]) - start + 1)
    }

    /// Where each field starts, in order.
    var locations: [CSVRecord.Location] { (0..<count).map(location(at:)) }

    /// A field's bytes in the file, or `nil` when the field's text differs from them.
    func range(at field: Int) -> Range<Int>? {
        if !unquoted.isEmpty, unquoted.contains(where: { $0.field == field }) { return nil }
        return PackedPair.range(ranges[field])
    }

    /// A field's text.
    func text(at field: Int) -> String {
        guard let range = range(at: field) else {
            return unquoted.first { $0.field == field }?.text ?? ""
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Every field's text, in order.
    var texts: [String] { (0..<count).map(text(at:)) }
}

/// Receives the well-formed records of a CSV file as the parser finds them.
///
/// The parser reuses the storage behind each record, so a sink that keeps a record must copy what it
/// needs; a sink that keeps byte ranges into the file, rather than text, lets the parser read a file
/// without making a string per field.
protocol CSVRecordSink {
    /// Receives one well-formed record after the header.
    mutating func record(_ record: CSVRecordView)
}

/// A sink that keeps every record, for ``CSVReader``.
struct CSVRecordCollector: CSVRecordSink {
    var records: [CSVRecord] = []

    mutating func record(_ record: CSVRecordView) {
        records.append(CSVRecord(line: record.line, fields: record.texts, locations: record.locations))
    }
}

/// The byte-level state machine behind ``CSVReader``.
///
/// The parser looks at each byte once. A record that is one line of printable ASCII without quotes,
/// as nearly every record of a data file is, is split eight bytes at a time (``CSVSyntax/nonContentMask(_:)``);
/// any other record is read byte by byte, and only that path reports problems. Unquoted fields, and quoted fields without doubled quotes, are
/// handed to the sink as ranges of the input; a quoted field with doubled quotes is gathered into one
/// reusable buffer that never grows past the field size limit, and handed over as text. UTF-8 is
/// validated while scanning, so a field can be decoded from bytes already known to be valid.
struct CSVParser<Sink: CSVRecordSink> {
    private enum FieldEnding {
        case comma
        case lineBreak
        case endOfFile
    }

    /// The input: the whole file, or a window of it (``resume(with:endsInput:)``).
    private var bytes: UnsafeBufferPointer<UInt8>
    private let options: CSVReader.Options
    private let file: String
    /// Whether the input ends the file; when not, a record that reaches its end is left for the next
    /// window rather than read as the file's last.
    private var endsInput: Bool
    /// Whether the input starts the file, where a byte order mark may be.
    private var atFileStart = true
    /// Whether reading stopped at a record that runs past the end of a window that does not end the file.
    private var awaitsInput = false

    /// The offset of the next byte to read.
    private var position = 0
    /// The 1-based line of ``position``.
    private var line = 1
    /// The offset of the first byte of the current line (after the byte order mark on line 1).
    private var lineStart = 0

    private(set) var header: [String] = []
    private(set) var headerLocations: [CSVRecord.Location] = []
    /// Where the well-formed records go; a caller may replace it once the header is read.
    var sink: Sink
    private(set) var errors: [CSVError] = []
    /// Whether reading stopped, after too many errors or on a file that is not UTF-8.
    private var stopped = false
    /// Whether the next record read is the header.
    private var awaitsHeader: Bool
    /// How many fields each record must have, once known.
    private var expectedFieldCount: Int?
    /// Whether records are checked against ``expectedFieldCount``; not when the header was malformed.
    private var checksFieldCount = true

    /// Whether the current record has a problem; only its first problem is reported.
    private var recordFailed = false
    /// The current record's fields, as byte ranges packed `start << 32 | end`.
    private var fields: [Int] = []
    /// The current record's fields whose text is not their bytes (quoted, with doubled quotes).
    private var unquoted: [(field: Int, text: String)] = []
    /// Where each of the current record's fields starts; left empty by ``readPlainLine()``.
    private var locations: [CSVRecord.Location] = []
    /// Whether records that are one line of printable ASCII are read eight bytes at a time; tests turn
    /// it off to check that both paths read every file alike.
    var readsPlainLinesByWord = true
    /// Where the current record ends: its line break, or the end of the file.
    private var recordEnd = CSVRecord.Location(line: 1, column: 1)
    /// The content of a quoted field with doubled quotes.
    private var scratch: [UInt8] = []

    /// Creates a parser over a file's bytes, or over the first window of a file read a window at a time.
    ///
    /// - Parameters:
    ///   - bytes: The file, or its first window: whole lines, ending at a line feed.
    ///   - options: The reader's options.
    ///   - file: The file's name, for errors.
    ///   - sink: Where well-formed records go.
    ///   - endsInput: Whether `bytes` is the whole file; when not, the caller hands the parser each next
    ///     window once it ``needsInput`` (``resume(with:endsInput:)``).
    init(
        bytes: UnsafeBufferPointer<UInt8>,
        options: CSVReader.Options,
        file: String,
        sink: Sink,
        endsInput: Bool = true
    ) {
        self.bytes = bytes
        self.sink = sink
        self.options = options
        self.file = file
        self.awaitsHeader = options.hasHeader
        self.endsInput = endsInput
    }

    /// Whether the parser has read all it can of its window and the file goes on: the caller hands it
    /// the next window, starting at ``consumed`` bytes into this one.
    var needsInput: Bool { !endsInput && !stopped && (awaitsInput || position >= bytes.count) }

    /// Whether the header has been read (or none is expected).
    var hasReadHeader: Bool { !awaitsHeader }

    /// How many bytes of the window have been read: every record before this offset has gone to the sink.
    var consumed: Int { position }

    /// Goes on reading from the next window of the file, which starts where the last one's read bytes
    /// end (``consumed``): at the start of a line, so lines and columns go on as in one read.
    ///
    /// - Parameters:
    ///   - next: The next window: whole lines, ending at a line feed unless it ends the file.
    ///   - endsInput: Whether the window reaches the end of the file.
    mutating func resume(with next: UnsafeBufferPointer<UInt8>, endsInput: Bool) {
        bytes = next
        self.endsInput = endsInput
        awaitsInput = false
        position = 0
        lineStart = 0
    }

    /// Reads up to and including the header line, when the reader expects one.
    ///
    /// Call it before ``parse()`` to prepare the sink for the file's columns; ``parse()`` reads the rest.
    mutating func parseHeader() {
        if atFileStart {
            atFileStart = false
            skipByteOrderMark()
        }
        while awaitsHeader && position < bytes.count && !stopped && !awaitsInput {
            let byte = bytes[position]
            if byte == CSVSyntax.lineFeed || byte == CSVSyntax.carriageReturn {
                consumeLineBreak()
            } else {
                parseRecord()
            }
        }
    }

    /// Reads the rest of the input, passing each well-formed record to the sink.
    mutating func parse() {
        parse(records: .max)
        if awaitsHeader && !stopped {
            report(
                .emptyFile,
                at: CSVRecord.Location(line: 1, column: 1),
                found: "",
                expected: "a header line naming the columns"
            )
        }
    }

    /// Reads up to `limit` more records after the header, passing each well-formed one to the sink, so
    /// that a large file can be read a part at a time into sinks of bounded size.
    ///
    /// - Parameter limit: The most records to read (well-formed or not); blank lines do not count.
    /// - Returns: Whether input remains to be read.
    @discardableResult
    mutating func parse(records limit: Int) -> Bool {
        parseHeader()
        var read = 0
        while position < bytes.count && !stopped && !awaitsInput && read < limit {
            let byte = bytes[position]
            if byte == CSVSyntax.lineFeed || byte == CSVSyntax.carriageReturn {
                consumeLineBreak()
            } else {
                parseRecord()
                read += 1
            }
        }
        return position < bytes.count && !stopped && !awaitsInput
    }

    // MARK: - Records

    private mutating func skipByteOrderMark() {
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            position = 3
            lineStart = 3
        } else if bytes.count >= 2
            && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            report(
                .invalidUTF8,
                at: CSVRecord.Location(line: 1, column: 1),
                found: CSVSyntax.hexEscaped(bytes[0..<2]),
                expected: "text saved as UTF-8, but this file is UTF-16; save it as \"CSV UTF-8\""
            )
            stopped = true
        }
    }

    private mutating func parseRecord() {
        let recordLine = line
        let recordStart = position
        let (recordLineStart, errorCount, wasStopped) = (lineStart, errors.count, stopped)
        recordFailed = false
        // Reused from record to record; a sink that keeps a record copies it.
        fields.removeAll(keepingCapacity: true)
        unquoted.removeAll(keepingCapacity: true)
        locations.removeAll(keepingCapacity: true)
        var ending: FieldEnding
        if !awaitsHeader && readsPlainLinesByWord, let plain = readPlainLine() {
            ending = plain
        } else {
            repeat { ending = parseField() } while ending == .comma
        }
        if ending == .endOfFile && !endsInput {
            // The record runs on into the next window: forget it, and read it whole from there.
            position = recordStart
            line = recordLine
            lineStart = recordLineStart
            errors.removeSubrange(errorCount...)
            stopped = wasStopped
            awaitsInput = true
            return
        }
        finishRecord(line: recordLine, start: recordStart)
    }

    /// Reads a record that is one line of printable ASCII without quotes (nearly every record of a
    /// data file) eight bytes at a time, returning how it ended; or returns `nil` having changed nothing,
    /// for the byte-at-a-time path to read it and report whatever is wrong with it.
    private mutating func readPlainLine() -> FieldEnding? {
        guard let base = bytes.baseAddress else { return nil }
        let end = bytes.count
        var cursor = position
        var fieldStart = position
        while true {
            // Find the next byte that is not plain content: by word, then by byte near the end.
            var found = false
            while cursor + 8 <= end {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + cursor).loadUnaligned(as: UInt64.self))
                let mask = CSVSyntax.nonContentMask(word)
                if mask != 0 {
                    cursor += mask.trailingZeroBitCount / 8
                    found = true
                    break
                }
                cursor += 8
            }
            if !found {
                while cursor < end && CSVSyntax.isPlainContent(bytes[cursor]) { cursor += 1 }
            }
            guard cursor - fieldStart <= options.maximumFieldBytes else { break }
            fields.append(PackedPair.pack(fieldStart, cursor))
            guard cursor < end else {
                position = cursor
                recordEnd = currentLocation
                return .endOfFile
            }
            let byte = bytes[cursor]
            if byte == CSVSyntax.comma {
                cursor += 1
                fieldStart = cursor
            } else if byte == CSVSyntax.lineFeed || byte == CSVSyntax.carriageReturn {
                position = cursor
                recordEnd = currentLocation
                consumeLineBreak()
                return .lineBreak
            } else {
                break
            }
        }
        fields.removeAll(keepingCapacity: true)
        return nil
    }

    private mutating func finishRecord(line recordLine: Int, start recordStart: Int) {
        if awaitsHeader {
            awaitsHeader = false
            if recordFailed {
                checksFieldCount = false
            } else {
                acceptHeader(view(line: recordLine, start: recordStart))
            }
            return
        }
        guard !recordFailed else { return }
        let record = view(line: recordLine, start: recordStart)
        if checksFieldCount {
            if let expected = expectedFieldCount {
                guard fields.count == expected else {
                    reportFieldCountMismatch(record, expected: expected)
                    return
                }
            } else {
                expectedFieldCount = fields.count
            }
        }
        sink.record(record)
    }

    /// The current record, for the sink or the header.
    private func view(line: Int, start: Int) -> CSVRecordView {
        CSVRecordView(
            line: line,
            start: start,
            bytes: bytes,
            ranges: fields,
            unquoted: unquoted,
            fieldLocations: locations
        )
    }

    private mutating func acceptHeader(_ record: CSVRecordView) {
        header = record.texts
        headerLocations = locations
        expectedFieldCount = fields.count
        var seen: [Substring: Int] = [:]
        for (index, name) in header.enumerated() {
            let trimmed = name.trimmingASCIIWhitespace()
            if trimmed.isEmpty {
                report(
                    .emptyHeader,
                    at: locations[index],
                    found: CSVSyntax.excerpt(of: name),
                    expected: "a name for every column in the header line"
                )
            } else if let first = seen[trimmed] {
                report(
                    .duplicateHeader,
                    at: locations[index],
                    found: CSVSyntax.excerpt(of: name),
                    expected: "each column name once; column \(first + 1) has the same name"
                )
            } else {
                seen[trimmed] = index
            }
        }
    }

    private mutating func reportFieldCountMismatch(_ record: CSVRecordView, expected: Int) {
        let count = fields.count
        // Point at the first extra field, or at the end of a short record.
        let location = count > expected ? record.location(at: expected) : recordEnd
        let source = options.hasHeader ? "as in the header" : "as in the first record"
        report(
            .fieldCountMismatch,
            at: location,
            found: Self.fieldCount(count),
            expected: "\(Self.fieldCount(expected)), \(source)"
        )
    }

    // MARK: - Fields

    private mutating func parseField() -> FieldEnding {
        let location = currentLocation
        if position < bytes.count && bytes[position] == CSVSyntax.quote {
            return parseQuotedField(at: location)
        }
        return parseUnquotedField(at: location)
    }

    private mutating func parseUnquotedField(at location: CSVRecord.Location) -> FieldEnding {
        let start = position
        let limit = options.maximumFieldBytes
        while position < bytes.count {
            let byte = bytes[position]
            // The common case: printable ASCII other than a comma or a quote is plain content, and
            // cannot be a problem except by length, which is checked at the next other byte.
            if CSVSyntax.isPlainContent(byte) {
                position += 1
                continue
            }
            if position - start > limit && !recordFailed {
                failFieldTooLarge(at: location, start: start, isQuoted: false)
            }
            if byte == CSVSyntax.comma || byte == CSVSyntax.lineFeed || byte == CSVSyntax.carriageReturn {
                break
            }
            if byte == CSVSyntax.quote {
                // Excerpts are built only for a record's first problem; later ones are not reported.
                if !recordFailed {
                    fail(
                        .quoteInUnquotedField,
                        at: currentLocation,
                        found: CSVSyntax.excerpt(of: bytes, from: start, stoppingAtDelimiters: true),
                        expected: "the field enclosed in quotes, with each \" inside it doubled"
                    )
                }
                position += 1
            } else {
                scanContentByte(byte)
            }
            if position - start > limit && !recordFailed {
                failFieldTooLarge(at: location, start: start, isQuoted: false)
            }
        }
        if position - start > limit && !recordFailed {
            failFieldTooLarge(at: location, start: start, isQuoted: false)
        }
        if !recordFailed {
            fields.append(PackedPair.pack(start, position))
            locations.append(location)
        }
        return consumeFieldEnding()
    }

    private mutating func parseQuotedField(at location: CSVRecord.Location) -> FieldEnding {
        let quoteOffset = position
        let limit = options.maximumFieldBytes
        position += 1
        // Content before `segmentStart` is in `scratch` once a doubled quote has been seen.
        var usesScratch = false
        var gathered = 0
        var segmentStart = position
        while true {
            // The common case: printable ASCII other than a quote is plain content, and cannot be a
            // problem except by length, which is checked before anything else is made of the next byte.
            if position < bytes.count {
                let byte = bytes[position]
                if byte >= 0x20 && byte < 0x80 && byte != CSVSyntax.quote {
                    position += 1
                    continue
                }
            }
            if gathered + (position - segmentStart) > limit && !recordFailed {
                failFieldTooLarge(at: location, start: quoteOffset, isQuoted: true)
            }
            guard position < bytes.count else {
                reportUnterminatedQuote(at: location, quoteOffset: quoteOffset)
                return consumeFieldEnding()
            }
            let byte = bytes[position]
            if byte == CSVSyntax.quote {
                let next = position + 1
                guard next < bytes.count && bytes[next] == CSVSyntax.quote else { break }
                // A doubled quote: keep the first, skip the second.
                if !usesScratch {
                    usesScratch = true
                    scratch.removeAll(keepingCapacity: true)
                }
                gather(segmentStart..<next)
                gathered += next - segmentStart
                position = next + 1
                segmentStart = position
            } else if byte == CSVSyntax.lineFeed || byte == CSVSyntax.carriageReturn {
                consumeLineBreak()
            } else {
                scanContentByte(byte)
            }
            if gathered + (position - segmentStart) > limit && !recordFailed {
                failFieldTooLarge(at: location, start: quoteOffset, isQuoted: true)
            }
        }
        if !recordFailed {
            if usesScratch {
                gather(segmentStart..<position)
                unquoted.append((fields.count, String(decoding: scratch, as: UTF8.self)))
            }
            fields.append(PackedPair.pack(segmentStart, position))
            locations.append(location)
        }
        position += 1  // The closing quote.
        if position < bytes.count && !CSVSyntax.isDelimiter(bytes[position]) && !recordFailed {
            fail(
                .characterAfterClosingQuote,
                at: currentLocation,
                found: CSVSyntax.excerpt(of: bytes, from: position, stoppingAtDelimiters: true),
                expected: "a comma or a line break"
            )
        }
        while position < bytes.count && !CSVSyntax.isDelimiter(bytes[position]) {
            position += 1
        }
        return consumeFieldEnding()
    }

    /// Steps over one byte, or one UTF-8 sequence, of field content, reporting NUL and invalid UTF-8.
    private mutating func scanContentByte(_ byte: UInt8) {
        if byte >= 0x01 && byte < 0x80 {
            position += 1
        } else if byte == 0 {
            fail(.nulByte, at: currentLocation, found: "\\x00", expected: Self.nulExpectation)
            position += 1
        } else {
            let sequence = CSVSyntax.utf8Sequence(in: bytes, at: position)
            if !sequence.isValid && !recordFailed {
                fail(
                    .invalidUTF8,
                    at: currentLocation,
                    found: CSVSyntax.invalidBytes(in: bytes, at: position),
                    expected: "text saved as UTF-8"
                )
            }
            position += sequence.length
        }
    }

    /// Copies part of a quoted field into the scratch buffer, unless the record is being skipped.
    private mutating func gather(_ range: Range<Int>) {
        guard !recordFailed else { return }
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
    }

    /// Consumes the comma or line break after a field, noting where the record would end.
    private mutating func consumeFieldEnding() -> FieldEnding {
        recordEnd = currentLocation
        guard position < bytes.count else { return .endOfFile }
        if bytes[position] == CSVSyntax.comma {
            position += 1
            return .comma
        }
        consumeLineBreak()
        return .lineBreak
    }

    /// Consumes a CRLF, LF or lone CR at ``position`` and starts a new line.
    private mutating func consumeLineBreak() {
        let next = position + 1
        if bytes[position] == CSVSyntax.carriageReturn && next < bytes.count && bytes[next] == CSVSyntax.lineFeed {
            position += 2
        } else {
            position += 1
        }
        line += 1
        lineStart = position
    }

    private var currentLocation: CSVRecord.Location {
        CSVRecord.Location(line: line, column: position - lineStart + 1)
    }

    // MARK: - Errors

    private mutating func failFieldTooLarge(at location: CSVRecord.Location, start: Int, isQuoted: Bool) {
        fail(
            .fieldTooLarge,
            at: location,
            found: CSVSyntax.excerpt(of: bytes, from: start, stoppingAtDelimiters: !isQuoted),
            expected: "at most \(ExactDecimal.grouped(String(options.maximumFieldBytes))) bytes in one field"
        )
    }

    /// Reports an unterminated quote even when the record already has a problem, because it explains
    /// why the rest of the file was not read.
    private mutating func reportUnterminatedQuote(at location: CSVRecord.Location, quoteOffset: Int) {
        recordFailed = true
        report(
            .unterminatedQuote,
            at: location,
            found: CSVSyntax.excerpt(of: bytes, from: quoteOffset, stoppingAtDelimiters: false),
            expected: "a closing \" before the end of the file"
        )
    }

    /// Reports the first problem in the current record, and marks the record to be skipped.
    private mutating func fail(
        _ code: CSVError.Code,
        at location: CSVRecord.Location,
        found: String,
        expected: String
    ) {
        guard !recordFailed else { return }
        recordFailed = true
        report(code, at: location, found: found, expected: expected)
    }

    /// Records an error, or the final "too many errors" error once the limit is reached.
    private mutating func report(
        _ code: CSVError.Code,
        at location: CSVRecord.Location,
        found: String,
        expected: String
    ) {
        guard !stopped else { return }
        var error = CSVError(
            code: code,
            file: file,
            line: location.line,
            column: location.column,
            found: found,
            expected: expected
        )
        let limit = max(options.maximumErrors, 0)
        if errors.count >= limit {
            stopped = true
            error.code = .tooManyErrors
            error.found = ""
            error.expected = "at most \(limit) errors"
        }
        errors.append(error)
    }

    private static var nulExpectation: String {
        "text without NUL characters; the file may be UTF-16 or not a text file"
    }

    private static func fieldCount(_ count: Int) -> String {
        count == 1 ? "1 field" : "\(count) fields"
    }
}
