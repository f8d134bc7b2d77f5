import CouncilPerformance
import Foundation
import ReportCommandLine
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Every report in every format over the small example council, against golden files.
///
/// To accept a deliberate change to the output, run `UPDATE_GOLDEN=1 swift test --filter ReportingTests`,
/// look at the diff, and commit it.
@Suite struct ReportingTests {
    static let goldenDirectory = fixturesDirectory.appendingPathComponent("Golden")

    static func documents() throws -> [ReportDocument] {
        let data = try JSONFormat.read(try JSONFormatTests.example(), file: "small-council.json")
        let run = ReportRun(data: data)
        return try ReportKind.allCases.compactMap { try run.document($0) }
    }

    @Test func aDashboardPeriodBeyondTheDataAndThePlanIsRefused() throws {
        let data = try JSONFormat.read(try JSONFormatTests.example(), file: "small-council.json")
        // Within the plan's years (to 2020/21), a period after the data is a fair question.
        try ReportRun(data: data, asOf: try ReportingPeriod("Q4 2020/21")).checkAsOf()
        try ReportRun(data: data).checkAsOf()
        let error = #expect(throws: CommandLineSpec.UsageError.self) {
            try ReportRun(data: data, asOf: try ReportingPeriod("Q1 2021/22")).checkAsOf()
        }
        #expect(
            error?.message
                == "--as-of Q1 2021/22 is after the latest period reported (Q2 2018/19) and the plan's last year "
                + "(2020/21) (expected a period up to 2020/21)"
        )
    }

    static let reporters: [any PerformanceReporter] = [
        MarkdownRenderer(), HTMLRenderer(), CSVRenderer(), JSONRenderer(),
    ]

    @Test(arguments: ["markdown", "html", "csv", "json"])
    func matchesTheGoldenFiles(format: String) throws {
        let reporter = try #require(ReportRun.reporter(for: format))
        let files = try Self.documents().flatMap { reporter.render($0) }
        #expect(files.count >= 3)
        let folder = Self.goldenDirectory.appendingPathComponent(format)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: folder)
            for file in files { try ReportWriter.write(file, to: folder) }
        }
        let expected = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files.map(\.name).sorted() == expected)
        for file in files {
            let golden = try Data(contentsOf: folder.appendingPathComponent(file.name))
            #expect([UInt8](golden) == file.bytes, "\(format)/\(file.name) differs from its golden file")
        }
    }

    @Test func rendersDeterministically() throws {
        for reporter in Self.reporters {
            let first = try Self.documents().flatMap { reporter.render($0) }
            let second = try Self.documents().flatMap { reporter.render($0) }
            #expect(first == second, "\(reporter.formatName)")
        }
    }

    @Test func htmlIsWellFormedAndSelfContained() throws {
        for file in try Self.documents().flatMap({ HTMLRenderer().render($0) }) {
            let parser = XMLParser(data: Data(file.bytes))
            #expect(parser.parse(), "\(file.name): \(parser.parserError.map { "\($0)" } ?? "")")
            let text = file.text
            for external in ["<script", "<link", "src=\"http", "href=\"http", "@import", "url("] {
                #expect(!text.contains(external), "\(file.name) refers to \(external)")
            }
            #expect(text.contains("<caption>"))
            #expect(text.contains("scope=\"col\""))
            #expect(text.contains("@media print"))
        }
    }

    @Test func noStatusIsShownByColourAlone() throws {
        let html = try Self.documents().flatMap { HTMLRenderer().render($0) }.map(\.text).joined()
        // Every coloured badge carries a shape and a word.
        let badges = html.components(separatedBy: "<span class=\"badge tone-").dropFirst()
        #expect(!badges.isEmpty)
        for badge in badges {
            let inner = badge.components(separatedBy: "</span></span>")[0]
            let shape =
                inner.components(separatedBy: "aria-hidden=\"true\">").last?.components(separatedBy: "</span>").first
                ?? ""
            let label = inner.components(separatedBy: "</span> ").last ?? ""
            #expect(!shape.isEmpty && !label.trimmingCharacters(in: .whitespaces).isEmpty, "badge \(inner)")
        }
        let markdown = try Self.documents().flatMap { MarkdownRenderer().render($0) }.map(\.text).joined()
        #expect(markdown.contains("■ Red"))
        #expect(markdown.contains("↓ Worsening"))
        #expect(markdown.contains("◆ Experiencing Obstacles"))
    }

    static func hostile() throws -> PerformanceData {
        var data = try JSONFormat.read(try JSONFormatTests.example(), file: "small-council.json")
        data.council = "Evil & Co <script>alert(\"x\")</script>"
        data.plan.measures[1].name = "=cmd|' /C calc'!A0"
        data.plan.measures[0].name = "<img src=x onerror=alert(1)> & \"quoted\" 'single' | pipe"
        data.delivery.projects[0].name = "+SUM(A1:A9)"
        data.delivery.projects[1].name = "@evil"
        return data
    }

    @Test func hostileStringsComeOutInertInHTML() throws {
        let data = try Self.hostile()
        let run = ReportRun(data: data)
        for document in try ReportKind.allCases.compactMap({ try run.document($0) }) {
            let html = HTMLRenderer().render(document)[0]
            #expect(!html.text.contains("<script"))
            #expect(!html.text.contains("<img"))
            #expect(XMLParser(data: Data(html.bytes)).parse(), "\(html.name) stays well formed")
            if document.name == "dashboard" {
                #expect(
                    html.text.contains(
                        "&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot; &#39;single&#39; | pipe"
                    )
                )
                #expect(html.text.contains("Evil &amp; Co &lt;script&gt;"))
            }
        }
    }

    /// The cell that heads a row is the table's choice, whatever its columns are called: the first by
    /// default, the measure after its outcome in a dashboard.
    @Test(arguments: [
        (0, "<tr><th scope=\"row\">Adults in work</th><td>Jobs</td></tr>"),
        (1, "<tr><td>Adults in work</td><th scope=\"row\">Jobs</th></tr>"),
    ])
    func aTableSaysWhichColumnHeadsItsRows(column: Int, row: String) {
        let table = ReportTable(
            name: "measures",
            caption: "Measures",
            columns: [ReportTable.Column("Success means"), ReportTable.Column("Measure")],
            rows: [[.text("Adults in work"), .text("Jobs")]],
            rowHeaderColumn: column
        )
        let html = HTMLRenderer().render(ReportDocument(name: "measures", title: "Measures", blocks: [.table(table)]))
        #expect(html[0].text.contains(row))
    }

    @Test func hostileStringsComeOutInertInCSVAndMarkdown() throws {
        let data = try Self.hostile()
        let run = ReportRun(data: data)
        let dashboard = try #require(try run.document(.dashboard))
        let csv = CSVRenderer().render(dashboard).map(\.text).joined()
        #expect(csv.contains("'=cmd|' /C calc'!A0"))
        #expect(!csv.contains(",=cmd"))
        let savings = try #require(try run.document(.savings))
        let savingsCSV = CSVRenderer().render(savings).map(\.text).joined()
        #expect(savingsCSV.contains("'+SUM(A1:A9)"))
        #expect(savingsCSV.contains("'@evil"))
        // Negative numbers are numbers, not formulas: they stay plain.
        #expect(savingsCSV.contains(",-1967,"))
        let markdown = MarkdownRenderer().render(dashboard)[0].text
        #expect(markdown.contains("\\<img src=x onerror=alert(1)\\> & \"quoted\" 'single' \\| pipe"))
        #expect(!markdown.contains("<script>"))
    }

    @Test func csvWritesPlainNumbersAndAnOptionalByteOrderMark() throws {
        let savings = try #require(try Self.documents().first { $0.name == "savings" })
        let file = try #require(CSVRenderer(includeByteOrderMark: true).render(savings).first)
        #expect(file.bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(file.text.contains("Targeted Reviews (C07),OT,OT,2010,2000,2000,6010,-1967,,,-1967,,-1967\r\n"))
    }

    @Test func multiplexAndInMemoryReportersCollectEverything() throws {
        let memory = InMemoryReporter()
        let all = MultiplexReporter([MarkdownRenderer(), memory, JSONRenderer()])
        let documents = try Self.documents()
        let files = documents.flatMap { all.render($0) }
        #expect(memory.documents.map(\.name) == ["dashboard", "savings", "changes", "audit"])
        #expect(
            files.map(\.name) == [
                "dashboard.md", "dashboard.json", "savings.md", "savings.json", "changes.md", "changes.json",
                "audit.md",
                "audit.json",
            ]
        )
        #expect(all.formatName == "markdown+memory+json")
    }

    @Test func writesFilesAtomicallyAndLeavesNoTemporaries() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cp-reports-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let documents = try Self.documents()
        let written = try ReportRun.write(documents, with: HTMLRenderer(), to: folder)
        #expect(written.map(\.lastPathComponent) == ["dashboard.html", "savings.html", "changes.html", "audit.html"])
        // Writing again replaces the set whole; the manifest says which files the library wrote.
        _ = try ReportRun.write(documents, with: HTMLRenderer(), to: folder)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                ".council-performance-manifest", "audit.html", "changes.html", "dashboard.html", "savings.html",
            ]
        )
    }

    @Test func dashboardPicksExceptionsFirstWithReasons() throws {
        let data = try JSONFormat.read(try JSONFormatTests.example(), file: "small-council.json")
        let dashboard = PerformanceDashboard(data: data)
        #expect(dashboard.asOf == (try ReportingPeriod("Q2 2018/19")))
        #expect(dashboard.summary.sentence == "2 of 3 measures rated: 0 green, 0 amber, 2 red.")
        #expect(
            dashboard.areasForAttention.map(\.reason) == [
                "Red: latest 8.42 against target 7; no change since Q1 2018/19 (8.42 to 8.42)",
                "Red: latest 75% against target 90%; worsening since Q1 2018/19 (92% to 75%)",
            ]
        )
        #expect(dashboard.highlights.isEmpty)
        #expect(
            dashboard.sections.map(\.title) == [
                "Council plan approach - Spend money wisely", "Commitment 6 - People are healthier",
            ]
        )
        // As at Q1, audits were green (92% against 90%).
        let q1 = PerformanceDashboard(data: data, asOf: try ReportingPeriod("Q1 2018/19"))
        #expect(q1.highlights.map(\.measure) == ["planned-audits"])
    }
}

