/// A value of an open set of stable text codes: the library names the codes it knows as static members,
/// and a council adds its own by writing another.
///
/// Change kinds, narrative kinds, savings categories, what a published figure or claim says, and error
/// codes are open sets, like `HTTPResponse.Status`. A conforming type stores its code and gives
/// ``init(rawValue:)``; the protocol gives it the rest, written once: ``init(_:)``, ``description``, and
/// `Codable` as the bare string (the standard library's coding of a string-backed `RawRepresentable`).
///
/// ```swift
/// public struct ChangeKind: OpenCode {
///     public var rawValue: String
///     public init(rawValue: String) { self.rawValue = rawValue }
///     public static let reProfile = ChangeKind("re-profile")
/// }
/// ChangeKind.reProfile.description   // "re-profile"
/// ```
///
/// ## Implementation requirements
///
/// Store the code as given: `init(rawValue:)` must not fail, change or check the text, so that any code
/// a council writes decodes and encodes back byte for byte.
public protocol OpenCode: RawRepresentable<String>, Sendable, Hashable, Codable, CustomStringConvertible {
    /// Creates a code from its stable text.
    ///
    /// - Parameter rawValue: The code's stable text.
    init(rawValue: String)
}

extension OpenCode {
    /// Creates a code from its stable text.
    ///
    /// - Parameter rawValue: The code's stable text.
    public init(_ rawValue: String) {
        self.init(rawValue: rawValue)
    }

    /// The code's stable text.
    public var description: String { rawValue }
}

extension OpenCode where Self: ExpressibleByStringLiteral {
    /// Creates a code from a string literal.
    ///
    /// - Parameter value: The code's stable text.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }
}
