import Testing

@testable import CouncilPerformance

/// The index every stage takes: each measure's observations in period order, and the searches on it.
@Suite struct ObservationIndexTests {
    static func period(_ text: String) throws -> ReportingPeriod { try ReportingPeriod(text) }

    /// Observations of zero, one a measure and period given.
    static func rows(_ pairs: [(measure: String, period: String)]) throws -> [Observation] {
        try pairs.map {
            Observation(measure: Measure.ID($0.measure), period: try period($0.period), value: .number(.zero))
        }
    }

    /// Rows of two measures interleaved and out of order, with two values for one period.
    static func observations() throws -> [Observation] {
        try rows([
            ("a", "Q3 2018/19"), ("b", "Q1 2018/19"), ("a", "Q1 2018/19"), ("a", "2018/19"), ("a", "Q3 2018/19"),
            ("b", "Q2 2018/19"), ("a", "Q2 2018/19"), ("a", "Q1 2017/18"),
        ])
    }

    @Test func positionsComeInPeriodOrderWithRepeatsInDataOrder() throws {
        let index = ObservationIndex(try Self.observations())
        // a: Q1 2017/18 (7), Q1 (2), Q2 (6), Q3 (0, then 4), the year 2018/19 (3), which ends last.
        #expect(Array(index.observations(of: "a")) == [7, 2, 6, 0, 4, 3])
        #expect(Array(index.observations(of: "b")) == [1, 5])
        #expect(Array(index.observations(of: "c")) == [])
    }

    @Test func aPeriodIsFoundAtItsFirstValue() throws {
        let index = ObservationIndex(try Self.observations())
        #expect(index.observation(of: "a", at: try Self.period("Q3 2018/19")) == 0)
        #expect(index.observation(of: "a", at: try Self.period("Q1 2017/18")) == 7)
        #expect(index.observation(of: "a", at: try Self.period("Q4 2018/19")) == nil)
        #expect(index.observation(of: "b", at: try Self.period("Q3 2018/19")) == nil)
    }

    @Test func anEarlierPeriodIsFoundLookingBack() throws {
        let index = ObservationIndex(try Self.observations())
        let positions = index.observations(of: "a")
        // From the year (offset 5) back to Q1 2018/19, past both Q3 values and Q2.
        #expect(index.observation(among: positions, before: 5, at: try Self.period("Q1 2018/19")) == 2)
        // From the second Q3 value (offset 4): Q2 is one back; the first Q3 is passed over.
        #expect(index.observation(among: positions, before: 4, at: try Self.period("Q2 2018/19")) == 6)
        #expect(index.observation(among: positions, before: 4, at: try Self.period("Q3 2018/19")) == 0)
        // Same period last year is there for Q1 2018/19 (offset 1), and not for Q2 (offset 2).
        #expect(index.observation(among: positions, before: 1, at: try Self.period("Q1 2017/18")) == 7)
        #expect(index.observation(among: positions, before: 2, at: try Self.period("Q2 2017/18")) == nil)
        #expect(index.observation(among: positions, before: 0, at: try Self.period("Q1 2017/18")) == nil)
    }

    @Test func aDashboardSeesThePeriodsEndingByItsOwn() throws {
        let index = ObservationIndex(try Self.observations())
        let positions = index.observations(of: "a")
        #expect(Array(index.observations(among: positions, endingBy: try Self.period("Q2 2018/19"))) == [7, 2, 6])
        #expect(Array(index.observations(among: positions, endingBy: try Self.period("Dec 2018"))) == [7, 2, 6, 0, 4])
        #expect(index.observations(among: positions, endingBy: try Self.period("Q4 2016/17")).isEmpty)
        #expect(Array(index.observations(among: positions, endingBy: try Self.period("2018/19"))) == Array(positions))
    }

