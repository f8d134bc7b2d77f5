import CouncilPerformance
import Testing

/// The README's usage snippet, verbatim, so the front page cannot drift from the library.
@Suite struct ReadmeExampleTests {
    @Test func theUsageSnippetPrintsWhatTheReadmeSays() throws {
        let measure = Measure(
            id: "planned-audits",
            name: "% of planned audits completed",
            unit: .percentage,
            direction: .higher,
            targets: [EffectiveDated(from: try ReportingPeriod("2018/19"), value: try Target("90%"))]
        )
        let q2 = try ReportingPeriod("Q2 2018/19")
        let latest = Observation(
            measure: measure.id,
            period: q2,
            value: try MeasureValue(parsing: "75%", unit: .percentage)
        )
        let assessment = try RatingPolicy.standard.assess(measure, observations: [latest], at: q2)
        #expect(assessment.rating.description == "Red")
        #expect(
            assessment.rating.explanation.text.hasPrefix(
                "High is good: met when latest ≥ target. Latest 75, target 90;"
            )
        )
        #expect(try Money("£1.538m").formatted(.thousandsTable) == "1,538")
    }
}
