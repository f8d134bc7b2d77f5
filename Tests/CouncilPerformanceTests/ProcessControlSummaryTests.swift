import CouncilPerformance
import Testing

@Suite("Assurance, variation icons and groups")
struct SummaryTests {
    // Baseline 0,1,...: mean 0.5, limits 0.5 ± 2.66 = -2.16 and 3.16.
    @Test(
        "Assurance against a target",
        arguments: [
            (ImprovementDirection.increase, 5.0, Assurance.consistentFail),  // target above the upper limit
            (.increase, -3, .consistentPass),  // target below the lower limit
            (.increase, 1, .inconsistent),  // between the limits
            (.increase, 0.5 + 2.66, .inconsistent),  // exactly on the upper limit: comparisons are strict
            (.decrease, 5, .consistentPass),
            (.decrease, -3, .consistentFail),
            (.decrease, 1, .inconsistent),
        ]
    )
    func assurance(improvement: ImprovementDirection, target: Double, expected: Assurance) throws {
        let result = try chart(alternatingBaseline, improvement: improvement, target: target)
        #expect(result.groups[0].assurance == expected)
    }

    @Test("No assurance without a target or for a neutral measure")
    func noAssurance() throws {
        #expect(try chart(alternatingBaseline).groups[0].assurance == nil)
        #expect(try chart(alternatingBaseline, improvement: .neutral, target: 5).groups[0].assurance == nil)
    }

    // Segment 0 (0,1,...: limits -2.16 to 3.16) and segment 1 (10, 11, ...: mean 10.5,
    // limits 7.84 to 13.16). A target of 7 fails against segment 0 (7 > 3.16) but is below segment 1's
    // lower limit (7 < 7.84), so it passes: assurance uses the last segment only.
    @Test("Assurance is judged on the last segment's limits")
    func assuranceUsesLastSegment() throws {
        let values = alternatingBaseline + alternatingBaseline.map { $0 + 10 }
        let result = try chart(values, target: 7, rebase: [13])
        #expect(result.groups[0].limits?.mean == 10.5)
        #expect(result.groups[0].assurance == .consistentPass)
    }

    @Test("The variation icon follows the last point and the improvement direction")
    func variationIcons() throws {
        // Last point 3.5 is beyond the upper limit 3.16 of the fixed baseline.
        let high = alternatingBaseline + [3.5]
        #expect(try chart(high, fixAfter: 12).groups[0].variation == .improvementHigh)
        #expect(try chart(high, improvement: .decrease, fixAfter: 12).groups[0].variation == .concernHigh)
        #expect(try chart(high, improvement: .neutral, fixAfter: 12).groups[0].variation == .neutralHigh)
        let low = alternatingBaseline + [-2.5]
        #expect(try chart(low, fixAfter: 12).groups[0].variation == .concernLow)
        #expect(try chart(low, improvement: .decrease, fixAfter: 12).groups[0].variation == .improvementLow)
        #expect(try chart(low, improvement: .neutral, fixAfter: 12).groups[0].variation == .neutralLow)
        // A special point earlier does not matter: only the last point's type.
        let earlier = alternatingBaseline + [3.5, 0.4]
        #expect(try chart(earlier, fixAfter: 12).groups[0].variation == .commonCause)
    }

    // Group A: 0,1,... (mean 0.5, mean moving range 1); group B: 10,20,... (mean 15, mean moving range 10),
    // interleaved sample by sample with the same periods.
    @Test("Groups are computed independently and points keep the caller's order")
    func groups() throws {
        var samples: [ProcessChart<Int>.Sample] = []
        for (index, value) in alternatingBaseline.enumerated() {
            samples.append(.init(period: index + 1, value: value, group: "A"))
            samples.append(.init(period: index + 1, value: 10 + 10 * value, group: "B"))
        }
        let result = try ProcessChart(samples, options: .init(target: 12))
        #expect(result.groups.map(\.group) == ["A", "B"])
        #expect(result.points.map(\.group) == samples.map(\.group))
        #expect(result.points(in: "A").allSatisfy { $0.mean == 0.5 && $0.limits.meanMovingRange == 1 })
        #expect(result.points(in: "B").allSatisfy { $0.mean == 15 && $0.limits.meanMovingRange == 10 })
        #expect(result.summary(for: "A")?.assurance == .consistentFail)  // 12 > 3.16
        #expect(result.summary(for: "B")?.assurance == .inconsistent)  // -11.6 < 12 < 41.6
        #expect(result.summary(for: nil) == nil)
    }
}
