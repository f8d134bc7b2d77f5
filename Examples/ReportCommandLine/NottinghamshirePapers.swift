public import CouncilPerformance

/// One committee paper the Nottinghamshire example reproduces in its own shape: the command that
/// writes it, the bundled data it reads, and how its documents are built.
///
/// The papers live here rather than in the example so that the tests render exactly what the command
/// writes. Everything Nottinghamshire-specific in them is a choice of what to show (which measures make
/// the ICT scorecard, which portfolio is Improving Lives); the figures and words are the data's.
public struct Paper: Sendable {
    /// The command, such as `ict-scorecard`.
    public var command: String
    /// The paper, for `--help`.
    public var help: String
    /// The bundled data folder it reads: `plan-2018` or `strategic-plan-2015`.
    public var dataset: String
    /// Builds the paper's documents from the data.
    public var documents: @Sendable (PerformanceData) throws -> [ReportDocument]

    /// Creates a paper.
    ///
    /// - Parameters:
    ///   - command: The command.
    ///   - help: The help line.
    ///   - dataset: The data folder.
    ///   - documents: The builder.
    public init(
        _ command: String,
        help: String,
        dataset: String,
        documents: @escaping @Sendable (PerformanceData) throws -> [ReportDocument]
    ) {
        self.command = command
        self.help = help
        self.dataset = dataset
        self.documents = documents
    }
}

/// The Nottinghamshire committee papers (`shared/seeds`), in the order a committee pack prints them.
public enum NottinghamshirePapers: Sendable {
    /// Every paper.
    public static let all: [Paper] = [
        Paper(
            "council-plan-review",
            help: "Council Plan review of progress 2018-19 (001 item 8), with its summaries and highlights.",
            dataset: "plan-2018"
        ) { data in
            let dashboard = PerformanceDashboard(data: data, asOf: try ReportingPeriod("Q2 2018/19"))
            return [
                ReportDocument.planReview(
                    dashboard,
                    data: data,
                    report: "council-plan-review",
                    title: "Your Nottinghamshire Your Future: Council Plan review of progress in 2018-19",
                    includeUnlinked: false
                )
            ]
        },
        Paper(
            "six-month-review",
            help: "Resources departmental strategy six-month review, April to September 2018 (001 item 7).",
            dataset: "plan-2018"
        ) { data in
            let dashboard = PerformanceDashboard(data: data, asOf: try ReportingPeriod("Q2 2018/19"))
            var document = ReportDocument.narrativeReview(
                dashboard,
                data: data,
                report: "six-month-review",
                title: "Departmental strategy six-month review of progress (April to September 2018)"
            )
            document.name = "six-month-review"
            return [document]
        },
        Paper(
            "resources-dashboard",
            help: "Resources departmental strategy dashboard and the progress of its activities (002).",
            dataset: "plan-2018"
        ) { data in
            [try resourcesDashboard(data)]
        },
        Paper(
            "ict-scorecard",
            help: "ICT services performance, Q3 2017/18 to Q2 2018/19, against the Q2 target (003 item 8).",
            dataset: "plan-2018"
        ) { data in
            [try ictScorecard(data)]
        },
        Paper(
            "programmes",
            help: "Improvement and change programmes and their milestones (003 Appendix A).",
            dataset: "plan-2018"
        ) { data in
            let report = MilestoneReport(data: data, month: try ReportingPeriod("Sep 2018"), report: "programmes")
            var document = ReportDocument.milestones(
                report,
                title: "Improvement and change portfolios: progress on key milestones"
            )
            document.name = "programmes"
            return [document]
        },
        Paper(
            "improving-lives",
            help: "Improving Lives portfolio programme status report, September 2018 (003 Appendix C).",
            dataset: "plan-2018"
        ) { data in
            [try improvingLives(data)]
        },
        Paper(
            "savings",
            help: "Project Status Reports as at September 2018 (003 Appendix B) and September 2015 (000).",
            dataset: "plan-2018"
        ) { data in
            try ReportRun(data: data).document(.savings).map { [$0] } ?? []
        },
        Paper(
            "changes",
            help: "The January 2019 change requests, their net impact and decision records (001 item 5).",
            dataset: "plan-2018"
        ) { data in
            try ReportRun(data: data).document(.changes).map { [$0] } ?? []
        },
        Paper(
            "status-report-2015",
            help:
                "Redefining Your Council project status report, September 2015, by governance level (000 Appendix C).",
            dataset: "strategic-plan-2015"
        ) { data in
            [governanceStatusReport(data)]
        },
        Paper(
            "strategic-plan",
            help: "Strategic Plan 2014-18 quarterly performance report, Q2 2015/16 (000 Appendix A).",
            dataset: "strategic-plan-2015"
        ) { data in
            let dashboard = PerformanceDashboard(data: data, asOf: try ReportingPeriod("Q2 2015/16"))
            var document = ReportDocument.planReview(
                dashboard,
                data: data,
                report: "strategic-plan",
                title: "Strategic Plan 2014-2018: quarterly performance report, Q2 2015/16",
                ambitionLabel: "Priority",
                commitmentLabel: nil
            )
            document.name = "strategic-plan"
            return [document]
        },
    ]

