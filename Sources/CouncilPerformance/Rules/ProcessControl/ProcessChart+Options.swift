extension ProcessChart {
    /// How to compute a chart: the improvement direction, a target, rebasing, fixed limits and screening.
    public struct Options: Sendable, Hashable {
        /// Which direction is improvement; decides improvement versus concern.
        ///
        /// Defaults to ``ImprovementDirection/increase``.
        public var improvement: ImprovementDirection
        /// The target the assurance is judged against, applied to every group; `nil` for none.
        public var target: Double?
        /// Periods at which a new segment, with its own mean and limits, starts (in every group that has them).
        public var rebase: Set<Period>
        /// When set, each segment's mean and limits come from its first `fixAfter` points only (at least 12).
        public var fixAfter: Int?
        /// Whether to drop moving ranges of at least 3.267 mean moving ranges before computing the limits.
        ///
        /// Defaults to `true`, as `ptd_spc(screen_outliers = TRUE)` does.
        public var screenOutliers: Bool

        /// Creates options.
        ///
        /// - Parameters:
        ///   - improvement: Which direction is improvement.
        ///   - target: The target for assurance, if any.
        ///   - rebase: Periods at which a new segment starts.
        ///   - fixAfter: Fix each segment's limits after this many points (at least 12), if set.
        ///   - screenOutliers: Whether to screen moving ranges for outliers.
        public init(
            improvement: ImprovementDirection = .increase,
            target: Double? = nil,
            rebase: Set<Period> = [],
            fixAfter: Int? = nil,
            screenOutliers: Bool = true
        ) {
            self.improvement = improvement
            self.target = target
            self.rebase = rebase
            self.fixAfter = fixAfter
            self.screenOutliers = screenOutliers
        }
    }
}

extension ProcessChart.Options: Codable where Period: Codable {}