@Suite struct CommandLineTests {
    static let spec = CommandLineSpec(
        command: "tool",
        abstract: "A test tool.",
        subcommands: [("dashboard", "The dashboard."), ("all", "Everything.")],
        options: [
            .init("format", valueName: "format", allowedValues: ["markdown", "html"], help: "Format."),
            .init("output", valueName: "dir", help: "Output."),
            .init("verbose", help: "More output."),
        ]
    )

    @Test func parsesOptionsFlagsAndASubcommand() throws {
        let parsed = try Self.spec.parse(["dashboard", "--format", "html", "--output=out dir", "--verbose"])
        #expect(parsed.subcommand == "dashboard")
        #expect(parsed.values == ["format": "html", "output": "out dir", "verbose": "true"])
        #expect(!parsed.wantsHelp)
        #expect(try Self.spec.parse(["-h"]).wantsHelp)
        #expect(try Self.spec.parse([]).subcommand == nil)
    }

    @Test(arguments: [
        (["--colour", "red"], "unknown option --colour (see --help)"),
        (["--format"], "--format needs a value (format)"),
        (["--format", "pdf"], "--format pdf is not one of markdown, html"),
        (["--format", "html", "--format", "html"], "--format is given twice"),
        (["--verbose=yes"], "--verbose takes no value"),
        (["savings"], "unknown command savings (expected one of dashboard, all)"),
        (["dashboard", "all"], "unexpected argument all (see --help)"),
        (["-x"], "unknown option -x (see --help)"),
    ])
    func rejectsWhatItDoesNotKnow(arguments: [String], message: String) {
        let error = #expect(throws: CommandLineSpec.UsageError.self) { try Self.spec.parse(arguments) }
        #expect(error?.message == message)
    }

    @Test func helpListsEveryOption() {
        let help = Self.spec.helpText
        for needle in [
            "Usage: tool [dashboard|all] [options]", "--format <format>", "--output <dir>", "--verbose", "-h, --help",
        ] {
            #expect(help.contains(needle), "\(needle)")
        }
    }
}
