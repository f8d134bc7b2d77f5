/// Renders documents as GitHub-flavoured Markdown in committee-paper style: captioned tables with
/// numbers right-aligned, statuses as shape and word, notes under the tables.
public struct MarkdownRenderer: PerformanceReporter {
    /// Creates a Markdown renderer.
    public init() {}

    /// The format's name, `markdown`.
    public var formatName: String { "markdown" }

    /// Renders the document as one `.md` file.
    ///
    /// - Parameter document: The document.
    /// - Returns: `<name>.md`.
    public func render(_ document: ReportDocument) -> [RenderedFile] {
        var lines = ["# \(Self.escape(document.title))", ""]
        if let subtitle = document.subtitle { lines += ["_\(Self.escape(subtitle))_", ""] }
        for block in document.blocks {
            switch block {
            case .heading(let text, let level):
                lines += [String(repeating: "#", count: min(max(level, 2), 6)) + " " + Self.escape(text), ""]
            case .paragraph(let text):
                lines += [Self.escape(text), ""]
            case .list(let items):
                lines += items.map { "- " + Self.escape($0) } + [""]
            case .note(let text):
                lines += ["> " + Self.escape(text), ""]
            case .table(let table):
                lines += Self.table(table) + [""]
            case .processChart(let figure):
                lines += ["**Chart: \(Self.escape(figure.title))**", "", Self.escape(figure.summary), ""]
            }
        }
        return [
            RenderedFile(
                name: "\(document.name).md",
                mediaType: "text/markdown; charset=utf-8",
                bytes: Array(lines.joined(separator: "\n").utf8)
            )
        ]
    }

    private static func table(_ table: ReportTable) -> [String] {
        var lines = ["**\(escape(table.caption))**", ""]
        lines.append("| " + table.columns.map { escape($0.fullTitle) }.joined(separator: " | ") + " |")
        lines.append(
            "|"
                + table.columns.map { column in
                    switch column.alignment {
                    case .leading: " --- |"
                    case .trailing: " ---: |"
                    case .center: " :---: |"
                    }
                }.joined()
        )
        for (index, row) in table.rows.enumerated() {
            let cells = row.map { cell -> String in
                let text: String
                switch cell {
                case .status(let badge): text = "\(badge.symbol) \(badge.label)"
                case .chart(let chart): text = sparkline(chart)
                default: text = cell.displayText
                }
                let escaped = escape(text)
                return table.totalRows.contains(index) && !escaped.isEmpty ? "**\(escaped)**" : escaped
            }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        if !table.notes.isEmpty { lines += [""] + table.notes.map { "_\(escape($0))_" } }
        return lines
    }

    /// A Unicode sparkline of a measure's history, lowest value `▁` to highest `█`.
    static func sparkline(_ chart: MeasureChart) -> String {
        let values = chart.history.map(\.value.units)
        guard let low = values.min(), let high = values.max() else { return "" }
        let bars = Array("▁▂▃▄▅▆▇█")
        return String(
            values.map { value in
                high == low ? bars[3] : bars[Int((Int128(value - low) * 7) / Int128(high - low))]
            }
        )
    }

    /// Escapes text for a Markdown table or paragraph: pipes, backslashes, emphasis and markup
    /// characters, and line breaks.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "|", "\\", "*", "_", "`", "[", "]", "<", ">", "#": result += "\\\(character)"
            case "\n", "\r": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}

/// Renders documents as CSV: one RFC 4180 file per table, numbers as plain numbers, text cells that
/// start like a formula neutralised.
public struct CSVRenderer: PerformanceReporter {
    /// Whether files start with a UTF-8 byte order mark, which Excel needs to read UTF-8.
    public var includeByteOrderMark: Bool

    /// Creates a CSV renderer.
    ///
    /// - Parameter includeByteOrderMark: Whether to start files with a byte order mark; `false` by default.
    public init(includeByteOrderMark: Bool = false) {
        self.includeByteOrderMark = includeByteOrderMark
    }

    /// The format's name, `csv`.
    public var formatName: String { "csv" }

