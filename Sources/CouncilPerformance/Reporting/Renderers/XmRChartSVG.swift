/// Renders one group of a ``ProcessChart`` as a self-contained, accessible inline SVG.
///
/// The drawing has a `<title>` and a `<desc>` (referenced by `aria-labelledby`), draws each segment's mean as a
/// solid line and its process limits as dashed lines, the target as a dash-dot line with a text label, and
/// each point with a colour *and* a shape by type (circle: common cause; square: improvement; diamond:
/// concern; triangle up or down: neutral high or low), with a legend. The variation and assurance icons are
/// badges with text. All text is XML-escaped, and numbers are written with a fixed number of decimals, so the
/// same chart always renders to the same string.
///
/// ```swift
/// let svg = XmRChartSVG().render(chart, group: nil, title: "Calls answered") { "Month \($0)" }
/// ```
public struct XmRChartSVG: Sendable, Hashable {
    /// The drawing's width in user units.
    public var width: Double
    /// The drawing's height in user units.
    public var height: Double
    /// Decimals used for values in labels and descriptions.
    public var valueDecimals: Int
    /// The most period labels drawn along the x axis; the rest are skipped evenly.
    public var maximumPeriodLabels: Int
    /// The prefix of the drawing's element identifiers (`<prefix>-title`, `<prefix>-desc`); give each chart
    /// on one page its own, so that `aria-labelledby` finds the right title.
    public var identifier: String

    /// Creates a renderer.
    ///
    /// - Parameters:
    ///   - width: The drawing's width.
    ///   - height: The drawing's height.
    ///   - valueDecimals: Decimals for values in labels (0 to 6).
    ///   - maximumPeriodLabels: The most x-axis labels to draw (at least 2).
    ///   - identifier: The prefix of the element identifiers; `xmr` by default.
    public init(
        width: Double = 720,
        height: Double = 400,
        valueDecimals: Int = 1,
        maximumPeriodLabels: Int = 12,
        identifier: String = "xmr"
    ) {
        self.width = width
        self.height = height
        self.valueDecimals = valueDecimals
        self.maximumPeriodLabels = maximumPeriodLabels
        self.identifier = identifier
    }

    /// The chart in words, as the drawing's `<desc>` gives it: the points, the latest mean and limits,
    /// segments, special-cause points, the variation and assurance, and a warning for trial limits.
    ///
    /// Formats without pictures print this in place of the chart. O(n) in the number of points.
    ///
    /// - Parameters:
    ///   - chart: The computed chart.
    ///   - group: The group to describe; `nil` for an ungrouped series.
    ///   - periodLabel: Text for a period.
    /// - Returns: A few sentences, or `No data points.` when the group has none.
    public func summary<Period>(
        of chart: ProcessChart<Period>,
        group: String?,
        periodLabel: (Period) -> String
    ) -> String {
        describe(chart.points(in: group), summary: chart.summary(for: group), chart: chart, periodLabel)
    }

    /// The SVG for one group of a chart.
    ///
    /// O(n) in the number of points.
    ///
    /// - Parameters:
    ///   - chart: The computed chart.
    ///   - group: The group to draw; `nil` for an ungrouped series.
    ///   - title: The chart's title, used for the `<title>` element and the visible heading.
    ///   - periodLabel: Text for a period on the x axis and in point tooltips.
    /// - Returns: The SVG document fragment (an `<svg>` element); an empty chart with a note if the group has
    ///   no points.
    public func render<Period>(
        _ chart: ProcessChart<Period>,
        group: String?,
        title: String,
        periodLabel: (Period) -> String
    ) -> String {
        var drawing = Drawing(renderer: self)
        let points = chart.points(in: group)
        let summary = chart.summary(for: group)
        drawing.open(title: title, description: describe(points, summary: summary, chart: chart, periodLabel))
        if points.isEmpty {
            drawing.text("No data", x: width / 2, y: height / 2, anchor: "middle", className: "empty")
        } else {
            let scale = Scale(renderer: self, points: points, target: chart.options.target)
            drawAxes(&drawing, scale: scale, points: points, periodLabel: periodLabel)
            drawLimits(&drawing, scale: scale, points: points)
            if let target = chart.options.target {
                let y = scale.y(target)
                drawing.line(x1: scale.left, y1: y, x2: scale.right, y2: y, className: "target", dash: "8 3 2 3")
                drawing.text(
                    "Target \(format(target, valueDecimals))",
                    x: scale.right - 4,
                    y: y - 4,
                    anchor: "end",
                    className: "target-label"
                )
            }
            drawPoints(&drawing, scale: scale, points: points, periodLabel: periodLabel)
            drawLegend(&drawing, hasTarget: chart.options.target != nil)
        }
        if let summary {
            drawBadges(&drawing, summary: summary)
        }
        drawing.close()
        return drawing.output
    }

