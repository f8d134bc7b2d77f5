/// A reference to the part of the Council Plan something contributes to: a commitment or an approach.
public enum PlanElement: Sendable, Hashable, Codable, CustomStringConvertible {
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

    /// Decodes the reference from its text form.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError.dataCorrupted` when the text is not a reference.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        do {
            try self.init(try container.decode(String.self))
        } catch let error as ValidationError {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    /// Encodes the reference as its text form.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError` when the encoder fails.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
