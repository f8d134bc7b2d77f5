import CouncilPerformance
import Foundation
import Testing

/// Keeps `Documentation/DataFormats.md` and `Documentation/council-performance.schema.json` true to the code.
///
/// The page's two examples must load without a diagnostic and describe the same council; the page must
/// describe every table and column of ``TableSchema`` as the code defines it; and the committed JSON
/// Schema must be the one the library generates.
@Suite struct DataFormatsDocumentationTests {
    /// An example on the page: the label of its `<!-- example: <label> -->` marker and the text of the
    /// fenced block that follows it.
    struct Example {
        var label: String
        var text: String
    }

    static func page() throws -> String {
        try String(contentsOf: documentationDirectory.appendingPathComponent("DataFormats.md"), encoding: .utf8)
    }

    /// The fenced blocks that follow `<!-- example: ... -->` markers, in page order.
    static func examples(in page: String) -> [Example] {
        var examples: [Example] = []
        var label: String? = nil
        var lines: [Substring]? = nil
        for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
            if let open = lines {
                if line == "```" {
                    examples.append(Example(label: label ?? "", text: open.joined(separator: "\n") + "\n"))
                    label = nil
                    lines = nil
                } else {
                    lines = open + [line]
                }
            } else if line.hasPrefix("<!-- example: "), line.hasSuffix(" -->") {
                label = String(line.dropFirst("<!-- example: ".count).dropLast(" -->".count))
            } else if label != nil, line.hasPrefix("```") {
                lines = []
            }
        }
        return examples
    }

    static func jsonExample() throws -> [UInt8] {
        let json = examples(in: try page()).filter { $0.label == "json" }
        try #require(json.count == 1, "expected one <!-- example: json --> block")
        return Array(json[0].text.utf8)
    }

    static func csvExample() throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for example in examples(in: try page()) where example.label.hasPrefix("csv ") {
            let name = String(example.label.dropFirst("csv ".count))
            #expect(files[name] == nil, "\(name) is given twice")
            files[name] = Array(example.text.utf8)
        }
        return files
    }

    /// The lines where two documents differ, as `line N: found | expected`.
    static func differences(_ found: [UInt8], _ expected: [UInt8]) -> [String] {
        let left = String(decoding: found, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let right = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for index in 0..<max(left.count, right.count) {
            let found = index < left.count ? String(left[index]) : "(none)"
            let expected = index < right.count ? String(right[index]) : "(none)"
            if found != expected { lines.append("line \(index + 1): \(found) | \(expected)") }
        }
        return lines
    }

    @Test func theJSONExampleLoadsAndIsWhatTheLibraryWrites() throws {
        let json = try Self.jsonExample()
        let data = try JSONFormat.read(json, file: "example.json")
        #expect(data.validate().isEmpty)
        #expect(Self.differences(JSONFormat.document(for: data), json).isEmpty)
    }

    @Test func theCSVExampleLoadsAsTheSameCouncil() throws {
        let files = try Self.csvExample()
        let tableFiles = Set(TableSchema.all.map(\.fileName))
        #expect(files.keys.filter { !tableFiles.contains($0) }.isEmpty)
        #expect(files.count == 20)
        let csv = try CSVFormat.read(files: files)
        #expect(csv.validate().isEmpty)
        let example = try Self.jsonExample()
        let json = try JSONFormat.read(example, file: "example.json")
        // Compare the documents first, so that a difference is shown as the lines that differ.
        let differences = Self.differences(JSONFormat.document(for: csv), example)
        #expect(differences.isEmpty)
        if differences.isEmpty { #expect(csv == json) }
    }

    /// The facts the page states in "What it says".
    @Test func theExampleSaysWhatThePageSays() throws {
        let data = try CSVFormat.read(files: try Self.csvExample())
        #expect(data.council == "Example Borough Council")
        #expect(data.plan.measures.map(\.id) == ["reablement", "sickness", "referrals"])
        let q1 = try ReportingPeriod("Q1 2018/19")
        let q2 = try ReportingPeriod("Q2 2018/19")
        func statuses(at period: ReportingPeriod) throws -> [Rating.Status] {
            try data.plan.measures.map {
                try data.ratingPolicy.assess($0, observations: data.observations, at: period).rating.status
            }
        }
        #expect(try statuses(at: q1) == [.amber, .notRated, .notRated])
        #expect(try statuses(at: q2) == [.green, .red, .notRated])
        #expect(data.observations[2].value == .narrative("Not available while the payroll system was replaced"))

        let projects = data.delivery.projects
        #expect(projects.map(\.netAtRisk) == [Money(thousands: -1_967), .zero])
        #expect(projects[1].statusHistory.map(\.status) == [.experiencingObstacles, .atRisk])
        let request = try #require(data.changeRequests.first)
        #expect(request.decision.outcome == .approved)
        #expect(request.decision.date == (try CalendarDate("2019-01-07")))
        let current = (try data.changeLog).currentProfile(of: projects[0])
        #expect(current[try FinancialYear("2019/20")] == Money(thousands: 4_000))
        #expect(current[try FinancialYear("2020/21")] == .zero)
        #expect(current.total == projects[0].baseline.total)
    }

    @Test(arguments: TableSchema.all.map(\.name))
    func everyColumnIsDocumented(_ name: String) throws {
        let table = try #require(TableSchema.named(name))
        let lines = try Self.page().split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(
            lines.firstIndex(of: "### `\(table.name)`"),
            "no \"### `\(table.name)`\" section in DataFormats.md"
        )
        let section = lines[(start + 1)...].prefix { !$0.hasPrefix("#") }
        // Rows of the section's column table: | `name` | type | required | meaning |
        var rows: [String: [String]] = [:]
        for line in section where line.hasPrefix("| `") {
            let cells = line.dropFirst(2).dropLast(2).components(separatedBy: " | ")
            rows[cells[0]] = Array(cells.dropFirst())
        }
        for column in table.columns {
            let row = rows["`\(column.name)`"]
            #expect(
                row == [column.type.rawValue, column.isRequired ? "yes" : "no", column.summary],
                "\(table.name).\(column.name)"
            )
        }
        #expect(rows.count == table.columns.count, "\(table.name) documents columns the code does not have")
    }

    @Test func everyDocumentedTableExists() throws {
        let headings = try Self.page().split(separator: "\n").filter { $0.hasPrefix("### `") }
        #expect(headings.map { String($0) } == TableSchema.all.map { "### `\($0.name)`" })
    }

    @Test func theCommittedJSONSchemaIsTheGeneratedOne() throws {
        let url = documentationDirectory.appendingPathComponent("council-performance.schema.json")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try Data(JSONFormat.jsonSchema()).write(to: url)
        }
        let committed = [UInt8](try Data(contentsOf: url))
        #expect(committed == JSONFormat.jsonSchema())
    }
}

/// The repository's `Documentation` folder.
private let documentationDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .appendingPathComponent("Documentation")
