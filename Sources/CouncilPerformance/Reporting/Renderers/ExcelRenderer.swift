/// Renders each document as one Excel workbook (`.xlsx`): a sheet per table, numbers as numbers.
///
/// The first sheet, `report`, holds the title, the subtitle, the text of the document and a list of its
/// tables. Each table follows on its own sheet, named as the CSV renderer names its file's end
/// (`measures`, `totals`): the header in row 1, frozen, columns sized to their text. Numbers are
/// numbers with a number format that shows them exactly as the report does: percentages as percentages
/// (`61.0%` holds 0.61), money in £ (`£2.01m` holds 2010000 under `"£"0.00,,"m"`), a £000s column
/// holds pounds under the format `#,##0,` so it shows thousands (-6,612 holds -6612000), and a signed
/// difference keeps its `+`. A figure no number format shows as the report does (`5:41 mins`) is its
/// text. Statuses are their words. The same document gives the same bytes.
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
        [
            RenderedFile(
                name: Self.fileName(of: document),
                mediaType: Self.mediaType,
                bytes: WorkbookWriter.workbook(sheets(of: document))
            )
        ]
    }

    /// Writes the document's workbook into the set as it is written, a row at a time, rather than
    /// holding the whole workbook and its copies.
    ///
    /// - Parameters:
    ///   - document: The document.
    ///   - set: The set to write `<name>.xlsx` into.
    /// - Throws: ``ReportSetError`` when the file cannot be written; the set is then abandoned.
    public func render(_ document: ReportDocument, into set: StagedReportSet) throws(ReportSetError) {
        let sheets = sheets(of: document)
        try set.stream(Self.fileName(of: document)) { buffer in
            WorkbookWriter.workbook(sheets) {
                buffer.append(bytes: $0)
            } overwrite: { offset, replacement in
                buffer.overwrite(at: offset, with: replacement)
            }
        }
    }

    private static func fileName(of document: ReportDocument) -> String { "\(document.name).xlsx" }

    /// The sheets: the contents, then one for each table, its header frozen and its columns sized.
    private func sheets(of document: ReportDocument) -> [WorkbookSheet] {
        var sheets = [contents(of: document)]
        for table in document.tables {
            let header = table.columns.map { WorkbookSheet.Cell.heading($0.fullTitle) }
            // The header, then each row's cells made as the writer reads them, as the table's own rows
            // may be: a table of a large council's measures is never held as workbook cells.
            let rows = LazyRows(count: table.rows.count + 1) { place in
                guard place > 0 else { return header }
                return table.rows[place - 1].enumerated().map { index, cell in
                    Self.cell(cell, column: index < table.columns.count ? table.columns[index] : nil)
                }
            }
            // One reading of the rows sizes the columns and finds the styles the cells use, in the order
            // the writer would (the header's first), so that it need not read them for that as well.
            var widths = table.columns.map { min(60, max(8, $0.fullTitle.count + 2)) }
            var styles: [WorkbookSheet.Style] = []
            var styled: Set<WorkbookSheet.Style> = []
            func note(_ cell: WorkbookSheet.Cell) {
                if let style = cell.style, styled.insert(style).inserted { styles.append(style) }
            }
            header.forEach(note)
            for row in table.rows {
                for (index, cell) in row.enumerated() {
                    if index < widths.count {
                        widths[index] = min(60, max(widths[index], cell.displayText.count + 2))
                    }
                    let column = index < table.columns.count ? table.columns[index] : nil
                    note(Self.cell(cell, column: column))
                }
            }
            var sheet = WorkbookSheet(name: table.name, rows: rows, columnWidths: widths)
            sheet.styles = styles
            sheets.append(sheet)
        }
        return sheets
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

    /// A number cell whose format shows the value as `display` does, or `nil` when no format of the kinds
    /// below does (`yes`, `n/a`, `5:41 mins`): the cell is then the display's text.
    ///
    /// The display is read as an optional `+` or `-`, an optional `£`, digits with or without thousands
    /// separators and decimals, an optional `%`, `k` or `m`, and an optional period after the figure
    /// (`90% (Q2 2018/19)`) kept as literal text. The number is the value, in pounds for a £000s column;
    /// the format scales it by thousands (`#,##0,`) or millions where the display shows it so
    /// (`£2.01m`, a £000s figure `2,010`). The format is kept only when it shows exactly the display.
    ///
    /// - Parameters:
    ///   - display: The text the report shows.
    ///   - value: The exact value, as ``ReportCell/plainValue`` gives it.
    ///   - inThousands: Whether the value counts thousands of pounds (a `(£000)` column).
    /// - Returns: The cell, or `nil`.
    static func number(display: String, value: String, inThousands: Bool) -> WorkbookSheet.Cell? {
        guard !value.isEmpty, value.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "." }),
            var number = DecimalText.shifted(value, by: inThousands ? 3 : 0)
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
        let plus = figure.hasPrefix("+")
        if plus { figure = figure.dropFirst() }
        let negative = figure.hasPrefix("-") || figure.hasPrefix("\u{2212}")
        if negative { figure = figure.dropFirst() }
        let pounds = figure.hasPrefix("£")
        if pounds { figure = figure.dropFirst() }
        var suffix = ""
        var scales = [0, 1, 2]
        // The value in the display's units, to hold against its digits.
        let displayed = number
        if figure.hasSuffix("%") {
            suffix = "%"
            scales = [0]
            guard let fraction = DecimalText.shifted(number, by: -2) else { return nil }
            number = fraction
        } else if figure.hasSuffix("k") || figure.hasSuffix("m") {
            suffix = "\"\(figure.last ?? "k")\""
            scales = figure.hasSuffix("k") ? [1] : [2]
        }
        if !suffix.isEmpty { figure = figure.dropLast() }
        guard negative == number.hasPrefix("-"), let first = figure.first, first.isNumber,
            figure.allSatisfy({ $0.isNumber || $0 == "," || $0 == "." })
        else { return nil }
        let grouped = figure.contains(",")
        let places = figure.firstIndex(of: ".").map { figure.distance(from: $0, to: figure.endIndex) - 1 } ?? 0
        // The scale at which the value, rounded as the display is, shows the display's digits.
        let magnitude = negative ? String(displayed.dropFirst()) : displayed
        let shown = scales.first { scale in
            guard let scaled = DecimalText.shifted(magnitude, by: -3 * scale),
                let exact = try? ExactDecimal(scaled)
            else { return false }
            return exact.formatted(decimalPlaces: places, groupingSeparator: grouped) == figure
        }
        guard let scale = shown else { return nil }
        var body = (grouped ? "#,##0" : "0") + (places > 0 ? "." + String(repeating: "0", count: places) : "")
        body += String(repeating: ",", count: scale) + suffix + literal
        if pounds { body = "\"£\"" + body }
        let format = plus ? "\"+\"" + body + ";-" + body : body
        return .number(number, format: format == "0" ? nil : format)
    }
}
