extension ReportDocument {
    /// The statistical process control report: a summary table of every group, then per group its XmR
    /// chart and a table of its points with their limits, types and signals.
    ///
    /// ```swift
    /// let chart = try ProcessChart(samples, options: .init(improvement: .increase, target: 92))
    /// let document = ReportDocument.processControl(chart, title: "A&E within 4 hours") { $0.description }
    /// HTMLRenderer().render(document)   // spc.html, with one inline SVG chart per group
    /// ```
    ///
    /// O(n) in the number of points (per group: O(n) to pick its points).
    ///
    /// - Parameters:
    ///   - chart: The computed chart.
    ///   - title: What is charted, such as the measure's name.
    ///   - subtitle: A line under the title, such as the source file.
    ///   - valueDecimals: Decimals for values, means and limits in the text; full precision stays in the
    ///     cells' plain values.
    ///   - periodLabel: The label of a period.
    /// - Returns: The document, named `spc`.
    public static func processControl<Period>(
        _ chart: ProcessChart<Period>,
        title: String,
        subtitle: String? = nil,
        valueDecimals: Int = 1,
        periodLabel: (Period) -> String
    ) -> ReportDocument {
        let figures = ProcessChartFigure(
            title: title,
            chart: chart,
            group: nil,
            valueDecimals: valueDecimals,
            periodLabel: periodLabel
        )
        let labelled = figures.chart
        let number = { (value: Double?) -> ReportCell in
            guard let value else { return .text("–") }
            return .number(display: XmRChartSVG.fixed(value, decimals: valueDecimals), value: value.description)
        }
        var blocks: [Block] = [.heading("Summary", level: 2), .paragraph(method(labelled, decimals: valueDecimals))]
        let summaryRows = labelled.groups.map { group -> [ReportCell] in
            [
                .text(group.group ?? title), .number(display: "\(group.count)", value: "\(group.count)"),
                number(group.limits?.mean), number(group.limits?.lower), number(group.limits?.upper),
                .status(badge(group.variation)), group.assurance.map { .status(badge($0)) } ?? .text("No target"),
                .text(group.isTooShort ? "Yes" : "No"),
            ]
        }
        blocks.append(
            .table(
                ReportTable(
                    name: "groups",
                    caption: "Variation and assurance, on the limits of each series' latest segment",
                    columns: [
                        ReportTable.Column("Series"), ReportTable.Column("Points", alignment: .trailing),
                        ReportTable.Column("Mean", alignment: .trailing),
                        ReportTable.Column("Lower limit", alignment: .trailing),
                        ReportTable.Column("Upper limit", alignment: .trailing),
                        ReportTable.Column("Variation", alignment: .center),
                        ReportTable.Column("Assurance", alignment: .center),
                        ReportTable.Column("Trial limits", alignment: .center),
                    ],
                    rows: summaryRows
                )
            )
        )
        if labelled.groups.contains(where: \.isTooShort) {
            blocks.append(
                .note(
                    "Trial limits: a segment with fewer than \(ProcessChart<String>.Segment.minimumCount) points gives limits to be confirmed as more data arrive."
                )
            )
        }
        let columns = [
            ReportTable.Column("Period"), ReportTable.Column("Value", alignment: .trailing),
            ReportTable.Column("Mean", alignment: .trailing), ReportTable.Column("Lower limit", alignment: .trailing),
            ReportTable.Column("Upper limit", alignment: .trailing), ReportTable.Column("Point", alignment: .center),
            ReportTable.Column("Rule"),
        ]
        for (index, group) in labelled.groups.enumerated() {
            let name = group.group ?? title
            if labelled.groups.count > 1 || group.group != nil {
                blocks.append(.heading(name, level: 2))
            }
            var figure = figures
            figure.group = group.group
            figure.title = group.group.map { "\(title): \($0)" } ?? title
            blocks.append(.processChart(figure))
            let rows = labelled.points(in: group.group).map { point -> [ReportCell] in
                [
                    .text(point.period), number(point.value), number(point.mean), number(point.lowerLimit),
                    number(point.upperLimit), .status(badge(point.pointType)), .text(point.signal?.label ?? ""),
                ]
            }
            blocks.append(
                .table(
                    ReportTable(
                        name: "points-\(index + 1)",
                        caption: "\(name): each point against its segment's limits",
                        columns: columns,
                        rows: rows
                    )
                )
            )
        }
        return ReportDocument(
            name: "spc",
            title: "Statistical process control: \(title)",
            subtitle: subtitle,
            blocks: blocks
        )
    }

