extension ProcessChart {
    /// One charted observation with the limits it was judged against and its classification.
    public struct Point: Sendable, Hashable {
        /// The group the point belongs to; `nil` for an ungrouped series.
        public var group: String?
        /// When the value was observed.
        public var period: Period
        /// The observed value.
        public var value: Double
        /// The index of the point's segment within its group, counting from 0; a rebase starts the next one.
        public var segment: Int
        /// The centre line and limits of the point's segment.
        public var limits: ProcessLimits
        /// How the point is classified.
        public var pointType: PointType
        /// The rule that made the point special cause, or `nil` for a common-cause point.
        public var signal: SpecialCauseSignal?

        /// Creates a point.
        ///
        /// - Parameters:
        ///   - group: The group the point belongs to.
        ///   - period: When the value was observed.
        ///   - value: The observed value.
        ///   - segment: The index of the point's segment within its group.
        ///   - limits: The centre line and limits of the point's segment.
        ///   - pointType: How the point is classified.
        ///   - signal: The rule that made the point special cause, if any.
        public init(
            group: String?,
            period: Period,
            value: Double,
            segment: Int,
            limits: ProcessLimits,
            pointType: PointType,
            signal: SpecialCauseSignal?
        ) {
            self.group = group
            self.period = period
            self.value = value
            self.segment = segment
            self.limits = limits
            self.pointType = pointType
            self.signal = signal
        }

        /// The segment's mean (the centre line).
        public var mean: Double { limits.mean }
        /// The lower process limit, or `nil` when the segment has no mean moving range.
        public var lowerLimit: Double? { limits.lower }
        /// The upper process limit, or `nil` when the segment has no mean moving range.
        public var upperLimit: Double? { limits.upper }
        /// The lower near limit (two thirds of the way to the lower limit), or `nil` without limits.
        public var lowerNearLimit: Double? { limits.lowerNear }
        /// The upper near limit (two thirds of the way to the upper limit), or `nil` without limits.
        public var upperNearLimit: Double? { limits.upperNear }
    }
}

extension ProcessChart.Point: Codable where Period: Codable {}
