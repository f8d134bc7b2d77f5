/// Programme milestones grouped by portfolio and programme, with their implementation dates as written,
/// the programme's status and the delivery status narrative, as a council's progress report on its
/// improvement and change portfolios prints them (`shared/seeds/003`, Appendix A).
///
/// ```swift
/// let report = MilestoneReport(data: data, month: try ReportingPeriod("Sep 2018"))
/// let document = ReportDocument.milestones(report)
/// ```
public struct MilestoneReport: Sendable, Hashable {
    /// One programme and its milestones, with its projects' milestones after its own.
    public struct ProgrammeMilestones: Sendable, Hashable {
        /// The programme.
        public var programme: Programme
        /// Its status in the report's month, if reported.
        public var status: DeliveryStatus?
        /// Its milestones, then each of its projects' milestones, in order.
        public var milestones: [Milestone]
        /// Narrative about the programme for the report's month, in the order given.
        public var narrative: [Narrative]
    }

    /// One portfolio's programmes that have milestones.
    public struct PortfolioMilestones: Sendable, Hashable {
        /// The portfolio.
        public var portfolio: Portfolio
        /// Its programmes with milestones, in the data's order.
        public var programmes: [ProgrammeMilestones]
    }

    /// The council.
    public var council: String
    /// The month reported, if any: programme statuses and narrative are read for it.
    public var month: ReportingPeriod?
    /// The portfolios with milestones, in the data's order.
    public var portfolios: [PortfolioMilestones]
    /// Milestones of projects in no programme, by portfolio, in order.
    public var projectMilestones: [(portfolio: Portfolio, project: Project, milestones: [Milestone])]

    /// The number of milestones in the report.
    public var milestoneCount: Int {
        portfolios.flatMap(\.programmes).map(\.milestones.count).reduce(0, +)
            + projectMilestones.map(\.milestones.count).reduce(0, +)
    }

    /// Builds the report.
    ///
    /// - Parameters:
    ///   - data: The council's data.
    ///   - month: The month whose programme statuses and narrative to show; none when `nil`.
    ///   - report: The name narrative must be written for (or for any report) to be shown.
    /// - Complexity: O(*g* × (*n* + *c*)) for *g* programmes, *n* projects and *c* pieces of narrative.
    public init(data: PerformanceData, month: ReportingPeriod? = nil, report: String? = nil) {
        council = data.council
        self.month = month
        let delivery = data.delivery
        portfolios = delivery.portfolios.compactMap { portfolio in
            let programmes = delivery.programmes.filter { $0.portfolio == portfolio.id }.compactMap { programme in
                let milestones = programme.milestones + delivery.projects(in: programme.id).flatMap(\.milestones)
                guard !milestones.isEmpty else { return ProgrammeMilestones?.none }
                return ProgrammeMilestones(
                    programme: programme,
                    status: month.flatMap { programme.statusHistory.status(in: $0) },
                    milestones: milestones,
                    narrative: data.narratives.about(.programme(programme.id), report: report, period: month)
                )
            }
            return programmes.isEmpty ? nil : PortfolioMilestones(portfolio: portfolio, programmes: programmes)
        }
        projectMilestones = delivery.projects.compactMap { project in
            guard project.programme == nil, !project.milestones.isEmpty,
                let portfolio = delivery.portfolios.first(where: { $0.id == project.portfolio })
            else { return nil }
            return (portfolio, project, project.milestones)
        }
    }

    /// Compares reports by their content.
    ///
    /// - Parameters:
    ///   - lhs: A report.
    ///   - rhs: Another report.
    /// - Returns: Whether they hold the same milestones.
    public static func == (lhs: MilestoneReport, rhs: MilestoneReport) -> Bool {
        lhs.council == rhs.council && lhs.month == rhs.month && lhs.portfolios == rhs.portfolios
            && lhs.projectMilestones.elementsEqual(rhs.projectMilestones) {
                $0.portfolio == $1.portfolio && $0.project == $1.project && $0.milestones == $1.milestones
            }
    }

    /// Hashes the report's content.
    ///
    /// - Parameter hasher: The hasher.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(council)
        hasher.combine(month)
        hasher.combine(portfolios)
        for entry in projectMilestones {
            hasher.combine(entry.project)
            hasher.combine(entry.milestones)
        }
    }
}
