import AllocatorTuning
import CouncilPerformance
import Foundation
import ReportCommandLine

/// `council-report`: the library's reports for any council's data.
@main
struct CouncilReport {
    static let spec = CommandLineSpec(
        command: "council-report",
        abstract: "Rate a council's measures and report its performance, savings and change requests.",
        subcommands: [
            ("store", "import a return into a history store, or list its revisions (store --help)"),
            ("ratings", "every observation's rating beside what was printed, for BI tools (ratings --help)"),
            ("spc", "an XmR chart, its signals and assurance for one series (spc --help)"),
            ("template", "an empty Excel workbook to fill in, a sheet per table (template --help)"),
            ("pack", "every report bound into one printable HTML committee pack, pack.html, with summary charts"),
        ],
        options: [
            .init(
                "data",
                valueName: "folder or file",
                help:
                    "The council's data: a folder of CSV tables, an Excel workbook (.xlsx) or a JSON document "
                    + "(or give --store)."
            ),
            .init("store", valueName: "file", help: "Report from a history store (SQLite) instead of --data."),
            .init("council", valueName: "id", help: "With --store: the council, where the store holds several."),
            .init(
                "as-reported",
                valueName: "YYYY-MM-DD",
                help: "With --store: the data as reported on that day; the latest (restated) by default."
            ),
            .init(
                "format",
                valueName: "markdown|html|csv|json|xlsx|all",
                allowedValues: ["markdown", "html", "csv", "json", "xlsx", "all"],
                help: "The output format; markdown by default."
            ),
            .init("output", valueName: "dir", help: "Where to write the reports; ./reports by default."),
            .init(
                "report",
                valueName: "dashboard|savings|changes|audit|all",
                allowedValues: ["dashboard", "savings", "changes", "audit", "all"],
                help: "Which report; all by default."
            ),
            .init(
                "group",
                valueName: "id",
                help: "Make the savings report about one group of projects (a `groups` id), such as a directorate."
            ),
            .init(
                "as-of",
                valueName: "period",
                help: "The dashboard's period, such as \"Q2 2018/19\"; the latest reported by default."
            ),
            .init(
                "direction-of-travel",
                valueName: "two-points|spc",
                allowedValues: DirectionOfTravel.Method.allCases.map(\.rawValue),
                help: "The dashboard's direction of travel: latest against previous (default) or XmR chart."
            ),
            .init("spc-charts", help: "Draw each measure's XmR chart in the dashboard."),
            .init("quiet", help: "Print no progress on standard error (none is printed unless it is a terminal)."),
        ]
    )

