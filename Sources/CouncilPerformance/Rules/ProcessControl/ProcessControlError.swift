/// An input to ``ProcessChart`` that cannot be charted, with where it was found.
public struct ProcessControlError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable, extensible classification of this error (``ErrorCode``).
    public typealias Code = ErrorCode<ProcessControlError>

    /// What kind of error this is.
    public var code: Code
    /// A sentence saying what is wrong and how to fix it.
    public var message: String
    /// The position of the offending sample in the caller's array, when the error is about one sample.
    public var sampleIndex: Int?
    /// The option at fault (`"fixAfter"`, `"rebase"`, `"target"`), when the error is about an option.
    public var option: String?

    /// Creates a process-control error.
    ///
    /// - Parameters:
    ///   - code: What kind of error this is.
    ///   - message: What is wrong and how to fix it.
    ///   - sampleIndex: The position of the offending sample, if any.
    ///   - option: The option at fault, if any.
    public init(code: Code, message: String, sampleIndex: Int? = nil, option: String? = nil) {
        self.code = code
        self.message = message
        self.sampleIndex = sampleIndex
        self.option = option
    }

    /// `code at location: message`.
    public var description: String {
        if let sampleIndex {
            return "\(code) at sample \(sampleIndex): \(message)"
        }
        if let option {
            return "\(code) in option \(option): \(message)"
        }
        return "\(code): \(message)"
    }
}

extension ErrorCode where Domain == ProcessControlError {
    /// A sample's value is NaN or infinite.
    public static let nonFiniteValue: Self = "non-finite-value"
    /// The target is NaN or infinite.
    public static let nonFiniteTarget: Self = "non-finite-target"
    /// `fixAfter` is below the 12 points the method requires.
    public static let fixAfterTooSmall: Self = "fix-after-too-small"
    /// A rebase period does not occur in any group of the series.
    public static let unknownRebasePeriod: Self = "unknown-rebase-period"
    /// The same period occurs twice in one group.
    public static let duplicatePeriod: Self = "duplicate-period"
}
