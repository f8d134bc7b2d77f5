import CouncilPerformance
import Foundation
import ReportCommandLine

/// `council-report store import|revisions`: keep a council's returns in a history store, and list what
/// later returns revised.
enum StoreCommand {
    static let spec = CommandLineSpec(
        command: "council-report store",
        abstract: "Keep every return of a council's data in a history store (SQLite), and list revisions.",
        subcommands: [
            ("import", "Record --data as one return as at --as-of (creates the store if missing)."),
            ("revisions", "List every value changed after it was first reported."),
        ],
        options: [
            .init("store", valueName: "file", help: "The store file, such as history.sqlite (required)."),
            .init(
                "data",
                valueName: "folder or file",
                help: "import: the data, a CSV folder, an Excel workbook or a JSON document."
            ),
            .init("as-of", valueName: "YYYY-MM-DD", help: "import: the date of the return; today by default."),
            .init("by", valueName: "name", help: "import: who or what submitted the return; $USER by default."),
            .init(
                "council",
                valueName: "id",
                help: "The council's key in the store; import: its name in lower case by default."
            ),
            .init(
                "format",
                valueName: "markdown|html|csv|json",
                allowedValues: ["markdown", "html", "csv", "json"],
                help: "revisions: the output format; markdown by default."
            ),
            .init("output", valueName: "dir", help: "revisions: where to write; standard output by default."),
        ]
    )

    static func main(_ arguments: [String]) async {
        let parsed = spec.parseOrExit(arguments)
        guard let path = parsed.values["store"] else {
            exitWithMessage("council-report store: --store is required (see --help)\n", status: 2)
        }
        let store = SQLiteStore(path: path, council: parsed.values["council"])
        switch parsed.subcommand {
        case "import": await importReturn(parsed, into: store)
        case "revisions": revisions(parsed, from: store)
        default: exitWithMessage("council-report store: say import or revisions (see --help)\n", status: 2)
        }
    }

    static func importReturn(_ parsed: CommandLineSpec.Parsed, into store: SQLiteStore) async {
        guard let dataPath = parsed.values["data"] else {
            exitWithMessage("council-report store import: --data is required\n", status: 2)
        }
        let asOf: CalendarDate
        do throws(ValidationError) {
            if let text = parsed.values["as-of"] { asOf = try CalendarDate(text) } else { asOf = try today() }
        } catch {
            exitWithMessage("council-report store import: --as-of \(error.message)\n", status: 2)
        }
        let by = parsed.values["by"] ?? ProcessInfo.processInfo.environment["USER"] ?? "council-report"
        let data: PerformanceData
        do {
            data = try await loadCouncilData(from: dataPath)
        } catch {
            exitWithMessage("council-report: cannot load \(dataPath):\n\(error)\n", status: 1)
        }
        let clock = ContinuousClock()
        let started = clock.now
        do {
            let recorded = try store.importReturn(
                data,
                asOf: asOf,
                submittedBy: by,
                source: URL(fileURLWithPath: dataPath).standardizedFileURL.path
            ) { progress in
                // Progress on long imports only, on standard error, so a script's output stays clean.
                if progress.totalRows >= 100_000 {
                    let percent = progress.rowsWritten * 100 / max(progress.totalRows, 1)
                    FileHandle.standardError.write(Data("\rimporting: \(percent)% of \(progress.totalRows) rows".utf8))
                    if progress.rowsWritten == progress.totalRows { FileHandle.standardError.write(Data("\n".utf8)) }
                }
            }
            let elapsed = (clock.now - started).components
            let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
            print(
                "recorded return \(recorded.id) of \(recorded.council) as at \(recorded.asOf), submitted by \(recorded.submittedBy): \(data.observations.count) observations in \(String(format: "%.2f", seconds)) s"
            )
        } catch {
            exitWithMessage("council-report store import: \(error)\n", status: 1)
        }
    }

    static func revisions(_ parsed: CommandLineSpec.Parsed, from store: SQLiteStore) {
        let format = parsed.values["format"] ?? "markdown"
        guard let reporter = ReportRun.reporter(for: format) else {
            exitWithMessage("council-report store revisions: unknown format \(format)\n", status: 2)
        }
        do {
            let revisions = try store.revisions(council: parsed.values["council"])
            let document = ReportDocument.revisions(revisions, store: store.path)
            if let output = parsed.values["output"] {
                for url in try ReportRun.write([document], with: reporter, to: URL(fileURLWithPath: output)) {
                    print("wrote \(url.path)")
                }
            } else {
                for file in reporter.render(document) { FileHandle.standardOutput.write(Data(file.bytes)) }
            }
        } catch {
            exitWithMessage("council-report store revisions: \(error)\n", status: 1)
        }
    }

    /// Today's date in UTC.
    static func today() throws(ValidationError) -> CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(
            in: TimeZone(identifier: "UTC") ?? .current,
            from: Date()
        )
        return try CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}
