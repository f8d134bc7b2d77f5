import CouncilPerformance
import Testing

@Suite("Degenerate input and errors")
struct EdgeCaseTests {
    @Test("An empty series has no points and no groups")
    func empty() throws {
        let result = try chart([])
        #expect(result.points.isEmpty)
        #expect(result.groups.isEmpty)
    }

    // One point: no moving range, so no mean moving range and no limits (R: NaN limits). Assurance falls
    // through to inconsistent, as R's case_when does with NA comparisons.
    @Test("A single point has a mean but no limits")
    func onePoint() throws {
        let result = try chart([42], target: 40)
        let point = try #require(result.points.first)
        #expect(point.mean == 42)
        #expect(point.limits.meanMovingRange == nil)
        #expect(point.upperLimit == nil && point.lowerNearLimit == nil)
        #expect(point.pointType == .commonCause)
        #expect(result.groups[0].variation == .commonCause)
        #expect(result.groups[0].assurance == .inconsistent)
        #expect(result.groups[0].isTooShort)
    }

    // All equal, no screening: moving ranges all 0, so the limits collapse onto the mean; every point is on
    // the mean (not beyond, not on a side), so nothing fires.
    @Test("All values equal: mean moving range 0 and limits on the mean")
    func allEqual() throws {
        let result = try chart(Array(repeating: 7, count: 15), target: 8)
        #expect(result.points.allSatisfy { $0.limits.meanMovingRange == 0 && $0.upperLimit == 7 })
        #expect(result.points.allSatisfy { $0.pointType == .commonCause })
        #expect(result.groups[0].assurance == .consistentFail)  // 8 > 7 = upper limit
    }

    // With screening, every moving range of 0 is not below 3.267 × 0, so all are dropped (as in R) and the
    // mean moving range is undefined: no limits.
    @Test("All values equal with screening: no limits, as in R")
    func allEqualScreened() throws {
        let result = try chart(Array(repeating: 7, count: 15), screenOutliers: true)
        #expect(result.points.allSatisfy { $0.limits.meanMovingRange == nil })
        #expect(result.points.allSatisfy { $0.pointType == .commonCause })
    }

    // Fixed after 12 equal values with screening: no limits, yet a later run of 7 above the mean (and a
    // trend) is still found, as in R where NA limits only silence the limit rules.
    @Test("Without limits, runs and trends still fire")
    func rulesWithoutLimits() throws {
        let values = Array(repeating: 7.0, count: 12) + [8, 9, 10, 11, 12, 13, 14]
        let result = try chart(values, fixAfter: 12, screenOutliers: true)
        #expect(result.points[12].limits.meanMovingRange == nil)
        // Period 12 (7, on the mean) starts the rising trend 7, 8, ..., 14.
        #expect(result.points.suffix(8).allSatisfy { $0.signal == .trend })
    }

    @Test("Non-finite values are refused with the sample's index", arguments: [Double.nan, .infinity, -.infinity])
    func nonFinite(value: Double) {
        #expect {
            try chart([1, 2, value])
        } throws: { error in
            let error = error as? ProcessControlError
            return error?.code == .nonFiniteValue && error?.sampleIndex == 2
        }
    }

    @Test("fixAfter below 12 is refused; 12 is accepted")
    func fixAfterValidation() throws {
        #expect {
            try chart(alternatingBaseline, fixAfter: 11)
        } throws: { error in
            let error = error as? ProcessControlError
            return error?.code == .fixAfterTooSmall && error?.option == "fixAfter"
        }
        _ = try chart(alternatingBaseline, fixAfter: 12)
    }

    @Test("A rebase period that is not in the series is refused")
    func unknownRebase() {
        #expect {
            try chart([1, 2, 3], rebase: [9])
        } throws: { error in
            let error = error as? ProcessControlError
            return error?.code == .unknownRebasePeriod && error?.option == "rebase"
        }
    }

    @Test("A period repeated within a group is refused; across groups it is fine")
    func duplicatePeriod() throws {
        #expect {
            try ProcessChart<Int>([.init(period: 1, value: 1), .init(period: 1, value: 2)])
        } throws: { error in
            let error = error as? ProcessControlError
            return error?.code == .duplicatePeriod && error?.sampleIndex == 1
        }
        _ = try ProcessChart<Int>([.init(period: 1, value: 1, group: "A"), .init(period: 1, value: 2, group: "B")])
    }

    @Test("A non-finite target is refused")
    func nonFiniteTarget() {
        #expect(throws: ProcessControlError.self) {
            try chart([1, 2], target: .nan)
        }
    }

    @Test("Error descriptions name the location")
    func errorDescription() {
        let error = ProcessControlError(code: .nonFiniteValue, message: "Bad.", sampleIndex: 3)
        #expect(error.description == "non-finite-value at sample 3: Bad.")
    }

    @Test("Raw values are the documented strings")
    func rawValues() {
        #expect(
            PointType.allCases.map(\.rawValue) == [
                "common-cause", "special-cause-improvement", "special-cause-concern", "special-cause-neutral-high",
                "special-cause-neutral-low",
            ]
        )
        #expect(Assurance.allCases.map(\.rawValue) == ["consistent-pass", "consistent-fail", "inconsistent"])
    }
}
