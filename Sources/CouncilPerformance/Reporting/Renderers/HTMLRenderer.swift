/// Renders documents as one self-contained, accessible HTML page each: no external assets or scripts,
/// captioned tables with header scopes, right-aligned numbers, statuses as word and shape as well as
/// colour, small inline SVG charts, and a print stylesheet for A4.
///
/// The output is also well-formed XML (XHTML syntax), so it can be checked with any XML parser.
public struct HTMLRenderer: PerformanceReporter {
    /// Creates an HTML renderer.
    public init() {}

    /// The format's name, `html`.
    public var formatName: String { "html" }

    /// Renders the document as one `.html` file.
    ///
    /// - Parameter document: The document.
    /// - Returns: `<name>.html`.
    public func render(_ document: ReportDocument) -> [RenderedFile] {
        var html = "<!DOCTYPE html>\n<html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n"
        html +=
            "<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
        html +=
            "<title>\(Self.escape(document.title))\(document.subtitle.map { " – " + Self.escape($0) } ?? "")</title>\n"
        html += "<style>\n\(Self.styleSheet)</style>\n</head>\n<body>\n<main>\n"
        html += "<header>\n<h1>\(Self.escape(document.title))</h1>\n"
        if let subtitle = document.subtitle { html += "<p class=\"subtitle\">\(Self.escape(subtitle))</p>\n" }
        html += "</header>\n"
        var tableIndex = 0
        for block in document.blocks {
            switch block {
            case .heading(let text, let level):
                let tag = "h\(min(max(level, 2), 6))"
                html += "<\(tag)>\(Self.escape(text))</\(tag)>\n"
            case .paragraph(let text):
                html += "<p>\(Self.escape(text))</p>\n"
            case .list(let items):
                html += "<ul>\n" + items.map { "<li>\(Self.escape($0))</li>\n" }.joined() + "</ul>\n"
            case .note(let text):
                html += "<p class=\"note\">\(Self.escape(text))</p>\n"
            case .table(let table):
                tableIndex += 1
                html += Self.table(table, index: tableIndex)
            }
        }
        html += "</main>\n</body>\n</html>\n"
        return [
            RenderedFile(name: "\(document.name).html", mediaType: "text/html; charset=utf-8", bytes: Array(html.utf8))
        ]
    }

