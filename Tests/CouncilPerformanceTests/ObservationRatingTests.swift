import CouncilPerformance
import Foundation
import Testing

/// Bulk rating (`rateEveryObservation`) against the one-measure path (`assess`), which the rest of the
/// suite pins to printed ratings.
@Suite struct ObservationRatingTests {
    @Test(arguments: ["plan-2018", "strategic-plan-2015"])
    func everyObservationRatesAsAssessingItsMeasureAtItsPeriodDoes(_ name: String) async throws {
        let data = try await NottinghamshireExampleTests.load(name)
        let ratings = data.rateEveryObservation()
        #expect(ratings.map(\.observation) == Array(data.observations.indices))
        for rating in ratings {
            let observation = data.observations[rating.observation]
            let measure = try #require(data.plan.measures.first { $0.id == observation.measure })
            let assessment = try data.ratingPolicy.assess(
                measure,
                observations: data.observations,
                at: observation.period
            )
            #expect(rating.status == assessment.rating.status, "\(observation.measure) \(observation.period)")
            #expect(rating.reason == assessment.rating.reason, "\(observation.measure) \(observation.period)")
            #expect(rating.directionOfTravel == assessment.directionOfTravel, "\(observation.measure)")
        }
        // The real data exercises every status, so agreement above is not agreement on "not rated" alone.
        let statuses = Dictionary(grouping: ratings, by: \.status).mapValues(\.count)
        #expect(Set(statuses.keys) == [.green, .amber, .red, .notRated])
    }