    /// Every paper bound into one committee pack, in order, with charts of the Council Plan's ratings at
    /// Q2 2018/19 and of the savings at risk in September 2018.
    ///
    /// - Parameter load: Loads a bundled data folder by name.
    /// - Returns: The pack.
    /// - Throws: What loading or building a paper throws.
    public static func pack(
        load: @Sendable (String) async throws -> PerformanceData
    ) async throws -> ReportPack {
        var loaded: [String: PerformanceData] = [:]
        var documents: [ReportDocument] = []
        for paper in all {
            if loaded[paper.dataset] == nil { loaded[paper.dataset] = try await load(paper.dataset) }
            if let data = loaded[paper.dataset] { documents += try paper.documents(data) }
        }
        var charts: [SummaryChart] = []
        if let data = loaded["plan-2018"] {
            let dashboard = PerformanceDashboard(data: data, asOf: try ReportingPeriod("Q2 2018/19"))
            charts.append(
                .ratings(
                    dashboard.summary,
                    labels: dashboard.labels,
                    title: "Council Plan key measures by rating, Q2 2018/19"
                )
            )
            let run = ReportRun(data: data)
            if let month = run.savingsMonth {
                let report = ProjectStatusReport(
                    delivery: data.delivery,
                    month: month,
                    years: run.savingsYears(for: month)
                )
                charts.append(.netAtRisk(report))
            }
        }
        return ReportPack(
            title: "Nottinghamshire County Council: committee papers",
            subtitle: "Council Plan, departmental strategy, ICT, improvement and change, savings and change requests",
            documents: documents,
            charts: charts
        )
    }

    /// The paper with a command, if any.
    ///
    /// - Parameter command: The command.
    /// - Returns: The paper.
    public static func paper(_ command: String) -> Paper? {
        all.first { $0.command == command }
    }

    /// The ICT indicators by the paper's four groups (003 lines 1286-1337).
    public static let ictSections: [(title: String, measures: [Measure.ID])] = [
        (
            "Business Activity Indicators",
            [
                "ict-availability", "ict-mobile-devices", "ict-incidents-resolved", "ict-changes-successful",
                "ict-project-delivery-index", "ict-milestones-delivered",
            ]
        ),
        (
            "Customer Indicators",
            [
                "ict-satisfaction-corporate", "ict-satisfaction-schools", "ict-first-call-resolution",
                "ict-call-duration", "ict-dropped-calls",
            ]
        ),
        ("Staff Indicators", ["ict-absence-days", "ict-training-days"]),
        (
            "Financial Indicators",
            ["ict-revenue-spend", "ict-capital-spend", "ict-cost-per-user", "ict-cost-per-workstation"]
        ),
    ]

