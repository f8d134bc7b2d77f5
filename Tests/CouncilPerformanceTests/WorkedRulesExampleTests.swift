import CouncilPerformance
import Foundation
import ReportCommandLine
import Testing

/// The worked example of `Documentation/DataFormats.md` ("Rules a council states"), loaded from the page
/// and held to the figures the page works out by hand.
@Suite struct WorkedRulesExampleTests {
    static func load() throws -> PerformanceData {
        let example = DataFormatsDocumentationTests.examples(in: try DataFormatsDocumentationTests.page())
            .filter { $0.label == "rules json" }
        try #require(example.count == 1, "expected one <!-- example: rules json --> block")
        return try JSONFormat.read(Array(example[0].text.utf8), file: "riverside.json")
    }

    @Test func theBandsTrendsAndPlaceholdersRateAsThePageSays() throws {
        let data = try Self.load()
        let ratings = data.rateEveryObservation()
        // Visitors Q4, Q1, Q2; complaint days Q1 (placeholder), Q2; satisfaction Q1 (provisional), Q2.
        #expect(ratings.map(\.status) == [.notRated, .green, .green, .notRated, .amber, .green, .green])
        #expect(ratings.map(\.reason) == [.noTarget, nil, nil, .noData, nil, nil, nil])
        #expect(
            ratings.map(\.directionOfTravel) == [
                .noComparison, .worsening, .improving, .noComparison, .noComparison, .noComparison, .improving,
            ]
        )
    }

    @Test func theDashboardPrintsTheCouncilsWordsAndTheOverride() throws {
        let data = try Self.load()
        let dashboard = PerformanceDashboard(data: data, asOf: try ReportingPeriod("Q2 2018/19"))
        let rows = dashboard.uniqueRows
        #expect(rows.map(\.assessment.rating.status) == [.green, .green, .green])
        #expect(dashboard.summary.sentence == "3 of 3 measures rated: 3 on track, 0 close to target, 0 off track.")
        let complaints = rows[1].assessment.rating
        #expect(complaints.override?.ruleStatus == .amber)
        #expect(complaints.override?.reason == "Backlog from the system outage cleared in October")
        let markdown = String(
            decoding: MarkdownRenderer().render(ReportDocument.dashboard(dashboard))[0].bytes,
            as: UTF8.self
        )
        #expect(markdown.contains("On track (overridden; rule: Close to target)"))
        #expect(markdown.contains("Better"))
        #expect(!markdown.contains("Green"))
    }

    @Test func theAuditHoldsThePrintedRatingsToTheRule() throws {
        let audit = ConsistencyAudit(data: try Self.load())
        #expect(audit.ratingChecks.count == 7)
        #expect(
            audit.ratingFindings.map(\.description) == [
                "Average days to resolve a complaint Q1 2018/19: value 0 (no data), target 10, tolerance 5%/10%: printed rating Off track, the rule gives Not rated: disagrees",
                "% of residents satisfied with their area Q2 2018/19: value 97%, target 97%, tolerance 5%/10%: printed rating Close to target, the rule gives On track: disagrees",
            ]
        )
        #expect(audit.summary.hasSuffix("7 published ratings and trends held against the rule: 5 agree, 2 disagree."))
    }

    @Test func thePublishedRatingsReadBackFromTheirColumns() throws {
        let data = try Self.load()
        let csv = CSVFormat.files(for: data)
        let reread = try CSVFormat.read(files: Dictionary(uniqueKeysWithValues: csv.map { ($0.name, $0.bytes) }))
        #expect(reread == data)
        #expect(try JSONFormat.read(JSONFormat.document(for: data), file: "again.json") == data)
    }
}

/// `council-report ratings` on the worked example: one row per measure and period, with what was printed.
@Suite struct RatingsTableTests {
    @Test func theTableHasTheColumnsBIToolsReadAndOneRowPerObservation() throws {
        let data = try WorkedRulesExampleTests.load()
        let command = try RatingsCommand(RatingsCommand.spec.parse(["--data", "riverside.json", "--format", "csv"]))
        let file = try #require(command.run(data))
        #expect(file.name == "ratings-observations.csv")
        let lines = String(decoding: file.bytes, as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(
            lines == [
                "measure,period,value,status,target,rating,trend,published_rating,published_trend,agrees,tolerance,rule_rating,reason,override_reason",
                "visitors,Q4 2017/18,1000,final,,not-rated,no-comparison,,,,5%/10%,not-rated,no-target,",
                "visitors,Q1 2018/19,240,final,250,green,worsening,On track,Worse,yes,5%/10%,green,,",
                "visitors,Q2 2018/19,480,final,500,green,improving,On track,Better,yes,5%/10%,green,,",
                "complaint-days,Q1 2018/19,0,no-data,10,not-rated,no-comparison,Off track,,no,5%/10%,not-rated,no-data,",
                "complaint-days,Q2 2018/19,10.9,final,10,green,no-comparison,,,,5%/10%,amber,,Backlog from the system outage cleared in October",
                "satisfaction,Q1 2018/19,95,provisional,97,green,no-comparison,,,,5%/10%,green,,",
                "satisfaction,Q2 2018/19,97,final,97,green,improving,Close to target,Better,no,5%/10%,green,,",
            ]
        )
    }
}
