public import CouncilPerformance
public import Foundation

/// The reports an example can produce, and how it writes them.
public enum ReportKind: String, CaseIterable, Sendable {
    /// The performance dashboard.
    case dashboard
    /// The Project Status Report.
    case savings
    /// The change request report.
    case changes
    /// The consistency audit of the published figures.
    case audit
}

/// Builds report documents from a council's data and renders them: the work both examples share.
public struct ReportRun: Sendable {
    /// The data.
    public var data: PerformanceData
    /// The period for the dashboard, or `nil` for the latest reported.
    public var asOf: ReportingPeriod?
    /// Where the dashboard's direction of travel comes from; two points by default.
    public var directionOfTravel: DirectionOfTravel.Method = .twoPoints
    /// What the dashboard shows beyond its tables; nothing more by default.
    public var dashboardOptions = ReportDocument.DashboardOptions()
    /// A group of projects (``ProjectGroup``) the savings report is about; every project when `nil`.
    public var savingsGroup: ProjectGroup.ID?

    /// Creates a run.
    ///
    /// - Parameters:
    ///   - data: The data.
    ///   - asOf: The dashboard period.
    public init(data: PerformanceData, asOf: ReportingPeriod? = nil) {
        self.data = data
        self.asOf = asOf
    }

    /// Checks that the dashboard period is one the data can report: a period after both the latest
    /// reported and the plan's last year would head a dashboard of older values.
    ///
    /// - Throws: `CommandLineSpec.UsageError` naming the period, the latest reported and the plan's last
    ///   year.
    public func checkAsOf() throws(CommandLineSpec.UsageError) {
        guard let asOf, let latest = data.observations.map(\.period).max(), asOf > latest else { return }
        let lastYear = data.plan.lastYear ?? latest.financialYear
        guard asOf.financialYear > lastYear else { return }
        let plan = data.plan.lastYear.map { "the plan's last year (\($0))" } ?? "the plan, which states no years"
        throw CommandLineSpec.UsageError(
            message:
                "--as-of \(asOf) is after the latest period reported (\(latest)) and \(plan) "
                + "(expected a period up to \(lastYear))"
        )
    }

    /// The month of the savings report: the latest month any project reports a status for.
    public var savingsMonth: ReportingPeriod? {
        data.delivery.projects.flatMap { $0.statusHistory.map(\.month) }.max()
    }

    /// The years of the savings report: every year with savings from the report month's year on.
    public func savingsYears(for month: ReportingPeriod) -> [FinancialYear] {
        let years = Set(data.delivery.projects.flatMap { $0.baseline.years + $0.forecast.years })
        return years.filter { $0 >= month.financialYear }.sorted()
    }

    /// The document for a kind of report, or `nil` when the data has nothing for it.
    ///
    /// - Parameter kind: The report.
    /// - Returns: The document.
    /// - Throws: `EvaluationError` when a measure's configuration cannot be rated.
    public func document(_ kind: ReportKind) throws -> ReportDocument? {
        switch kind {
        case .dashboard:
            guard !data.plan.measures.isEmpty else { return nil }
            let dashboard = PerformanceDashboard(data: data, asOf: asOf, directionOfTravel: directionOfTravel)
            return .dashboard(dashboard, options: dashboardOptions)
        case .savings:
            var data = data
            if let group = savingsGroup, let narrowed = data.delivery.restricted(toGroup: group) {
                data.delivery = narrowed
                let name = narrowed.groups.first { $0.id == group }?.name ?? group.rawValue
                data.council += ", \(name)"
            }
            guard let month = savingsMonth else {
                // Without monthly statuses the report is still written, from the savings figures alone.
                guard let year = SavingsTracker.latestYear(in: data.delivery) else { return nil }
                let tracker = SavingsTracker(delivery: data.delivery, year: year)
                return .savingsTracker(tracker, delivery: data.delivery, council: data.council)
            }
            let report = ProjectStatusReport(delivery: data.delivery, month: month, years: savingsYears(for: month))
            var document = ReportDocument.savings(report, council: data.council)
            if data.delivery.projects.contains(where: { !$0.figures.isEmpty }) {
                let tracker = SavingsTracker(delivery: data.delivery, year: month.financialYear)
                document.blocks += ReportDocument.savingsTrackerBlocks(tracker, delivery: data.delivery)
            }
            // The printed Totals rows stay in the report, beside the sums it shows, with the verdict.
            if !data.publishedFigures.isEmpty, savingsGroup == nil {
                document.blocks += ReportDocument.printedTotalsBlocks(
                    ConsistencyAudit(data: data),
                    figures: data.publishedFigures
                )
            }
            return document
        case .changes:
            guard !data.changeRequests.isEmpty else { return nil }
            return .changes(ChangeRequestReport(data: data))
        case .audit:
            guard !data.publishedFigures.isEmpty || !data.changeRequests.isEmpty else { return nil }
            return .audit(ConsistencyAudit(data: data))
        }
    }

    /// The reporter for a format name: `markdown`, `html`, `csv`, `json`, `xlsx` (a workbook per report) or
    /// `all` (the four text formats).
    ///
    /// - Parameter format: The format name.
    /// - Returns: The reporter, or `nil` for an unknown name.
    public static func reporter(for format: String) -> (any PerformanceReporter)? {
        switch format {
        case "markdown": MarkdownRenderer()
        case "html": HTMLRenderer()
        case "csv": CSVRenderer()
        case "json": JSONRenderer()
        case "xlsx": ExcelRenderer()
        case "all": MultiplexReporter([MarkdownRenderer(), HTMLRenderer(), CSVRenderer(), JSONRenderer()])
        default: nil
        }
    }

    /// Renders documents and writes them into a folder as a whole set.
    ///
    /// The folder ends with the new set, or keeps its earlier one, never a mix (``StagedReportSet``); an
    /// earlier run's files that this run does not write are removed, and the user's own files are kept.
    /// Each file is written as soon as it is rendered, so memory holds one file at a time, not the set.
    ///
    /// - Parameters:
    ///   - documents: The documents.
    ///   - reporter: The reporter; a ``MultiplexReporter`` renders with one format at a time.
    ///   - directory: The folder.
    /// - Returns: The files written, in order.
    /// - Throws: `ReportSetError` saying which files were and were not written.
    public static func write(
        _ documents: [ReportDocument],
        with reporter: any PerformanceReporter,
        to directory: URL
    ) throws(ReportSetError) -> [URL] {
        let set = try StagedReportSet(directory: directory)
        for document in documents { try reporter.render(document, into: set) }
        return try set.commit()
    }
}

/// Loads a council's data from a folder of CSV tables, an Excel workbook or a JSON document.
///
/// - Parameter path: A folder (CSV), an `.xlsx` workbook or a `.json` file.
/// - Returns: The data.
/// - Throws: `DataSourceError` with every problem.
public func loadCouncilData(from path: String) async throws(DataSourceError) -> PerformanceData {
    try await councilDataSource(at: path).load()
}

/// The data source for a folder of CSV tables, an Excel workbook or a JSON document.
///
/// - Parameter path: A folder (CSV), an `.xlsx` workbook or a `.json` file.
/// - Returns: The source.
public func councilDataSource(at path: String) -> any PerformanceDataSource {
    let url = URL(fileURLWithPath: path)
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
        return CSVDataSource(directory: url)
    }
    if url.pathExtension.lowercased() == "xlsx" { return ExcelDataSource(file: url) }
    return JSONDataSource(file: url)
}
