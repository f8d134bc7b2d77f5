/// The centre line and process limits of one segment of an XmR chart.
///
/// Stores the two figures everything else follows from, the mean and the mean moving range, and derives the
/// limits exactly as NHSRplotthedots does (`R/ptd_spc_standard.R`): `mean ± 2.66 × mean moving range` for the
/// process limits and `mean ± 2 × (2.66 / 3) × mean moving range` for the near ("two thirds") limits.
///
/// The mean moving range is `nil` when a segment has no moving range to average: a segment of one point, or
/// (with outlier screening) a segment whose baseline values are all equal, because every moving range of 0
/// is then not below `3.267 × 0` and is screened out, as in R. Without a mean moving range there are no
/// limits, and no point can be beyond a limit or near one.
public struct ProcessLimits: Sendable, Hashable, Codable {
    /// The multiplier of the mean moving range for the process limits.
    public static let limitFactor = 2.66
    /// The multiplier for the near limits, two thirds of ``limitFactor`` (computed as R does, `2 * (2.66 / 3)`).
    public static let nearLimitFactor = 2 * (limitFactor / 3)
    /// Moving ranges of at least this many mean moving ranges are dropped when screening outliers.
    public static let screeningFactor = 3.267

    /// The centre line: the mean of the segment's baseline values.
    public var mean: Double
    /// The mean of the baseline moving ranges (after screening), or `nil` when there is none.
    public var meanMovingRange: Double?

    /// Creates limits from a mean and a mean moving range.
    ///
    /// - Parameters:
    ///   - mean: The centre line.
    ///   - meanMovingRange: The mean moving range, or `nil` when there is none.
    public init(mean: Double, meanMovingRange: Double?) {
        self.mean = mean
        self.meanMovingRange = meanMovingRange
    }

    /// The lower process limit, `mean - 2.66 × mean moving range`.
    public var lower: Double? { meanMovingRange.map { mean - Self.limitFactor * $0 } }
    /// The upper process limit, `mean + 2.66 × mean moving range`.
    public var upper: Double? { meanMovingRange.map { mean + Self.limitFactor * $0 } }
    /// The lower near limit, two thirds of the way from the mean to the lower process limit.
    public var lowerNear: Double? { meanMovingRange.map { mean - Self.nearLimitFactor * $0 } }
    /// The upper near limit, two thirds of the way from the mean to the upper process limit.
    public var upperNear: Double? { meanMovingRange.map { mean + Self.nearLimitFactor * $0 } }

    /// Whether a value is strictly beyond a process limit (a value exactly on a limit is not).
    func isBeyondLimit(_ value: Double) -> Bool {
        guard let lower, let upper else { return false }
        return value > upper || value < lower
    }

    /// Whether a value is strictly beyond a near limit but not beyond the process limit.
    func isNearLimit(_ value: Double) -> Bool {
        guard let lowerNear, let upperNear, !isBeyondLimit(value) else { return false }
        return value < lowerNear || value > upperNear
    }
}
