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
        json.appendJSON("{\n  \"name\": ", quoting: document.name)
        json.appendJSON(",\n  \"title\": ", quoting: document.title)
        json.append(",\n")
        if let subtitle = document.subtitle {
            json.appendJSON("  \"subtitle\": ", quoting: subtitle)
            json.append(",\n")
        }
        json.append("  \"blocks\": [\n")
        json.appendEach(document.blocks, separator: ",\n") { json, block in append(block, to: &json) }
        json.append("\n  ]\n}\n")
    }

    private static func append(_ block: ReportDocument.Block, to json: inout TextBuffer) {
        switch block {
        case .heading(let heading, let level):
            json.append("    {\"type\": \"heading\", \"level\": ")
            json.append(level)
            json.appendJSON(", \"text\": ", quoting: heading)
        case .paragraph(let paragraph):
            json.appendJSON("    {\"type\": \"paragraph\", \"text\": ", quoting: paragraph)
        case .note(let note):
            json.appendJSON("    {\"type\": \"note\", \"text\": ", quoting: note)
        case .processChart(let figure):
            json.appendJSON("    {\"type\": \"process-chart\", \"title\": ", quoting: figure.title)
            json.append(", \"group\": ")
            if let group = figure.group { json.appendJSONQuoted(group) } else { json.append("null") }
            json.appendJSON(", \"summary\": ", quoting: figure.summary)
        case .list(let items):
            json.append("    {\"type\": \"list\", \"items\": ")
            appendArray(items, to: &json)
        case .table(let table):
            append(table, to: &json)
        }
        json.append("}")
    }

    private static func append(_ table: ReportTable, to json: inout TextBuffer) {
        json.appendJSON("    {\"type\": \"table\", \"name\": ", quoting: table.name)
        json.appendJSON(", \"caption\": ", quoting: table.caption)
        json.append(",\n     \"columns\": [")
        json.appendEach(table.columns, separator: ", ") { json, column in
            json.appendJSON("{\"title\": ", quoting: column.title)
            json.appendJSON(", \"alignment\": ", quoting: column.alignment.rawValue)
            if let group = column.group { json.appendJSON(", \"group\": ", quoting: group) }
            json.append("}")
        }
        json.append("],\n     \"rows\": [\n")
        json.appendEach(table.rows.indices, separator: ",\n") { json, index in
            json.append("       {\"cells\": [")
            json.appendEach(table.rows[index], separator: ", ") { json, cell in append(cell, to: &json) }
            json.append(table.totalRows.contains(index) ? "], \"total\": true}" : "]}")
        }
        json.append("\n     ],\n     \"notes\": ")
        appendArray(table.notes, to: &json)
    }

    private static func append(_ cell: ReportCell, to json: inout TextBuffer) {
        json.append("{\"display\": ")
        switch cell {
        case .text(let text):
            json.appendJSONQuoted(text)
        case .number(let display, let value):
            json.appendJSONQuoted(display)
            json.appendJSON(", \"value\": ", quoting: value)
        case .status(let badge):
            json.appendJSONQuoted(badge.label)
            json.appendJSON(", \"status\": ", quoting: badge.code)
        case .chart(let chart):
            json.appendJSONQuoted(chart.summary)
            json.append(", \"history\": [")
            json.appendEach(chart.history, separator: ", ") { json, point in
                json.appendJSON("{\"period\": ", quoting: point.label)
                json.appendJSON(", \"value\": ", quoting: point.value.description)
                json.append("}")
            }
            json.append("]")
            if let target = chart.target { json.appendJSON(", \"target\": ", quoting: target.description) }
        case .empty:
            json.append("\"\"")
        }
        json.append("}")
    }

    /// Appends strings as a JSON array on one line: `["a", "b"]`.
    private static func appendArray(_ texts: [String], to json: inout TextBuffer) {
        json.append("[")
        json.appendEach(texts, separator: ", ") { json, text in json.appendJSONQuoted(text) }
        json.append("]")
    }
}
