extension DirectionOfTravel {
    /// Where a direction of travel comes from.
    public enum Method: String, Sendable, Hashable, Codable, CaseIterable {
        /// The latest value against the value it is compared with (the previous period, or the same period
        /// last year for cumulative measures), as councils print it. The default.
        case twoPoints = "two-points"
        /// The latest point of an XmR chart of the measure's history (NHS "Making Data Count"): improving or
        /// worsening only when that point is special cause; common-cause variation is ``noChange``.
        case processControl = "spc"
    }

    /// The direction of travel an XmR chart shows at a group's last point.
    ///
    /// A special-cause improvement is ``improving`` and a concern ``worsening``; on a neutral measure, special
    /// cause high is ``increasing`` and low ``decreasing``. A common-cause last point is ``noChange``: the
    /// latest value is within the variation the process has always shown. A group of fewer than two points
    /// has ``noComparison``.
    ///
    /// ```swift
    /// let chart = try ProcessChart(samples, options: .init(improvement: .increase))
    /// DirectionOfTravel(lastPointOf: chart)   // .improving when the last point is special-cause improvement
    /// ```
    ///
    /// - Parameters:
    ///   - chart: The chart.
    ///   - group: The group; `nil` for an ungrouped series.
    public init<Period>(lastPointOf chart: ProcessChart<Period>, group: String? = nil) {
        let points = chart.points(in: group)
        guard points.count >= 2, let last = points.last else {
            self = .noComparison
            return
        }
        switch last.pointType {
        case .commonCause: self = .noChange
        case .specialCauseImprovement: self = .improving
        case .specialCauseConcern: self = .worsening
        case .specialCauseNeutralHigh: self = .increasing
        case .specialCauseNeutralLow: self = .decreasing
        }
    }
}

extension ImprovementDirection {
    /// The improvement direction of a measure's polarity: higher or yes is better, ``increase``; lower is
    /// better, ``decrease``; a contextual measure, ``neutral``.
    ///
    /// - Parameter direction: The measure's polarity.
    public init(_ direction: Direction) {
        switch direction {
        case .higher, .yes: self = .increase
        case .lower: self = .decrease
        case .contextual: self = .neutral
        }
    }
}

extension PerformanceDashboard.Row {
    /// The row's history as an XmR chart, up to its latest value, or `nil` when fewer than two values can
    /// be charted.
    ///
    /// Like is charted with like: only numeric values for periods of the latest value's kind (years,
    /// quarters, terms or months) are charted, and for a cumulative measure only those at the same point
    /// of the year, as its two-point direction of travel compares with the same period last year. A period
    /// reported twice is charted once, with its first value, as the assessment reads it. The improvement
    /// direction follows the measure's polarity, the target is the one in force at the latest period when
    /// it is a figure, and moving ranges are screened for outliers (the NHSRplotthedots default). Values are
    /// converted from exact decimals to the nearest `Double`.
    ///
    /// O(*h*) in the length of the history.
    ///
    /// - Returns: The chart, with periods in time order.
    public func processChart() -> ProcessChart<ReportingPeriod>? {
        guard let latest = assessment.latest?.period else { return nil }
        let cumulative = measure.effectiveTrendRule == .samePeriodLastYear
        var seen: Set<ReportingPeriod> = []
        var samples: [ProcessChart<ReportingPeriod>.Sample] = []
        for observation in history where observation.period <= latest && observation.isRateable {
            guard Self.charts(observation.period, beside: latest, cumulative: cumulative),
                let number = observation.value.comparableNumber, let value = Double(number.description),
                seen.insert(observation.period).inserted
            else { continue }
            samples.append(.init(period: observation.period, value: value))
        }
        guard samples.count >= 2 else { return nil }
        var target: Double? = nil
        if case .value(let figure) = assessment.target { target = Double(figure.description) }
        let options = ProcessChart<ReportingPeriod>.Options(
            improvement: ImprovementDirection(measure.direction),
            target: target
        )
        // The samples are finite, unique and there is no rebase or fixAfter, so the chart cannot fail.
        return try? ProcessChart(samples, options: options)
    }

    /// Whether a period is charted beside the latest: the same kind of period, and for a cumulative
    /// measure the same part of the year.
    private static func charts(_ period: ReportingPeriod, beside latest: ReportingPeriod, cumulative: Bool) -> Bool {
        switch (period.granularity, latest.granularity) {
        case (.year, .year): true
        case (.quarter(let number), .quarter(let latestNumber)),
            (.term(let number), .term(let latestNumber)),
            (.month(let number), .month(let latestNumber)):
            !cumulative || number == latestNumber
        default: false
        }
    }
}
