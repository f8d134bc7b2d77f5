/// What a measure counts, which decides how its values are parsed and printed.
public enum MeasureUnit: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// A percentage; `31.0%` is held as the number 31.0.
    case percentage
    /// A count of things; the word `None` means zero.
    case count
    /// An amount of money, held exactly as ``Money``.
    case currency
    /// A number of days (for example sickness absence days per employee).
    case days
    /// A ratio or rate, such as 0.85 or "per 1,000 population".
    case ratio
    /// A plain number with no unit (an index, a score).
    case number
    /// A yes/no fact, such as "Approval of the Annual Governance Statement".
    case yesNo = "yes-no"

    /// A short description for explanations and documentation.
    public var description: String {
        switch self {
        case .percentage: "percentage"
        case .count: "count"
        case .currency: "amount of money"
        case .days: "number of days"
        case .ratio: "ratio"
        case .number: "number"
        case .yesNo: "yes or no"
        }
    }

    /// Whether values of this unit are numbers that can be compared with numeric targets.
    public var isNumeric: Bool { self != .yesNo }

    /// An example of a valid value, used in error messages.
    var example: String {
        switch self {
        case .percentage: "87.5%"
        case .count: "1,077 or None"
        case .currency: "£20m, £185k or £1,080"
        case .days: "8.42"
        case .ratio: "0.85"
        case .number: "8.42"
        case .yesNo: "Yes or No"
        }
    }
}
