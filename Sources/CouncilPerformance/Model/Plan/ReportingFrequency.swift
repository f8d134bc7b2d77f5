/// How often a measure is reported: what a dashboard as at a period may show as current.
///
/// A dashboard as at Q2 2018/19 rates a quarterly measure's Q2 value, a monthly measure's September
/// value, a termly measure's first term and an annual measure's 2017/18 value: the latest period of its
/// frequency that has ended by the dashboard's. An older value is shown as not reported this period.
public enum ReportingFrequency: String, Sendable, Hashable, Codable, CaseIterable {
    /// Calendar months (`Sep 2018`).
    case monthly
    /// Financial quarters (`Q2 2018/19`).
    case quarterly
    /// Four-month terms (`T1 2018/19`).
    case termly
    /// Financial years (`2018/19`).
    case annual

    /// The frequency of a period's kind: a quarter is quarterly, a year annual.
    ///
    /// - Parameter period: A reported period.
    public init(of period: ReportingPeriod) {
        switch period.granularity {
        case .month: self = .monthly
        case .quarter: self = .quarterly
        case .term: self = .termly
        case .year: self = .annual
        }
    }

    /// The period of this frequency that is due as at `period`: the latest one that has ended by the end
    /// of `period`.
    ///
    /// For example, as at Q2 2018/19: `Sep 2018` monthly, Q2 2018/19 quarterly, T1 2018/19 termly and
    /// 2017/18 annually.
    ///
    /// - Parameter period: The period a report is as at.
    /// - Returns: The period whose value is current.
    public func due(asOf period: ReportingPeriod) -> ReportingPeriod {
        let last = period.endMonthIndex
        let year = period.financialYear
        // The period of this kind that holds the report's last month, then earlier ones until one has ended.
        var candidate: ReportingPeriod
        let monthOfYear = (last - (year.startYear * 12 + 3)) % 12  // 0 for April
        switch self {
        case .monthly:
            candidate = ReportingPeriod(unchecked: .month((monthOfYear + 3) % 12 + 1), of: year)
        case .quarterly:
            candidate = ReportingPeriod(unchecked: .quarter(monthOfYear / 3 + 1), of: year)
        case .termly:
            candidate = ReportingPeriod(unchecked: .term(monthOfYear / 4 + 1), of: year)
        case .annual:
            candidate = ReportingPeriod(unchecked: .year, of: year)
        }
        while candidate.endMonthIndex > last { candidate = candidate.previous }
        return candidate
    }
}
