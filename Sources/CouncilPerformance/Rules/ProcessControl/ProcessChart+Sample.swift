extension ProcessChart {
    /// One observation: a period, its value and, optionally, the group (facet) it belongs to.
    public struct Sample: Sendable, Hashable {
        /// When the value was observed; unique within a group.
        public var period: Period
        /// The observed value, at full precision; must be finite.
        public var value: Double
        /// The group the value belongs to, charted separately from other groups; `nil` for an ungrouped series.
        public var group: String?

        /// Creates a sample.
        ///
        /// - Parameters:
        ///   - period: When the value was observed.
        ///   - value: The observed value.
        ///   - group: The group the value belongs to, if any.
        public init(period: Period, value: Double, group: String? = nil) {
            self.period = period
            self.value = value
            self.group = group
        }
    }
}

extension ProcessChart.Sample: Codable where Period: Codable {}
