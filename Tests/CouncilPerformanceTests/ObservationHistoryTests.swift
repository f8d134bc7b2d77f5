import CouncilPerformance
import Testing

/// A dashboard row's history selects observations from the data rather than copying them, and reads,
/// compares and hashes as the array of those observations would.
@Suite struct ObservationHistoryTests {
    static func observations() throws -> [Observation] {
        try ["Q1 2018/19", "Q2 2018/19", "Q3 2018/19", "Q4 2018/19"].enumerated().map { offset, label in
            Observation(
                measure: offset % 2 == 0 ? "m1" : "m2",
                period: try ReportingPeriod(label),
                value: .number(try ExactDecimal("\(offset)"))
            )
        }
    }

    @Test func readsTheSelectedObservationsInTheGivenOrder() throws {
        let all = try Self.observations()
        let history = ObservationHistory(selecting: [2, 0], from: all)
        #expect(history.count == 2)
        #expect(Array(history) == [all[2], all[0]])
        #expect(history.first?.period == all[2].period)
        #expect(history.last?.value == all[0].value)
        #expect(history.map(\.measure) == ["m1", "m1"])
        #expect(ObservationHistory(selecting: [], from: all).isEmpty)
    }

    @Test func equalsAndHashesAsItsObservationsWhereverTheyCameFrom() throws {
        let all = try Self.observations()
        let selected = ObservationHistory(selecting: [1, 3], from: all)
        let copied = ObservationHistory([all[1], all[3]])
        let literal: ObservationHistory = [all[1], all[3]]
        #expect(selected == copied)
        #expect(selected == literal)
        #expect(Set([selected, copied, literal]).count == 1)
        #expect(selected != ObservationHistory(selecting: [3, 1], from: all))
        #expect(selected != ObservationHistory(selecting: [1], from: all))
    }

    @Test func aDashboardRowsHistoryIsTheMeasuresValuesOldestFirst() throws {
        var plan = CouncilPlan(title: "Plan")
        plan.measures = [
            Measure(id: "m1", name: "Adults in work", unit: .count, direction: .higher),
            Measure(id: "m2", name: "Delayed transfers", unit: .count, direction: .lower),
        ]
        // Out of period order, and interleaved: the history is m1's values in period order.
        let all = try Self.observations()
        let data = PerformanceData(council: "Council", plan: plan, observations: [all[2], all[1], all[0], all[3]])
        let dashboard = PerformanceDashboard(data: data, asOf: try ReportingPeriod("Q4 2018/19"))
        let row = try #require(dashboard.sections.flatMap(\.rows).first { $0.measure.id == "m1" })
        #expect(Array(row.history) == [all[0], all[2]])
    }
}
