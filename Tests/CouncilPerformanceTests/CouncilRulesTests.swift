import CouncilPerformance
import Testing

/// Rules a council states as data: trend rules, dead bands, frequencies and data-quality states, each
/// worked out by hand.
@Suite struct CouncilRulesTests {
    static func period(_ text: String) throws -> ReportingPeriod { try ReportingPeriod(text) }

    static func measure(
        _ id: Measure.ID = "m",
        accumulation: Measure.Accumulation = .snapshot,
        target: String? = "80",
        trendRule: TrendRule? = nil,
        deadBand: ExactDecimal? = nil,
        frequency: ReportingFrequency? = nil
    ) throws -> Measure {
        Measure(
            id: id,
            name: "Measure \(id)",
            unit: .count,
            direction: .higher,
            accumulation: accumulation,
            targets: try target.map { [EffectiveDated(from: try period("2017/18"), value: try Target($0))] } ?? [],
            trendRule: trendRule,
            directionDeadBand: deadBand,
            frequency: frequency
        )
    }

    static func observation(
        _ period: String,
        _ value: String,
        of measure: Measure.ID = "m",
        status: ValueStatus = .final
    ) throws -> Observation {
        Observation(
            measure: measure,
            period: try Self.period(period),
            value: try MeasureValue(parsing: value, unit: .count),
            status: status
        )
    }

    static func data(_ measures: [Measure], _ observations: [Observation]) -> PerformanceData {
        var plan = CouncilPlan(title: "Plan")
        plan.measures = measures
        return PerformanceData(council: "Council", plan: plan, observations: observations)
    }

    // As at Q2 2018/19 (July to September 2018): the month, quarter, term and year that have ended by then.
    @Test(arguments: [
        (ReportingFrequency.monthly, "Q2 2018/19", "Sep 2018"), (.quarterly, "Q2 2018/19", "Q2 2018/19"),
        (.termly, "Q2 2018/19", "T1 2018/19"), (.annual, "Q2 2018/19", "2017/18"),
        (.annual, "Q4 2018/19", "2018/19"), (.termly, "Q4 2018/19", "T3 2018/19"),
        (.quarterly, "Sep 2018", "Q2 2018/19"), (.quarterly, "Aug 2018", "Q1 2018/19"),
        (.monthly, "2018/19", "Mar 2019"), (.termly, "Nov 2018", "T2 2018/19"), (.termly, "Oct 2018", "T1 2018/19"),
    ])
    func theValueDueAsAtAPeriod(_ frequency: ReportingFrequency, _ asOf: String, _ due: String) throws {
        #expect(frequency.due(asOf: try Self.period(asOf)) == (try Self.period(due)))
    }

