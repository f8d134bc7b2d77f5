/// How far short of its target a measure may fall and still be amber rather than red.
///
/// A tolerance is declared in exactly one unit: an absolute amount in the measure's unit, a percentage
/// of the target, or percentage points (for percentage measures). A value that misses its target but
/// lies within the tolerance, boundary included, is amber; beyond it, red.
///
/// ```swift
/// // 10% of a target of 80, High is good: 72 is amber, 71.9 is red.
/// let tolerance = try Tolerance("10%")
/// ```
public enum Tolerance: Sendable, Hashable, CustomStringConvertible {
    /// No tolerance: a miss is red.
    case none
    /// An absolute amount in the measure's unit (pounds for money).
    case absolute(ExactDecimal)
    /// A percentage of the target (10 means 10% of the target's magnitude).
    case relativePercent(ExactDecimal)
    /// Percentage points, for percentage measures (2 means two points).
    case percentagePoints(ExactDecimal)

    /// Parses `none`, `0.5` (absolute), `5%` (relative to the target) or `2pp` (percentage points).
    ///
    /// - Parameter text: The tolerance text.
    /// - Throws: ``ValidationError`` with code ``ErrorCode/invalidTolerance`` when the text
    ///   is not one of these forms or the amount is negative.
    public init(_ text: String) throws(ValidationError) {
        let trimmed = text.trimmingWhitespace()
        let lower = trimmed.lowercased()
        let invalid = ValidationError(
            code: .invalidTolerance,
            found: trimmed,
            expected: "none, an absolute amount like 0.5, a percentage of target like 5%, or points like 2pp"
        )
        if lower == "none" || lower == "0" || lower.isEmpty {
            self = .none
            return
        }
        let make: (ExactDecimal) -> Tolerance
        var body = Substring(lower)
        if body.hasSuffix("pp") {
            body = body.dropLast(2)
            make = Tolerance.percentagePoints
        } else if body.hasSuffix("%") {
            body = body.dropLast()
            make = Tolerance.relativePercent
        } else {
            make = Tolerance.absolute
        }
        guard let units = ExactDecimal.parseUnits(body.utf8), units >= 0 else { throw invalid }
        self = make(ExactDecimal(units: units))
    }

    /// The canonical text, which ``init(_:)`` parses back: `none`, `0.5`, `5%` or `2pp`.
    public var description: String {
        switch self {
        case .none: "none"
        case .absolute(let amount): amount.description
        case .relativePercent(let percent): "\(percent)%"
        case .percentagePoints(let points): "\(points)pp"
        }
    }
}

extension Tolerance: Codable {
    /// Decodes a tolerance from its canonical text.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError.dataCorrupted` when the text is not a tolerance.
    public init(from decoder: any Decoder) throws {
        self = try TextCoding.decode(from: decoder) { (text) throws(ValidationError) in try Self(text) }
    }

    /// Encodes the tolerance as its canonical text.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError` when the encoder fails.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
