/// A parsed JSON value that remembers where each element was, and keeps numbers as their exact text.
///
/// The library parses JSON itself, rather than through `JSONSerialization`, so that numbers never pass
/// through `Double`, every element has a line and column for diagnostics, and hostile input (deep
/// nesting, invalid UTF-8, control characters) gets a clear error instead of a crash.
indirect enum JSONValue: Sendable, Hashable {
    case object([Member])
    case array([Element])
    case string(String)
    /// A number, as its literal text.
    case number(String)
    case bool(Bool)
    case null

    struct Member: Sendable, Hashable {
        var key: String
        var value: JSONValue
        var line: Int
        var column: Int
    }

    struct Element: Sendable, Hashable {
        var value: JSONValue
        var line: Int
        var column: Int
    }

    /// A syntax error with its position.
    struct SyntaxError: Error, Sendable, Hashable {
        var line: Int
        var column: Int
        var message: String
    }

    /// The deepest nesting accepted.
    static let maximumDepth = 64

    /// The longest string accepted, in bytes of the document (1 MiB), as the CSV reader limits a field.
    static let maximumStringBytes = 1_048_576

    /// Parses a complete JSON text.
    static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
        var parser = Parser(bytes: bytes)
        parser.skipByteOrderMark()
        parser.skipWhitespace()
        let value = try parser.value(depth: 0)
        parser.skipWhitespace()
        guard parser.index == bytes.count else { throw parser.error("unexpected text after the JSON value") }
        return value
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0
        var line = 1
        var lineStart = 0

        var column: Int { index - lineStart + 1 }

        func error(_ message: String) -> SyntaxError {
            SyntaxError(line: line, column: column, message: message)
        }

        mutating func skipByteOrderMark() {
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        }

        mutating func skipWhitespace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0D:
                    index += 1
                case 0x0A:
                    index += 1
                    line += 1
                    lineStart = index
                default:
                    return
                }
            }
        }

        mutating func value(depth: Int) throws(SyntaxError) -> JSONValue {
            guard depth < JSONValue.maximumDepth else {
                throw error("nesting deeper than \(JSONValue.maximumDepth) levels")
            }
            guard index < bytes.count else { throw error("unexpected end of file (expected a value)") }
            switch bytes[index] {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): return try literal("true", .bool(true))
            case UInt8(ascii: "f"): return try literal("false", .bool(false))
            case UInt8(ascii: "n"): return try literal("null", .null)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
            case 0x00: throw error("a NUL byte (expected a value)")
            default: throw error("unexpected character \(Self.show(bytes[index])) (expected a value)")
            }
        }

        static func show(_ byte: UInt8) -> String {
            if byte >= 0x20 && byte < 0x7F { return "\"\(Character(Unicode.Scalar(byte)))\"" }
            let hex = String(byte, radix: 16, uppercase: true)
            return "\\x" + (hex.count == 1 ? "0" + hex : hex)
        }

        mutating func literal(_ word: String, _ value: JSONValue) throws(SyntaxError) -> JSONValue {
            let utf8 = Array(word.utf8)
            guard index + utf8.count <= bytes.count, Array(bytes[index..<index + utf8.count]) == utf8 else {
                throw error("unexpected word (expected \(word))")
            }
            index += utf8.count
            return value
        }

        mutating func number() throws(SyntaxError) -> JSONValue {
            let start = index
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            func digits() -> Int {
                let from = index
                while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                    index += 1
                }
                return index - from
            }
            guard digits() > 0 else { throw error("a number needs digits") }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard digits() > 0 else { throw error("a number needs digits after the decimal point") }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                    index += 1
                }
                guard digits() > 0 else { throw error("a number needs digits in its exponent") }
            }
            return .number(String(decoding: bytes[start..<index], as: UTF8.self))
        }

        mutating func string() throws(SyntaxError) -> String {
            let openLine = line
            let openColumn = column
            index += 1
            let contentStart = index
            var scalars = String.UnicodeScalarView()
            var runStart = index
            // Checked at each quote and escape only, so a plain string costs no extra work per byte.
            func checkLength() throws(SyntaxError) {
                guard index - contentStart > JSONValue.maximumStringBytes else { return }
                throw SyntaxError(
                    line: openLine,
                    column: openColumn,
                    message: "string is too large (expected at most 1,048,576 bytes in one string)"
                )
            }
            func flush(_ until: Int) throws(SyntaxError) {
                guard runStart < until else { return }
                guard let text = String(validating: bytes[runStart..<until], as: UTF8.self) else {
                    throw invalidUTF8(from: runStart, to: until)
                }
                scalars.append(contentsOf: text.unicodeScalars)
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    try checkLength()
                    try flush(index)
                    index += 1
                    return String(scalars)
                }
                if byte < 0x20 {
                    throw error(
                        byte == 0 ? "a NUL byte in a string" : "a control character in a string (expected it escaped)"
                    )
                }
                if byte == UInt8(ascii: "\\") {
                    try checkLength()
                    try flush(index)
                    index += 1
                    guard index < bytes.count else { break }
                    let escape = bytes[index]
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""): scalars.append("\"")
                    case UInt8(ascii: "\\"): scalars.append("\\")
                    case UInt8(ascii: "/"): scalars.append("/")
                    case UInt8(ascii: "b"): scalars.append("\u{08}")
                    case UInt8(ascii: "f"): scalars.append("\u{0C}")
                    case UInt8(ascii: "n"): scalars.append("\n")
                    case UInt8(ascii: "r"): scalars.append("\r")
                    case UInt8(ascii: "t"): scalars.append("\t")
                    case UInt8(ascii: "u"):
                        var code = try hex4()
                        if (0xD800...0xDBFF).contains(code) {
                            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                                bytes[index + 1] == UInt8(ascii: "u")
                            else { throw error("an unpaired surrogate in a \\u escape") }
                            index += 2
                            let low = try hex4()
                            guard (0xDC00...0xDFFF).contains(low) else {
                                throw error("an unpaired surrogate in a \\u escape")
                            }
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        }
                        guard let scalar = Unicode.Scalar(code), code != 0 else {
                            throw error("a \\u escape that is not a character (or is NUL)")
                        }
                        scalars.append(scalar)
                    default:
                        index -= 2  // Point at the backslash.
                        throw error("an unknown escape \\\(Character(Unicode.Scalar(escape)))")
                    }
                    runStart = index
                    continue
                }
                index += 1
            }
            throw SyntaxError(
                line: openLine,
                column: openColumn,
                message: "a string that is never closed (expected a closing \")"
            )
        }

        /// The error for a run of a string's bytes that is not UTF-8, located at its first bad byte (a
        /// string holds no line breaks, so the bad byte is on the current line).
        func invalidUTF8(from start: Int, to end: Int) -> SyntaxError {
            var parser = Unicode.UTF8.ForwardParser()
            var iterator = bytes[start..<end].makeIterator()
            var offset = start
            while case .valid(let scalar) = parser.parseScalar(from: &iterator) { offset += scalar.count }
            offset = min(offset, end - 1)
            let found = bytes.withUnsafeBufferPointer { CSVSyntax.invalidBytes(in: $0, at: offset) }
            return SyntaxError(
                line: line,
                column: offset - lineStart + 1,
                message: "invalid UTF-8 byte sequence \(found) in a string (expected text saved as UTF-8)"
            )
        }

        mutating func hex4() throws(SyntaxError) -> UInt32 {
            guard index + 4 <= bytes.count else { throw error("a \\u escape needs four hex digits") }
            var code: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: throw error("a \\u escape needs four hex digits")
                }
                code = code * 16 + UInt32(digit)
                index += 1
            }
            return code
        }

        mutating func object(depth: Int) throws(SyntaxError) -> JSONValue {
            index += 1
            var members: [Member] = []
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                index += 1
                return .object(members)
            }
            while true {
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                    throw error("expected a quoted key")
                }
                let keyLine = line
                let keyColumn = column
                let key = try string()
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                    throw error("expected : after a key")
                }
                index += 1
                skipWhitespace()
                let value = try value(depth: depth + 1)
                members.append(Member(key: key, value: value, line: keyLine, column: keyColumn))
                skipWhitespace()
                guard index < bytes.count else { throw error("unexpected end of file (expected , or })") }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                guard bytes[index] == UInt8(ascii: "}") else { throw error("expected , or }") }
                index += 1
                return .object(members)
            }
        }

        mutating func array(depth: Int) throws(SyntaxError) -> JSONValue {
            index += 1
            var elements: [Element] = []
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .array(elements)
            }
            while true {
                skipWhitespace()
                let elementLine = line
                let elementColumn = column
                elements.append(Element(value: try value(depth: depth + 1), line: elementLine, column: elementColumn))
                skipWhitespace()
                guard index < bytes.count else { throw error("unexpected end of file (expected , or ])") }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                guard bytes[index] == UInt8(ascii: "]") else { throw error("expected , or ]") }
                index += 1
                return .array(elements)
            }
        }
    }
}
