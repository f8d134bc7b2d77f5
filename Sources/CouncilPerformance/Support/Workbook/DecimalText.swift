/// Decimal numbers as text, moved and rounded exactly on their digits, never through `Double`: how a
/// workbook's stored numbers are read and how report values become workbook numbers.
package enum DecimalText {
    /// The significant digits a spreadsheet shows of a number.
    package static let significantDigits = 15

    /// A number's text as plain decimal text, its point moved `shift` places right (2 to make a
    /// fraction a percentage, -2 back, 3 to make thousands pounds), rounded half away from zero to
    /// ``significantDigits`` significant digits, without trailing zeros.
    ///
    /// - Parameters:
    ///   - stored: The number, such as `-1.5E-3` or `61.25`.
    ///   - shift: How many places to move the decimal point right.
    /// - Returns: The text, such as `-0.0015`, or `nil` when the text is not a number.
    /// - Complexity: O(*n*) in the text's length.
    package static func shifted(_ stored: String, by shift: Int = 0) -> String? {
        var bytes = Array(stored.utf8)[...]
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        var digits: [UInt8] = []
        var pointAt: Int?
        var exponent = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits.append(byte - UInt8(ascii: "0"))
            } else if byte == UInt8(ascii: "."), pointAt == nil {
                pointAt = digits.count
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                guard let value = Int(String(decoding: bytes[(index + 1)...], as: UTF8.self)),
                    value.magnitude < 400
                else { return nil }
                exponent = value
                break
            } else {
                return nil
            }
            index += 1
        }
        guard !digits.isEmpty else { return nil }
        // The value is 0.d1d2d3... x 10^point.
        var point = (pointAt ?? digits.count) + exponent + shift
        while let first = digits.first, first == 0, digits.count > 1 {
            digits.removeFirst()
            point -= 1
        }
        if digits.count > significantDigits {
            let roundUp = digits[significantDigits] >= 5
            digits.removeSubrange(significantDigits...)
            if roundUp {
                var position = digits.count - 1
                while position >= 0 {
                    if digits[position] == 9 {
                        digits[position] = 0
                        position -= 1
                    } else {
                        digits[position] += 1
                        break
                    }
                }
                if position < 0 {
                    digits.insert(1, at: 0)
                    point += 1
                }
            }
        }
        while let last = digits.last, last == 0, digits.count > 1 { digits.removeLast() }
        if digits == [0] { return "0" }
        var text = negative ? "-" : ""
        if point <= 0 {
            text += "0." + String(repeating: "0", count: -point)
            text += digits.map { String($0) }.joined()
        } else if point >= digits.count {
            text += digits.map { String($0) }.joined() + String(repeating: "0", count: point - digits.count)
        } else {
            text += digits[..<point].map { String($0) }.joined() + "."
            text += digits[point...].map { String($0) }.joined()
        }
        return text
    }
}