    static func main() async {
        // A council is read, rated and reported in phases that each free large blocks: glibc keeps such
        // blocks resident by default once it has freed one, and the peak of a large council counts them
        // (974 to 864 MiB on the 198 MB council of `Scripts/benchmark.sh large`, Documentation/Reliability.md).
        _ = council_return_freed_memory()
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "spc" {
            ProcessControlCommand.main(Array(arguments.dropFirst()))
            return
        }
        if arguments.first == "ratings" {
            await RatingsCommand.main(Array(arguments.dropFirst()))
            return
        }
        if arguments.first == "template" {
            TemplateCommand.main(Array(arguments.dropFirst()))
            return
        }
        if arguments.first == "store" {
            await StoreCommand.main(Array(arguments.dropFirst()))
            return
        }
        let parsed = spec.parseOrExit(arguments)
        let source: any PerformanceDataSource
        let path: String
        switch (parsed.values["data"], parsed.values["store"]) {
        case (let data?, nil):
            path = data
            source = councilDataSource(at: data)
        case (nil, let store?):
            path = store
            var selected = SQLiteStore(path: store, council: parsed.values["council"])
            if let text = parsed.values["as-reported"] {
                do {
                    selected = selected.asReported(on: try CalendarDate(text))
                } catch {
                    exitWithMessage("council-report: --as-reported \(error.message)\n", status: 2)
                }
            }
            source = selected
        default:
            exitWithMessage("council-report: give one of --data and --store (see --help)\n", status: 2)
        }
        if parsed.values["store"] == nil, parsed.values["as-reported"] != nil || parsed.values["council"] != nil {
            exitWithMessage("council-report: --as-reported and --council need --store\n", status: 2)
        }
        var asOf: ReportingPeriod? = nil
        if let text = parsed.values["as-of"] {
            do {
                asOf = try ReportingPeriod(text)
            } catch {
                exitWithMessage("council-report: --as-of \(error.message)\n", status: 2)
            }
        }
        let progress = Progress(
            command: "council-report",
            enabled: Progress.isWanted(quiet: parsed.values["quiet"] != nil)
        )
        defer { progress.finish() }
        progress.stage("loading \(describeInput(path))")
        let data: PerformanceData
        do {
            data = try await source.load()
        } catch {
            progress.finish()
            exitWithMessage("council-report: cannot load \(path):\n\(error)\n", status: 1)
        }
        let kinds = parsed.values["report"].flatMap(ReportKind.init(rawValue:)).map { [$0] } ?? ReportKind.allCases
        let format = parsed.values["format"] ?? "markdown"
        guard let reporter = ReportRun.reporter(for: format) else {
            exitWithMessage("council-report: unknown format \(format)\n", status: 2)
        }
        let output = URL(fileURLWithPath: parsed.values["output"] ?? "reports")
        do throws(CommandLineSpec.UsageError) {
            try ReportRun(data: data, asOf: asOf).checkAsOf()
        } catch {
            exitWithMessage("council-report: \(error)\n", status: 2)
        }
        do {
            var run = ReportRun(data: data, asOf: asOf)
            run.directionOfTravel =
                parsed.values["direction-of-travel"].flatMap(DirectionOfTravel.Method.init) ?? .twoPoints
            run.dashboardOptions = .init(processCharts: parsed.values["spc-charts"] != nil)
            if let group = parsed.values["group"] {
                guard data.delivery.groups.contains(where: { $0.id.rawValue == group }) else {
                    let known = data.delivery.groups.map(\.id.rawValue).joined(separator: ", ")
                    exitWithMessage(
                        "council-report: --group \(group) is not a group (expected one of \(known))\n",
                        status: 2
                    )
                }
                run.savingsGroup = ProjectGroup.ID(group)
            }
            progress.stage(
                "rating \(data.plan.measures.count) measures and \(data.observations.count) observations of \(data.council)"
            )
            if parsed.subcommand == "pack" {
                let documents = try kinds.compactMap { try run.document($0) }
                let file = try ReportWriter.write(HTMLRenderer().render(pack(documents, run: run)), to: output)
                progress.finish()
                print("wrote \(file.path): \(documents.count) reports; print it to PDF from a browser")
                return
            }
            // One document at a time, each file written as it is rendered (HTML and JSON pages a megabyte
            // at a time): memory holds one report, not the whole set.
            let set = try StagedReportSet(directory: output)
            for (index, kind) in kinds.enumerated() {
                guard let document = try run.document(kind) else { continue }
                progress.stage("rendering \(document.name) as \(format) (\(index + 1) of \(kinds.count))")
                try reporter.render(document, into: set)
            }
            progress.stage("writing \(set.names.count) files to \(output.path)")
            let written = try set.commit()
            progress.finish()
            for url in written { print("wrote \(url.path)") }
            if written.isEmpty { print("nothing to report: the data has no measures, projects or change requests") }
        } catch {
            progress.finish()
            exitWithMessage("council-report: \(error)\n", status: 1)
        }
    }

    /// The reports bound into one pack, with charts of the dashboard's ratings and of the savings at risk.
    static func pack(_ documents: [ReportDocument], run: ReportRun) -> ReportPack {
        var charts: [SummaryChart] = []
        if !run.data.plan.measures.isEmpty {
            let dashboard = PerformanceDashboard(
                data: run.data,
                asOf: run.asOf,
                directionOfTravel: run.directionOfTravel
            )
            charts.append(.ratings(dashboard.summary, labels: dashboard.labels))
        }
        if let month = run.savingsMonth {
            let years = run.savingsYears(for: month)
            charts.append(.netAtRisk(ProjectStatusReport(delivery: run.data.delivery, month: month, years: years)))
        }
        return ReportPack(
            title: "\(run.data.council): committee pack",
            subtitle: run.data.plan.title,
            documents: documents,
            charts: charts
        )
    }

    /// The input for the progress line: a folder's CSV files and their size, or a file's size.
    static func describeInput(_ path: String) -> String {
        let manager = FileManager.default
        func size(_ file: String) -> Int {
            ((try? manager.attributesOfItem(atPath: file))?[.size] as? NSNumber)?.intValue ?? 0
        }
        guard let names = try? manager.contentsOfDirectory(atPath: path) else {
            return "\(path) (\(megabytes(size(path))))"
        }
        let tables = names.filter { $0.hasSuffix(".csv") }
        let bytes = tables.reduce(0) { $0 + size("\(path)/\($1)") }
        return "\(path) (\(tables.count) CSV files, \(megabytes(bytes)))"
    }

    static func megabytes(_ bytes: Int) -> String {
        bytes >= 1_000_000 ? "\(bytes / 1_000_000) MB" : "\(bytes) bytes"
    }
}
