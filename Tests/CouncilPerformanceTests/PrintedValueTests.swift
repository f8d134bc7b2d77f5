import CouncilPerformance
import Foundation
import Testing

/// A value's printed text kept for display while its number is rated.
@Suite struct PrintedValueTests {
    static let observations =
        "measure,period,value,printed\r\n"
        + "sickness,Q1 2018/19,8.42,\r\n"
        + "sickness,Q2 2018/19,7.4,7.4 days (p)\r\n"

    static func data() throws -> PerformanceData {
        var files = CSVFormatTests.files(try CSVFormatTests.example())
        files["observations.csv"] = Array(Self.observations.utf8)
        return try CSVFormat.read(files: files)
    }

    @Test func readsRoundTripsAndRatesTheNumberNotTheText() throws {
        let data = try Self.data()
        #expect(data.observations.map(\.printed) == [nil, "7.4 days (p)"])
        let json = JSONFormat.document(for: data)
        #expect(
            String(decoding: json, as: UTF8.self).contains(
                #"{"measure": "sickness", "period": "Q2 2018/19", "value": "7.4", "printed": "7.4 days (p)"}"#
            )
        )
        #expect(try JSONFormat.read(json, file: "round-trip.json") == data)
        let csv = String(decoding: try #require(CSVFormatTests.files(data)["observations.csv"]), as: UTF8.self)
        #expect(csv.contains(",7.4 days (p)\r\n"))
        // Target 7 days, tolerance 0.5: 7.4 is amber, whatever the text says.
        let dashboard = PerformanceDashboard(data: data, asOf: try ReportingPeriod("Q2 2018/19"))
        let row = try #require(dashboard.sections.flatMap(\.rows).first { $0.measure.id == "sickness" })
        #expect(row.assessment.rating.status == .amber)
        let markdown = try #require(MarkdownRenderer().render(.dashboard(dashboard)).first).text
        #expect(markdown.contains("| Level of sickness absence | 7.4 days (p) | 7 |"))
        // Machines read the number.
        let cells = CSVRenderer().render(.dashboard(dashboard)).map(\.text).joined()
        #expect(cells.contains("Level of sickness absence,7.4,7,"))
    }
}