    /// A number with exactly `decimals` decimals (0 to 6), rounded half away from zero, as the drawing
    /// writes values; for reports that print the chart's figures beside it.
    package static func fixed(_ value: Double, decimals: Int) -> String {
        format(value, decimals)
    }

    private func describe<Period>(
        _ points: [ProcessChart<Period>.Point],
        summary: ProcessChart<Period>.GroupSummary?,
        chart: ProcessChart<Period>,
        _ periodLabel: (Period) -> String
    ) -> String {
        guard let first = points.first, let last = points.last, let summary else {
            return "No data points."
        }
        var parts = ["\(points.count) points from \(periodLabel(first.period)) to \(periodLabel(last.period))."]
        if let limits = summary.limits {
            var sentence = "Latest mean \(format(limits.mean, valueDecimals))"
            if let lower = limits.lower, let upper = limits.upper {
                sentence += ", process limits \(format(lower, valueDecimals)) to \(format(upper, valueDecimals))"
            }
            parts.append(sentence + ".")
        }
        if summary.segments.count > 1 {
            parts.append("\(summary.segments.count) segments after rebasing.")
        }
        let special = points.filter { $0.pointType.isSpecialCause }.count
        parts.append("\(special) special-cause points.")
        parts.append("Variation: \(summary.variation.label).")
        if let assurance = summary.assurance {
            parts.append("Assurance: \(assurance.label).")
        }
        if summary.isTooShort {
            parts.append("Fewer than 12 points in a segment: trial limits.")
        }
        return parts.joined(separator: " ")
    }

    private func drawAxes<Period>(
        _ drawing: inout Drawing,
        scale: Scale,
        points: [ProcessChart<Period>.Point],
        periodLabel: (Period) -> String
    ) {
        drawing.line(x1: scale.left, y1: scale.bottom, x2: scale.right, y2: scale.bottom, className: "axis", dash: nil)
        drawing.line(x1: scale.left, y1: scale.top, x2: scale.left, y2: scale.bottom, className: "axis", dash: nil)
        let ticks = 5
        for tick in 0...ticks {
            let value = scale.minimum + (scale.maximum - scale.minimum) * Double(tick) / Double(ticks)
            let y = scale.y(value)
            drawing.line(x1: scale.left - 4, y1: y, x2: scale.left, y2: y, className: "tick", dash: nil)
            drawing.text(format(value, valueDecimals), x: scale.left - 6, y: y + 4, anchor: "end", className: "y-label")
        }
        // Labels are placed at an even step, and any label that would touch the one before it is
        // skipped; the last period is always labelled, replacing the label before it if they collide.
        let step = max(1, (points.count + max(2, maximumPeriodLabels) - 1) / max(2, maximumPeriodLabels))
        var chosen: [(index: Int, label: String)] = []
        let candidates = points.indices.filter { $0 % step == 0 || $0 == points.count - 1 }
        for index in candidates {
            let label = periodLabel(points[index].period)
            while let previous = chosen.last,
                scale.x(index) - scale.x(previous.index) < (labelWidth(previous.label) + labelWidth(label)) / 2 + 8
            {
                guard index == points.count - 1 else { break }
                chosen.removeLast()
            }
            if let previous = chosen.last,
                scale.x(index) - scale.x(previous.index) < (labelWidth(previous.label) + labelWidth(label)) / 2 + 8
            {
                continue
            }
            chosen.append((index, label))
        }
        for (index, label) in chosen {
            drawing.text(label, x: scale.x(index), y: scale.bottom + 16, anchor: "middle", className: "x-label")
        }
    }

