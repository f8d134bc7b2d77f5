import Foundation
import Testing

@testable import CouncilPerformance
@testable import CouncilPerformanceIO

/// The shortcuts that make loading fast assume rows of a measure come together and periods recur in
/// order; they must give the same answers when the rows come in any order.
@Suite struct LoadingShortcutsTests {
    @Test func aRepeatingLookupAnswersAsItsDictionaryDoes() {
        var lookup = RepeatingLookup(["m1": 1, "m2": 2])
        let keys = ["m1", "m1", "m2", "nope", "nope", "m1", "m2", "m2"]
        #expect(keys.map { lookup($0) } == [1, 1, 2, nil, nil, 1, 2, 2])
    }

    @Test func recurringLabelsAnswerInAnyOrder() {
        var labels = RecurringLabels<Int>()
        #expect(labels.value(for: "Q1") == nil)
        for (index, label) in ["Q1", "Q2", "Q3", "Q4"].enumerated() { labels.add(index + 1, for: label) }
        labels.add(99, for: "Q2")  // The first value stays.
        let asked = ["Q1", "Q2", "Q3", "Q4", "Q1", "Q3", "Q2", "Q4", "Q5", "Q4", "Q1"]
        #expect(asked.map { labels.value(for: $0) } == [1, 2, 3, 4, 1, 3, 2, 4, nil, 4, 1])
    }

    /// A repeat is found wherever it falls in a short or a long series, first or last period.
    @Test(arguments: [10, 100])
    func validationFindsASecondValueForAPeriod(periods count: Int) throws {
        let periods = try (0..<count).map { index in
            try ReportingPeriod(.month(index % 12 + 1), of: FinancialYear(startYear: 1950 + index / 12))
        }
        var plan = CouncilPlan(title: "Plan")
        plan.measures = [Measure(id: "visits", name: "Library visits", unit: .count, direction: .higher)]
        let value = MeasureValue.number(ExactDecimal(units: 5_000_000))
        var observations = periods.map { Observation(measure: "visits", period: $0, value: value) }
        observations.append(Observation(measure: "visits", period: periods[count - 1], value: value))
        observations.append(Observation(measure: "visits", period: periods[0], value: value))
        let data = PerformanceData(council: "Council", plan: plan, observations: observations)
        #expect(
            data.validate().map(\.message) == [
                "a second value for visits in \(periods[count - 1]) (expected one a period)",
                "a second value for visits in \(periods[0]) (expected one a period)",
            ]
        )
    }

    /// The Nottinghamshire data loads to the same observations with its rows reversed, so that neither
    /// measures nor periods come in their usual order.
    @Test func rowsInAnyOrderLoadTheSameObservations() async throws {
        let data = try await NottinghamshireExampleTests.load("plan-2018")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reversed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try data.writeCSV(to: folder)
        let file = folder.appendingPathComponent("observations.csv")
        let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count > 100)
        let reversed = ([lines[0]] + lines.dropFirst().reversed()).joined(separator: "\r\n") + "\r\n"
        try Data(reversed.utf8).write(to: file)
        let reloaded = try await CSVDataSource(directory: folder).load()
        #expect(reloaded.observations == data.observations.reversed())
        #expect(
            reloaded.rateEveryObservation().map(\.status) == data.rateEveryObservation().map(\.status).reversed()
        )
    }
}
