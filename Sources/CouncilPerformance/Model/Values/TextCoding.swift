/// A value whose JSON form is its canonical text: years (`"2018/19"`), periods (`"Q2 2018/19"`), dates,
/// money in pounds (`"-97000"`), targets and tolerances.
///
/// A conforming type gives its parser and its `description`; the protocol gives it `Codable`, so every
/// such value is encoded and decoded the one way, and a text that does not parse becomes
/// `DecodingError.dataCorrupted` with the parser's message.
public protocol TextCodable: Codable, CustomStringConvertible {
    /// Parses the canonical text (and any other spelling the type's parser accepts).
    ///
    /// - Parameter text: The text.
    /// - Returns: The value.
    /// - Throws: ``ValidationError`` when the text is not a value of this type.
    static func parse(canonicalText text: String) throws(ValidationError) -> Self
}

extension TextCodable {
    /// Decodes a value from its canonical text.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError.dataCorrupted` when the text is not a value of this type.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try Self.parse(canonicalText: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    /// Encodes the value as its canonical text, a JSON string.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError` when the encoder fails.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
