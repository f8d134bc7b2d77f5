/// Codable support for values whose JSON form is their canonical text (years, periods, money, targets).
enum TextCoding {
    /// Decodes a string and parses it, turning a parse failure into `DecodingError.dataCorrupted` with
    /// the parser's message.
    static func decode<Value>(
        from decoder: any Decoder,
        _ parse: (String) throws(ValidationError) -> Value
    ) throws -> Value {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            return try parse(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }
}
