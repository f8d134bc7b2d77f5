/// An XmR (individuals and moving range) chart computed with the NHS "Making Data Count" rules.
///
/// Give the samples in time order; each group (facet) is charted on its own, and a rebase period starts a
/// new segment with its own mean and limits. The computation follows NHSRplotthedots' `ptd_spc`, point for
/// point, including its edge cases (see `NOTES.md`).
///
/// ```swift
/// let chart = try ProcessChart(
///     [.init(period: 1, value: 91.2), .init(period: 2, value: 93.5), .init(period: 3, value: 90.8)],
///     options: .init(improvement: .increase, target: 92)
/// )
/// chart.points[0].pointType   // .commonCause
/// chart.groups[0].assurance   // .inconsistent
/// ```
///
/// Building a chart is O(n) in the number of samples (plus O(n) hashing for grouping and rebasing).
public struct ProcessChart<Period: Hashable & Sendable>: Sendable, Hashable {
    /// The options the chart was built with.
    public var options: Options
    /// One point per sample, in the order the samples were given.
    public var points: [Point]
    /// One summary per group, in the order each group first appears in the samples.
    public var groups: [GroupSummary]

    /// Computes the chart for a series.
    ///
    /// - Parameters:
    ///   - samples: The observations in time order within each group. Groups may be interleaved.
    ///   - options: The improvement direction, target, rebase periods, fixed baseline and screening.
    /// - Throws: ``ProcessControlError`` with code `nonFiniteValue`, `nonFiniteTarget`, `fixAfterTooSmall`,
    ///   `unknownRebasePeriod` or `duplicatePeriod`.
    public init(_ samples: [Sample], options: Options = Options()) throws(ProcessControlError) {
        try Self.validate(samples, options: options)
        self.options = options

        var order: [String?] = []
        var indicesByGroup: [String?: [Int]] = [:]
        for (index, sample) in samples.enumerated() {
            if indicesByGroup[sample.group] == nil {
                order.append(sample.group)
            }
            indicesByGroup[sample.group, default: []].append(index)
        }

        var points = [Point?](repeating: nil, count: samples.count)
        var groups: [GroupSummary] = []
        for group in order {
            let indices = indicesByGroup[group] ?? []
            let summary = Self.chartGroup(group, indices: indices, samples: samples, options: options) {
                points[$0] = $1
            }
            if let summary {
                groups.append(summary)
            }
        }
        self.points = points.compactMap { $0 }
        self.groups = groups
    }

    /// Creates a chart from already computed parts, for decoding or tests.
    ///
    /// - Parameters:
    ///   - options: The options the chart was built with.
    ///   - points: One point per sample.
    ///   - groups: One summary per group.
    public init(options: Options, points: [Point], groups: [GroupSummary]) {
        self.options = options
        self.points = points
        self.groups = groups
    }

    /// The summary of one group.
    ///
    /// - Parameter group: The group's name; `nil` for samples given without a group.
    /// - Returns: The group's summary, or `nil` if the group has no samples.
    public func summary(for group: String?) -> GroupSummary? {
        groups.first { $0.group == group }
    }

    /// The points of one group, in time order.
    ///
    /// O(n) in the number of points.
    ///
    /// - Parameter group: The group's name; `nil` for samples given without a group.
    /// - Returns: The group's points, empty if it has none.
    public func points(in group: String?) -> [Point] {
        points.filter { $0.group == group }
    }

    private static func validate(_ samples: [Sample], options: Options) throws(ProcessControlError) {
        if let fixAfter = options.fixAfter, fixAfter < 12 {
            throw ProcessControlError(
                code: .fixAfterTooSmall,
                message: "fixAfter must be at least 12 points (it was \(fixAfter)).",
                option: "fixAfter"
            )
        }
        if let target = options.target, !target.isFinite {
            throw ProcessControlError(
                code: .nonFiniteTarget,
                message: "The target must be a finite number (it was \(target)).",
                option: "target"
            )
        }
        var seen: [String?: Set<Period>] = [:]
        var allPeriods: Set<Period> = []
        for (index, sample) in samples.enumerated() {
            guard sample.value.isFinite else {
                throw ProcessControlError(
                    code: .nonFiniteValue,
                    message: "Sample values must be finite numbers (this one is \(sample.value)).",
                    sampleIndex: index
                )
            }
            guard seen[sample.group, default: []].insert(sample.period).inserted else {
                throw ProcessControlError(
                    code: .duplicatePeriod,
                    message: "The period \(sample.period) occurs more than once in group \(sample.group ?? "(none)").",
                    sampleIndex: index
                )
            }
            allPeriods.insert(sample.period)
        }
        if let missing = options.rebase.first(where: { !allPeriods.contains($0) }) {
            throw ProcessControlError(
                code: .unknownRebasePeriod,
                message: "The rebase period \(missing) is not a period of the series.",
                option: "rebase"
            )
        }
    }

    private static func chartGroup(
        _ group: String?,
        indices: [Int],
        samples: [Sample],
        options: Options,
        store: (Int, Point) -> Void
    ) -> GroupSummary? {
        guard let firstIndex = indices.first else { return nil }
        // Segment boundaries: a rebase period starts a new segment, except at the group's first point
        // (R's cumsum(rebase) then only renumbers the single segment).
        var starts = [0]
        for (position, index) in indices.enumerated().dropFirst() where options.rebase.contains(samples[index].period) {
            starts.append(position)
        }
        var segments: [Segment] = []
        var lastPoint: Point?
        for (segmentIndex, start) in starts.enumerated() {
            let end = segmentIndex + 1 < starts.count ? starts[segmentIndex + 1] : indices.count
            let segmentIndices = Array(indices[start..<end])
            let values = segmentIndices.map { samples[$0].value }
            let result = SegmentCalculation(values: values, options: options)
            for (offset, index) in segmentIndices.enumerated() {
                let sample = samples[index]
                let point = Point(
                    group: group,
                    period: sample.period,
                    value: sample.value,
                    segment: segmentIndex,
                    limits: result.limits,
                    pointType: result.pointTypes[offset],
                    signal: result.signals[offset]
                )
                store(index, point)
                lastPoint = point
            }
            segments.append(
                Segment(
                    index: segmentIndex,
                    firstPeriod: samples[segmentIndices.first ?? firstIndex].period,
                    lastPeriod: samples[segmentIndices.last ?? firstIndex].period,
                    count: segmentIndices.count,
                    limits: result.limits
                )
            )
        }
        guard let lastPoint else { return nil }
        return GroupSummary(
            group: group,
            segments: segments,
            variation: VariationIcon(lastPoint: lastPoint.pointType, improvement: options.improvement),
            assurance: Self.assurance(limits: lastPoint.limits, options: options)
        )
    }

    /// Assurance as `ptd_calculate_assurance_type`: none without a target or for a neutral measure; strict
    /// comparisons against the last point's limits; missing limits (R's `NA`) fall through to inconsistent.
    private static func assurance(limits: ProcessLimits, options: Options) -> Assurance? {
        guard let target = options.target, options.improvement != .neutral else { return nil }
        let increasing = options.improvement == .increase
        if let upper = limits.upper, target > upper {
            return increasing ? .consistentFail : .consistentPass
        }
        if let lower = limits.lower, target < lower {
            return increasing ? .consistentPass : .consistentFail
        }
        return .inconsistent
    }
}
