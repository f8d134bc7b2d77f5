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
public struct Project: Sendable, Hashable, Identifiable, SavingsAtRisk {
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
    /// Savings figures by category, year and month beside ``baseline`` and ``forecast``: targets,
    /// achieved, delayed, not achievable, and a council's own categories.
    public var figures: SavingsFigures

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
    ///   - figures: Savings figures by category, year and month.
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
        milestones: [Milestone] = [],
        figures: SavingsFigures = SavingsFigures()
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
        self.figures = figures
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

extension Project {
    /// The project's amount of a savings category over years at a month; `nil` when the project has no
    /// figure of that category.
    ///
    /// Figures given in ``figures`` come first. Without them, `cashable` reads ``baseline``, `at-risk`
    /// reads ``forecast`` and `alternative-delivery` reads ``alternativeDelivery`` (which has no year),
    /// so an identity or a printed total can name them like any other category.
    ///
    /// - Parameters:
    ///   - category: The category.
    ///   - years: The years.
    ///   - asAt: The month, or `nil` for the plan or the outturn.
    /// - Returns: The amount.
    public func amount(
        of category: SavingsCategory,
        over years: [FinancialYear],
        asAt: ReportingPeriod? = nil
    )
        -> Money?
    {
        if let amount = figures.amount(category, over: years, asAt: asAt) { return amount }
        guard asAt == nil else { return nil }
        switch category {
        case .cashable: return baseline.isEmpty ? nil : baseline.total(over: years)
        case .atRisk: return forecast.isEmpty ? nil : forecast.total(over: years)
        case .alternativeDelivery: return alternativeDelivery == .zero ? nil : alternativeDelivery
        default: return nil
        }
    }
}

extension Project: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, references, name, portfolio, programme, department, governance, statusHistory, baseline, forecast
        case alternativeDelivery, commentary, milestones, figures
    }

    /// Decodes a project; one encoded before ``figures`` existed has none.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a field is missing or malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(ID.self, forKey: .id),
            references: try container.decode([String].self, forKey: .references),
            name: try container.decode(String.self, forKey: .name),
            portfolio: try container.decode(Portfolio.ID.self, forKey: .portfolio),
            programme: try container.decodeIfPresent(Programme.ID.self, forKey: .programme),
            department: try container.decodeIfPresent(Department.ID.self, forKey: .department),
            governance: try container.decodeIfPresent(String.self, forKey: .governance),
            statusHistory: try container.decode([StatusRecord].self, forKey: .statusHistory),
            baseline: try container.decode(SavingsProfile.self, forKey: .baseline),
            forecast: try container.decode(SavingsProfile.self, forKey: .forecast),
            alternativeDelivery: try container.decode(Money.self, forKey: .alternativeDelivery),
            commentary: try container.decodeIfPresent(String.self, forKey: .commentary),
            milestones: try container.decode([Milestone].self, forKey: .milestones),
            figures: try container.decodeIfPresent(SavingsFigures.self, forKey: .figures) ?? SavingsFigures()
        )
    }

    /// Encodes a project, leaving out empty ``figures`` so that a project without them encodes as before.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError` when the encoder fails.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(references, forKey: .references)
        try container.encode(name, forKey: .name)
        try container.encode(portfolio, forKey: .portfolio)
        try container.encodeIfPresent(programme, forKey: .programme)
        try container.encodeIfPresent(department, forKey: .department)
        try container.encodeIfPresent(governance, forKey: .governance)
        try container.encode(statusHistory, forKey: .statusHistory)
        try container.encode(baseline, forKey: .baseline)
        try container.encode(forecast, forKey: .forecast)
        try container.encode(alternativeDelivery, forKey: .alternativeDelivery)
        try container.encodeIfPresent(commentary, forKey: .commentary)
        try container.encode(milestones, forKey: .milestones)
        if !figures.isEmpty { try container.encode(figures, forKey: .figures) }
    }
}
