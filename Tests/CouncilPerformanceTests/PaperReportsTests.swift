import CouncilPerformance
import Foundation
import Testing

/// The paper-shaped reports on a small council: the scorecard's columns and its boundary ratings, the
/// milestone report, the programme status table, and narrative in every format.
@Suite struct PaperReportsTests {
    /// A period from a label the test knows to be valid; a typo records an issue instead of crashing.
    static func q(_ label: String) -> ReportingPeriod {
        if let period = try? ReportingPeriod(label) { return period }
        Issue.record("not a period: \(label)")
        return .year(.fixture("2000/01"))
    }

    /// The small example, with sickness absence reported over three quarters and a comment beside it.
    static func data(sicknessAtQ2 value: String = "7.5") throws -> PerformanceData {
        var data = try CSVFormatTests.example()
        data.observations = [
            Observation(measure: "sickness", period: q("Q4 2017/18"), value: .number(try ExactDecimal("8.22"))),
            Observation(measure: "sickness", period: q("Q1 2018/19"), value: .number(try ExactDecimal("8.42"))),
            Observation(measure: "sickness", period: q("Q2 2018/19"), value: .number(try ExactDecimal(value))),
            Observation(measure: "planned-audits", period: q("Q2 2018/19"), value: .number(try ExactDecimal("75"))),
        ]
        data.narratives = [
            Narrative(subject: .report, kind: .summary, period: q("Q2 2018/19"), text: "One measure is off target."),
            Narrative(
                subject: .measure("sickness"),
                kind: .comment,
                period: q("Q2 2018/19"),
                text: "The lowest absence since April 2014."
            ),
            Narrative(
                subject: .measure("sickness"),
                kind: .comment,
                period: q("Q1 2018/19"),
                text: "Not this quarter."
            ),
            Narrative(
                subject: .programme("asch-1804"),
                kind: .comment,
                period: q("Sep 2018"),
                text: "Reviews are over-achieving."
            ),
            Narrative(
                subject: .project("brokerage"),
                kind: .progress,
                period: q("Sep 2018"),
                text: "Charging from November."
            ),
        ]
        return data
    }

    static func scorecard(_ data: PerformanceData) -> Scorecard {
        Scorecard(
            data: data,
            title: "Resources scorecard",
            periods: ["Q4 2017/18", "Q1 2018/19", "Q2 2018/19"].map(q),
            sections: [("Staff", ["sickness", "ghost"]), ("Audit", ["planned-audits"])]
        )
    }

    /// Sickness: target 7 days, low is good, tolerance 0.5 days (the example's).
    ///
    /// 7.5 is on the amber boundary; 7.51 is past it.
    @Test(arguments: [("7", Rating.Status.green), ("7.5", .amber), ("7.51", .red)])
    func ratesTheLastPeriodAgainstTheTargetThenInForce(value: String, status: Rating.Status) throws {
        let scorecard = Self.scorecard(try Self.data(sicknessAtQ2: value))
        let row = try #require(scorecard.sections.first?.rows.first)
        #expect(row.assessment.rating.status == status)
        #expect(row.values.map { $0?.period } == ["Q4 2017/18", "Q1 2018/19", "Q2 2018/19"].map(Self.q))
        #expect(row.comments.map(\.text) == ["The lowest absence since April 2014."])
        #expect(scorecard.missingMeasures == ["ghost"])
    }

    @Test func rendersTheScorecardWithAColumnPerPeriodAndTheComment() throws {
        let document = ReportDocument.scorecard(Self.scorecard(try Self.data()))
        let markdown = try #require(MarkdownRenderer().render(document).first).text
        #expect(markdown.contains("One measure is off target."))
        #expect(markdown.contains("At Q2 2018/19: 1 Amber, 1 Red."))
        #expect(
            markdown.contains(
                "| Level of sickness absence | 8.22 | 8.42 | 7.5 | 7 | ▲ Amber | The lowest absence since April 2014. |"
            )
        )
        #expect(!markdown.contains("Not this quarter."))
        #expect(markdown.contains("Not in the data, so not shown: ghost."))
        let csv = CSVRenderer().render(document)
        #expect(csv.map(\.name) == ["scorecard-section-1.csv", "scorecard-section-2.csv"])
        #expect(
            csv[0].text.hasPrefix(
                "Indicator,Actual Q4 2017/18,Actual Q1 2018/19,Actual Q2 2018/19,Q2 2018/19 target,Status,Comments\r\n"
                    + "Level of sickness absence,8.22,8.42,7.5,7,amber,The lowest absence since April 2014.\r\n"
            )
        )
    }

    @Test func rendersNarrativeInEveryFormatInTheOrderGiven() throws {
        var data = try Self.data()
        data.narratives.insert(
            Narrative(subject: .report, kind: .highlight, period: nil, title: "Audit", text: "Term 1 plan done."),
            at: 1
        )
        let document = ReportDocument.scorecard(Self.scorecard(data))
        let markdown = try #require(MarkdownRenderer().render(document).first).text
        let summary = try #require(markdown.range(of: "## Summary\n\nOne measure is off target."))
        let highlight = try #require(markdown.range(of: "## Highlights\n\n### Audit\n\nTerm 1 plan done."))
        #expect(summary.upperBound < highlight.lowerBound)
        let html = try #require(HTMLRenderer().render(document).first).text
        #expect(html.contains("<h2>Highlights</h2>"))
        #expect(html.contains("<p>Term 1 plan done.</p>"))
        let json = try #require(JSONRenderer().render(document).first).text
        #expect(json.contains(#"{"type": "paragraph", "text": "Term 1 plan done."}"#))
    }

    @Test func groupsMilestonesByPortfolioAndProgramme() throws {
        let data = try Self.data()
        let report = MilestoneReport(data: data, month: Self.q("Sep 2018"))
        #expect(report.milestoneCount == 1)
        let programme = try #require(report.portfolios.first?.programmes.first)
        #expect(programme.status == .onTarget)
        #expect(programme.narrative.map(\.text) == ["Reviews are over-achieving."])
        let markdown = try #require(MarkdownRenderer().render(.milestones(report)).first).text
        #expect(markdown.contains("### ASCH 1804 Cross cutting interventions"))
        #expect(markdown.contains("Programme status, Sep 2018: On Target."))
        #expect(markdown.contains("| Roll-out of the 3 Tier Model | Autumn 2018 | Testing in Broxtowe complete |"))
    }

    @Test func tablesAProgrammeThenItsProjectsWithTheirComments() throws {
        let data = try Self.data()
        let table = ProgrammeStatusTable(portfolio: "asch", delivery: data.delivery, month: Self.q("Sep 2018"))
        let document = ReportDocument.programmeStatus(table, data: data)
        let rows = try #require(document.tables.first).rows
        #expect(
            rows.map { $0[1].displayText }.prefix(2) == ["Adult Social Care & Health", "Cross cutting interventions"]
        )
        // The project with narrative comes first; the other keeps its commentary.
        #expect(rows[2][1].displayText == "Brokerage for Self-Funders - full cost recovery")
        #expect(rows[2][8].displayText == "Charging from November.")
        #expect(rows[3][1].displayText == "Targeted Reviews")
        #expect(rows[2][3].plainValue == "EO")
        #expect(rows[2][4].displayText == "Same")
    }
}
