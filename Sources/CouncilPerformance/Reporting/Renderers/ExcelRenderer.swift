/// Renders each document as one Excel workbook (`.xlsx`): a sheet per table, numbers as numbers.
///
/// The first sheet, `report`, holds the title, the subtitle, the text of the document and a list of its
/// tables. Each table follows on its own sheet, named as the CSV renderer names its file's end
/// (`measures`, `totals`): the header in row 1, frozen, columns sized to their text. Numbers are
/// numbers with a number format that shows them as the report does: percentages as percentages
/// (`61.0%` holds 0.61), money in £ (`£2.01m` holds 2010000 under `"£"#,##0.00,,"m"`), and a £000s
/// column holds pounds under the format `#,##0,` so it shows thousands (-6,612 holds -6612000).
/// Statuses are their words. The same document gives the same bytes.
///
/// ```swift
/// let files = ExcelRenderer().render(document)   // [dashboard.xlsx]
/// ```
public struct ExcelRenderer: PerformanceReporter {
    /// Creates an Excel renderer.
    public init() {}

    /// The format's name, `xlsx`.
    public var formatName: String { "xlsx" }

    /// The media type of a workbook.
    public static let mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    /// Renders the document as `<name>.xlsx`.
    ///
    /// - Parameter document: The document.
    /// - Returns: One workbook.
    /// - Complexity: O(*n*) in the document's cells.
    public func render(_ document: ReportDocument) -> [RenderedFile] {
        var sheets = [contents(of: document)]
        for table in document.tables {
            let header = table.columns.map { WorkbookSheet.Cell.heading($0.fullTitle) }
            let rows = table.rows.map { row in
                row.enumerated().map { index, cell in
                    Self.cell(cell, column: index < table.columns.count ? table.columns[index] : nil)
                }
            }
            var widths = table.columns.map { min(60, max(8, $0.fullTitle.count + 2)) }
            for row in table.rows {
                for (index, cell) in row.enumerated() where index < widths.count {
                    widths[index] = min(60, max(widths[index], cell.displayText.count + 2))
                }
            }
            sheets.append(WorkbookSheet(name: table.name, rows: [header] + rows, columnWidths: widths))
        }
        return [
            RenderedFile(
                name: "\(document.name).xlsx",
                mediaType: Self.mediaType,
                bytes: WorkbookWriter.workbook(sheets)
            )
        ]
    }

    /// The first sheet: title, subtitle, the document's text and its tables.
    private func contents(of document: ReportDocument) -> WorkbookSheet {
        var rows: [[WorkbookSheet.Cell]] = [[.heading(document.title)]]
        if let subtitle = document.subtitle { rows.append([.text(subtitle)]) }
        for block in document.blocks {
            switch block {
            case .heading(let text, _): rows.append([.heading(text)])
            case .paragraph(let text), .note(let text): rows.append([.text(text)])
            case .list(let items): rows += items.map { [.text("• \($0)")] }
            case .table(let table): rows.append([.text("\(table.caption) (sheet \(table.name))")])
            case .processChart(let figure): rows.append([.text(figure.title)])
            }
        }
        return WorkbookSheet(name: "report", rows: rows, columnWidths: [100], frozenRows: 1)
    }

    /// A report cell as a workbook cell: numbers with the format their display text implies.
    static func cell(_ cell: ReportCell, column: ReportTable.Column?) -> WorkbookSheet.Cell {
        switch cell {
        case .empty: return .empty
        case .text(let text): return text.isEmpty ? .empty : .text(text)
        case .status(let badge): return .text(badge.label)
        case .chart(let chart): return .text(chart.summary)
        case .number(let display, let value):
            return number(display: display, value: value, inThousands: column?.fullTitle.contains("(£000)") == true)
                ?? .text(display)
        }
    }

    /// A number cell, or `nil` when the value is not a plain number (`yes`, `n/a`).
    ///
    /// The format shows the number as `display` does: its decimal places, thousands separators,
    /// percentage, `£` with `k` or `m`, thousands for a £000s column, and a period the display adds
    /// after the figure (`90% (Q2 2018/19)`) as literal text.
    static func number(display: String, value: String, inThousands: Bool) -> WorkbookSheet.Cell? {
        guard !value.isEmpty, value.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "." }),
            DecimalText.shifted(value) != nil
        else { return nil }
        var figure = Substring(display)
        var literal = ""
        if display.hasSuffix(")"), !display.contains("\""), let open = display.lastIndex(of: "("),
            open > display.startIndex, display[display.index(before: open)] == " "
        {
            let start = display.index(before: open)
            figure = display[..<start]
            literal = "\"" + display[start...] + "\""
        }
        let places = decimalPlaces(figure)
        let fixed = places == 0 ? "0" : "0." + String(repeating: "0", count: places)
        if figure.hasSuffix("%") {
            return DecimalText.shifted(value, by: -2).map { .number($0, format: fixed + "%" + literal) }
        }
        let body = figure.drop { $0 == "-" || $0 == "\u{2212}" }
        if body.hasPrefix("£") {
            let scale = figure.hasSuffix("m") ? ",,\"m\"" : figure.hasSuffix("k") ? ",\"k\"" : ""
            return .number(value, format: "\"£\"#,##" + fixed + scale + literal)
        }
        if inThousands {
            return DecimalText.shifted(value, by: 3).map { .number($0, format: "#,##" + fixed + "," + literal) }
        }
        let format = figure.contains(",") ? "#,##" + fixed : (places == 0 ? "General" : fixed)
        return .number(value, format: format == "General" && literal.isEmpty ? nil : format + literal)
    }

    /// The decimal places a display text shows: the digits after its point.
    private static func decimalPlaces(_ display: Substring) -> Int {
        guard let point = display.lastIndex(of: ".") else { return 0 }
        return display[display.index(after: point)...].prefix { $0.isNumber }.count
    }
}
