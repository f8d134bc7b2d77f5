import CouncilPerformance
import Foundation
import ReportCommandLine

/// `nottinghamshire`: Nottinghamshire County Council's published performance and savings figures,
/// reproduced from the committee papers, with an audit of where the published arithmetic does not hold.
@main
struct Nottinghamshire {
    static let spec = CommandLineSpec(
        command: "nottinghamshire",
        abstract:
            "Nottinghamshire County Council's Council Plan, savings and change requests, from the committee papers.",
        // One command per paper, then the library's generic views of the same data.
        subcommands: NottinghamshirePapers.all.map { ($0.command, $0.help) } + [
            ("dashboard", "The generic performance dashboards (Council Plan 2018-19 and Strategic Plan Q2 2015/16)."),
            ("audit", "Every printed total and derived figure held against the transcribed rows."),
            ("pack", "Every paper bound into one printable HTML committee pack (pack.html), with summary charts."),
            ("all", "Every report (what running with no command writes)."),
        ],
        options: [
            .init(
                "format",
                valueName: "markdown|html|csv|json|xlsx|all",
                allowedValues: ["markdown", "html", "csv", "json", "xlsx", "all"],
                help: "The output format; all by default."
            ),
            .init(
                "output",
                valueName: "dir",
                help: "Where to write the reports; ./reports/nottinghamshire by default."
            ),
        ]
    )

    /// The two snapshots the papers give: the Council Plan 2017-21 as reported in 2018-19, and the
    /// Strategic Plan 2014-18 as reported at Q2 2015/16.
    static let datasets = [("plan-2018", "", "Q2 2018/19"), ("strategic-plan-2015", "2015", "Q2 2015/16")]

    static func main() async {
        let parsed = spec.parseOrExit()
        let everything = parsed.subcommand == nil || parsed.subcommand == "all"
        let kinds: [ReportKind] =
            switch parsed.subcommand {
            case "dashboard": [.dashboard]
            case "savings": [.savings]
            case "changes": [.changes]
            case "audit": [.audit]
            case nil, "all": ReportKind.allCases
            default: []
            }
        // Savings and changes cover both snapshots through the report kinds above.
        let papers = NottinghamshirePapers.all.filter { paper in
            !["savings", "changes"].contains(paper.command) && (everything || parsed.subcommand == paper.command)
        }
        let format = parsed.values["format"] ?? "all"
        guard let reporter = ReportRun.reporter(for: format) else {
            exitWithMessage("nottinghamshire: unknown format \(format)\n", status: 2)
        }
        let output = URL(fileURLWithPath: parsed.values["output"] ?? "reports/nottinghamshire")
        if parsed.subcommand == "pack" {
            do {
                let pack = try await NottinghamshirePapers.pack { name in try await load(name) }
                let file = try ReportWriter.write(HTMLRenderer().render(pack), to: output)
                print("Wrote \(file.path): \(pack.documents.count) reports. Print it to PDF from a browser.")
            } catch {
                exitWithMessage("nottinghamshire: \(error)\n", status: 1)
            }
            return
        }
        do {
            var written: [URL] = []
            for (name, folder, period) in datasets {
                let data = try await load(name)
                let asOf = try ReportingPeriod(period)
                let run = ReportRun(data: data, asOf: asOf)
                var documents = try kinds.compactMap { try run.document($0) }
                if kinds.contains(.changes), !data.changeRequests.isEmpty {
                    documents.append(try approvalDemonstration(data))
                }
                for paper in papers where paper.dataset == name { documents += try paper.documents(data) }
                if everything {
                    print(try overview(data, asOf: asOf, title: name == "plan-2018" ? nil : "Strategic Plan 2014-2018"))
                }
                let directory = folder.isEmpty ? output : output.appendingPathComponent(folder)
                written += try ReportRun.write(documents, with: reporter, to: directory)
            }
            print("Wrote \(written.count) files to \(output.path)/.")
            if let page = written.first(where: { $0.pathExtension == "html" }) {
                print("Open \(page.path) in a browser to read it.")
            }
        } catch let error as DataSourceError {
            exitWithMessage("nottinghamshire: the bundled data did not load:\n\(error)\n", status: 1)
        } catch {
            exitWithMessage("nottinghamshire: \(error)\n", status: 1)
        }
    }

    /// Loads one of the bundled snapshots.
    static func load(_ name: String) async throws(DataSourceError) -> PerformanceData {
        guard let folder = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Data") else {
            throw DataSourceError(diagnostics: [
                Diagnostic(code: .structure, location: .init(file: name), message: "the bundled data folder is missing")
            ])
        }
        return try await CSVDataSource(directory: folder).load()
    }

    /// Approves every pending change request (the papers leave the decisions blank), applies them in
    /// order, and shows the resulting profiles.
    static func approvalDemonstration(_ data: PerformanceData) throws -> ReportDocument {
        let decision = Decision(
            outcome: .approved,
            date: try CalendarDate("2019-01-07"),
            decidedBy: "Improvement and Change Sub-Committee",
            commentary: "Demonstration only: the papers leave this decision record blank."
        )
        let approved = try data.changeRequests
            .filter { $0.kind != .extensionOfTarget && $0.decision.outcome == .pending }
            .map { try $0.deciding(decision) }
        let log = try ChangeLog(replaying: approved, projects: data.delivery.projects)
        var document = ReportDocument.changeLog(
            log,
            delivery: data.delivery,
            title: "The January 2019 change requests, if approved"
        )
        document.subtitle = "\(data.council): a demonstration; the decision records in the papers are blank"
        return document
    }

    /// The short overview printed when the command runs with no arguments.
    static func overview(_ data: PerformanceData, asOf: ReportingPeriod, title: String?) throws -> String {
        var lines = ["", "\(data.council): \(title ?? data.plan.title)", String(repeating: "=", count: 60)]
        if !data.plan.measures.isEmpty {
            let dashboard = PerformanceDashboard(data: data, asOf: asOf)
            lines.append("Performance dashboard, as at \(dashboard.asOf): \(dashboard.summary.sentence)")
            for selection in dashboard.areasForAttention.prefix(3) {
                lines.append("  attention: \(selection.name): \(selection.reason)")
            }
        }
        let run = ReportRun(data: data)
        if let month = run.savingsMonth {
            let report = ProjectStatusReport(delivery: data.delivery, month: month, years: run.savingsYears(for: month))
            lines.append("Savings, Project Status Report as at \(month):")
            for sentence in report.headlineSentences { lines.append("  \(sentence)") }
        }
        if !data.changeRequests.isEmpty {
            let changes = ChangeRequestReport(data: data)
            lines.append(
                "Change requests: \(changes.requests.count) requests and \(changes.extensions.count) extensions; net impact \(changes.folded.overallSentence)"
            )
            if changes.folded.total != changes.strict.total {
                lines.append(
                    "  that total folds \(changes.strict.earlierYears.formatted(.thousands(decimalPlaces: 0))) of earlier years into \(changes.years.first?.description ?? "the first year"); read strictly, \(changes.strict.overallSentence)"
                )
            }
        }
        let audit = ConsistencyAudit(data: data)
        if !audit.checks.isEmpty {
            lines.append("Audit of the published record: \(audit.summary)")
            for check in audit.findings.prefix(5) { lines.append("  \(check)") }
            if audit.findings.count > 5 { lines.append("  ... and \(audit.findings.count - 5) more in audit.md") }
        }
        return lines.joined(separator: "\n")
    }
}
