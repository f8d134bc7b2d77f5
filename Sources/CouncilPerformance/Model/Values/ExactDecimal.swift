/// An exact decimal number with up to six decimal places, stored as a fixed-point integer.
///
/// Measure values, targets and tolerances are `ExactDecimal`s so that comparisons are exact: in `Double`,
/// a target of 13.0 with a 10% band gives `13.0 * 0.9 == 11.700000000000001`, and a latest value of 11.7
/// would wrongly fall outside it. Here the band is computed without rounding.
///
/// ```swift
/// let latest = try ExactDecimal("75.26")
/// let target = try ExactDecimal("65.0")
/// latest >= target  // true
/// latest.description  // "75.26"
/// ```
///
/// The value is held as a count of millionths in an `Int64`, so magnitudes up to about 9.2 trillion are
/// exact. Parsing rejects anything outside that range or with significant digits past the sixth decimal
/// place; it never rounds.
public struct ExactDecimal: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The number of decimal places held.
    public static let fractionDigits = 6
    /// The number of stored units in one: 10 to the power ``fractionDigits``.
    public static let scale: Int64 = 1_000_000

    /// The value in millionths (the value times ``scale``).
    public private(set) var units: Int64

    /// Creates a number from a count of millionths.
    ///
    /// - Parameter units: The value times ``scale``.
    public init(units: Int64) {
        self.units = units
    }

    /// Creates a whole number.
    ///
    /// - Parameter integer: The whole number; it must be within about ±9.2 trillion.
    /// - Throws: ``ValidationError`` with code ``ErrorCode/numberOutOfRange`` when it is not.
    public init(_ integer: Int) throws(ValidationError) {
        let (product, overflow) = Int64(integer).multipliedReportingOverflow(by: Self.scale)
        guard !overflow else {
            throw ValidationError(code: .numberOutOfRange, found: String(integer), expected: "at most ±9.2 trillion")
        }
        self.units = product
    }

    /// Parses a plain decimal number such as `75.26`, `-6612`, `1,077` or `.5`.
    ///
    /// Thousands separators are accepted only in groups of three (`1,077`, not `87,5`). No unit symbols
    /// are accepted here; ``MeasureValue/init(parsing:unit:allowNarrative:)`` handles `%`, `£` and words.
    ///
    /// - Parameter text: The text to parse; surrounding white space is ignored.
    /// - Throws: ``ValidationError`` naming the text when it is not a number or cannot be held exactly.
    /// - Complexity: O(*n*) in the length of `text`.
    public init(_ text: String) throws(ValidationError) {
        guard let units = Self.parseUnits(text.utf8) else {
            let trimmed = text.trimmingWhitespace()
            if Self.looksNumeric(trimmed) {
                throw ValidationError(
                    code: .numberOutOfRange,
                    found: trimmed,
                    expected: "at most 6 decimal places and ±9.2 trillion"
                )
            }
            throw ValidationError(code: .invalidNumber, found: trimmed, expected: "a number like 75.26 or 1,077")
        }
        self.units = units
    }

    /// Zero.
    public static let zero = ExactDecimal(units: 0)

    /// Whether the number is below zero.
    public var isNegative: Bool { units < 0 }

    /// The number's magnitude.
    public var magnitude: ExactDecimal {
        ExactDecimal(units: units == .min ? .max : abs(units))
    }

    /// The canonical text: no exponent, no trailing zeros, no thousands separators (`75.26`, `-3`, `0.5`).
    public var description: String {
        withDigits(grouped: false) { String(decoding: $0, as: UTF8.self) }
    }

    /// Formats the number with a fixed number of decimal places, rounding half away from zero.
    ///
    /// Rounding happens only here, for display; comparisons always use the unrounded value.
    ///
    /// - Parameters:
    ///   - decimalPlaces: How many decimal places to show, from 0 to 6.
    ///   - groupingSeparator: Whether to group thousands with commas (`8,000,000`).
    /// - Returns: The rounded text, for example `75.3` for 75.26 at one decimal place.
    public func formatted(decimalPlaces: Int, groupingSeparator: Bool = false) -> String {
        let places = min(max(decimalPlaces, 0), Self.fractionDigits)
        var divisor: UInt64 = 1
        for _ in 0..<(Self.fractionDigits - places) { divisor *= 10 }
        let magnitude = units.magnitude
        var rounded = magnitude / divisor
        if (magnitude % divisor) * 2 >= divisor { rounded += 1 }
        var placeScale: UInt64 = 1
        for _ in 0..<places { placeScale *= 10 }
        let whole = rounded / placeScale
        let fraction = rounded % placeScale
        var wholeText = String(whole)
        if groupingSeparator { wholeText = Self.grouped(wholeText) }
        var text = (units < 0 && rounded != 0) ? "-" + wholeText : wholeText
        if places > 0 {
            let fractionText = String(fraction)
            text += "." + String(repeating: "0", count: places - fractionText.count) + fractionText
        }
        return text
    }

    /// Compares two numbers exactly.
    ///
    /// - Parameters:
    ///   - lhs: A number.
    ///   - rhs: Another number.
    /// - Returns: Whether `lhs` is less than `rhs`.
    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        lhs.units < rhs.units
    }

    /// Adds two numbers, or returns `nil` if the sum is out of range.
    ///
    /// - Parameter other: The number to add.
    /// - Returns: The exact sum, or `nil` on overflow.
    public func adding(_ other: ExactDecimal) -> ExactDecimal? {
        let (sum, overflow) = units.addingReportingOverflow(other.units)
        return overflow ? nil : ExactDecimal(units: sum)
    }

    /// Subtracts a number, or returns `nil` if the difference is out of range.
    ///
    /// - Parameter other: The number to subtract.
    /// - Returns: The exact difference, or `nil` on overflow.
    public func subtracting(_ other: ExactDecimal) -> ExactDecimal? {
        let (difference, overflow) = units.subtractingReportingOverflow(other.units)
        return overflow ? nil : ExactDecimal(units: difference)
    }

    /// Decodes a number from a JSON string (`"75.26"`) or an integer.
    ///
    /// Fractional JSON numbers are rejected, because decoding them would pass through `Double`.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError.dataCorrupted` when the value is not an exact decimal.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let integer = try? container.decode(Int.self) {
            do {
                try self.init(integer)
            } catch {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
            }
            return
        }
        let text = try container.decode(String.self)
        do {
            try self.init(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    /// Encodes the number as its canonical text, a JSON string.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError` when the encoder fails.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension ExactDecimal {
    /// Parses decimal text into millionths without allocating.
    ///
    /// Accepts an optional sign, digits with optional comma grouping in threes, and an optional
    /// fraction. Returns `nil` for anything else, for more than six significant decimal places, or on
    /// overflow.
    static func parseUnits<Bytes: Collection>(_ bytes: Bytes) -> Int64? where Bytes.Element == UInt8 {
        var index = bytes.startIndex
        var end = bytes.endIndex
        // Trim ASCII white space.
        while index < end, bytes[index].isASCIIWhitespace { index = bytes.index(after: index) }
        while index < end {
            let last = bytes.index(end, offsetBy: -1)
            guard bytes[last].isASCIIWhitespace else { break }
            end = last
        }
        guard index < end else { return nil }
        var negative = false
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index = bytes.index(after: index)
        }
        var whole: Int64 = 0
        var wholeDigits = 0
        var digitsSinceComma = 0
        var sawComma = false
        while index < end {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                let (shifted, overflow1) = whole.multipliedReportingOverflow(by: 10)
                let (next, overflow2) = shifted.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
                if overflow1 || overflow2 { return nil }
                whole = next
                wholeDigits += 1
                digitsSinceComma += 1
            } else if byte == UInt8(ascii: ",") {
                // A comma must follow 1-3 digits (first group) or exactly 3 digits (later groups).
                if wholeDigits == 0 || (sawComma && digitsSinceComma != 3) || digitsSinceComma > 3 { return nil }
                sawComma = true
                digitsSinceComma = 0
            } else {
                break
            }
            index = bytes.index(after: index)
        }
        if sawComma && digitsSinceComma != 3 { return nil }
        var fraction: Int64 = 0
        var fractionDigits = 0
        if index < end && bytes[index] == UInt8(ascii: ".") {
            index = bytes.index(after: index)
            while index < end {
                let byte = bytes[index]
                guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { break }
                let digit = Int64(byte - UInt8(ascii: "0"))
                if fractionDigits < fractionDigitsLimit {
                    fraction = fraction * 10 + digit
                } else if digit != 0 {
                    return nil
                }
                fractionDigits += 1
                index = bytes.index(after: index)
            }
            if fractionDigits == 0 && wholeDigits == 0 { return nil }
        }
        guard index == end, wholeDigits + fractionDigits > 0 else { return nil }
        for _ in min(fractionDigits, fractionDigitsLimit)..<fractionDigitsLimit { fraction *= 10 }
        let (scaled, overflow1) = whole.multipliedReportingOverflow(by: scale)
        let (total, overflow2) = scaled.addingReportingOverflow(fraction)
        if overflow1 || overflow2 { return nil }
        return negative ? -total : total
    }

    private static let fractionDigitsLimit = 6

    /// Whether text is a well-formed plain decimal (sign, digits, at most one point), so that a parse
    /// failure must be a range problem rather than a malformed number.
    private static func looksNumeric(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body.removeFirst() }
        let parts = body.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.contains(where: { !$0.isEmpty }) else { return false }
        return parts.allSatisfy { $0.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }
    }

    package static func grouped(_ digits: String) -> String {
        guard digits.count > 3 else { return digits }
        var result = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }
}

extension UInt8 {
    package var isASCIIWhitespace: Bool {
        self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D
    }
}

extension String {
    /// The string without leading and trailing white space and newlines.
    package func trimmingWhitespace() -> String {
        // Fast path: most text has no surrounding white space; answer from the first and last bytes.
        let utf8 = self.utf8
        guard let first = utf8.first, let last = utf8.last else { return self }
        if first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return self }
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
