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
    /// The file is written straight into one byte buffer, block by block and cell by cell,
    /// rather than as a string per cell joined into larger ones: a large council's dashboard is hundreds
    /// of megabytes of JSON.
    ///
    /// - Parameter document: The document.
    /// - Returns: `<name>.json`.
    public func render(_ document: ReportDocument) -> [RenderedFile] {
        var json = TextBuffer(capacity: 64 * 1024)
        Self.write(document, into: &json)
        return [RenderedFile(name: Self.fileName(of: document), mediaType: "application/json", bytes: json.bytes)]
    }

    /// Writes the document's JSON into the set as it is rendered, a megabyte at a time.
    ///
    /// - Parameters:
    ///   - document: The document.
    ///   - set: The set to write `<name>.json` into.
    /// - Throws: ``ReportSetError`` when the file cannot be written; the set is then abandoned.
    public func render(_ document: ReportDocument, into set: StagedReportSet) throws(ReportSetError) {
        try set.stream(Self.fileName(of: document)) { Self.write(document, into: &$0) }
    }

    private static func fileName(of document: ReportDocument) -> String { "\(document.name).json" }

    private static func write(_ document: ReportDocument, into json: inout TextBuffer) {
        json.append("{\n  \"name\": ")
        json.appendJSONQuoted(document.name)
        json.append(",\n  \"title\": ")
        json.appendJSONQuoted(document.title)
        json.append(",\n")
        if let subtitle = document.subtitle {
            json.append("  \"subtitle\": ")
            json.appendJSONQuoted(subtitle)
            json.append(",\n")
        }
        json.append("  \"blocks\": [\n")
        for (index, block) in document.blocks.enumerated() {
            if index > 0 { json.append(",\n") }
            Self.append(block, to: &json)
        }
        json.append("\n  ]\n}\n")
    }

    private static func append(_ block: ReportDocument.Block, to json: inout TextBuffer) {
        switch block {
        case .heading(let heading, let level):
            json.append("    {\"type\": \"heading\", \"level\": ")
            json.append(level)
            json.append(", \"text\": ")
            json.appendJSONQuoted(heading)
            json.append("}")
        case .paragraph(let paragraph):
            json.append("    {\"type\": \"paragraph\", \"text\": ")
            json.appendJSONQuoted(paragraph)
            json.append("}")
        case .note(let note):
            json.append("    {\"type\": \"note\", \"text\": ")
            json.appendJSONQuoted(note)
            json.append("}")
        case .processChart(let figure):
            json.append("    {\"type\": \"process-chart\", \"title\": ")
            json.appendJSONQuoted(figure.title)
            json.append(", \"group\": ")
            if let group = figure.group { json.appendJSONQuoted(group) } else { json.append("null") }
            json.append(", \"summary\": ")
            json.appendJSONQuoted(figure.summary)
            json.append("}")
        case .list(let items):
            json.append("    {\"type\": \"list\", \"items\": ")
            appendArray(items, to: &json)
            json.append("}")
        case .table(let table):
            append(table, to: &json)
        }
    }

    private static func append(_ table: ReportTable, to json: inout TextBuffer) {
        json.append("    {\"type\": \"table\", \"name\": ")
        json.appendJSONQuoted(table.name)
        json.append(", \"caption\": ")
        json.appendJSONQuoted(table.caption)
        json.append(",\n     \"columns\": [")
        for (index, column) in table.columns.enumerated() {
            if index > 0 { json.append(", ") }
            json.append("{\"title\": ")
            json.appendJSONQuoted(column.title)
            json.append(", \"alignment\": ")
            json.appendJSONQuoted(column.alignment.rawValue)
            if let group = column.group {
                json.append(", \"group\": ")
                json.appendJSONQuoted(group)
            }
            json.append("}")
        }
        json.append("],\n     \"rows\": [\n")
        for (index, row) in table.rows.enumerated() {
            if index > 0 { json.append(",\n") }
            json.append("       {\"cells\": [")
            for (position, cell) in row.enumerated() {
                if position > 0 { json.append(", ") }
                append(cell, to: &json)
            }
            json.append(table.totalRows.contains(index) ? "], \"total\": true}" : "]}")
        }
        json.append("\n     ],\n     \"notes\": ")
        appendArray(table.notes, to: &json)
        json.append("}")
    }

    private static func append(_ cell: ReportCell, to json: inout TextBuffer) {
        json.append("{\"display\": ")
        switch cell {
        case .text(let text):
            json.appendJSONQuoted(text)
        case .number(let display, let value):
            json.appendJSONQuoted(display)
            json.append(", \"value\": ")
            json.appendJSONQuoted(value)
        case .status(let badge):
            json.appendJSONQuoted(badge.label)
            json.append(", \"status\": ")
            json.appendJSONQuoted(badge.code)
        case .chart(let chart):
            json.appendJSONQuoted(chart.summary)
            json.append(", \"history\": [")
            for (index, point) in chart.history.enumerated() {
                if index > 0 { json.append(", ") }
                json.append("{\"period\": ")
                json.appendJSONQuoted(point.label)
                json.append(", \"value\": ")
                json.appendJSONQuoted(point.value.description)
                json.append("}")
            }
            json.append("]")
            if let target = chart.target {
                json.append(", \"target\": ")
                json.appendJSONQuoted(target.description)
            }
        case .empty:
            json.append("\"\"")
        }
        json.append("}")
    }

    /// Appends strings as a JSON array on one line: `["a", "b"]`.
    private static func appendArray(_ texts: [String], to json: inout TextBuffer) {
        json.append("[")
        for (index, text) in texts.enumerated() {
            if index > 0 { json.append(", ") }
            json.appendJSONQuoted(text)
        }
        json.append("]")
    }
}