    /// The ICT scorecard: four quarters against the Q2 target, with the paper's comments.
    public static func ictScorecard(_ data: PerformanceData) throws -> ReportDocument {
        let periods = try ["Q3 2017/18", "Q4 2017/18", "Q1 2018/19", "Q2 2018/19"].map { try ReportingPeriod($0) }
        var document = ReportDocument.scorecard(
            Scorecard(
                data: data,
                title: "ICT Services overall performance: Quarter 2 2018-19",
                periods: periods,
                sections: ictSections,
                report: "ict-scorecard"
            )
        )
        document.name = "ict-scorecard"
        return document
    }

    /// The Resources dashboard: the measures the dashboard prints (their values cite 002), then the
    /// progress of the strategy's activities.
    public static func resourcesDashboard(_ data: PerformanceData) throws -> ReportDocument {
        var resources = data
        let printed = Set(
            data.observations.filter { $0.source?.document.contains("002 line") ?? false }.map(\.measure)
        )
        resources.plan.measures = data.plan.measures.filter { printed.contains($0.id) }
        let dashboard = PerformanceDashboard(data: resources, asOf: try ReportingPeriod("Q2 2018/19"))
        var document = ReportDocument.dashboard(dashboard)
        document.name = "resources-dashboard"
        document.title = "Resources Departmental Strategy: dashboard"
        for strategy in data.plan.strategies {
            document.blocks += ReportDocument.activityProgressBlocks(strategy, plan: data.plan)
        }
        return document
    }

    /// The 2015 project status report as the paper prints it: a table per governance level (high, then
    /// low and medium), then the printed TOTALS rows beside the sums of the rows.
    public static func governanceStatusReport(_ data: PerformanceData) -> ReportDocument {
        let run = ReportRun(data: data)
        var levels: [String] = []
        for level in data.delivery.projects.compactMap(\.governance) where !levels.contains(level) {
            levels.append(level)
        }
        // Each governance level stands in for a portfolio, so the report's sections are the paper's tables.
        var delivery = data.delivery
        delivery.programmes = []
        delivery.portfolios = levels.map { Portfolio(id: Portfolio.ID($0), name: "\($0) governance projects") }
        delivery.projects = data.delivery.projects.compactMap { project in
            guard let level = project.governance else { return nil }
            var project = project
            project.portfolio = Portfolio.ID(level)
            project.programme = nil
            return project
        }
        guard let month = run.savingsMonth else {
            return ReportDocument(name: "status-report", title: "Project status report", blocks: [])
        }
        let report = ProjectStatusReport(delivery: delivery, month: month, years: run.savingsYears(for: month))
        var document = ReportDocument.savings(report, council: data.council)
        // The portfolio headline describes portfolios; the paper's tables are by governance level.
        document.blocks.removeFirst(2)
        document.blocks = document.blocks.map { block in
            guard case .heading(let text, let level) = block, text.hasSuffix(" governance projects portfolio") else {
                return block
            }
            return .heading(String(text.dropLast(" portfolio".count)), level: level)
        }
        document.name = "status-report"
        document.title = "Redefining Your Council: project status report by governance level"
        document.blocks += ReportDocument.printedTotalsBlocks(
            ConsistencyAudit(data: data),
            figures: data.publishedFigures,
            claims: [.governanceTotal, .councilTotal],
            caption: "Appendix C TOTALS rows as printed, beside what the rows sum to"
        )
        return document
    }

    /// The Improving Lives programme status table: the ASCH programmes that hold projects.
    public static func improvingLives(_ data: PerformanceData) throws -> ReportDocument {
        var table = ProgrammeStatusTable(
            portfolio: "asch",
            delivery: data.delivery,
            month: try ReportingPeriod("Sep 2018")
        )
        table.rows.removeAll { $0.totals.projectCount == 0 }
        var document = ReportDocument.programmeStatus(
            table,
            data: data,
            report: "improving-lives",
            title: "Improving Lives portfolio: programme status report, September 2018"
        )
        document.name = "improving-lives"
        return document
    }
}
