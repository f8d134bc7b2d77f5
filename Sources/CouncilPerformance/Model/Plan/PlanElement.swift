/// A reference to the part of the Council Plan something contributes to: a commitment or an approach.
public enum PlanElement: Sendable, Hashable, TextCodable {
    /// A commitment.
    case commitment(Commitment.ID)
    /// A cross-cutting approach.
    case approach(Approach.ID)

    /// The referenced element as `commitment:<id>` or `approach:<id>`.
    public var description: String {
        switch self {
        case .commitment(let id): "commitment:\(id)"
        case .approach(let id): "approach:\(id)"
        }
    }

    /// Parses `commitment:<id>` or `approach:<id>`.
    ///
    /// - Parameter text: The reference text.
    /// - Throws: ``ValidationError`` when the text has neither prefix or no identifier.
    public init(_ text: String) throws(ValidationError) {
        let trimmed = text.trimmingWhitespace()
        if trimmed.hasPrefix("commitment:"), trimmed.count > 11 {
            self = .commitment(Commitment.ID(String(trimmed.dropFirst(11))))
        } else if trimmed.hasPrefix("approach:"), trimmed.count > 9 {
            self = .approach(Approach.ID(String(trimmed.dropFirst(9))))
        } else {
            throw ValidationError(
                code: .invalidIdentifier,
                found: trimmed,
                expected: "commitment:<id> or approach:<id>"
            )
        }
    }

    /// Parses the text form JSON holds (the same as `init(_:)` from text), for ``TextCodable``.
    ///
    /// - Parameter text: The text.
    /// - Returns: The reference.
    /// - Throws: ``ValidationError`` when the text is not a reference.
    public static func parse(canonicalText text: String) throws(ValidationError) -> Self { try Self(text) }
}
