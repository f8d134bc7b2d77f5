/// A savings project of an improvement and change portfolio, as a monthly Project Status Report lists it.
///
/// The approved **baseline** (cashable benefits by year) is never edited; the **forecast** records
/// savings at risk or slipping (positive) and over-achievement (negative) by year. Totals and net at
/// risk are derived, never typed in:
///
/// ```swift
/// project.atRisk                // forecast total, e.g. -£1,967k for Targeted Reviews
/// project.netAtRisk             // at risk minus savings delivered in an alternative way
/// project.trend(to: september)  // Better, Same or Worse from last month's status
/// ```
public struct Project: Sendable, Hashable, Codable, Identifiable, SavingsAtRisk {
    /// The identifier type for projects.
    public typealias ID = Identifier<Project>

    /// The project's identifier.
    public var id: ID
    /// The council's references, as written (`C07`, `OfC C03`, `C02 2014`, `C01 2016`).
    public var references: [String]
    /// The project's name.
    public var name: String
    /// The portfolio it belongs to.
    public var portfolio: Portfolio.ID
    /// The programme it belongs to, if known.
    public var programme: Programme.ID?
    /// The department delivering it, if known.
    public var department: Department.ID?
    /// The governance level (for example "High governance"), if known.
    public var governance: String?
    /// The delivery status by month, oldest first.
    public var statusHistory: [StatusRecord]
    /// The approved cashable benefits by financial year.
    public var baseline: SavingsProfile
    /// Projected at risk or slippage (positive) and over-achievement (negative) by financial year.
    public var forecast: SavingsProfile
    /// Savings delivered in an alternative way.
    public var alternativeDelivery: Money
    /// The exception details or other commentary.
    public var commentary: String?
    /// The project's milestones.
    public var milestones: [Milestone]

    /// Creates a project.
    ///
    /// - Parameters:
    ///   - id: The project's identifier.
    ///   - references: The council's references.
    ///   - name: Its name.
    ///   - portfolio: Its portfolio.
    ///   - programme: Its programme.
    ///   - department: Its department.
    ///   - governance: Its governance level.
    ///   - statusHistory: Its status by month.
    ///   - baseline: Approved cashable benefits by year.
    ///   - forecast: At risk (positive) or over-achievement (negative) by year.
    ///   - alternativeDelivery: Savings delivered in an alternative way.
    ///   - commentary: Exception details or other commentary.
    ///   - milestones: Its milestones.
    public init(
        id: ID,
        references: [String] = [],
        name: String,
        portfolio: Portfolio.ID,
        programme: Programme.ID? = nil,
        department: Department.ID? = nil,
        governance: String? = nil,
        statusHistory: [StatusRecord] = [],
        baseline: SavingsProfile = SavingsProfile(),
        forecast: SavingsProfile = SavingsProfile(),
        alternativeDelivery: Money = .zero,
        commentary: String? = nil,
        milestones: [Milestone] = []
    ) {
        self.id = id
        self.references = references
        self.name = name
        self.portfolio = portfolio
        self.programme = programme
        self.department = department
        self.governance = governance
        self.statusHistory = statusHistory
        self.baseline = baseline
        self.forecast = forecast
        self.alternativeDelivery = alternativeDelivery
        self.commentary = commentary
        self.milestones = milestones
    }

    /// Splits a printed reference cell into references: `C02 2014 & C01 2016` gives `C02 2014` and
    /// `C01 2016`; `B13, OfCA15 2015 & B12 2016` gives three.
    ///
    /// - Parameter text: The printed references.
    /// - Returns: The references, trimmed, in order.
    public static func references(from text: String) -> [String] {
        text.split(whereSeparator: { $0 == "&" || $0 == "," })
            .map { String($0).trimmingWhitespace() }
            .filter { !$0.isEmpty }
    }

    /// The total cashable benefit over all years.
    public var cashableTotal: Money { baseline.total }

    /// The total projected at risk (positive) or over-achieved (negative) over all years.
    public var atRisk: Money { forecast.total }

    /// The forecast at risk by year (``SavingsAtRisk``).
    public var atRiskByYear: SavingsProfile { forecast }

    /// The status reported for a month, if any.
    ///
    /// - Parameter month: The month.
    /// - Returns: The status then.
    public func status(in month: ReportingPeriod) -> DeliveryStatus? {
        statusHistory.status(in: month)
    }

    /// The trend from the previous month to `month`; `nil` if either month has no status or the status
    /// says nothing about delivery.
    ///
    /// - Parameter month: This month.
    /// - Returns: Better, Same or Worse.
    public func trend(to month: ReportingPeriod) -> StatusTrend? {
        guard let now = status(in: month), let before = status(in: month.previous) else { return nil }
        return StatusTrend.between(before, and: now)
    }
}