    @Test func comparesWithThePreviousPeriodAndKeepsObservationOrder() throws {
        let q1 = try ReportingPeriod("Q1 2018/19")
        let q2 = try ReportingPeriod("Q2 2018/19")
        let visits = Measure(
            id: "visits",
            name: "Library visits",
            unit: .count,
            direction: .higher,
            targets: [EffectiveDated(from: q1, value: .increase)]
        )
        let data = Self.data(
            visits,
            [
                Observation(measure: "visits", period: q2, value: Self.number(96)),
                Observation(measure: "unknown", period: q2, value: Self.number(1)),
                Observation(measure: "visits", period: q1, value: Self.number(100)),
            ]
        )
        let ratings = data.rateEveryObservation()
        // Q2's 96 against Q1's 100: an increase was wanted, and 96 is within 5% of 100.
        #expect(
            ratings == [
                ObservationRating(observation: 0, status: .amber, reason: nil, directionOfTravel: .worsening),
                ObservationRating(
                    observation: 2,
                    status: .notRated,
                    reason: .noComparator,
                    directionOfTravel: .noComparison
                ),
            ]
        )
    }

    /// A series longer than the scan limit (64) finds its comparators through a dictionary instead.
    @Test(arguments: [Measure.Accumulation.snapshot, .cumulative])
    func aLongSeriesRatesAsAssessingEachPeriodDoes(_ accumulation: Measure.Accumulation) throws {
        let periods = try (0..<80).map { index in
            try ReportingPeriod(.quarter(index % 4 + 1), of: FinancialYear(startYear: 2000 + index / 4))
        }
        let visits = Measure(
            id: "visits",
            name: "Library visits",
            unit: .count,
            direction: .higher,
            accumulation: accumulation,
            targets: [EffectiveDated(from: periods[0], value: .increase)]
        )
        // Values wander up and down (by 1 to 9 in 100), newest first so the file order is not the period order.
        let values = periods.indices.map { 1_000 + ($0 * 37 % 11) * ($0 % 3 == 0 ? -1 : 1) * 9 }
        let data = Self.data(
            visits,
            zip(periods, values).reversed().map { Observation(measure: "visits", period: $0, value: Self.number($1)) }
        )
        let ratings = data.rateEveryObservation()
        #expect(ratings.count == 80)
        for rating in ratings {
            let period = data.observations[rating.observation].period
            let assessment = try data.ratingPolicy.assess(visits, observations: data.observations, at: period)
            #expect(rating.status == assessment.rating.status, "\(period)")
            #expect(rating.directionOfTravel == assessment.directionOfTravel, "\(period)")
        }
        #expect(Set(ratings.map(\.status)) == [.green, .amber, .red, .notRated])
    }

    /// A relative tolerance on a target of 0 cannot make a band: that measure is not rated, with the reason,
    /// and a wrong value in one measure leaves the others rated.
    @Test func aToleranceThatCannotApplyLeavesOnlyItsMeasureUnrated() throws {
        let q1 = try ReportingPeriod("Q1 2018/19")
        let decisions = Measure(
            id: "decisions",
            name: "Urgent decisions",
            unit: .count,
            direction: .lower,
            targets: [EffectiveDated(from: q1, value: .value(.zero))]
        )
        let visits = Measure(
            id: "visits",
            name: "Library visits",
            unit: .count,
            direction: .higher,
            targets: [EffectiveDated(from: q1, value: .value(Self.number(100).comparableNumber ?? .zero))]
        )
        var data = Self.data(decisions, [Observation(measure: "decisions", period: q1, value: Self.number(2))])
        data.plan.measures.append(visits)
        // 96 against 100 with the standard 5% tolerance: amber (the band reaches down to 95).
        data.observations.append(Observation(measure: "visits", period: q1, value: Self.number(96)))
        let ratings = data.rateEveryObservation()
        #expect(ratings.map(\.status) == [.notRated, .amber])
        #expect(ratings.map(\.reason) == [.toleranceCannotApply, nil])
        let dashboard = PerformanceDashboard(data: data, asOf: q1)
        let rows = dashboard.uniqueRows
        #expect(rows.map(\.assessment.rating.status) == [.notRated, .amber])
        #expect(
            rows[0].assessment.rating.explanation.text
                == "Not rated: a tolerance of 5% of a target of 0 is always 0; set an absolute tolerance."
        )
        #expect(rows[0].assessment.latest?.value == Self.number(2))
        #expect(dashboard.summary.rated == 1)
    }

    @Test func measuresThatShareAnIdShowTheLaterOnesAssessmentInEveryRow() throws {
        // Unvalidated data may define an id twice; validation reports it, and the dashboard still draws
        // every plan measure, each row of the id with the later definition's assessment.
        let q1 = try ReportingPeriod("Q1 2018/19")
        func visits(target: Int) -> Measure {
            Measure(
                id: "visits",
                name: "Library visits (target \(target))",
                unit: .count,
                direction: .higher,
                targets: [EffectiveDated(from: q1, value: .value(Self.number(target).comparableNumber ?? .zero))]
            )
        }
        let loans = Measure(id: "loans", name: "Loans", unit: .count, direction: .higher)
        var data = Self.data(visits(target: 90), [Observation(measure: "visits", period: q1, value: Self.number(96))])
        data.plan.measures += [loans, visits(target: 100)]
        data.observations.append(Observation(measure: "loans", period: q1, value: Self.number(7)))
        let dashboard = PerformanceDashboard(data: data, asOf: q1)
        let rows = dashboard.sections.flatMap(\.rows)
        #expect(rows.map(\.measure.name) == ["Library visits (target 90)", "Loans", "Library visits (target 100)"])
        // 96 against the later target of 100 with the standard 5% tolerance: amber, in both rows of the id.
        #expect(rows.map(\.assessment.rating.status) == [.amber, .notRated, .amber])
        #expect(dashboard.uniqueRows.map(\.measure.name) == ["Library visits (target 90)", "Loans"])
        #expect(dashboard.summary.rated == 2)
    }

    /// Data with one measure and its observations.
    static func data(_ measure: Measure, _ observations: [Observation]) -> PerformanceData {
        var plan = CouncilPlan(title: "Plan")
        plan.measures = [measure]
        return PerformanceData(council: "Council", plan: plan, observations: observations)
    }

    /// A value in whole units.
    static func number(_ whole: Int) -> MeasureValue {
        .number(ExactDecimal(units: Int64(whole) * 1_000_000))
    }
}