    /// How the chart was computed, in a sentence or two.
    private static func method(_ chart: ProcessChart<String>, decimals: Int) -> String {
        let options = chart.options
        let better =
            switch options.improvement {
            case .increase: "Higher is better."
            case .decrease: "Lower is better."
            case .neutral: "Neither direction is better."
            }
        var text =
            "XmR charts with the NHS Making Data Count rules: process limits at the mean ± 2.66 mean moving ranges; a point is special cause when it lies beyond a limit, is part of a run of 7 on one side of the mean or a trend of 7 rising or falling, or is one of 2 of 3 points near a limit on one side. \(better)"
        if let target = options.target {
            text += " Target: \(XmRChartSVG.fixed(target, decimals: decimals))."
        }
        if let fixAfter = options.fixAfter {
            text += " Limits fixed after the first \(fixAfter) points of each segment."
        }
        if !options.rebase.isEmpty {
            var seen: Set<String> = []
            let periods = chart.points.map(\.period).filter { options.rebase.contains($0) && seen.insert($0).inserted }
            text += " Rebased at \(periods.joined(separator: ", "))."
        }
        text += options.screenOutliers ? " Moving ranges screened for outliers." : " Moving ranges not screened."
        return text
    }

    static func badge(_ type: PointType) -> StatusBadge {
        switch type {
        case .commonCause: StatusBadge(label: "Common cause", code: type.rawValue, tone: .neutral, symbol: "●")
        case .specialCauseImprovement:
            StatusBadge(label: "Improvement", code: type.rawValue, tone: .good, symbol: "■")
        case .specialCauseConcern: StatusBadge(label: "Concern", code: type.rawValue, tone: .bad, symbol: "◆")
        case .specialCauseNeutralHigh:
            StatusBadge(label: "Special cause, high", code: type.rawValue, tone: .neutral, symbol: "▲")
        case .specialCauseNeutralLow:
            StatusBadge(label: "Special cause, low", code: type.rawValue, tone: .neutral, symbol: "▼")
        }
    }

    static func badge(_ variation: VariationIcon) -> StatusBadge {
        let (tone, symbol): (StatusBadge.Tone, String) =
            switch variation {
            case .commonCause: (.neutral, "~")
            case .improvementHigh: (.good, "↑")
            case .improvementLow: (.good, "↓")
            case .concernHigh: (.bad, "↑")
            case .concernLow: (.bad, "↓")
            case .neutralHigh: (.neutral, "↑")
            case .neutralLow: (.neutral, "↓")
            }
        return StatusBadge(label: variation.label, code: variation.rawValue, tone: tone, symbol: symbol)
    }

    static func badge(_ assurance: Assurance) -> StatusBadge {
        switch assurance {
        case .consistentPass: StatusBadge(label: assurance.label, code: assurance.rawValue, tone: .good, symbol: "✓")
        case .consistentFail: StatusBadge(label: assurance.label, code: assurance.rawValue, tone: .bad, symbol: "✗")
        case .inconsistent: StatusBadge(label: assurance.label, code: assurance.rawValue, tone: .caution, symbol: "≈")
        }
    }
}

extension CSVRenderer {
    /// The header of ``render(points:name:periodLabel:)``'s file.
    public static let processControlColumns = [
        "group", "period", "value", "mean", "lower_limit", "upper_limit", "point_type", "assurance", "too_short",
    ]

    /// Every point of a chart as one CSV file, one row per point, for machines.
    ///
    /// Columns: `group` (empty for an ungrouped series), `period`, `value`, `mean`, `lower_limit`,
    /// `upper_limit` (empty when the segment has no limits), `point_type` (``PointType`` raw values such as
    /// `special-cause-improvement`), `assurance` (``Assurance`` raw values, judged per group on the limits of
    /// its last segment, so the same on each of a group's rows; empty without a target or for a neutral
    /// measure) and `too_short` (`true` when the point's segment has fewer than 12 points). Numbers are
    /// Swift's shortest round-trip text of the `Double` (`Double.description`), so reading a cell back gives
    /// the same double: `2000538.9444444445`, `91.0`, `-3.0`, `1e-07`.
    ///
    /// O(n) in the number of points.
    ///
    /// - Parameters:
    ///   - chart: The chart.
    ///   - name: The file's name without `.csv`; `spc` by default.
    ///   - periodLabel: The text of a period.
    /// - Returns: The file.
    public func render<Period>(
        points chart: ProcessChart<Period>,
        name: String = "spc",
        periodLabel: (Period) -> String
    ) -> RenderedFile {
        let writer = CSVWriter(
            options: CSVWriter.Options(
                includeByteOrderMark: includeByteOrderMark,
                lineEnding: .crlf,
                neutralizesFormulas: true
            )
        )
        var groups: [String?: ProcessChart<Period>.GroupSummary] = [:]
        for group in chart.groups { groups[group.group] = group }
        let rows = chart.points.map { point -> [CSVWriter.Cell] in
            let group = groups[point.group]
            let tooShort = group.map {
                $0.segments.indices.contains(point.segment) && $0.segments[point.segment].isTooShort
            }
            return [
                .text(point.group ?? ""), .text(periodLabel(point.period)), .number(point.value.description),
                .number(point.mean.description), .number(point.lowerLimit?.description ?? ""),
                .number(point.upperLimit?.description ?? ""), .text(point.pointType.rawValue),
                .text(group?.assurance?.rawValue ?? ""), .text((tooShort ?? false) ? "true" : "false"),
            ]
        }
        return RenderedFile(
            name: "\(name).csv",
            mediaType: "text/csv; charset=utf-8; header=present",
            bytes: writer.write(header: Self.processControlColumns, rows: rows)
        )
    }
}
