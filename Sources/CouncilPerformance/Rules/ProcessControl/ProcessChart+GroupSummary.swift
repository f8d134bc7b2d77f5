extension ProcessChart {
    /// The chart-level results for one group: its segments, variation icon and assurance.
    public struct GroupSummary: Sendable, Hashable {
        /// The group's name; `nil` for an ungrouped series.
        public var group: String?
        /// The group's segments in time order; never empty.
        public var segments: [Segment]
        /// The variation icon, from the type of the group's last point.
        public var variation: VariationIcon
        /// Whether the target will be met, judged on the last segment's limits; `nil` without a target or for
        /// a neutral measure.
        public var assurance: Assurance?

        /// Creates a group summary.
        ///
        /// - Parameters:
        ///   - group: The group's name.
        ///   - segments: The group's segments in time order.
        ///   - variation: The variation icon.
        ///   - assurance: The assurance against the target, if judged.
        public init(group: String?, segments: [Segment], variation: VariationIcon, assurance: Assurance?) {
            self.group = group
            self.segments = segments
            self.variation = variation
            self.assurance = assurance
        }

        /// The last segment's centre line and limits (the ones a new point would be judged against), or `nil`
        /// if there are no segments.
        public var limits: ProcessLimits? { segments.last?.limits }

        /// Whether any segment has fewer than 12 points, the condition on which NHSRplotthedots warns that
        /// "some groups have n < 12 observations" and that their limits are trial limits.
        public var isTooShort: Bool { segments.contains { $0.isTooShort } }

        /// The number of points in the group.
        public var count: Int { segments.reduce(0) { $0 + $1.count } }
    }
}

extension ProcessChart.GroupSummary: Codable where Period: Codable {}