    /// A generous estimate of a label's width at the drawing's 11-unit font.
    private func labelWidth(_ text: String) -> Double {
        Double(text.count) * 6.2
    }

    private func drawLimits<Period>(_ drawing: inout Drawing, scale: Scale, points: [ProcessChart<Period>.Point]) {
        var start = 0
        while start < points.count {
            var end = start
            while end + 1 < points.count && points[end + 1].segment == points[start].segment {
                end += 1
            }
            let limits = points[start].limits
            let x1 = scale.x(start) - scale.halfStep
            let x2 = scale.x(end) + scale.halfStep
            drawing.line(
                x1: x1,
                y1: scale.y(limits.mean),
                x2: x2,
                y2: scale.y(limits.mean),
                className: "mean",
                dash: nil
            )
            if let lower = limits.lower, let upper = limits.upper {
                drawing.line(
                    x1: x1,
                    y1: scale.y(upper),
                    x2: x2,
                    y2: scale.y(upper),
                    className: "upper-limit",
                    dash: "6 4"
                )
                drawing.line(
                    x1: x1,
                    y1: scale.y(lower),
                    x2: x2,
                    y2: scale.y(lower),
                    className: "lower-limit",
                    dash: "6 4"
                )
            }
            start = end + 1
        }
    }

    private func drawPoints<Period>(
        _ drawing: inout Drawing,
        scale: Scale,
        points: [ProcessChart<Period>.Point],
        periodLabel: (Period) -> String
    ) {
        let path = points.indices.map { "\(format(scale.x($0), 2)),\(format(scale.y(points[$0].value), 2))" }
        drawing.raw(
            "<polyline class=\"values\" fill=\"none\" stroke=\"#7b7d7d\" stroke-width=\"1\" points=\"\(path.joined(separator: " "))\"/>"
        )
        drawing.raw("<g class=\"points\">")
        for (index, point) in points.enumerated() {
            var tooltip =
                "\(periodLabel(point.period)): \(format(point.value, valueDecimals)), \(point.pointType.label)"
            if let signal = point.signal {
                tooltip += " (\(signal.label))"
            }
            drawing.marker(point.pointType, x: scale.x(index), y: scale.y(point.value), tooltip: tooltip)
        }
        drawing.raw("</g>")
    }

    private func drawLegend(_ drawing: inout Drawing, hasTarget: Bool) {
        let entries: [(PointType, String)] = [
            (.commonCause, "Common cause"), (.specialCauseImprovement, "Improvement"),
            (.specialCauseConcern, "Concern"),
            (.specialCauseNeutralHigh, "Neutral high"), (.specialCauseNeutralLow, "Neutral low"),
        ]
        drawing.raw("<g class=\"legend\">")
        var x = 20.0
        let y = height - 26
        drawing.text("Points:", x: x, y: y, anchor: "start", className: "legend-heading")
        x += 46
        for (type, label) in entries {
            drawing.marker(type, x: x + 5, y: y - 4, tooltip: nil)
            drawing.text(label, x: x + 14, y: y, anchor: "start", className: "legend-label")
            x += 14 + labelWidth(label) + 14
        }
        var lines: [(String, String, String?)] = [("mean", "Mean", nil), ("upper-limit", "Process limits", "6 4")]
        if hasTarget {
            lines.append(("target", "Target", "8 3 2 3"))
        }
        x = 20
        let lineY = height - 10
        drawing.text("Lines:", x: x, y: lineY, anchor: "start", className: "legend-heading")
        x += 46
        for (className, label, dash) in lines {
            drawing.line(
                x1: x,
                y1: lineY - 4,
                x2: x + 24,
                y2: lineY - 4,
                className: "legend-\(className)",
                dash: dash
            )
            drawing.text(label, x: x + 30, y: lineY, anchor: "start", className: "legend-label")
            x += 30 + labelWidth(label) + 14
        }
        drawing.raw("</g>")
    }