    @Test func aTrendRuleOverridesTheAccumulation() throws {
        let q1 = try Self.period("Q1 2019/20")
        // Cumulative, so by default Q1 2019/20 compares with Q1 2018/19.
        #expect(
            try Self.measure(accumulation: .cumulative).comparisonPeriod(for: q1) == (try Self.period("Q1 2018/19"))
        )
        // Year to date against the previous quarter's year to date, across the year boundary.
        let ytd = try Self.measure(accumulation: .cumulative, trendRule: .previousPeriod)
        #expect(ytd.comparisonPeriod(for: q1) == (try Self.period("Q4 2018/19")))
        #expect(
            try Self.measure(trendRule: .samePeriodLastYear).comparisonPeriod(for: q1)
                == (try Self.period("Q1 2018/19"))
        )
        #expect(try Self.measure(trendRule: TrendRule.none).comparisonPeriod(for: q1) == nil)
    }

    @Test func aYearToDateMeasureComparedWithThePreviousQuarter() throws {
        let ytd = try Self.measure(accumulation: .cumulative, trendRule: .previousPeriod)
        // Q4 2018/19 year to date 300, Q1 2019/20 year to date 80: worse than the quarter before.
        let data = Self.data(
            [ytd],
            [try Self.observation("Q4 2018/19", "300"), try Self.observation("Q1 2019/20", "80")]
        )
        #expect(data.rateEveryObservation().map(\.directionOfTravel) == [.noComparison, .worsening])
    }

    @Test func noTrendRuleGivesNoDirectionAndNoIncreaseTarget() throws {
        let untrended = try Self.measure(target: "Increase", trendRule: TrendRule.none)
        let data = Self.data(
            [untrended],
            [try Self.observation("Q1 2018/19", "10"), try Self.observation("Q2 2018/19", "12")]
        )
        let ratings = data.rateEveryObservation()
        #expect(ratings.map(\.directionOfTravel) == [.noComparison, .noComparison])
        #expect(ratings.map(\.reason) == [.noComparator, .noComparator])
    }

    @Test func aMeasuresOwnDeadBand() throws {
        // 80 to 80.5: a change of 0.5 is no change within a dead band of 0.5, and improving without one.
        let observations = [try Self.observation("Q1 2018/19", "80"), try Self.observation("Q2 2018/19", "80.5")]
        let banded = Self.data([try Self.measure(deadBand: ExactDecimal(units: 500_000))], observations)
        #expect(banded.rateEveryObservation().last?.directionOfTravel == .noChange)
        let plain = Self.data([try Self.measure()], observations)
        #expect(plain.rateEveryObservation().last?.directionOfTravel == .improving)
    }

    @Test func aPlaceholderIsKeptButNeverRatedOrCompared() throws {
        // Q2's 0 is a placeholder: not rated, and Q3 has nothing to compare with.
        let data = Self.data(
            [try Self.measure()],
            [
                try Self.observation("Q1 2018/19", "85"), try Self.observation("Q2 2018/19", "0", status: .noData),
                try Self.observation("Q3 2018/19", "90"),
            ]
        )
        let ratings = data.rateEveryObservation()
        #expect(ratings.map(\.status) == [.green, .notRated, .green])
        #expect(ratings[1].reason == .noData)
        #expect(ratings.map(\.directionOfTravel) == [.noComparison, .noComparison, .noComparison])
        #expect(data.observations[1].value == .number(.zero))
    }

    @Test(arguments: [ValueStatus.provisional, .estimated])
    func provisionalAndEstimatedValuesAreRated(_ status: ValueStatus) throws {
        let data = Self.data([try Self.measure()], [try Self.observation("Q1 2018/19", "79", status: status)])
        // 79 against 80 with the standard 5% (amber down to 76).
        #expect(data.rateEveryObservation().map(\.status) == [.amber])
    }

    @Test func aNotDueValueIsNotRated() throws {
        let data = Self.data([try Self.measure()], [try Self.observation("Q1 2018/19", "", status: .notDue)])
        #expect(data.rateEveryObservation().map(\.reason) == [.notDue])
    }

    /// A quarterly measure last reported in Q1 is not current in a Q2 dashboard; an annual one reported
    /// for 2017/18 is.
    @Test func aDashboardRatesOnlyTheValuesDue() throws {
        let data = Self.data(
            [
                try Self.measure("quarterly"), try Self.measure("annual"),
                try Self.measure("monthly", frequency: .monthly),
            ],
            [
                try Self.observation("Q1 2018/19", "90", of: "quarterly"),
                try Self.observation("2017/18", "70", of: "annual"),
                // Declared monthly, reported quarterly: a quarter is not the month due.
                try Self.observation("Q2 2018/19", "90", of: "monthly"),
            ]
        )
        let dashboard = PerformanceDashboard(data: data, asOf: try Self.period("Q2 2018/19"))
        let rows = dashboard.uniqueRows
        #expect(rows.map(\.assessment.rating.status) == [.notRated, .red, .notRated])
        #expect(rows.map(\.assessment.rating.reason) == [.notReportedThisPeriod, nil, .notReportedThisPeriod])
        #expect(rows[0].assessment.latest?.period == (try Self.period("Q1 2018/19")))
        #expect(
            rows[0].assessment.rating.explanation.text
                == "Not rated: not reported this period (last reported Q1 2018/19; due Q2 2018/19)."
        )
        #expect(dashboard.summary.notReported == 2)
        #expect(
            dashboard.summary.sentence == "1 of 3 measures rated: 0 green, 0 amber, 1 red; 2 not reported this period."
        )
    }

    /// Blue when the target is beaten by more than 10%: a rule that is not bands, written as code.
    struct BlueBeyondTenPercent: RatingScheme {
        func status(for context: RatingContext) -> Rating.Status? {
            context.isBeyondGoal(byMoreThanPercent: 10) ? .blue : nil
        }
    }

    /// Amber, not red, for a miss that still beats the same period last year.
    struct AmberWhenBetterThanLastYear: RatingScheme {
        func status(for context: RatingContext) -> Rating.Status? {
            context.standard == .red && context.isBetterThanSamePeriodLastYear == true ? .amber : nil
        }
    }

    // Target 80, High is good: 88 is exactly 10% beyond (green), 88.000001 beyond it (blue).
    @Test(arguments: [("88", Rating.Status.green), ("88.000001", .blue), ("80", .green), ("79", .amber)])
    func aBlueBandWrittenAsCode(_ value: String, _ status: Rating.Status) throws {
        let data = Self.data([try Self.measure()], [try Self.observation("Q1 2018/19", value)])
        #expect(data.rateEveryObservation(scheme: BlueBeyondTenPercent()).map(\.status) == [status])
        #expect(data.rateEveryObservation().map(\.status) == [status == .blue ? .green : status])
    }

    @Test func amberForAMissThatBeatsLastYear() throws {
        // Target 80 with the standard 5% (amber down to 76): 70 is red, but beats Q1 2017/18's 60.
        let data = Self.data(
            [try Self.measure()],
            [try Self.observation("Q1 2017/18", "60"), try Self.observation("Q1 2018/19", "70")]
        )
        #expect(data.rateEveryObservation(scheme: AmberWhenBetterThanLastYear()).map(\.status) == [.red, .amber])
        let dashboard = PerformanceDashboard(
            data: data,
            asOf: try Self.period("Q1 2018/19"),
            scheme: AmberWhenBetterThanLastYear()
        )
        let rating = try #require(dashboard.uniqueRows.first?.assessment.rating)
        #expect(rating.status == .amber)
        #expect(
            rating.explanation.rule
                == "High is good: met when latest ≥ target; the council's scheme gives Amber where the standard rules give Red"
        )
    }

    @Test func labelsReadTheCouncilsWordsTheLibrarysAndInitials() throws {
        let labels = try RatingLabels("green=On track;amber=Close to target;red=Off track;improving=Better")
        #expect(labels.key(for: "on track", among: RatingLabels.ratingKeys) == "green")
        #expect(labels.key(for: "Green", among: RatingLabels.ratingKeys) == "green")
        #expect(labels.key(for: "A", among: RatingLabels.ratingKeys) == "amber")
        #expect(labels.key(for: "↑", among: RatingLabels.trendKeys) == "increasing")
        #expect(labels.key(for: "Better", among: RatingLabels.trendKeys) == "improving")
        #expect(labels.key(for: "Purple", among: RatingLabels.ratingKeys) == nil)
        #expect(labels.word(for: "red") == "Off track")
        #expect(labels.word(for: "blue") == "Blue")
        #expect(try RatingLabels(labels.description) == labels)
        #expect(throws: ValidationError.self) { try RatingLabels("green") }
    }
}
