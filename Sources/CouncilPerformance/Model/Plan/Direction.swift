/// Which way is good for a measure: the "Good is" column of a council dashboard (its polarity).
///
/// Measures with no polarity are ``contextual``: activity and volume figures that are reported but
/// never rated.
public enum Direction: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Higher values are better ("Good is: High").
    case higher = "high"
    /// Lower values are better ("Good is: Low").
    case lower = "low"
    /// A yes/no measure where yes is good ("Good is: Yes").
    case yes
    /// No polarity: the measure is reported for context and never rated.
    case contextual = "none"

    /// Parses the "Good is" cell: `High`, `Low`, `Yes`, or `-`, `n/a` or blank for contextual measures.
    ///
    /// - Parameter text: The printed cell.
    /// - Throws: ``ValidationError`` with code ``ErrorCode/invalidDirection`` naming the text.
    public init(_ text: String) throws(ValidationError) {
        switch text.trimmingWhitespace().lowercased() {
        case "high", "higher", "high is good": self = .higher
        case "low", "lower", "low is good": self = .lower
        case "yes", "yes is good": self = .yes
        case "", "-", "n/a", "none", "contextual": self = .contextual
        default:
            throw ValidationError(
                code: .invalidDirection,
                found: text.trimmingWhitespace(),
                expected: "High, Low, Yes, or - for a contextual measure"
            )
        }
    }

    /// The label as dashboards print it: `High`, `Low`, `Yes` or `-`.
    public var description: String {
        switch self {
        case .higher: "High"
        case .lower: "Low"
        case .yes: "Yes"
        case .contextual: "-"
        }
    }

    /// Whether the measure has a polarity and so can be rated.
    public var hasPolarity: Bool { self != .contextual }

    /// Whether `value` is better than `other` under this direction; `nil` for contextual measures.
    ///
    /// - Parameters:
    ///   - value: A value.
    ///   - other: The value to compare with.
    /// - Returns: `true` if better, `false` if equal or worse, `nil` without polarity.
    public func isBetter(_ value: ExactDecimal, than other: ExactDecimal) -> Bool? {
        switch self {
        case .higher, .yes: value > other
        case .lower: value < other
        case .contextual: nil
        }
    }
}
