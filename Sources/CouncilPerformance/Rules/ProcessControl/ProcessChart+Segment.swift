extension ProcessChart {
    /// A run of a group's points between rebases, sharing one mean and one set of limits.
    public struct Segment: Sendable, Hashable {
        /// Segments with fewer points than this are flagged as too short, like NHSRplotthedots'
        /// `short_group_warning` (its documented threshold of 12).
        public static var minimumCount: Int { 12 }

        /// The segment's index within its group, counting from 0.
        public var index: Int
        /// The period of the segment's first point (a rebase period, except for the first segment).
        public var firstPeriod: Period
        /// The period of the segment's last point.
        public var lastPeriod: Period
        /// How many points the segment has.
        public var count: Int
        /// The segment's centre line and limits.
        public var limits: ProcessLimits

        /// Creates a segment.
        ///
        /// - Parameters:
        ///   - index: The segment's index within its group.
        ///   - firstPeriod: The period of its first point.
        ///   - lastPeriod: The period of its last point.
        ///   - count: How many points it has.
        ///   - limits: Its centre line and limits.
        public init(index: Int, firstPeriod: Period, lastPeriod: Period, count: Int, limits: ProcessLimits) {
            self.index = index
            self.firstPeriod = firstPeriod
            self.lastPeriod = lastPeriod
            self.count = count
            self.limits = limits
        }

        /// Whether the segment has fewer than ``minimumCount`` points, so its limits are trial limits.
        ///
        /// This is a warning only, as in R: the segment's points are still classified and the assurance is
        /// still judged on them.
        public var isTooShort: Bool { count < Self.minimumCount }
    }
}

extension ProcessChart.Segment: Codable where Period: Codable {}
