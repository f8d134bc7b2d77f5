import CouncilPerformance
import Testing

@Suite("Process limits, near limits and two-of-three")
struct LimitRuleTests {
    // Baseline fixed after 12 points: mean 0.5, mean moving range 1 (see `alternatingBaseline`).
    // Period 13 is exactly the upper limit (the same double, 0.5 + 2.66 × 1), period 14 the next double up;
    // period 15 exactly the lower limit, period 16 the next double down.
    @Test("A point exactly on a limit is not beyond it; the next representable value is")
    func pointOnLimit() throws {
        let upper = 0.5 + 2.66 * 1.0
        let lower = 0.5 - 2.66 * 1.0
        let result = try chart(alternatingBaseline + [upper, upper.nextUp, lower, lower.nextDown], fixAfter: 12)
        #expect(result.points[12].upperLimit == upper)
        #expect(result.points[12].lowerLimit == lower)
        // On the limit: near it (beyond two thirds), but its windows are (1, U, U+) with only one near point
        // (U+ is beyond, not near) and (U, U+, L) across the mean, so no rule fires.
        #expect(result.points[12].signal == nil)
        #expect(result.points[13].signal == .beyondLimit)
        #expect(result.points[13].pointType == .specialCauseImprovement)
        #expect(result.points[14].signal == nil)
        #expect(result.points[15].signal == .beyondLimit)
        #expect(result.points[15].pointType == .specialCauseConcern)
    }

    // Near limits 0.5 ± 1.7733: 2.5 is near (2.273 < 2.5 < 3.16); 0.6 is above the mean but not near.
    // Window (2.5, 0.6, 2.5): two near points, all three above the mean: the two near points signal.
    @Test("Two of three near a limit, all three on one side: the near points are special")
    func twoOfThreeSameSide() throws {
        let result = try chart(alternatingBaseline + [2.5, 0.6, 2.5], fixAfter: 12)
        #expect(result.points.suffix(3).map(\.signal) == [.twoOfThree, nil, .twoOfThree])
        #expect(result.points.suffix(3).map(\.pointType) == types("ici"))
    }

    // Window (2.5, 0.4, 2.5): 0.4 is below the mean 0.5, so the three are not on one side: nothing fires.
    @Test("Two of three near a limit but across the mean: no signal")
    func twoOfThreeAcrossMean() throws {
        let result = try chart(alternatingBaseline + [2.5, 0.4, 2.5], fixAfter: 12)
        #expect(result.points.allSatisfy { $0.signal == nil })
    }

    // A point beyond the limit is not "near" (R's close_to_limits excludes it), so in (2.5, 3.5, 0.6) only
    // 2.5 is near: one near point per window is not two of three. 3.5 is beyond; 2.5 stays common cause.
    @Test("A point beyond a limit counts as beyond, not near")
    func beyondIsNotNear() throws {
        let result = try chart(alternatingBaseline + [2.5, 3.5, 0.6], fixAfter: 12)
        // Windows: (1, 2.5, 3.5) has one near point; (2.5, 3.5, 0.6) one; (3.5, 0.6) runs out: 2.5 is common.
        #expect(result.points.suffix(3).map(\.signal) == [nil, .beyondLimit, nil])
    }

    // Baseline 0,1,...; then 1.1, 1.2, ..., 1.6, 3.5. From period 11 (value 0) every value is higher than
    // the one before up to 3.5: 9 points rising, a trend. Periods 12-19 are also 8 points above the mean (a
    // run) and 3.5 is beyond 3.16. Priority: beyond, then trend, then two-of-three, then run.
    @Test("Rule priority: beyond a limit, then trend, then two-of-three, then run")
    func priority() throws {
        let values = alternatingBaseline + [1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 3.5]
        let result = try chart(values, fixAfter: 12)
        let signals = result.points.map(\.signal)
        #expect(signals.prefix(10).allSatisfy { $0 == nil })
        #expect(Array(signals[10...17]) == Array(repeating: .trend, count: 8))
        #expect(signals[18] == .beyondLimit)
        #expect(result.points.map(\.pointType) == types("cccccccccc" + "iiiiiiii" + "i"))
        // Lower is better: the same points are concerns.
        let decrease = try chart(values, improvement: .decrease, fixAfter: 12)
        #expect(decrease.points.map(\.pointType) == types("cccccccccc" + "xxxxxxxx" + "x"))
    }

    // Two-of-three outranks a run: baseline, then 1.0, 1.0, 1.0, 1.0, 2.5, 2.5 (with period 12 = 1 that is
    // 7 points above 0.5). The 2.5s are near (two in a window above the mean): two-of-three, not run.
    @Test("Two-of-three outranks a run")
    func twoOfThreeOverRun() throws {
        let result = try chart(alternatingBaseline + [1, 1, 1, 1, 2.5, 2.5], fixAfter: 12)
        #expect(result.points.suffix(7).map(\.signal) == [.run, .run, .run, .run, .run, .twoOfThree, .twoOfThree])
    }

    // Values 0,1 × 5, 0, then 11: mean 16/12 = 1.3333. Moving ranges: ten 1s and |11 - 0| = 11, total 21,
    // mean 21/11 = 1.9091. Screening: 11 ≥ 3.267 × 1.9091 = 6.237, so it is dropped: 10/10 = 1.
    // Upper limit without screening 1.3333 + 2.66 × 1.9091 = 6.4115; with screening 1.3333 + 2.66 = 3.9933.
    @Test("Screening outliers drops large moving ranges once and lowers the limits; the mean is unchanged")
    func screening() throws {
        let values: [Double] = [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 11]
        let plain = try chart(values, screenOutliers: false)
        let screened = try chart(values, screenOutliers: true)
        #expect(isClose(plain.points[0].mean, 16.0 / 12.0))
        #expect(screened.points[0].mean == plain.points[0].mean)
        #expect(isClose(plain.points[0].limits.meanMovingRange, 21.0 / 11.0))
        #expect(screened.points[0].limits.meanMovingRange == 1)
        #expect(isClose(plain.points[0].upperLimit, 16.0 / 12.0 + 2.66 * 21.0 / 11.0))
        #expect(isClose(screened.points[0].upperLimit, 16.0 / 12.0 + 2.66))
        #expect(plain.points[11].signal == .beyondLimit)
        #expect(screened.points[11].signal == .beyondLimit)
    }

    // 5, 6, 5, 6, 5, 6, 5, 6, 5, 11, 5, 6: moving ranges 1 ×8, 6, 6, 1 = 21/11 = 1.909; cut-off 6.237,
    // so the 6s survive (a range is dropped only at 3.267 mean moving ranges or more): screening changes
    // nothing here.
    @Test("Screening keeps moving ranges below the cut-off")
    func screeningKeepsSmallRanges() throws {
        let values: [Double] = [5, 6, 5, 6, 5, 6, 5, 6, 5, 11, 5, 6]
        #expect(try chart(values, screenOutliers: true) == chart(values, screenOutliers: false).withScreening())
    }
}

extension ProcessChart {
    fileprivate func withScreening() -> ProcessChart {
        var copy = self
        copy.options.screenOutliers = true
        return copy
    }
}
