import CouncilPerformance
import Testing

@Suite("Run of 7 on one side of the mean")
struct RunRuleTests {
    // Mean: (1+2+1+2+1+2+1) + (-2-3+0-2-3+0+0) = 10 - 10 = 0 over 14 points, exactly 0.
    // Moving ranges: six 1s, then |-2-1| = 3, 1, 3, 2, 1, 3, 0: total 19, mean moving range 19/13 = 1.4615.
    // Limits ±2.66 × 1.4615 = ±3.888; near ±1.7733 × 1.4615 = ±2.592. The -3s are near the lower limit, but
    // every window of three around them holds a 0 (on the mean), so two-of-three never fires.
    @Test("Exactly 7 points above the mean are a run")
    func runOfSeven() throws {
        let result = try chart([1, 2, 1, 2, 1, 2, 1, -2, -3, 0, -2, -3, 0, 0])
        #expect(result.points[0].mean == 0)
        #expect(isClose(result.points[0].limits.meanMovingRange, 19.0 / 13.0))
        #expect(result.points.map(\.pointType) == types("iiiiiiiccccccc"))
        #expect(result.points.prefix(7).allSatisfy { $0.signal == .run })
        #expect(result.points.dropFirst(7).allSatisfy { $0.signal == nil })
    }

    // Same shape with the 7th point on the mean: first seven sum to 9, the rest to -9, mean 0.
    // Moving ranges 1,1,1,1,1,2,2,1,3,1,2,3,0: total 19 again. Only 6 points above before the 0.
    @Test("Exactly 6 points above the mean are not a run")
    func runOfSix() throws {
        let result = try chart([1, 2, 1, 2, 1, 2, 0, -2, -3, 0, -1, -3, 0, 0])
        #expect(result.points[0].mean == 0)
        #expect(result.points.allSatisfy { $0.pointType == .commonCause })
    }

    // Seven points above the mean but the 4th of eight is exactly on it (0): runs of 3 and 4 only.
    // Mean (10 - 10) / 14 = 0; moving ranges total 21, mean moving range 1.615; near limits ±2.864.
    @Test("A point on the mean breaks a run")
    func pointOnMeanBreaksRun() throws {
        let result = try chart([1, 2, 1, 0, 2, 1, 2, 1, -2, -3, 0, -2, -3, 0])
        #expect(result.points[3].mean == 0)
        #expect(isClose(result.points[0].limits.meanMovingRange, 21.0 / 13.0))
        #expect(result.points.allSatisfy { $0.pointType == .commonCause })
    }

    // Without a rebase: mean (60 + 81) / 14 = 10.07; moving ranges six 20s, 12, six 1s = 138/13 = 10.6, so
    // the limits (±28.2) and near limits (±18.8) are far away and the last 7 points (11s and 12s) are a run.
    // With a rebase at period 11 the run is split 3 + 4: segment 0 (periods 1-10) has mean 95/10 = 9.5 and
    // segment 1 (11, 12, 11, 12) mean 11.5, about which its points alternate. A run never crosses a rebase.
    @Test("A run does not continue across a rebase")
    func runStopsAtRebase() throws {
        let values: [Double] = [0, 20, 0, 20, 0, 20, 0, 12, 11, 12, 11, 12, 11, 12]
        let joined = try chart(values)
        #expect(joined.points.map(\.pointType) == types("ccccccciiiiiii"))
        #expect(joined.points.suffix(7).allSatisfy { $0.signal == .run })
        let split = try chart(values, rebase: [11])
        #expect(split.points.allSatisfy { $0.pointType == .commonCause })
        #expect(split.points[9].mean == 9.5)
        #expect(split.points[10].mean == 11.5)
        #expect(split.points.map(\.segment) == Array(repeating: 0, count: 10) + Array(repeating: 1, count: 4))
    }
}
