import CouncilPerformance
import Testing

@Suite("Rebasing, fixed limits and short series")
struct SegmentTests {
    // Segment 0: 1,3,1,3,1,3: mean 2, moving ranges five 2s, mean 2, limits 2 ± 5.32.
    // Segment 1 (rebase at period 7): 11,13,11,13,11,13: mean 12, limits 12 ± 5.32.
    // Without the rebase: mean 7, moving ranges five 2s, 8, five 2s = 28/11 = 2.545; near limits
    // 7 ± 4.514 = 2.486 and 11.514: the 1s and 13s are near, and windows such as (1, 3, 1) are all below the
    // mean with two near points, so two-of-three fires. With the rebase nothing fires.
    @Test("A rebase starts a segment with its own mean and limits")
    func rebase() throws {
        let values: [Double] = [1, 3, 1, 3, 1, 3, 11, 13, 11, 13, 11, 13]
        let split = try chart(values, rebase: [7])
        #expect(split.points.map(\.segment) == [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1])
        #expect(split.points[0].mean == 2)
        #expect(split.points[0].limits.meanMovingRange == 2)
        #expect(split.points[6].mean == 12)
        #expect(split.points[6].limits.meanMovingRange == 2)
        #expect(isClose(split.points[6].upperLimit, 12 + 5.32))
        #expect(split.points.allSatisfy { $0.pointType == .commonCause })
        let summary = try #require(split.groups.first)
        #expect(summary.segments.map(\.count) == [6, 6])
        #expect(summary.segments.map(\.firstPeriod) == [1, 7])
        #expect(summary.limits?.mean == 12)
        #expect(summary.isTooShort)

        let joined = try chart(values)
        #expect(joined.points[0].mean == 7)
        #expect(isClose(joined.points[0].limits.meanMovingRange, 28.0 / 11.0))
        #expect(joined.points.contains { $0.signal == .twoOfThree })
    }

    @Test("A rebase at the first period does not create an empty segment")
    func rebaseAtStart() throws {
        let result = try chart([1, 2, 3], rebase: [1])
        #expect(result.groups[0].segments.count == 1)
        #expect(result.points.allSatisfy { $0.segment == 0 })
    }

    // fixAfter 12 on 20 points: baseline 0,1,... (mean 0.5, mean moving range 1, limits -2.16 / 3.16);
    // later points 5, then seven 0.6s. If all 20 were used the mean would be (6 + 5 + 4.2)/20 = 0.76.
    // 5 is beyond 3.16; periods 12-20 (1, 5, 0.6 × 7) are 9 points above 0.5: a run (5 shows as beyond).
    @Test("Fixed limits come from the first 12 points and judge the rest")
    func fixedLimits() throws {
        let values = alternatingBaseline + [5, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6]
        let result = try chart(values, fixAfter: 12)
        #expect(result.points.count == 20)
        #expect(result.points.allSatisfy { $0.mean == 0.5 && $0.limits.meanMovingRange == 1 })
        #expect(result.points.map(\.pointType) == types("ccccccccccc" + "iiiiiiiii"))
        #expect(result.points[12].signal == .beyondLimit)
        #expect(result.points[11].signal == .run)
        #expect(result.points[19].signal == .run)
        let unfixed = try chart(values)
        #expect(isClose(unfixed.points[0].mean, 0.76))
    }

    @Test("fixAfter longer than a segment uses the whole segment")
    func fixAfterLongerThanSeries() throws {
        #expect(try chart(alternatingBaseline, fixAfter: 50) == chart(alternatingBaseline).withFixAfter(50))
    }

    // 11 points: 5,6 × 5 and 20. Mean 75/11 = 6.818; moving ranges nine 1s and 14: 23/10 = 2.3;
    // upper limit 6.818 + 6.118 = 12.936, so 20 is beyond. As in R, a short series is only flagged: its
    // points are still classified and assurance is still given (target 4 lies inside 0.70 to 12.94).
    @Test("A series of 11 points is flagged too short but still judged")
    func shortSeries() throws {
        let values: [Double] = [5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 20]
        let result = try chart(values, target: 4)
        let summary = try #require(result.groups.first)
        #expect(summary.isTooShort)
        #expect(summary.segments[0].isTooShort)
        #expect(isClose(result.points[0].mean, 75.0 / 11.0))
        #expect(isClose(result.points[0].limits.meanMovingRange, 2.3))
        #expect(result.points[10].pointType == .specialCauseImprovement)
        #expect(summary.variation == .improvementHigh)
        #expect(summary.assurance == .inconsistent)
        // Twelve points are enough.
        #expect(try chart(values + [6]).groups[0].isTooShort == false)
    }
}

extension ProcessChart {
    fileprivate func withFixAfter(_ fixAfter: Int) -> ProcessChart {
        var copy = self
        copy.options.fixAfter = fixAfter
        return copy
    }
}
