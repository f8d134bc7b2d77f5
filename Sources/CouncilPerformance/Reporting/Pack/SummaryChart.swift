/// A small bar chart that summarises a report for a pack: a bar a category, each with its figure in
/// words and a tone, so the chart reads without colour.
public struct SummaryChart: Sendable, Hashable {
    /// One bar.
    public struct Bar: Sendable, Hashable {
        /// What the bar counts, such as `Green` or `Adult Social Care & Health`.
        public var label: String
        /// Its length, in the chart's unit; negative bars are drawn to the left of zero.
        public var value: ExactDecimal
        /// Its figure as printed beside it, such as `27` or `£-6,697k`.
        public var display: String
        /// Its colour family.
        public var tone: StatusBadge.Tone

        /// Creates a bar.
        ///
        /// - Parameters:
        ///   - label: What it counts.
        ///   - value: Its length.
        ///   - display: Its figure as printed.
        ///   - tone: Its colour family.
        public init(label: String, value: ExactDecimal, display: String, tone: StatusBadge.Tone) {
            self.label = label
            self.value = value
            self.display = display
            self.tone = tone
        }
    }

    /// The chart's title.
    public var title: String
    /// A sentence that says what the chart shows, for readers who cannot see it.
    public var summary: String
    /// The bars, top to bottom.
    public var bars: [Bar]

    /// Creates a chart.
    ///
    /// - Parameters:
    ///   - title: The title.
    ///   - summary: What it shows, in words.
    ///   - bars: The bars.
    public init(title: String, summary: String, bars: [Bar]) {
        self.title = title
        self.summary = summary
        self.bars = bars
    }

    /// The ratings of a dashboard: how many measures are green, amber, red and not rated.
    ///
    /// - Parameters:
    ///   - summary: The dashboard's summary.
    ///   - labels: The council's words for ratings.
    ///   - title: The title.
    /// - Returns: The chart.
    public static func ratings(
        _ summary: PerformanceDashboard.Summary,
        labels: RatingLabels = .standard,
        title: String = "Ratings of the key measures"
    ) -> SummaryChart {
        let counts: [(Rating.Status, Int)] = [
            (.green, summary.green), (.amber, summary.amber), (.red, summary.red),
            (.notRated, summary.measures - summary.rated),
        ]
        let bars = counts.map { status, count in
            let badge = ReportDocument.badge(status, labels: labels)
            return Bar(
                label: badge.label,
                value: ExactDecimal(units: Int64(count) * 1_000_000),
                display: "\(count)",
                tone: badge.tone
            )
        }
        return SummaryChart(title: title, summary: summary.sentence, bars: bars)
    }

    /// The net savings at risk of each portfolio of a Project Status Report, in £000: positive at risk,
    /// negative over-achieving.
    ///
    /// - Parameters:
    ///   - report: The report.
    ///   - title: The title.
    /// - Returns: The chart.
    public static func netAtRisk(
        _ report: ProjectStatusReport,
        title: String = "Net savings at risk by portfolio (£000)"
    ) -> SummaryChart {
        let bars = report.sections.map { section in
            let net = section.totals.netAtRisk(over: report.years)
            // Pence to millionths of a thousand pounds; an amount too large for that scale is drawn at the limit.
            let (units, overflow) = net.pence.multipliedReportingOverflow(by: 10)
            let thousands = ExactDecimal(units: overflow ? (net.pence < 0 ? Int64.min : Int64.max) : units)
            return Bar(
                label: section.portfolio.name,
                value: thousands,
                display: net.formatted(.thousandsTable),
                tone: net > .zero ? .bad : .good
            )
        }
        let total = report.sections.map { $0.totals.netAtRisk(over: report.years) }.sum
        let overall =
            total > .zero
            ? "\(total.formatted(.thousands(decimalPlaces: 0))) net at risk"
            : "\((-total).formatted(.thousands(decimalPlaces: 0))) net over-achieved"
        return SummaryChart(
            title: title,
            summary: "As at \(report.month), \(overall) across \(report.sections.count) "
                + (report.sections.count == 1 ? "portfolio." : "portfolios."),
            bars: bars
        )
    }
}
