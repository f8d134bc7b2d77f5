extension HTMLRenderer {
    /// Renders a committee pack as one self-contained HTML page: a cover with the contents, the summary
    /// charts, then each report in its own section, with a print stylesheet for A4 (each report starts a
    /// new page, table headers repeat on every page, rows are not split), so that printing it to PDF gives
    /// a paper a committee can take.
    ///
    /// - Parameter pack: The pack.
    /// - Returns: `<name>.html`.
    public func render(_ pack: ReportPack) -> RenderedFile {
        let capacity = pack.documents.map(Self.estimatedSize(of:)).reduce(16_384, +)
        var html = TextBuffer(capacity: capacity)
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n")
        html.append(
            "<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
        )
        html.append("<title>")
        html.appendHTMLEscaped(pack.title)
        html.append("</title>\n<style>\n")
        html.appendUnescaped(Self.styleSheet)
        if pack.documents.contains(where: { $0.blocks.contains { if case .processChart = $0 { true } else { false } } })
        {
            html.appendUnescaped(Self.chartStyleSheet)
        }
        html.appendUnescaped(Self.packStyleSheet)
        html.append("</style>\n</head>\n<body>\n<main>\n")
        Self.appendHeader(title: pack.title, subtitle: pack.subtitle, className: "cover", into: &html)
        html.append("<nav class=\"contents\" aria-labelledby=\"contents-heading\">\n")
        html.append("<h2 id=\"contents-heading\">Contents</h2>\n<ol>\n")
        for (index, document) in pack.documents.enumerated() {
            html.append("<li><a href=\"#report-")
            html.append(index + 1)
            html.append("\">")
            html.appendHTMLEscaped(document.title)
            html.append("</a>")
            if let subtitle = document.subtitle {
                html.append(" <span class=\"subtitle\">")
                html.appendHTMLEscaped(subtitle)
                html.append("</span>")
            }
            html.append("</li>\n")
        }
        html.append("</ol>\n</nav>\n")
        if !pack.charts.isEmpty {
            html.append("<section class=\"summary\" aria-labelledby=\"summary-heading\">\n")
            html.append("<h2 id=\"summary-heading\">Summary</h2>\n")
            for chart in pack.charts { Self.summaryChart(chart, into: &html) }
            html.append("</section>\n")
        }
        var tableIndex = 0
        var chartIndex = 0
        for (index, document) in pack.documents.enumerated() {
            html.append("<section class=\"report\" id=\"report-")
            html.append(index + 1)
            html.append("\" aria-labelledby=\"report-")
            html.append(index + 1)
            html.append("-title\">\n")
            Self.appendHeader(
                title: document.title,
                subtitle: document.subtitle,
                titleID: "report-\(index + 1)-title",
                into: &html
            )
            Self.appendBlocks(document.blocks, tableIndex: &tableIndex, chartIndex: &chartIndex, into: &html)
            html.append("</section>\n")
        }
        html.append("</main>\n</body>\n</html>\n")
        return RenderedFile(name: "\(pack.name).html", mediaType: "text/html; charset=utf-8", bytes: html.bytes)
    }

    /// A horizontal bar chart as a table: the label, the bar (drawn, hidden from screen readers) and the
    /// figure in words, so it reads without the drawing and without colour.
    static func summaryChart(_ chart: SummaryChart, into html: inout TextBuffer) {
        let largest = chart.bars.map(\.value.units.magnitude).max() ?? 0
        let hasNegative = chart.bars.contains { $0.value.units < 0 }
        html.append("<figure class=\"summary-chart\">\n<figcaption>")
        html.appendHTMLEscaped(chart.title)
        html.append("</figcaption>\n<p class=\"note\">")
        html.appendHTMLEscaped(chart.summary)
        html.append("</p>\n<table class=\"bars\">\n<tbody>\n")
        for bar in chart.bars {
            // Percentages of the chart's half (with negatives) or whole width, to one decimal place.
            let scale = hasNegative ? 500 : 1000
            let share = largest == 0 ? 0 : Double(bar.value.units.magnitude) / Double(largest)
            let tenths = Int((share * Double(scale)).rounded())
            html.append("<tr><th scope=\"row\">")
            html.appendHTMLEscaped(bar.label)
            html.append("</th><td class=\"bar\" aria-hidden=\"true\"><svg width=\"100%\" height=\"14\">")
            let start = hasNegative ? (bar.value.units < 0 ? 500 - tenths : 500) : 0
            html.append("<rect class=\"tone-")
            html.appendUnescaped(bar.tone.rawValue)
            html.append("\" x=\"")
            html.append(start / 10)
            html.append(".")
            html.append(start % 10)
            html.append("%\" y=\"2\" width=\"")
            html.append(tenths / 10)
            html.append(".")
            html.append(tenths % 10)
            html.append("%\" height=\"10\" fill=\"currentColor\" /></svg></td><td class=\"trailing num\">")
            html.appendHTMLEscaped(bar.display)
            html.append("</td></tr>\n")
        }
        html.append("</tbody>\n</table>\n</figure>\n")
    }

    /// Styles for a pack: the cover and contents, the summary charts, and printing on A4 with a new page
    /// for each report and table headers repeated on every page.
    static let packStyleSheet = """
        .cover { margin-bottom: 24px; }
        nav.contents ol { padding-left: 1.5em; }
        nav.contents li { margin: 4px 0; }
        nav.contents .subtitle { display: inline; font-size: 13px; }
        section.report { border-top: 4px solid var(--ink); margin-top: 40px; padding-top: 8px; }
        section.report > header h1 { font-size: 24px; }
        figure.summary-chart { margin: 12px 0 20px; max-width: 720px; }
        figure.summary-chart figcaption { font-weight: 600; }
        table.bars th { width: 16em; font-weight: 400; }
        table.bars td.bar { width: 60%; }
        table.bars td { border-bottom: none; }
        thead { display: table-header-group; }
        @media print {
          @page { size: A4 portrait; margin: 15mm 12mm; }
          section.report { break-before: page; border-top: none; margin-top: 0; }
          nav.contents, .summary { break-after: avoid; }
          figure.summary-chart, tr { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }

        """
}
