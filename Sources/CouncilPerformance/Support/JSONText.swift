/// JSON text that the data writer and the JSON report renderer both write: escaping lives here once.
package enum JSONText {
    /// Writes a string as a JSON string literal, escaping what must be escaped.
    ///
    /// - Parameter text: The text.
    /// - Returns: The literal, quotes included.
    package static func quoted(_ text: String) -> String {
        var literal: [UInt8] = []
        literal.reserveCapacity(text.utf8.count + 2)
        writeQuoted(text) { literal.append(contentsOf: $0) }
        return String(decoding: literal, as: UTF8.self)
    }

    /// Writes a string as a JSON string literal in runs of UTF-8.
    ///
    /// The runs are the quotes, the text between escapes as it is, and each escape (`\"`, `\\`, `\n`, `\r`, `\t`, `\b`, `\f`, or `\u00XX` for another
    /// control character). Everything else, non-ASCII text included, is copied as it is.
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - write: Receives each run, in order; the buffer is valid only during the call.
    package static func writeQuoted(_ text: String, _ write: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { utf8 in
            writeStatic("\"", write)
            var runStart = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                write(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                switch byte {
                case UInt8(ascii: "\""): writeStatic("\\\"", write)
                case UInt8(ascii: "\\"): writeStatic("\\\\", write)
                case UInt8(ascii: "\n"): writeStatic("\\n", write)
                case UInt8(ascii: "\r"): writeStatic("\\r", write)
                case UInt8(ascii: "\t"): writeStatic("\\t", write)
                case 0x08: writeStatic("\\b", write)
                case 0x0C: writeStatic("\\f", write)
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    let escape: [UInt8] = Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
                    escape.withUnsafeBufferPointer(write)
                }
                runStart = index + 1
            }
            write(UnsafeBufferPointer(rebasing: utf8[runStart...]))
            writeStatic("\"", write)
        }
    }

    private static func writeStatic(_ text: StaticString, _ write: (UnsafeBufferPointer<UInt8>) -> Void) {
        text.withUTF8Buffer(write)
    }
}
