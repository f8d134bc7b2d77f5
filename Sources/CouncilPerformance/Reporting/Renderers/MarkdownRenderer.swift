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
