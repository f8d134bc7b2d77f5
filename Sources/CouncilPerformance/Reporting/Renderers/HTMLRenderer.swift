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
        var html = TextBuffer(capacity: Self.estimatedSize(of: document))
        Self.write(document, into: &html)
        return [RenderedFile(name: Self.fileName(of: document), mediaType: Self.mediaType, bytes: html.bytes)]
    }

    /// Writes the document's page into the set as it is rendered, a megabyte at a time.
    ///
    /// - Parameters:
    ///   - document: The document.
    ///   - set: The set to write `<name>.html` into.
    /// - Throws: ``ReportSetError`` when the page cannot be written; the set is then abandoned.
    public func render(_ document: ReportDocument, into set: StagedReportSet) throws(ReportSetError) {
        try set.stream(Self.fileName(of: document)) { Self.write(document, into: &$0) }
    }

    private static let mediaType = "text/html; charset=utf-8"

    private static func fileName(of document: ReportDocument) -> String { "\(document.name).html" }

    private static func write(_ document: ReportDocument, into html: inout TextBuffer) {
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n")
        html.append(
            "<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
        )
        html.append("<title>")
        html.appendHTMLEscaped(document.title)
        if let subtitle = document.subtitle {
            html.append(" – ")
            html.appendHTMLEscaped(subtitle)
        }
        html.append("</title>\n<style>\n")
        html.appendUnescaped(Self.styleSheet)
        if document.blocks.contains(where: { if case .processChart = $0 { true } else { false } }) {
            html.appendUnescaped(Self.chartStyleSheet)
        }
        html.append("</style>\n</head>\n<body>\n<main>\n")
        Self.appendHeader(title: document.title, subtitle: document.subtitle, into: &html)
        var tableIndex = 0
        var chartIndex = 0
        Self.appendBlocks(document.blocks, tableIndex: &tableIndex, chartIndex: &chartIndex, into: &html)
        html.append("</main>\n</body>\n</html>\n")
    }

    /// Writes a document's blocks; table and chart numbers continue from the counters, so that several
    /// documents on one page (a pack) keep their identifiers unique.
    static func appendBlocks(
        _ blocks: [ReportDocument.Block],
        tableIndex: inout Int,
        chartIndex: inout Int,
        into html: inout TextBuffer
    ) {
        for block in blocks {
            switch block {
            case .heading(let text, let level):
                let level = min(max(level, 2), 6)
                html.append("<h")
                html.append(level)
                html.append(">")
                html.appendHTMLEscaped(text)
                html.append("</h")
                html.append(level)
                html.append(">\n")
            case .paragraph(let text):
                html.append("<p>")
                html.appendHTMLEscaped(text)
                html.append("</p>\n")
            case .list(let items):
                html.append("<ul>\n")
                for item in items {
                    html.append("<li>")
                    html.appendHTMLEscaped(item)
                    html.append("</li>\n")
                }
                html.append("</ul>\n")
            case .note(let text):
                html.append("<p class=\"note\">")
                html.appendHTMLEscaped(text)
                html.append("</p>\n")
            case .table(let table):
                tableIndex += 1
                Self.table(table, index: tableIndex, into: &html)
            case .processChart(let figure):
                chartIndex += 1
                html.append("<figure class=\"spc\">\n")
                // The drawing escapes its own text (XmRChartSVG), and is well-formed XML.
                html.appendUnescaped(figure.svg(identifier: "chart-\(chartIndex)"))
                html.append("<figcaption>")
                html.appendHTMLEscaped(figure.summary)
                html.append("</figcaption>\n</figure>\n")
            }
        }
    }

    /// A generous guess at the page's size, so the buffer seldom has to grow and copy itself: the
    /// style sheet, plus a few hundred bytes per cell (charts take over a kilobyte).
    static func estimatedSize(of document: ReportDocument) -> Int {
        var size = 16_384
        for case .table(let table) in document.blocks {
            size += table.rows.count * max(table.columns.count, 1) * 160
        }
        return size
    }

    private static func table(_ table: ReportTable, index: Int, into html: inout TextBuffer) {
        html.append("<div class=\"table-wrap\">\n<table id=\"table-")
        html.append(index)
        html.append(
            table.columns.count > 10 ? "\" class=\"report wide\">\n<caption>" : "\" class=\"report\">\n<caption>"
        )
        html.appendHTMLEscaped(table.caption)
        html.append("</caption>\n<thead>\n")
        header(table.columns, into: &html)
        html.append("</thead>\n<tbody>\n")
        let alignments = table.columns.map(\.alignment)
        let rowHeaderColumn = table.rowHeaderColumn
        for (rowIndex, row) in table.rows.enumerated() {
            let isTotal = !table.totalRows.isEmpty && table.totalRows.contains(rowIndex)
            html.append(isTotal ? "<tr class=\"total\">" : "<tr>")
            for (columnIndex, cell) in row.enumerated() {
                let alignment = columnIndex < alignments.count ? alignments[columnIndex] : .leading
                let isRowHeader = columnIndex == rowHeaderColumn
                html.append(isRowHeader ? "<th scope=\"row\"" : "<td")
                cellClass(cell, alignment: alignment, into: &html)
                html.append(">")
                content(cell, into: &html)
                html.append(isRowHeader ? "</th>" : "</td>")
            }
            html.append("</tr>\n")
        }
        html.append("</tbody>\n</table>\n</div>\n")
        for note in table.notes {
            html.append("<p class=\"note\">")
            html.appendHTMLEscaped(note)
            html.append("</p>\n")
        }
    }

    /// One header row, or two when columns are grouped: group headings over their columns, and
    /// ungrouped columns spanning both rows.
    private static func header(_ columns: [ReportTable.Column], into html: inout TextBuffer) {
        func cell(_ column: ReportTable.Column, spanningRows: Bool) {
            html.append(spanningRows ? "<th scope=\"col\" rowspan=\"2\"" : "<th scope=\"col\"")
            alignmentClass(column.alignment, into: &html)
            html.append(">")
            html.appendHTMLEscaped(column.title)
            html.append("</th>")
        }
        guard columns.contains(where: { $0.group != nil }) else {
            html.append("<tr>")
            for column in columns { cell(column, spanningRows: false) }
            html.append("</tr>\n")
            return
        }
        // The top row is written as it goes; the grouped columns' own headings wait for the bottom row.
        html.append("<tr>")
        var bottom: [ReportTable.Column] = []
        var index = 0
        while index < columns.count {
            let column = columns[index]
            guard let group = column.group else {
                cell(column, spanningRows: true)
                index += 1
                continue
            }
            var span = 0
            while index + span < columns.count, columns[index + span].group == group {
                bottom.append(columns[index + span])
                span += 1
            }
            html.append("<th scope=\"colgroup\" colspan=\"")
            html.append(span)
            html.append("\" class=\"center group\">")
            html.appendHTMLEscaped(group)
            html.append("</th>")
            index += span
        }
        html.append("</tr>\n<tr>")
        for column in bottom { cell(column, spanningRows: false) }
        html.append("</tr>\n")
    }

    /// The cell's `class` attribute, if it needs one: its column's alignment unless leading (a table's
    /// cells start at the leading edge unless told otherwise), `num` for figures (kept on one line),
    /// `prose` for text printed where a figure would be (at the leading edge and wrapped, however the
    /// column aligns), `chart` for small charts, and `long` for text of several sentences (given room to
    /// read).
    private static func cellClass(
        _ cell: ReportCell,
        alignment: ReportTable.Column.Alignment,
        into html: inout TextBuffer
    ) {
        switch cell {
        case .number where alignment == .leading:
            html.append(" class=\"num\"")
        case .number:
            html.append(" class=\"")
            html.appendUnescaped(alignment.rawValue)
            html.append(" num\"")
        // A character is at least one byte, so short byte counts skip counting characters.
        case .text(let text) where alignment != .leading && text.utf8.count > 24 && text.count > 24:
            html.append(" class=\"prose\"")
        case .chart:
            html.append(" class=\"chart\"")
        // A comment or narrative of several sentences gets room to read, so figures beside it stay narrow.
        case .text(let text) where alignment == .leading && text.utf8.count > 240:
            html.append(" class=\"long\"")
        default:
            alignmentClass(alignment, into: &html)
        }
    }

    /// A cell's `class` attribute for its column's alignment; none for leading, the cells' default.
    private static func alignmentClass(_ alignment: ReportTable.Column.Alignment, into html: inout TextBuffer) {
        guard alignment != .leading else { return }
        html.append(" class=\"")
        html.appendUnescaped(alignment.rawValue)
        html.append("\"")
    }

    private static func content(_ cell: ReportCell, into html: inout TextBuffer) {
        switch cell {
        case .text(let text) where text.utf8.contains(UInt8(ascii: "\n")) && text.contains("\n\n"):
            // Paragraphs of a comment stay apart in the cell. Most cells have no line break at all, and a
            // byte scan answers for them before the (slower) search for a blank line.
            for (index, paragraph) in text.split(separator: "\n\n").enumerated() {
                if index > 0 { html.append("<br /><br />") }
                html.appendHTMLEscaped(String(paragraph))
            }
        case .text(let text):
            html.appendHTMLEscaped(text)
        case .number(let display, _):
            html.appendHTMLEscaped(display)
        case .status(let badge):
            html.append("<span class=\"badge tone-")
            html.appendUnescaped(badge.tone.rawValue)
            html.append("\"><span class=\"shape\" aria-hidden=\"true\">")
            html.appendHTMLEscaped(badge.symbol)
            // A no-break space keeps the shape with the first word when a long label wraps.
            html.append("</span>\u{00A0}")
            html.appendHTMLEscaped(badge.label)
            html.append("</span>")
        case .chart(let chart):
            sparkline(chart, into: &html)
            bullet(chart, into: &html)
        case .empty:
            break
        }
    }

    /// An inline SVG line of a measure's history, with its values as the accessible title.
    static func sparkline(_ chart: MeasureChart, into html: inout TextBuffer) {
        guard var low = chart.history.first?.value.units else { return }
        var high = low
        for point in chart.history {
            low = min(low, point.value.units)
            high = max(high, point.value.units)
        }
        // The drawing area is 80 by 20, as the literal below says, with a 2-unit margin.
        let width = 80
        let height = 20
        let count = chart.history.count
        let step = count > 1 ? Double(width - 4) / Double(count - 1) : 0
        html.append(
            "<svg class=\"spark\" width=\"80\" height=\"20\" viewBox=\"0 0 80 20\" role=\"img\"><title>History: "
        )
        summary(chart, into: &html)
        html.append("</title><polyline points=\"")
        var last = (x: 0.0, y: 0.0)
        for (index, point) in chart.history.enumerated() {
            let fraction = high == low ? 0.5 : Double(point.value.units - low) / Double(high - low)
            last = (2 + step * Double(index), Double(height - 3) - fraction * Double(height - 6))
            if index > 0 { html.append(" ") }
            html.appendCoordinate(last.x)
            html.append(",")
            html.appendCoordinate(last.y)
        }
        html.append("\" /><circle cx=\"")
        html.appendCoordinate(last.x)
        html.append("\" cy=\"")
        html.appendCoordinate(last.y)
        html.append("\" r=\"2\" /></svg>")
    }

    /// The chart's ``MeasureChart/summary``, escaped, written straight into the page.
    private static func summary(_ chart: MeasureChart, into html: inout TextBuffer) {
        for (index, point) in chart.history.enumerated() {
            if index > 0 { html.append(" → ") }
            // A number's canonical text has nothing to escape.
            html.append(point.value)
            html.append(" (")
            html.appendHTMLEscaped(point.label)
            html.append(")")
        }
    }

    /// An inline SVG bullet graph: the latest value as a bar, the target as a tick.
    static func bullet(_ chart: MeasureChart, into html: inout TextBuffer) {
        guard let latest = chart.history.last?.value, let target = chart.target else { return }
        let maximum = max(latest.units, target.units, 1)
        let minimum = min(latest.units, target.units, 0)
        let span = Double(maximum - minimum) * 1.1
        let width = 80.0
        let bar = Double(latest.units - minimum) / span * width
        let tick = Double(target.units - minimum) / span * width
        html.append(
            "<svg class=\"bullet\" width=\"80\" height=\"12\" viewBox=\"0 0 80 12\" role=\"img\"><title>Latest "
        )
        html.append(latest)
        html.append(" against target ")
        html.append(target)
        html.append("</title><rect x=\"0\" y=\"3\" width=\"80\" height=\"6\" class=\"range\" />")
        html.append("<rect x=\"0\" y=\"4\" width=\"")
        html.appendCoordinate(bar)
        html.append("\" height=\"4\" class=\"value\" /><line x1=\"")
        html.appendCoordinate(tick)
        html.append("\" x2=\"")
        html.appendCoordinate(tick)
        html.append("\" y1=\"0\" y2=\"12\" class=\"target\" /></svg>")
    }

    /// Styles added only to pages with XmR charts, so other reports stay byte for byte as they were.
    static let chartStyleSheet = """
        figure.spc { margin: 12px 0 20px; max-width: 960px; break-inside: avoid; }
        figure.spc svg { display: block; width: 100%; height: auto; border: 1px solid var(--rule); }
        figure.spc figcaption { color: var(--muted); font-size: 13px; margin-top: 4px; }

        """

    static let styleSheet = """
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
        th, td { border-bottom: 1px solid var(--rule); padding: 6px 6px; vertical-align: top; }
        thead th { border-bottom: 2px solid var(--ink); text-align: left; font-size: 13px; vertical-align: bottom; }
        thead th.group { border-bottom: 1px solid var(--rule); }
        thead th.trailing { white-space: normal; }
        table.wide { font-size: 12px; }
        table.wide th, table.wide td { padding: 4px 3px; }
        table.wide tbody th { min-width: 9em; }
        table.wide .badge { white-space: normal; }
        tbody th { font-weight: 600; text-align: left; }
        .trailing { text-align: right; }
        .num { white-space: nowrap; }
        td.prose { min-width: 12em; font-size: 13px; color: var(--muted); }
        td.chart svg { display: block; margin: 2px 0; }
        td.long, th.long { min-width: 20em; }
        tr.total td.long, tr.total th.long { font-weight: 400; }
        table.report tbody td:first-child { min-width: 9em; }
        .center { text-align: center; }
        tr.total th, tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
        .badge { display: inline-block; font-weight: 600; }
        .shape { display: inline; }
        .tone-good { color: var(--good); }
        .tone-caution { color: var(--caution); }
        .tone-bad { color: var(--bad); }
        .tone-neutral { color: var(--neutral); }
        .note { color: var(--muted); font-size: 13px; font-style: italic; }
        svg { vertical-align: middle; color: var(--muted); }
        svg.spark polyline { fill: none; stroke: currentColor; stroke-width: 1.5; }
        svg.spark circle { fill: currentColor; }
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

extension HTMLRenderer {
    /// Appends a report's header: its title as the page's `h1`, then its subtitle, if any.
    ///
    /// - Parameters:
    ///   - title: The title.
    ///   - subtitle: The subtitle.
    ///   - className: A class for the header, such as a pack's `cover`.
    ///   - titleID: The `id` of the title, for a contents page to link to and a section to be labelled by.
    ///   - html: The page being written.
    static func appendHeader(
        title: String,
        subtitle: String?,
        className: String? = nil,
        titleID: String? = nil,
        into html: inout TextBuffer
    ) {
        html.append("<header")
        if let className {
            html.append(" class=\"")
            html.appendHTMLEscaped(className)
            html.append("\"")
        }
        html.append(">\n<h1")
        if let titleID {
            html.append(" id=\"")
            html.appendHTMLEscaped(titleID)
            html.append("\"")
        }
        html.append(">")
        html.appendHTMLEscaped(title)
        html.append("</h1>\n")
        if let subtitle {
            html.append("<p class=\"subtitle\">")
            html.appendHTMLEscaped(subtitle)
            html.append("</p>\n")
        }
        html.append("</header>\n")
    }
}
