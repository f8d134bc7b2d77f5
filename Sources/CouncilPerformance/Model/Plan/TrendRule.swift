/// What a measure's direction of travel compares a value with.
///
/// Nottinghamshire compares snapshot measures with the previous period and cumulative (year-to-date)
/// ones with the same period last year; many councils compare year-to-date figures with the previous
/// quarter's year-to-date figure, across the year boundary too. A measure states its rule
/// (``Measure/trendRule``); without one, its ``Measure/accumulation`` decides.
public enum TrendRule: String, Sendable, Hashable, Codable, CaseIterable {
    /// The period before (Q1 2018/19 for Q2 2018/19; Q4 2017/18 for Q1 2018/19).
    case previousPeriod = "previous-period"
    /// The same period of the previous financial year (Q2 2017/18 for Q2 2018/19).
    case samePeriodLastYear = "same-period-last-year"
    /// No trend: the measure's direction of travel is never given.
    case none

    /// The period a value for `period` is compared with, or `nil` for ``none``.
    ///
    /// - Parameter period: The period of the latest value.
    /// - Returns: The comparison period.
    public func comparisonPeriod(for period: ReportingPeriod) -> ReportingPeriod? {
        switch self {
        case .previousPeriod: period.previous
        case .samePeriodLastYear: period.sameLastYear
        case .none: nil
        }
    }
}
