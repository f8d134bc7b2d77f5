/// An error raised when text or a value does not meet the rules of a library type.
///
/// Every parser and validating initialiser in the library throws this error. It names what was found,
/// what was expected and, where the caller supplied one, the field the value came from, so that a data
/// source can turn it into a located diagnostic.
///
/// ```swift
/// do {
///     _ = try FinancialYear("2018/20")
/// } catch {
///     print(error)  // "2018/20" is not a financial year (expected like 2018/19, ...)
/// }
/// ```
public struct ValidationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable, extensible classification of this error (``ErrorCode``).
    public typealias Code = ErrorCode<ValidationError>

    /// What kind of failure this is.
    public var code: Code
    /// The text or value that was found, as given.
    public var found: String
    /// A short description of what was expected, with an example where one helps.
    public var expected: String
    /// The field or path the value came from, when the caller knows it.
    public var field: String?

    /// Creates a validation error.
    ///
    /// - Parameters:
    ///   - code: What kind of failure this is.
    ///   - found: The text or value that was found.
    ///   - expected: What was expected, with an example where one helps.
    ///   - field: The field or path the value came from, if known.
    public init(code: Code, found: String, expected: String, field: String? = nil) {
        self.code = code
        self.found = found
        self.expected = expected
        self.field = field
    }

    /// A one-line human-readable message: the found text quoted, then what was expected.
    public var message: String {
        "\"\(Self.excerpt(found))\" \(problem) (expected \(expected))"
    }

    /// The found text as a message shows it: control characters escaped, and cut to 60 characters so
    /// that a huge cell does not make a huge diagnostic.
    static func excerpt(_ text: String) -> String {
        var result = ""
        for (count, character) in text.enumerated() {
            if count == 60 {
                result += "..."
                break
            }
            switch character {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\r\n": result += "\\r\\n"
            case "\t": result += "\\t"
            default: result.append(character)
            }
        }
        return result
    }

    /// The message, prefixed with the field when one is known.
    public var description: String {
        if let field {
            return "\(field): \(message)"
        }
        return message
    }

    /// Returns a copy of the error that names the field the value came from.
    ///
    /// - Parameter field: The field or path to record.
    /// - Returns: The same error with ``field`` set.
    public func located(in field: String) -> ValidationError {
        var copy = self
        copy.field = field
        return copy
    }

    private var problem: String {
        switch code {
        case .invalidMoney: "is not an amount of money"
        case .moneyOverflow: "is too large an amount of money"
        case .invalidNumber: "is not a number"
        case .numberOutOfRange: "is not a number the library can hold exactly"
        case .invalidFinancialYear: "is not a financial year"
        case .invalidPeriod: "is not a reporting period"
        case .invalidDate: "is not a date"
        case .invalidValue: "is not a value of this measure"
        case .invalidDirection: "is not a \"Good is\" direction"
        case .invalidTarget: "is not a target"
        case .invalidTolerance: "is not a tolerance"
        case .invalidIdentifier: "is not an identifier"
        case .unknownStatus: "is not a known status"
        case .invalidLabels: "is not a rating label"
        default: "is not valid"
        }
    }
}

extension ErrorCode where Domain == ValidationError {
    /// The text is not a `key=word` rating label (``RatingLabels``).
    public static let invalidLabels: Self = "invalid-labels"
    /// The text is not a valid amount of money.
    public static let invalidMoney: Self = "invalid-money"
    /// An amount of money does not fit the range the library can hold exactly.
    public static let moneyOverflow: Self = "money-overflow"
    /// The text is not a valid exact decimal number.
    public static let invalidNumber: Self = "invalid-number"
    /// A number has more decimal places, or more digits, than the library holds exactly.
    public static let numberOutOfRange: Self = "number-out-of-range"
    /// The text is not a valid financial year.
    public static let invalidFinancialYear: Self = "invalid-financial-year"
    /// The text is not a valid reporting period.
    public static let invalidPeriod: Self = "invalid-period"
    /// The text is not a calendar date.
    public static let invalidDate: Self = "invalid-date"
    /// The text is not a value of the measure's unit.
    public static let invalidValue: Self = "invalid-value"
    /// The text is not a recognised "Good is" direction.
    public static let invalidDirection: Self = "invalid-direction"
    /// The text is not a recognised target.
    public static let invalidTarget: Self = "invalid-target"
    /// The text is not a recognised tolerance.
    public static let invalidTolerance: Self = "invalid-tolerance"
    /// An identifier is empty or malformed.
    public static let invalidIdentifier: Self = "invalid-identifier"
    /// The text is not a recognised delivery status.
    public static let unknownStatus: Self = "unknown-status"
    /// A value breaks a rule of the model (for example a decision transition that is not allowed).
    public static let ruleViolation: Self = "rule-violation"
}