    private func drawBadges<Period>(_ drawing: inout Drawing, summary: ProcessChart<Period>.GroupSummary) {
        var badges = [("variation", "Variation", summary.variation.label)]
        if let assurance = summary.assurance {
            badges.append(("assurance", "Assurance", assurance.label))
        }
        // Each badge is as wide as its text needs, side by side under the title.
        var x = 10.0
        for badge in badges {
            let label = "\(badge.1): \(badge.2)"
            let badgeWidth = max(labelWidth(badge.1.uppercased()), labelWidth(badge.2)) + 16
            drawing.raw("<g class=\"badge \(badge.0)-badge\" role=\"img\" aria-label=\"\(escape(label))\">")
            drawing.raw(
                "<rect x=\"\(format(x, 2))\" y=\"32.00\" width=\"\(format(badgeWidth, 2))\" height=\"30.00\" rx=\"6.00\" fill=\"#ffffff\" stroke=\"#231f20\"/>"
            )
            drawing.text(badge.1.uppercased(), x: x + 8, y: 44, anchor: "start", className: "badge-kind")
            drawing.text(badge.2, x: x + 8, y: 57, anchor: "start", className: "badge-text")
            drawing.raw("</g>")
            x += badgeWidth + 8
        }
    }
}

/// Maps values and point positions to drawing coordinates.
private struct Scale {
    var left: Double
    var right: Double
    var top: Double
    var bottom: Double
    var minimum: Double
    var maximum: Double
    var count: Int

    init<Period>(renderer: XmRChartSVG, points: [ProcessChart<Period>.Point], target: Double?) {
        left = 70
        right = renderer.width - 36
        top = 80
        bottom = renderer.height - 62
        var values = points.map(\.value)
        for point in points {
            values.append(point.mean)
            if let lower = point.lowerLimit, let upper = point.upperLimit {
                values.append(contentsOf: [lower, upper])
            }
        }
        if let target {
            values.append(target)
        }
        var low = values.min() ?? 0
        var high = values.max() ?? 1
        if high - low < 1e-12 * max(1, abs(high)) {
            low -= 1
            high += 1
        }
        let padding = (high - low) * 0.05
        minimum = low - padding
        maximum = high + padding
        count = points.count
    }

    var halfStep: Double { count > 1 ? (right - left) / Double(count - 1) / 2 : 10 }

    func x(_ index: Int) -> Double {
        count > 1 ? left + (right - left) * Double(index) / Double(count - 1) : (left + right) / 2
    }

    func y(_ value: Double) -> Double {
        bottom - (bottom - top) * (value - minimum) / (maximum - minimum)
    }
}

/// Accumulates the SVG text.
private struct Drawing {
    var renderer: XmRChartSVG
    var output = ""

    mutating func raw(_ text: String) {
        output += text
        output += "\n"
    }

    mutating func open(title: String, description: String) {
        let width = format(renderer.width, 2)
        let height = format(renderer.height, 2)
        let id = escape(renderer.identifier)
        raw(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" "
                + "height=\"\(height)\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" "
                + "font-family=\"Arial, sans-serif\" font-size=\"11\">"
        )
        raw("<title id=\"\(id)-title\">\(escape(title))</title>")
        raw("<desc id=\"\(id)-desc\">\(escape(description))</desc>")
        raw("<rect class=\"background\" width=\"\(width)\" height=\"\(height)\" fill=\"#ffffff\"/>")
        raw(
            "<text class=\"heading\" x=\"10.00\" y=\"20.00\" text-anchor=\"start\" fill=\"#231f20\" "
                + "font-size=\"14\" font-weight=\"bold\">\(escape(title))</text>"
        )
    }

