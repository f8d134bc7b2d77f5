/// The bytes that structure a CSV file, UTF-8 validation, and the excerpts shown in errors.
enum CSVSyntax {
    static let comma = UInt8(ascii: ",")
    static let quote = UInt8(ascii: "\"")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")

    /// The most characters an excerpt in ``CSVError/found`` shows before `...`.
    static let excerptLength = 40

    /// Whether a byte ends a field: a comma, a line feed or a carriage return.
    static func isDelimiter(_ byte: UInt8) -> Bool {
        byte == comma || byte == lineFeed || byte == carriageReturn
    }

    /// Whether a byte is plain content of an unquoted field: printable ASCII other than a comma or a
    /// quote, which cannot be a problem except by the field's length.
    static func isPlainContent(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte < 0x80 && byte != comma && byte != quote
    }

    /// Eight bytes of a file, read as one little-endian word: a mask whose lowest set bit is in the
    /// first byte that is not plain field content (a byte below 0x20 or from 0x80, a comma or a quote),
    /// or 0 when all eight are plain.
    ///
    /// Each test is the "has a zero byte" identity `(w - 0x0101…) & ~w & 0x8080…`, which sets the high
    /// bit of every byte that hits. A hit borrows from the byte above it and can flag that one falsely,
    /// but nothing below a true hit is ever flagged, so the lowest set bit is exact.
    static func nonContentMask(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func zeroBytes(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
        let control = (word &- ones &* 0x20) & ~word & highs
        let nonASCII = word & highs
        return control | nonASCII | zeroBytes(word ^ (ones &* UInt64(comma)))
            | zeroBytes(word ^ (ones &* UInt64(quote)))
    }

    /// How many lines a file has, at most one more than its records after the header: each record ends
    /// with a line break or the end of the file.
    ///
    /// Counted eight bytes at a time: a byte of `word ^ 0x0A…` is zero exactly where `word` has a line
    /// feed, and `((x & 0x7F…) + 0x7F…) | x` sets a byte's high bit exactly where that byte of `x` is
    /// not zero, with no carry from one byte into the next.
    static func lineCount(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = UnsafeRawPointer(buffer.baseAddress) else { return 1 }
        let (feeds, low7, high): (UInt64, UInt64, UInt64) = (
            0x0A0A_0A0A_0A0A_0A0A, 0x7F7F_7F7F_7F7F_7F7F, 0x8080_8080_8080_8080
        )
        var breaks = 0
        var offset = 0
        while offset + 8 <= buffer.count {
            let x = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self) ^ feeds
            breaks &+= (~(((x & low7) &+ low7) | x) & high).nonzeroBitCount
            offset += 8
        }
        while offset < buffer.count {
            if buffer[offset] == lineFeed { breaks &+= 1 }
            offset += 1
        }
        return breaks + 1
    }

    /// The length of the UTF-8 sequence at an offset and whether it is well formed.
    ///
    /// For an ill-formed sequence the length is that of its maximal ill-formed prefix (at least one
    /// byte), so scanning resumes at the first byte that could start a new sequence, as the Unicode
    /// Standard recommends.
    static func utf8Sequence(
        in bytes: UnsafeBufferPointer<UInt8>,
        at offset: Int
    ) -> (length: Int, isValid: Bool) {
        let lead = bytes[offset]
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        let length: Int
        switch lead {
        case 0x00..<0x80: return (1, true)
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            upper = 0x9F
        case 0xF0:
            length = 4
            lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            upper = 0x8F
        default: return (1, false)
        }
        for index in 1..<length {
            let next = offset + index
            guard next < bytes.count, bytes[next] >= lower, bytes[next] <= upper else { return (index, false) }
            lower = 0x80
            upper = 0xBF
        }
        return (length, true)
    }

    /// The run of ill-formed UTF-8 at an offset, as `\xNN` escapes, up to eight bytes.
    static func invalidBytes(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> String {
        var end = offset
        while end < bytes.count && end - offset < 8 && bytes[end] >= 0x80 {
            let sequence = utf8Sequence(in: bytes, at: end)
            guard !sequence.isValid else { break }
            end = min(end + sequence.length, offset + 8)
        }
        return hexEscaped(bytes[offset..<max(end, offset + 1)])
    }

    /// Bytes written as `\xNN` escapes, such as `\xFF\xFE`.
    static func hexEscaped(_ bytes: some Sequence<UInt8>) -> String {
        var output: [UInt8] = []
        for byte in bytes { appendHexEscape(byte, to: &output) }
        return String(decoding: output, as: UTF8.self)
    }

    /// A one-line excerpt of a string, for showing a header name in an error.
    static func excerpt(of text: String) -> String {
        var text = text
        return text.withUTF8 { excerpt(of: $0, from: 0, stoppingAtDelimiters: false) }
    }

    /// A one-line excerpt of the input from an offset, at most ``excerptLength`` characters then `...`.
    ///
    /// Control characters appear as `\t`, `\n`, `\r` or `\xNN`, and ill-formed UTF-8 as `\xNN`, so the
    /// excerpt fits on one line whatever the input holds.
    ///
    /// - Parameters:
    ///   - bytes: The input.
    ///   - start: Where the excerpt starts.
    ///   - stoppingAtDelimiters: Whether to stop at a comma or line break, to show a single unquoted field.
    /// - Returns: The excerpt, on one line.
    static func excerpt(
        of bytes: UnsafeBufferPointer<UInt8>,
        from start: Int,
        stoppingAtDelimiters: Bool
    ) -> String {
        var output: [UInt8] = []
        var characters = 0
        var offset = start
        while offset < bytes.count {
            let byte = bytes[offset]
            if stoppingAtDelimiters && isDelimiter(byte) { break }
            if characters == excerptLength {
                output.append(contentsOf: "...".utf8)
                break
            }
            characters += 1
            switch byte {
            case 0x20..<0x7F:
                output.append(byte)
                offset += 1
            case 0x09:
                output.append(contentsOf: "\\t".utf8)
                offset += 1
            case 0x0A:
                output.append(contentsOf: "\\n".utf8)
                offset += 1
            case 0x0D:
                output.append(contentsOf: "\\r".utf8)
                offset += 1
            case 0x00..<0x80:
                appendHexEscape(byte, to: &output)
                offset += 1
            default:
                let sequence = utf8Sequence(in: bytes, at: offset)
                let end = offset + sequence.length
                if sequence.isValid {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[offset..<end]))
                } else {
                    for index in offset..<end { appendHexEscape(bytes[index], to: &output) }
                }
                offset = end
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func appendHexEscape(_ byte: UInt8, to output: inout [UInt8]) {
        output.append(contentsOf: "\\x".utf8)
        output.append(hexDigits[Int(byte >> 4)])
        output.append(hexDigits[Int(byte & 0x0F)])
    }
}
