import CouncilPerformance
import Testing

@Suite("Trend of 7 points")
struct TrendRuleTests {
    // 0,10,0,10 then 1..7 then 0,10,0. Mean 58/14 = 4.1429. Moving ranges 10,10,10,9,1,1,1,1,1,1,7,10,10
    // (total 72, mean 5.538): limits 4.14 ± 14.73, near limits 4.14 ± 9.82, so nothing is near or beyond.
    // Sides: - + - + - - - - + + + - + -: no run longer than 4. The 7 points 1..7 rise 6 times: a trend.
    @Test("Seven points each higher than the one before are a trend, in the trend's direction")
    func trendOfSeven() throws {
        let result = try chart([0, 10, 0, 10, 1, 2, 3, 4, 5, 6, 7, 0, 10, 0])
        #expect(isClose(result.points[0].mean, 58.0 / 14.0))
        #expect(result.points.map(\.pointType) == types("cccciiiiiiiccc"))
        #expect(result.points[4...10].allSatisfy { $0.signal == .trend })
        // Points 1, 2, 3 and 4 are below the mean, yet take the rising trend's direction: improvement.
        #expect(result.points[4].value < result.points[4].mean)
    }

    @Test("A falling trend is a concern when higher is better and an improvement when lower is better")
    func fallingTrend() throws {
        // 10,0,10,0 then 7..1 then 10,0,10: mean 68/14 = 4.857, mean moving range 72/13 = 5.54, nothing near.
        let values: [Double] = [10, 0, 10, 0, 7, 6, 5, 4, 3, 2, 1, 10, 0, 10]
        #expect(try chart(values).points.map(\.pointType) == types("ccccxxxxxxxccc"))
        #expect(try chart(values, improvement: .decrease).points.map(\.pointType) == types("cccciiiiiiiccc"))
        #expect(try chart(values, improvement: .neutral).points.map(\.pointType) == types("cccclllllllccc"))
    }

    // 1..6 (6 points, 5 rises) is not a trend. Mean 61/14 = 4.357, mean moving range 80/13 = 6.15.
    @Test("Six rising points are not a trend")
    func trendOfSix() throws {
        let result = try chart([0, 10, 0, 10, 1, 2, 3, 4, 5, 6, 0, 10, 0, 10])
        #expect(result.points.allSatisfy { $0.pointType == .commonCause })
    }

    // 1,2,3,3,4,5,6,7: eight non-decreasing points, but the tie 3,3 splits them into 1,2,3 and 3..7 (5).
    // Mean 61/14 = 4.357; moving ranges total 62, mean 4.769; near limits 4.357 ± 8.457: none near.
    @Test("A tie breaks a trend")
    func tieBreaksTrend() throws {
        let result = try chart([0, 10, 0, 10, 1, 2, 3, 3, 4, 5, 6, 7, 0, 10])
        #expect(result.points.allSatisfy { $0.pointType == .commonCause })
    }

    // Rising trend 11..17 (periods 5-11), tie 17,17, falling trend 17..11 (periods 12-18).
    // Mean 256/18 = 14.22; moving ranges 30,30,30,19, six 1s, 0, six 1s: 121/17 = 7.118; limits 14.22 ± 18.93
    // (30 is inside); near 14.22 ± 12.62: the 0s and 30s are near but alternate sides, so no two-of-three.
    // The last point of the rising trend is followed by a point of the falling trend, so R takes the step to
    // it, 17 - 17 = 0, and reads 0 as "decreasing" (`ifelse(sdy == 1, "In", "De")`): concern, not improvement.
    @Test("A point between two trends joined by a tie takes R's 'decreasing' reading")
    func trendDirectionQuirk() throws {
        let values: [Double] = [0, 30, 0, 30, 11, 12, 13, 14, 15, 16, 17, 17, 16, 15, 14, 13, 12, 11]
        let result = try chart(values)
        #expect(result.points.map(\.pointType) == types("cccciiiiiixxxxxxxx"))
        #expect(result.points[4...].allSatisfy { $0.signal == .trend })
    }
}
