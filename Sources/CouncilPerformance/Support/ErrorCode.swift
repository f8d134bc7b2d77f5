/// A stable, extensible classification of a library error, written once for every error type.
///
/// Each error type names its codes as static members of its own `Code`, an `ErrorCode` of that type
/// (as `HTTPResponse.Status` and swift-subprocess's error codes do), so codes of one error cannot be
/// passed for another's, and a council's own code is a string literal away. The text is what
/// machine-readable reports carry.
///
/// ```swift
/// ValidationError.Code.invalidMoney.rawValue   // "invalid-money"
/// let mine: Diagnostic.Code = "our-own-check"
/// ```
public struct ErrorCode<Domain>: Sendable, Hashable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The code's stable text, suitable for machine-readable reports.
    public var rawValue: String

    /// Creates a code from its stable text.
    ///
    /// - Parameter rawValue: The code's stable text.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// Creates a code from a string literal.
    ///
    /// - Parameter value: The code's stable text.
    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    /// Decodes a code from its text.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when the value is not a string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the code as its text.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError` when the encoder fails.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The code's stable text.
    public var description: String { rawValue }
}