    mutating func close() {
        raw("</svg>")
    }

    mutating func text(_ content: String, x: Double, y: Double, anchor: String, className: String) {
        raw(
            "<text class=\"\(className)\" x=\"\(format(x, 2))\" y=\"\(format(y, 2))\" text-anchor=\"\(anchor)\" "
                + "fill=\"#231f20\">\(escape(content))</text>"
        )
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, className: String, dash: String?) {
        let colour = className.hasSuffix("target") ? "#de1b1b" : "#231f20"
        let width = className.hasSuffix("mean") || className.hasSuffix("target") ? "1.5" : "1"
        var element = "<line class=\"\(className)\" x1=\"\(format(x1, 2))\" y1=\"\(format(y1, 2))\" "
        element += "x2=\"\(format(x2, 2))\" y2=\"\(format(y2, 2))\" stroke=\"\(colour)\" stroke-width=\"\(width)\""
        if let dash {
            element += " stroke-dasharray=\"\(dash)\""
        }
        raw(element + "/>")
    }

    /// Draws a point marker: shape and colour both encode the type.
    mutating func marker(_ type: PointType, x: Double, y: Double, tooltip: String?) {
        let size = 4.5
        let (colour, shape): (String, String)
        switch type {
        case .commonCause:
            colour = "#7b7d7d"
            shape = "<circle cx=\"\(format(x, 2))\" cy=\"\(format(y, 2))\" r=\"\(format(size, 2))\""
        case .specialCauseImprovement:
            colour = "#289de0"
            shape = polygon([(x - size, y - size), (x + size, y - size), (x + size, y + size), (x - size, y + size)])
        case .specialCauseConcern:
            colour = "#fab428"
            shape = polygon([(x, y - size - 1), (x + size + 1, y), (x, y + size + 1), (x - size - 1, y)])
        case .specialCauseNeutralHigh:
            colour = "#490092"
            shape = polygon([(x, y - size - 1), (x + size + 1, y + size), (x - size - 1, y + size)])
        case .specialCauseNeutralLow:
            colour = "#490092"
            shape = polygon([(x, y + size + 1), (x + size + 1, y - size), (x - size - 1, y - size)])
        }
        let attributes =
            "class=\"point\" data-point-type=\"\(type.rawValue)\" fill=\"\(colour)\" stroke=\"#231f20\" stroke-width=\"0.5\""
        if let tooltip {
            raw(
                "\(shape) \(attributes)><title>\(escape(tooltip))</title></\(shape.hasPrefix("<circle") ? "circle" : "polygon")>"
            )
        } else {
            raw("\(shape) \(attributes) aria-hidden=\"true\"/>")
        }
    }

    private func polygon(_ corners: [(Double, Double)]) -> String {
        "<polygon points=\"" + corners.map { "\(format($0.0, 2)),\(format($0.1, 2))" }.joined(separator: " ") + "\""
    }
}

/// Escapes text for XML character data and attribute values (``XMLText/escaped(_:)``).
private func escape(_ text: String) -> String { XMLText.escaped(text) }

/// Formats a number with exactly `decimals` decimals (0 to 6), rounding half away from zero, without
/// Foundation; never writes `-0`.
func format(_ value: Double, _ decimals: Int) -> String {
    let decimals = min(max(decimals, 0), 6)
    guard value.isFinite else { return "0" }
    var scale = 1.0
    for _ in 0..<decimals {
        scale *= 10
    }
    let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
    guard scaled < 9e15 else { return "\(value)" }
    let units = Int(scaled)
    let whole = units / Int(scale)
    let fraction = units % Int(scale)
    let sign = value < 0 && units != 0 ? "-" : ""
    guard decimals > 0 else { return "\(sign)\(whole)" }
    let digits = String(fraction)
    return "\(sign)\(whole)." + String(repeating: "0", count: decimals - digits.count) + digits
}