    @Test func copiesShareTheIndexUntilTheObservationsChange() throws {
        var data = PerformanceData(
            council: "Council",
            plan: CouncilPlan(title: "Plan"),
            observations: try Self.observations()
        )
        let copy = data
        #expect(Array(data.observationIndex.observations(of: "b")) == [1, 5])
        data.observations.append(
            Observation(measure: "b", period: try Self.period("Q4 2017/18"), value: .number(.zero))
        )
        #expect(Array(data.observationIndex.observations(of: "b")) == [8, 1, 5])
        #expect(Array(copy.observationIndex.observations(of: "b")) == [1, 5])
        #expect(data != copy)
    }
    /// Rows as data files usually give them: each measure's together and in period order.
    static func orderedObservations() throws -> [Observation] {
        try rows([
            ("a", "Q1 2017/18"), ("a", "Q1 2018/19"), ("a", "Q2 2018/19"), ("a", "Q3 2018/19"), ("a", "Q3 2018/19"),
            ("a", "2018/19"), ("b", "Q1 2018/19"), ("b", "Q2 2018/19"),
        ])
    }

    @Test func measuresWhoseRowsStandTogetherInPeriodOrderAreRunsWithNoList() throws {
        let index = ObservationIndex(try Self.orderedObservations())
        #expect(index.observations(of: "a").run == 0..<6)
        #expect(index.observations(of: "b").run == 6..<8)
        #expect(Array(index.observations(of: "b")) == [6, 7])
        #expect(index.observations(of: "c").isEmpty)
        // The searches read a run as they read a list: the same answers as on the interleaved rows.
        let positions = index.observations(of: "a")
        #expect(index.observation(of: "a", at: try Self.period("Q3 2018/19")) == 3)
        #expect(index.observation(of: "b", at: try Self.period("Q3 2018/19")) == nil)
        #expect(index.observation(among: positions, before: 5, at: try Self.period("Q1 2018/19")) == 1)
        #expect(index.observation(among: positions, before: 4, at: try Self.period("Q3 2018/19")) == 3)
        #expect(index.observation(among: positions, before: 0, at: try Self.period("Q1 2017/18")) == nil)
        let shown = index.observations(among: positions, endingBy: try Self.period("Dec 2018"))
        #expect(shown.run == 0..<5)
        #expect(index.observations(among: positions, endingBy: try Self.period("Q4 2016/17")).isEmpty)
        #expect(index.observations(among: positions, endingBy: try Self.period("2019/20")) == positions)
    }

    @Test func aMeasureSplitAcrossTheFileOrOutOfOrderIsListedInPeriodOrder() throws {
        let rows = try Self.orderedObservations()
        // b's rows apart: a's run, then b, then a's last row again.
        let apart = ObservationIndex([rows[0], rows[1], rows[6], rows[7], rows[2]])
        #expect(apart.observations(of: "a").run == nil)
        #expect(Array(apart.observations(of: "a")) == [0, 1, 4])
        #expect(Array(apart.observations(of: "b")) == [2, 3])
        // Together but out of order: the two Q3 values keep their order in the data.
        let unordered = ObservationIndex([rows[4], rows[5], rows[3], rows[0]])
        #expect(unordered.observations(of: "a").run == nil)
        #expect(Array(unordered.observations(of: "a")) == [3, 0, 2, 1])
        #expect(unordered.observation(of: "a", at: try Self.period("Q3 2018/19")) == 0)
    }

    @Test func anEmptyDataSetHasNoPositions() {
        let index = ObservationIndex([])
        #expect(index.observations(of: "a").isEmpty)
        #expect(index.observation(of: "a", at: .year(FinancialYear(uncheckedStartYear: 2018))) == nil)
    }

    @Test func aHistoryOfARunReadsAsTheObservationsItSelects() throws {
        let rows = try Self.orderedObservations()
        let index = ObservationIndex(rows)
        let history = ObservationHistory(selecting: index.observations(of: "b"), from: rows)
        #expect(Array(history) == [rows[6], rows[7]])
        #expect(history == ObservationHistory(selecting: [6, 7], from: rows))
        #expect(history == ObservationHistory([rows[6], rows[7]]))
        #expect(ObservationHistory(selecting: index.observations(of: "c"), from: rows).isEmpty)
    }
}
