/// The XmR computation for one segment of one group: limits, then the special-cause rules.
///
/// Mirrors NHSRplotthedots `ptd_spc_standard` (limits) and `ptd_calculate_point_type` (rules), which both
/// work per facet and rebase group, so no rule looks across a rebase or into another group.
struct SegmentCalculation {
    /// The segment's centre line and limits.
    var limits: ProcessLimits
    /// One type per value.
    var pointTypes: [PointType]
    /// One signal per value (`nil` for common cause).
    var signals: [SpecialCauseSignal?]

    /// The number of consecutive points a run or a trend needs.
    static let ruleLength = 7

    /// Computes limits and classifications for the values of one segment, in time order.
    ///
    /// O(n).
    init(values: [Double], options: some Sendable & OptionsView) {
        limits = Self.limits(values: values, fixAfter: options.fixAfter, screenOutliers: options.screenOutliers)
        let count = values.count
        let limits = limits
        // Side of the mean: R's sign(y - mean), so a point on the mean is 0 and breaks a run.
        let side = values.map { Self.sign($0 - limits.mean) }
        let beyond = values.map { limits.isBeyondLimit($0) }
        let near = values.map { limits.isNearLimit($0) }
        let inRun = Self.spread(Self.runEnds(side))
        let inTrend = Self.spread(Self.trendEnds(values).map { $0 != 0 })
        let inTwoOfThree = Self.twoOfThree(near: near, side: side)

        var types: [PointType] = []
        var signals: [SpecialCauseSignal?] = []
        types.reserveCapacity(count)
        signals.reserveCapacity(count)
        for index in 0..<count {
            let signal: SpecialCauseSignal?
            let high: Bool
            if beyond[index] {
                signal = .beyondLimit
                high = side[index] == 1
            } else if inTrend[index] {
                signal = .trend
                high = Self.trendDirection(at: index, values: values, inTrend: inTrend) == 1
            } else if inTwoOfThree[index] {
                signal = .twoOfThree
                high = side[index] > 0
            } else if inRun[index] {
                signal = .run
                high = side[index] > 0
            } else {
                signal = nil
                high = false
            }
            signals.append(signal)
            types.append(signal == nil ? .commonCause : Self.pointType(high: high, improvement: options.improvement))
        }
        pointTypes = types
        self.signals = signals
    }

    /// The segment's limits, as `ptd_spc_standard`: baseline = the first `fixAfter` values (all when unset);
    /// mean of the baseline; moving ranges within the baseline; optional screening; mean moving range.
    static func limits(values: [Double], fixAfter: Int?, screenOutliers: Bool) -> ProcessLimits {
        let baseline = values.prefix(fixAfter ?? values.count)
        let mean = RMean.mean(baseline) ?? 0
        var ranges: [Double] = []
        var previous: Double?
        for value in baseline {
            if let previous {
                ranges.append(abs(value - previous))
            }
            previous = value
        }
        var meanRange = RMean.mean(ranges)
        if screenOutliers, let unscreened = meanRange {
            // Kept only when strictly below the cut-off; with a mean moving range of 0 every range is dropped.
            let cutOff = ProcessLimits.screeningFactor * unscreened
            meanRange = RMean.mean(ranges.filter { $0 < cutOff })
        }
        return ProcessLimits(mean: mean, meanMovingRange: meanRange)
    }

    /// `ptd_seven_point_one_side_mean`: true at the 7th and later point of 7 consecutive points on the same
    /// (non-zero) side of the mean.
    static func runEnds(_ side: [Int]) -> [Bool] {
        side.indices.map { index in
            guard index >= ruleLength - 1, side[index] != 0 else { return false }
            return (index - (ruleLength - 1)..<index).allSatisfy { side[$0] == side[index] }
        }
    }

    /// `ptd_seven_point_trend`: `1` (or `-1`) at the last of 7 consecutive points each strictly higher (or
    /// lower) than the one before, so 6 strict increases (decreases); a tie breaks the trend.
    static func trendEnds(_ values: [Double]) -> [Int] {
        values.indices.map { index in
            guard index >= ruleLength - 1 else { return 0 }
            let steps = (index - (ruleLength - 2)...index).map { sign(values[$0] - values[$0 - 1]) }
            if steps.allSatisfy({ $0 == 1 }) { return 1 }
            if steps.allSatisfy({ $0 == -1 }) { return -1 }
            return 0
        }
    }

    /// `ptd_part_of_seven_trend`: a point belongs to a run or trend if it or one of the 6 points after it
    /// ends one.
    static func spread(_ ends: [Bool]) -> [Bool] {
        ends.indices.map { index in
            (index..<min(index + ruleLength, ends.count)).contains { ends[$0] }
        }
    }

    /// `ptd_two_in_three` and `ptd_part_of_two_in_three`: a near point is marked when one of the three
    /// windows of three consecutive points containing it, lying wholly in the segment, has at least two near
    /// points and all three points strictly on the same side of the mean.
    static func twoOfThree(near: [Bool], side: [Int]) -> [Bool] {
        near.indices.map { index in
            guard near[index] else { return false }
            for first in (index - 2)...index where first >= 0 && first + 2 < near.count {
                let window = first...(first + 2)
                let nearCount = window.filter { near[$0] }.count
                let sideSum = window.reduce(0) { $0 + side[$1] }
                if nearCount >= 2 && abs(sideSum) == 3 {
                    return true
                }
            }
            return false
        }
    }

    /// The direction of a trend point, as `ptd_special_cause_type` reads it.
    ///
    /// The step to the next point when that
    /// point is in a trend too, else the step from the previous point. A step of 0 (a tie between two
    /// adjacent trends) reads as decreasing, as R's `ifelse(sdy == 1, "In", "De")` does.
    static func trendDirection(at index: Int, values: [Double], inTrend: [Bool]) -> Int {
        if index + 1 < values.count && inTrend[index] && inTrend[index + 1] {
            return sign(values[index + 1] - values[index]) == 1 ? 1 : -1
        }
        guard index > 0 else { return -1 }
        return sign(values[index] - values[index - 1]) == 1 ? 1 : -1
    }

    static func pointType(high: Bool, improvement: ImprovementDirection) -> PointType {
        switch improvement {
        case .neutral:
            return high ? .specialCauseNeutralHigh : .specialCauseNeutralLow
        case .increase, .decrease:
            return (high ? 1 : -1) * improvement.sign > 0 ? .specialCauseImprovement : .specialCauseConcern
        }
    }

    static func sign(_ value: Double) -> Int {
        value > 0 ? 1 : (value < 0 ? -1 : 0)
    }
}

/// The options the segment calculation reads, so it does not depend on the chart's period type.
protocol OptionsView {
    var improvement: ImprovementDirection { get }
    var fixAfter: Int? { get }
    var screenOutliers: Bool { get }
}

extension ProcessChart.Options: OptionsView {}
