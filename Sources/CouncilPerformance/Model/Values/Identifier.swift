/// A typed identifier: a string that knows which kind of thing it identifies.
///
/// Every identifiable model type declares `typealias ID = Identifier<Self>`, so a `Measure.ID` cannot
/// be passed where a `Project.ID` is wanted. An identifier encodes as a bare JSON string.
///
/// ```swift
/// let measure: Measure.ID = "foia-within-deadline"
/// ```
public struct Identifier<Owner>: RawRepresentable, Sendable, Hashable, Comparable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The identifier's text.
    public var rawValue: String

    /// Creates an identifier from its text.
    ///
    /// - Parameter rawValue: The identifier's text.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Creates an identifier from its text.
    ///
    /// - Parameter rawValue: The identifier's text.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// Creates an identifier from a string literal.
    ///
    /// - Parameter value: The identifier's text.
    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    /// Decodes an identifier from a non-empty string.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError.dataCorrupted` when the string is empty or only white space.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard !text.allSatisfy(\.isWhitespace) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "An identifier must not be empty"
            )
        }
        self.rawValue = text
    }

    /// Encodes the identifier as a bare string.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError` when the encoder fails.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The identifier's text.
    public var description: String { rawValue }

    /// Orders identifiers by their text.
    ///
    /// - Parameters:
    ///   - lhs: An identifier.
    ///   - rhs: Another identifier.
    /// - Returns: Whether `lhs` sorts before `rhs`.
    public static func < (lhs: Identifier, rhs: Identifier) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
