/// The totals of a set of projects: what a Totals row of a status report prints, and the counts by
/// status beside it.
///
/// Every figure is summed from the project rows; ``netAtRisk`` is derived.
public struct SavingsTotals: Sendable, Hashable, Codable, SavingsAtRisk {
    /// Cashable benefits by year.
    public var cashable: SavingsProfile
    /// At risk (positive) or over-achievement (negative) by year.
    public var atRisk: SavingsProfile
    /// Savings delivered in an alternative way.
    public var alternativeDelivery: Money
    /// The number of projects summed.
    public var projectCount: Int
    /// How many projects had each status in the month totalled, in report order.
    public var statusCounts: [StatusCount]

    /// A number of projects with one status.
    public struct StatusCount: Sendable, Hashable, Codable {
        /// The status.
        public var status: DeliveryStatus
        /// How many projects had it.
        public var count: Int
    }

    /// Sums projects' rows.
    ///
    /// - Parameters:
    ///   - projects: The projects.
    ///   - month: The month whose statuses to count; statuses are not counted when `nil`.
    /// - Complexity: O(*n* × *y*) for *n* projects of *y* years.
    public init(projects: some Sequence<Project>, month: ReportingPeriod? = nil) {
        var cashable = SavingsProfile()
        var atRisk = SavingsProfile()
        var alternative = Money.zero
        var count = 0
        var counts: [DeliveryStatus: Int] = [:]
        for project in projects {
            cashable = cashable + project.baseline
            atRisk = atRisk + project.forecast
            alternative += project.alternativeDelivery
            count += 1
            if let month, let status = project.status(in: month) { counts[status, default: 0] += 1 }
        }
        self.cashable = cashable
        self.atRisk = atRisk
        self.alternativeDelivery = alternative
        self.projectCount = count
        self.statusCounts = counts.map { StatusCount(status: $0.key, count: $0.value) }
            .sorted { ($0.status.rank, $0.status.name) < ($1.status.rank, $1.status.name) }
    }

    /// Total cashable benefits over all years.
    public var cashableTotal: Money { cashable.total }

    /// Total at risk over all years.
    public var atRiskTotal: Money { atRisk.total }

    /// At risk by year (``SavingsAtRisk``).
    public var atRiskByYear: SavingsProfile { atRisk }

    /// How many projects had a status.
    ///
    /// - Parameter status: The status.
    /// - Returns: The count, zero when none.
    public func count(of status: DeliveryStatus) -> Int {
        statusCounts.first { $0.status == status }?.count ?? 0
    }
}
