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
public struct ErrorCode<Domain>: OpenCode, ExpressibleByStringLiteral {
    /// The code's stable text, suitable for machine-readable reports.
    public var rawValue: String

    /// Creates a code from its stable text; JSON holds the bare string (``OpenCode``).
    ///
    /// - Parameter rawValue: The stable text.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }
}
