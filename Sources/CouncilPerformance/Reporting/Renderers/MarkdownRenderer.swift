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
        var lines: [String] = []
        Self.write(document) { lines += $0 }
        let bytes = Array(lines.joined(separator: "\n").utf8)
        return [RenderedFile(name: Self.fileName(of: document), mediaType: Self.mediaType, bytes: bytes)]
    }

    /// Writes the document's file into the set as it is rendered, a megabyte at a time.
    ///
    /// - Parameters:
    ///   - document: The document.
    ///   - set: The set to write `<name>.md` into.
    /// - Throws: ``ReportSetError`` when the file cannot be written; the set is then abandoned.
    public func render(_ document: ReportDocument, into set: StagedReportSet) throws(ReportSetError) {
        try set.stream(Self.fileName(of: document)) { buffer in
            var isFirst = true
            Self.write(document) { lines in
                for line in lines {
                    if !isFirst { buffer.append("\n") }
                    isFirst = false
                    buffer.appendUnescaped(line)
                }
            }
        }
    }

    private static let mediaType = "text/markdown; charset=utf-8"

    private static func fileName(of document: ReportDocument) -> String { "\(document.name).md" }

    /// Gives the document's lines, without their line breaks, a block at a time.
    private static func write(_ document: ReportDocument, lines emit: ([String]) -> Void) {
        emit(["# \(escape(document.title))", ""])
        if let subtitle = document.subtitle { emit(["_\(escape(subtitle))_", ""]) }
        for block in document.blocks {
            switch block {
            case .heading(let text, let level):
                emit([String(repeating: "#", count: min(max(level, 2), 6)) + " " + escape(text), ""])
            case .paragraph(let text):
                emit([escape(text), ""])
            case .list(let items):
                emit(items.map { "- " + escape($0) } + [""])
            case .note(let text):
                emit(["> " + escape(text), ""])
            case .table(let table):
                Self.table(table, lines: emit)
                emit([""])
            case .processChart(let figure):
                emit(["**Chart: \(escape(figure.title))**", "", escape(figure.summary), ""])
            }
        }
    }

    /// Gives a table's lines: its caption, header, rows and notes.
    private static func table(_ table: ReportTable, lines emit: ([String]) -> Void) {
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
        emit(lines)
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
            emit(["| " + cells.joined(separator: " | ") + " |"])
        }
        if !table.notes.isEmpty { emit([""] + table.notes.map { "_\(escape($0))_" }) }
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
        document.tables.map { table in
            var bytes: [UInt8] = []
            write(table) { bytes.append(contentsOf: $0) }
            return RenderedFile(name: Self.fileName(of: table, in: document), mediaType: Self.mediaType, bytes: bytes)
        }
    }

    /// Writes each table's file into the set as it is rendered, a megabyte at a time.
    ///
    /// - Parameters:
    ///   - document: The document.
    ///   - set: The set to write `<document>-<table>.csv` files into.
    /// - Throws: ``ReportSetError`` when a file cannot be written; the set is then abandoned.
    public func render(_ document: ReportDocument, into set: StagedReportSet) throws(ReportSetError) {
        for table in document.tables {
            try set.stream(Self.fileName(of: table, in: document)) { buffer in
                write(table) { buffer.append(bytes: $0) }
            }
        }
    }

    private static let mediaType = "text/csv; charset=utf-8; header=present"

    private static func fileName(of table: ReportTable, in document: ReportDocument) -> String {
        "\(document.name)-\(table.name).csv"
    }

    /// Writes a table as CSV, a line at a time: numbers as plain numbers, everything else as its plain
    /// value.
    private func write(_ table: ReportTable, emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        let writer = CSVWriter(
            options: CSVWriter.Options(
                includeByteOrderMark: includeByteOrderMark,
                lineEnding: .crlf,
                neutralizesFormulas: true
            )
        )
        let rows = table.rows.lazy.map { row in
            row.map { cell -> CSVWriter.Cell in
                if case .number(_, let value) = cell { return .number(value) }
                return .text(cell.plainValue)
            }
        }
        writer.write(header: table.columns.map(\.fullTitle), rows: rows, emit: emit)
    }
}