    /// Renders each table of the document as `<document>-<table>.csv`.
    ///
    /// - Parameter document: The document.
    /// - Returns: One file per table.
    public func render(_ document: ReportDocument) -> [RenderedFile] {
        let writer = CSVWriter(
            options: CSVWriter.Options(
                includeByteOrderMark: includeByteOrderMark,
                lineEnding: .crlf,
                neutralizesFormulas: true
            )
        )
        return document.tables.map { table in
            let rows = table.rows.map { row in
                row.map { cell -> CSVWriter.Cell in
                    if case .number(_, let value) = cell { return .number(value) }
                    return .text(cell.plainValue)
                }
            }
            return RenderedFile(
                name: "\(document.name)-\(table.name).csv",
                mediaType: "text/csv; charset=utf-8; header=present",
                bytes: writer.write(header: table.columns.map(\.fullTitle), rows: rows)
            )
        }
    }
}

/// Renders documents as JSON for machines: blocks in order, tables with typed cells, keys in a fixed
/// order so the same document gives the same bytes.
///
/// Cells are objects: `{"display": "-6,612", "value": "-6612000"}` for numbers (value exact, in the
/// table's base unit: pounds, percent, count), `{"display": "Red", "status": "red"}` for statuses, and
/// `{"display": "..."}` for text.
public struct JSONRenderer: PerformanceReporter {
    /// Creates a JSON renderer.
    public init() {}

    /// The format's name, `json`.
    public var formatName: String { "json" }

    /// Renders the document as one `.json` file.
    ///
    /// - Parameter document: The document.
    /// - Returns: `<name>.json`.
    public func render(_ document: ReportDocument) -> [RenderedFile] {
        let q = JSONText.quoted
        var text = "{\n  \"name\": \(q(document.name)),\n  \"title\": \(q(document.title)),\n"
        if let subtitle = document.subtitle { text += "  \"subtitle\": \(q(subtitle)),\n" }
        text += "  \"blocks\": [\n"
        text += document.blocks.map { block -> String in
            switch block {
            case .heading(let heading, let level):
                return "    {\"type\": \"heading\", \"level\": \(level), \"text\": \(q(heading))}"
            case .paragraph(let paragraph): return "    {\"type\": \"paragraph\", \"text\": \(q(paragraph))}"
            case .note(let note): return "    {\"type\": \"note\", \"text\": \(q(note))}"
            case .processChart(let figure):
                let group = figure.group.map(q) ?? "null"
                return
                    "    {\"type\": \"process-chart\", \"title\": \(q(figure.title)), \"group\": \(group), \"summary\": \(q(figure.summary))}"
            case .list(let items):
                return "    {\"type\": \"list\", \"items\": [\(items.map(q).joined(separator: ", "))]}"
            case .table(let table):
                var json = "    {\"type\": \"table\", \"name\": \(q(table.name)), \"caption\": \(q(table.caption)),\n"
                let columns = table.columns.map { column -> String in
                    let group = column.group.map { ", \"group\": \(q($0))" } ?? ""
                    return "{\"title\": \(q(column.title)), \"alignment\": \(q(column.alignment.rawValue))\(group)}"
                }
                json += "     \"columns\": [\(columns.joined(separator: ", "))],\n"
                json += "     \"rows\": [\n"
                json += table.rows.enumerated().map { index, row in
                    let total = table.totalRows.contains(index) ? ", \"total\": true" : ""
                    return "       {\"cells\": [\(row.map(Self.cell).joined(separator: ", "))]\(total)}"
                }.joined(separator: ",\n")
                json += "\n     ],\n     \"notes\": [\(table.notes.map(q).joined(separator: ", "))]}"
                return json
            }
        }.joined(separator: ",\n")
        text += "\n  ]\n}\n"
        return [RenderedFile(name: "\(document.name).json", mediaType: "application/json", bytes: Array(text.utf8))]
    }

    private static func cell(_ cell: ReportCell) -> String {
        let q = JSONText.quoted
        switch cell {
        case .text(let text): return "{\"display\": \(q(text))}"
        case .number(let display, let value): return "{\"display\": \(q(display)), \"value\": \(q(value))}"
        case .status(let badge): return "{\"display\": \(q(badge.label)), \"status\": \(q(badge.code))}"
        case .chart(let chart):
            let points = chart.history.map { "{\"period\": \(q($0.label)), \"value\": \(q($0.value.description))}" }
            let target = chart.target.map { ", \"target\": \(q($0.description))" } ?? ""
            return "{\"display\": \(q(chart.summary)), \"history\": [\(points.joined(separator: ", "))]\(target)}"
        case .empty: return "{\"display\": \"\"}"
        }
    }
}
