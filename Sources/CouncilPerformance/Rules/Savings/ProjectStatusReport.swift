/// The monthly Project Status Report as a value: per portfolio, project rows ordered by status this
/// month, a Totals row, exception details for every project not on target, the status key, and the
/// headline figures a covering report states in words.
///
/// ```swift
/// let report = ProjectStatusReport(delivery: delivery, month: try ReportingPeriod("Sep 2018"),
///                                  years: try ["2018/19", "2019/20", "2020/21"].map(FinancialYear.init))
/// report.headline.sentence
/// // "Across all portfolios the total savings target across the three years 2018/19-2020/21 is £25.6m. ..."
/// ```
///
/// The report is a pure value computed from the model; reporters render it.
public struct ProjectStatusReport: Sendable, Hashable, Codable {
    /// One project's row.
    public struct Row: Sendable, Hashable, Codable, SavingsAtRisk {
        /// The project.
        public var project: Project.ID
        /// The project's name and references as printed, such as `Targeted Reviews (C07)`.
        public var title: String
        /// Last month's status.
        public var statusLastMonth: DeliveryStatus?
        /// This month's status.
        public var statusThisMonth: DeliveryStatus?
        /// The trend between them.
        public var trend: StatusTrend?
        /// Cashable benefits by year.
        public var cashable: SavingsProfile
        /// At risk or over-achieved by year.
        public var atRisk: SavingsProfile
        /// Savings delivered in an alternative way.
        public var alternativeDelivery: Money

        /// At risk by year (``SavingsAtRisk``, which derives net at risk).
        public var atRiskByYear: SavingsProfile { atRisk }
    }

    /// The exception details of a project not on target.
    public struct Exception: Sendable, Hashable, Codable {
        /// The project.
        public var project: Project.ID
        /// Its printed title.
        public var title: String
        /// Its status this month.
        public var status: DeliveryStatus
        /// The exception details.
        public var details: String
    }

    /// One portfolio's part of the report.
    public struct Section: Sendable, Hashable, Codable {
        /// The portfolio.
        public var portfolio: Portfolio
        /// Its project rows, by status this month, then in the council's order.
        public var rows: [Row]
        /// Its Totals row.
        public var totals: SavingsTotals
        /// Exception details for every project not on target (and not closed).
        public var exceptions: [Exception]
    }

    /// The savings target and projected outcome over the report's years, for the council or a portfolio.
    public struct HeadlineFigure: Sendable, Hashable, Codable {
        /// The council (`nil`) or the portfolio.
        public var portfolio: Portfolio?
        /// The total savings target (cashable benefits) over the report's years.
        public var target: Money
        /// Net at risk over the report's years: positive is at risk, negative is over-achievement.
        public var netAtRisk: Money

        /// What the projection means in words: `projected to be over achieved by £6m`, `with £686k
        /// currently assessed as being at risk`, or `projected to be delivered as planned`.
        public var outcome: String {
            if netAtRisk < .zero {
                return "projected to be over achieved by \((-netAtRisk).formatted(.compact))"
            }
            if netAtRisk > .zero {
                return "with \(netAtRisk.formatted(.compact)) currently assessed as being at risk"
            }
            return "projected to be delivered as planned"
        }
    }

    /// The month reported.
    public var month: ReportingPeriod
    /// The financial years the report's columns show.
    public var years: [FinancialYear]
    /// The status key.
    public var statusKey: [DeliveryStatus]
    /// One section per portfolio, in report order.
    public var sections: [Section]
    /// The council-wide headline.
    public var headline: HeadlineFigure
    /// The headline per portfolio, in report order.
    public var portfolioHeadlines: [HeadlineFigure]

    /// Builds the report from the council-wide view.
    ///
    /// - Parameters:
    ///   - delivery: The portfolios, programmes and projects.
    ///   - month: The month reported ("as at").
    ///   - years: The financial years to show.
    ///   - statusKey: The status key to print; the standard key by default.
    /// - Complexity: O(*p* × *n* log *n*) for *p* portfolios and *n* projects.
    public init(
        delivery: CouncilDelivery,
        month: ReportingPeriod,
        years: [FinancialYear],
        statusKey: DeliveryStatusScheme = .standard
    ) {
        self.month = month
        self.years = years
        self.statusKey = statusKey.statuses
        var sections: [Section] = []
        var headlines: [HeadlineFigure] = []
        for portfolio in delivery.portfolios {
            let projects = delivery.projects(in: portfolio.id)
            let ordered = projects.enumerated().sorted { lhs, rhs in
                let left = lhs.element.status(in: month)?.rank ?? Int.max
                let right = rhs.element.status(in: month)?.rank ?? Int.max
                return (left, lhs.offset) < (right, rhs.offset)
            }.map(\.element)
            let rows = ordered.map { project in
                Row(
                    project: project.id,
                    title: Self.title(of: project),
                    statusLastMonth: project.status(in: month.previous),
                    statusThisMonth: project.status(in: month),
                    trend: project.trend(to: month),
                    cashable: project.baseline,
                    atRisk: project.forecast,
                    alternativeDelivery: project.alternativeDelivery
                )
            }
            let exceptions = ordered.compactMap { project -> Exception? in
                guard let status = project.status(in: month), status.isException else { return nil }
                return Exception(
                    project: project.id,
                    title: Self.title(of: project),
                    status: status,
                    details: project.commentary ?? ""
                )
            }
            let totals = SavingsTotals(projects: projects, month: month)
            sections.append(Section(portfolio: portfolio, rows: rows, totals: totals, exceptions: exceptions))
            headlines.append(Self.headline(for: portfolio, totals: totals, years: years))
        }
        self.sections = sections
        self.portfolioHeadlines = headlines
        self.headline = Self.headline(for: nil, totals: delivery.councilTotals(month: month), years: years)
    }

    /// The covering report's paragraphs, in words, for the council and each portfolio.
    ///
    /// For September 2018 (`shared/seeds/003`, paragraph 9): "Across all portfolios the total savings
    /// target across the three years 2018/19-2020/21 is £25.6m. When taking into consideration savings
    /// at risk, slippage and over delivery it is projected that this target will be over achieved by £6m."
    public var headlineSentences: [String] {
        let span =
            years.first.map { first in
                years.count > 1 ? "\(first)-\(years[years.count - 1])" : "\(first)"
            } ?? ""
        let count = Self.numberWords[years.count] ?? "\(years.count)"
        var sentences = [
            "Across all portfolios the total savings target across the \(count) years \(span) is "
                + "\(headline.target.formatted(.compact)), \(headline.outcome)."
        ]
        for figure in portfolioHeadlines {
            sentences.append(
                "\(figure.portfolio?.name ?? "Council") Portfolio: total savings target of "
                    + "\(figure.target.formatted(.compact)), \(figure.outcome)."
            )
        }
        return sentences
    }

    private static let numberWords = [1: "one", 2: "two", 3: "three", 4: "four", 5: "five"]

    private static func headline(
        for portfolio: Portfolio?,
        totals: SavingsTotals,
        years: [FinancialYear]
    )
        -> HeadlineFigure
    {
        HeadlineFigure(
            portfolio: portfolio,
            target: totals.cashable.total(over: years),
            netAtRisk: totals.netAtRisk(over: years)
        )
    }

    private static func title(of project: Project) -> String {
        project.references.isEmpty ? project.name : "\(project.name) (\(project.references.joined(separator: " & ")))"
    }
}