    private static func table(_ table: ReportTable, index: Int) -> String {
        let wide = table.columns.count > 10 ? " wide" : ""
        var html =
            "<div class=\"table-wrap\">\n<table id=\"table-\(index)\" class=\"report\(wide)\">\n<caption>\(escape(table.caption))</caption>\n<thead>\n"
        html += header(table.columns)
        html += "</thead>\n<tbody>\n"
        for (rowIndex, row) in table.rows.enumerated() {
            html += table.totalRows.contains(rowIndex) ? "<tr class=\"total\">" : "<tr>"
            for (columnIndex, cell) in row.enumerated() {
                let alignment =
                    columnIndex < table.columns.count ? table.columns[columnIndex].alignment.rawValue : "leading"
                // The measure or project name heads its row.
                let isRowHeader = columnIndex == (table.columns.first?.title == "Success means" ? 1 : 0)
                let tag = isRowHeader ? "th" : "td"
                let scope = isRowHeader ? " scope=\"row\"" : ""
                html += "<\(tag)\(scope) class=\"\(cellClass(cell, alignment: alignment))\">\(content(cell))</\(tag)>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n</div>\n"
        for note in table.notes { html += "<p class=\"note\">\(escape(note))</p>\n" }
        return html
    }

    /// One header row, or two when columns are grouped: group headings over their columns, and
    /// ungrouped columns spanning both rows.
    private static func header(_ columns: [ReportTable.Column]) -> String {
        guard columns.contains(where: { $0.group != nil }) else {
            return "<tr>"
                + columns.map { "<th scope=\"col\" class=\"\($0.alignment.rawValue)\">\(escape($0.title))</th>" }
                .joined() + "</tr>\n"
        }
        var top = "<tr>"
        var bottom = "<tr>"
        var index = 0
        while index < columns.count {
            let column = columns[index]
            guard let group = column.group else {
                top +=
                    "<th scope=\"col\" rowspan=\"2\" class=\"\(column.alignment.rawValue)\">\(escape(column.title))</th>"
                index += 1
                continue
            }
            var span = 0
            while index + span < columns.count, columns[index + span].group == group {
                let member = columns[index + span]
                bottom += "<th scope=\"col\" class=\"\(member.alignment.rawValue)\">\(escape(member.title))</th>"
                span += 1
            }
            top += "<th scope=\"colgroup\" colspan=\"\(span)\" class=\"center group\">\(escape(group))</th>"
            index += span
        }
        return top + "</tr>\n" + bottom + "</tr>\n"
    }

    /// The cell's classes: its column's alignment, `num` for figures (kept on one line), and `prose`
    /// for text printed where a figure would be (left-aligned and wrapped, however the column aligns).
    private static func cellClass(_ cell: ReportCell, alignment: String) -> String {
        switch cell {
        case .number: "\(alignment) num"
        case .text(let text) where alignment != "leading" && text.count > 24: "leading prose"
        default: alignment
        }
    }

    private static func content(_ cell: ReportCell) -> String {
        switch cell {
        case .text(let text): return escape(text)
        case .number(let display, _): return escape(display)
        case .status(let badge):
            return
                "<span class=\"badge tone-\(badge.tone.rawValue)\"><span class=\"shape\" aria-hidden=\"true\">\(escape(badge.symbol))</span> \(escape(badge.label))</span>"
        case .chart(let chart): return sparkline(chart) + bullet(chart)
        case .empty: return ""
        }
    }

    /// An inline SVG line of a measure's history, with its values as the accessible title.
    static func sparkline(_ chart: MeasureChart) -> String {
        let values = chart.history.map(\.value.units)
        guard let low = values.min(), let high = values.max() else { return "" }
        let width = 80
        let height = 20
        let step = values.count > 1 ? Double(width - 4) / Double(values.count - 1) : 0
        var points = ""
        var lastX = "0"
        var lastY = "0"
        for (index, value) in values.enumerated() {
            let fraction = high == low ? 0.5 : Double(value - low) / Double(high - low)
            lastX = format(2 + step * Double(index))
            lastY = format(Double(height - 3) - fraction * Double(height - 6))
            if index > 0 { points += " " }
            points += lastX + "," + lastY
        }
        return
            "<svg class=\"spark\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\">"
            + "<title>History: \(escape(chart.summary))</title>"
            + "<polyline points=\"\(points)\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" />"
            + "<circle cx=\"\(lastX)\" cy=\"\(lastY)\" r=\"2\" fill=\"currentColor\" /></svg>"
    }

    /// An inline SVG bullet graph: the latest value as a bar, the target as a tick.
    static func bullet(_ chart: MeasureChart) -> String {
        guard let latest = chart.history.last?.value, let target = chart.target else { return "" }
        let maximum = max(latest.units, target.units, 1)
        let minimum = min(latest.units, target.units, 0)
        let span = Double(maximum - minimum) * 1.1
        let width = 80.0
        let bar = Double(latest.units - minimum) / span * width
        let tick = Double(target.units - minimum) / span * width
        return "<svg class=\"bullet\" width=\"80\" height=\"12\" viewBox=\"0 0 80 12\" role=\"img\">"
            + "<title>Latest \(escape(latest.description)) against target \(escape(target.description))</title>"
            + "<rect x=\"0\" y=\"3\" width=\"80\" height=\"6\" class=\"range\" />"
            + "<rect x=\"0\" y=\"4\" width=\"\(format(bar))\" height=\"4\" class=\"value\" />"
            + "<line x1=\"\(format(tick))\" x2=\"\(format(tick))\" y1=\"0\" y2=\"12\" class=\"target\" /></svg>"
    }

    private static func format(_ value: Double) -> String {
        // Coordinates only: one decimal place, deterministic.
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }

    /// Escapes text for HTML element content and attribute values.
    static func escape(_ text: String) -> String {
        // Fast path: most text needs no escaping.
        if !text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    private static let styleSheet = """
        :root { --ink: #1b1b1b; --muted: #505a5f; --rule: #b1b4b6; --good: #00703c; --caution: #8a5300; --bad: #b1002a; --neutral: #505a5f; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: var(--ink); background: #fff; }
        main { max-width: 1440px; margin: 0 auto; padding: 24px; }
        header { border-bottom: 4px solid var(--ink); margin-bottom: 16px; }
        h1 { font-size: 28px; margin: 0 0 4px; }
        .subtitle { color: var(--muted); margin: 0 0 12px; }
        h2 { font-size: 21px; margin: 28px 0 8px; }
        h3 { font-size: 17px; margin: 20px 0 6px; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 4px; font-variant-numeric: tabular-nums; }
        caption { text-align: left; font-weight: 600; padding: 4px 0; }
        th, td { border-bottom: 1px solid var(--rule); padding: 6px 8px; vertical-align: top; }
        thead th { border-bottom: 2px solid var(--ink); text-align: left; font-size: 13px; vertical-align: bottom; }
        thead th.group { border-bottom: 1px solid var(--rule); }
        thead th.trailing { white-space: normal; }
        table.wide { font-size: 13px; }
        table.wide tbody th { min-width: 16em; }
        table.wide .badge { white-space: normal; }
        tbody th { font-weight: 600; text-align: left; }
        .trailing { text-align: right; }
        .num { white-space: nowrap; }
        td.prose { min-width: 18em; font-size: 13px; color: var(--muted); }
        table.report tbody td:first-child { min-width: 9em; }
        .center { text-align: center; }
        tr.total th, tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
        .badge { display: inline-block; white-space: nowrap; font-weight: 600; }
        .shape { display: inline-block; min-width: 1em; }
        .tone-good { color: var(--good); }
        .tone-caution { color: var(--caution); }
        .tone-bad { color: var(--bad); }
        .tone-neutral { color: var(--neutral); }
        .note { color: var(--muted); font-size: 13px; font-style: italic; }
        svg { vertical-align: middle; color: var(--muted); }
        svg.bullet .range { fill: #e8e8e8; }
        svg.bullet .value { fill: var(--ink); }
        svg.bullet .target { stroke: var(--bad); stroke-width: 2; }
        @media print {
          @page { size: A4 landscape; margin: 12mm; }
          body { font-size: 9pt; }
          main { max-width: none; padding: 0; }
          .table-wrap { overflow: visible; }
          tr, li { break-inside: avoid; }
          h2, h3 { break-after: avoid; }
        }

        """
}
