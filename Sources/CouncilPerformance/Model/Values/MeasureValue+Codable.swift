extension MeasureValue {
    private enum CodingKeys: String, CodingKey {
        case kind
        case value
    }

    private enum Kind: String, Codable {
        case number
        case money
        case boolean
        case narrative
        case notApplicable = "not-applicable"
        case missing
        case newMeasure = "new-measure"
    }

    /// Decodes a value from `{"kind": "number", "value": "31.5"}` and the like.
    ///
    /// Kinds: `number` and `money` (exact text), `boolean` (JSON true or false), `narrative` (text),
    /// and `not-applicable`, `missing`, `new-measure` with no value.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when the kind is unknown or its value is missing or malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(Kind.self, forKey: .kind) {
        case .number: self = .number(try container.decode(ExactDecimal.self, forKey: .value))
        case .money: self = .money(try container.decode(Money.self, forKey: .value))
        case .boolean: self = .boolean(try container.decode(Bool.self, forKey: .value))
        case .narrative: self = .narrative(try container.decode(String.self, forKey: .value))
        case .notApplicable: self = .notApplicable
        case .missing: self = .missing
        case .newMeasure: self = .newMeasure
        }
    }

    /// Encodes the value as `{"kind": ..., "value": ...}`, omitting `value` for the non-values.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError` when the encoder fails.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .number(let number):
            try container.encode(Kind.number, forKey: .kind)
            try container.encode(number, forKey: .value)
        case .money(let money):
            try container.encode(Kind.money, forKey: .kind)
            try container.encode(money, forKey: .value)
        case .boolean(let flag):
            try container.encode(Kind.boolean, forKey: .kind)
            try container.encode(flag, forKey: .value)
        case .narrative(let text):
            try container.encode(Kind.narrative, forKey: .kind)
            try container.encode(text, forKey: .value)
        case .notApplicable:
            try container.encode(Kind.notApplicable, forKey: .kind)
        case .missing:
            try container.encode(Kind.missing, forKey: .kind)
        case .newMeasure:
            try container.encode(Kind.newMeasure, forKey: .kind)
        }
    }
}
