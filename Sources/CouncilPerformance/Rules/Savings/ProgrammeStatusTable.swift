/// A programme-level status table, like the Improving Lives portfolio table (`shared/seeds/003`,
/// Appendix C): each programme's status last and this month, the trend, its projects' status codes,
/// and its savings targets and at risk by year, summed from its projects.
public struct ProgrammeStatusTable: Sendable, Hashable, Codable {
    /// One programme's row.
    public struct Row: Sendable, Hashable, Codable {
        /// The programme.
        public var programme: Programme.ID
        /// The council's reference, such as `ASCH 1801`.
        public var reference: String?
        /// The programme's name.
        public var name: String
        /// The programme's status last month.
        public var statusLastMonth: DeliveryStatus?
        /// The programme's status this month.
        public var statusThisMonth: DeliveryStatus?
        /// The trend, derived from the two statuses.
        public var trend: StatusTrend?
        /// The status codes of its projects this month, in the council's order (`OT`, `EO`, `AR` ...).
        public var projectStatusCodes: [String]
        /// The sums of its projects.
        public var totals: SavingsTotals
    }

    /// The portfolio tabled.
    public var portfolio: Portfolio.ID
    /// The month reported.
    public var month: ReportingPeriod
    /// One row per programme of the portfolio, in the order given.
    public var rows: [Row]
    /// The portfolio's totals over all its programmes' projects.
    public var totals: SavingsTotals

    /// Builds the table for one portfolio's programmes.
    ///
    /// - Parameters:
    ///   - portfolio: The portfolio.
    ///   - delivery: The council-wide view.
    ///   - month: The month reported.
    /// - Complexity: O(*g* × *n*) for *g* programmes and *n* projects.
    public init(portfolio: Portfolio.ID, delivery: CouncilDelivery, month: ReportingPeriod) {
        self.portfolio = portfolio
        self.month = month
        let programmes = delivery.programmes.filter { $0.portfolio == portfolio }
        rows = programmes.map { programme in
            let projects = delivery.projects(in: programme.id)
            let last = programme.statusHistory.status(in: month.previous)
            let now = programme.statusHistory.status(in: month)
            return Row(
                programme: programme.id,
                reference: programme.reference,
                name: programme.name,
                statusLastMonth: last,
                statusThisMonth: now,
                trend: last.flatMap { before in now.flatMap { StatusTrend.between(before, and: $0) } },
                projectStatusCodes: projects.compactMap { $0.status(in: month)?.code },
                totals: SavingsTotals(projects: projects, month: month)
            )
        }
        let programmeIDs = Set(programmes.map(\.id))
        totals = SavingsTotals(
            projects: delivery.projects.filter { $0.programme.map(programmeIDs.contains) ?? false },
            month: month
        )
    }
}
