/// An XmR chart in a document: one group of a ``ProcessChart`` with its periods already labelled.
///
/// HTML draws it as an inline SVG (``XmRChartSVG``); text formats print ``summary``, the same words the
/// drawing gives screen readers.
///
/// ```swift
/// let figure = ProcessChartFigure(title: "Calls answered", chart: chart, group: nil) { $0.description }
/// figure.summary   // "36 points from Apr 2016 to Mar 2019. Latest mean 91.4, ..."
/// ```
public struct ProcessChartFigure: Sendable, Hashable {
    /// The chart's title, drawn above it.
    public var title: String
    /// The chart, its periods replaced by their labels.
    public var chart: ProcessChart<String>
    /// The group drawn; `nil` for an ungrouped series.
    public var group: String?
    /// Decimals for values in the drawing's labels.
    public var valueDecimals: Int

    /// Creates a figure from a chart whose periods are already labels.
    ///
    /// - Parameters:
    ///   - title: The title.
    ///   - chart: The chart.
    ///   - group: The group to draw.
    ///   - valueDecimals: Decimals for values in labels; 1 by default.
    public init(title: String, chart: ProcessChart<String>, group: String?, valueDecimals: Int = 1) {
        self.title = title
        self.chart = chart
        self.group = group
        self.valueDecimals = valueDecimals
    }

    /// Creates a figure from any chart, labelling its periods.
    ///
    /// O(n) in the number of points.
    ///
    /// - Parameters:
    ///   - title: The title.
    ///   - chart: The chart.
    ///   - group: The group to draw.
    ///   - valueDecimals: Decimals for values in labels; 1 by default.
    ///   - periodLabel: The label of a period; labels must be distinct for distinct periods.
    public init<Period>(
        title: String,
        chart: ProcessChart<Period>,
        group: String?,
        valueDecimals: Int = 1,
        periodLabel: (Period) -> String
    ) {
        let labelled = ProcessChart<String>(
            options: .init(
                improvement: chart.options.improvement,
                target: chart.options.target,
                rebase: Set(chart.options.rebase.map(periodLabel)),
                fixAfter: chart.options.fixAfter,
                screenOutliers: chart.options.screenOutliers
            ),
            points: chart.points.map {
                .init(
                    group: $0.group,
                    period: periodLabel($0.period),
                    value: $0.value,
                    segment: $0.segment,
                    limits: $0.limits,
                    pointType: $0.pointType,
                    signal: $0.signal
                )
            },
            groups: chart.groups.map { summary in
                .init(
                    group: summary.group,
                    segments: summary.segments.map {
                        .init(
                            index: $0.index,
                            firstPeriod: periodLabel($0.firstPeriod),
                            lastPeriod: periodLabel($0.lastPeriod),
                            count: $0.count,
                            limits: $0.limits
                        )
                    },
                    variation: summary.variation,
                    assurance: summary.assurance
                )
            }
        )
        self.init(title: title, chart: labelled, group: group, valueDecimals: valueDecimals)
    }

    /// The chart in words: points, latest mean and limits, special-cause points, variation, assurance.
    public var summary: String {
        XmRChartSVG(valueDecimals: valueDecimals).summary(of: chart, group: group) { $0 }
    }

    /// The chart as an inline SVG whose element identifiers start with `identifier`.
    ///
    /// - Parameter identifier: A prefix unique within the page, such as `chart-3`.
    /// - Returns: The `<svg>` element.
    public func svg(identifier: String) -> String {
        XmRChartSVG(valueDecimals: valueDecimals, identifier: identifier).render(chart, group: group, title: title) {
            $0
        }
    }
}
