/// Text for XML character data and attribute values, written once for every XML the library writes
/// (the SVG of an XmR chart, the parts of a workbook).
package enum XMLText {
    /// Text escaped for XML: `&`, `<`, `>`, `"` and `'` become entity references; tab, line feed and
    /// carriage return are kept; the characters XML 1.0 cannot hold (the other control characters,
    /// U+FFFE and U+FFFF) become U+FFFD rather than making the document unreadable.
    ///
    /// - Parameter text: The text.
    /// - Returns: The escaped text.
    package static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
