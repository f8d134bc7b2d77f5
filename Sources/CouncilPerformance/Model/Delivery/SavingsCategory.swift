/// A category of savings figure a council reports: the target (budget), what was achieved, what was
/// delayed to a later year, and so on.
///
/// An open set, like ``DeliveryStatus``: the standard categories are static members, and a council
/// declares its own (the `savings_categories` table) with any other name.
///
/// ```swift
/// let figures: SavingsFigures = [
///     .init(category: .target, year: year, amount: Money(thousands: 1_200)),
///     .init(category: .achieved, year: year, asAt: try ReportingPeriod("Sep 2015"), amount: Money(thousands: 700)),
/// ]
/// SavingsCategory.notAchievable.rawValue  // "not-achievable"
/// ```
public struct SavingsCategory: OpenCode, Comparable {
    /// The category's stable name, as the data writes it (`not-achievable`).
    public var rawValue: String

    /// Creates a category from its name; JSON holds the bare string (``OpenCode``).
    ///
    /// - Parameter rawValue: The name.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The saving budgeted for the year (the mandate).
    public static let target = SavingsCategory("target")
    /// Approved cashable benefit: the `savings` table's `cashable`.
    public static let cashable = SavingsCategory("cashable")
    /// The amount achieved (at a month, or at outturn).
    public static let achieved = SavingsCategory("achieved")
    /// The amount forecast to be achieved by the year end.
    public static let forecast = SavingsCategory("forecast")
    /// The amount delayed to a later year.
    public static let delayed = SavingsCategory("delayed")
    /// The amount that will not be achieved.
    public static let notAchievable = SavingsCategory("not-achievable")
    /// The amount written off through change control.
    public static let writtenOff = SavingsCategory("written-off")
    /// At risk or slipping (positive), over-achieved (negative): the `savings` table's `at_risk`.
    public static let atRisk = SavingsCategory("at-risk")
    /// Savings delivered in an alternative way: the `projects` table's `alternative_delivery`.
    public static let alternativeDelivery = SavingsCategory("alternative-delivery")

    /// The standard categories, in the order reports show them.
    public static let standard: [SavingsCategory] = [
        .target, .cashable, .achieved, .forecast, .delayed, .notAchievable, .writtenOff, .atRisk,
        .alternativeDelivery,
    ]

    /// The category's name in words, for reports: `not achievable`.
    public var label: String {
        rawValue.replacing("-", with: " ")
    }

    /// Orders standard categories in ``standard`` order, then a council's own by name.
    ///
    /// - Parameters:
    ///   - lhs: A category.
    ///   - rhs: Another category.
    /// - Returns: Whether `lhs` comes first.
    public static func < (lhs: SavingsCategory, rhs: SavingsCategory) -> Bool {
        let left = standard.firstIndex(of: lhs) ?? standard.count
        let right = standard.firstIndex(of: rhs) ?? standard.count
        return left != right ? left < right : lhs.rawValue < rhs.rawValue
    }
}
