/// Reads one sheet of a workbook into a table of the interchange format: the header from the first
/// row, then each row's cells as the text the sheet shows, every problem located at its cell.
struct ExcelTableReader {
    /// The workbook's name, for diagnostics.
    let workbook: String
    /// The sheet's name.
    let sheet: String
    /// The table the sheet holds.
    let schema: TableSchema
    /// Whether serial dates count from 1904.
    let uses1904Dates: Bool
    /// The problems found.
    private(set) var diagnostics: [Diagnostic] = []

    /// The most bytes a cell's text may hold (1 MiB), as a CSV field.
    static let maximumCellBytes = 1_048_576

    /// Creates a reader for a sheet.
    init(workbook: String, sheet: String, schema: TableSchema, uses1904Dates: Bool) {
        self.workbook = workbook
        self.sheet = sheet
        self.schema = schema
        self.uses1904Dates = uses1904Dates
    }

    private mutating func report(_ code: Diagnostic.Code, row: Int?, column: Int?, _ message: String) {
        diagnostics.append(
            Diagnostic(
                code: code,
                location: .init(file: workbook, line: row, column: column, sheet: sheet),
                message: message
            )
        )
    }

    /// Reads the sheet's rows into a table.
    ///
    /// - Parameter rows: The sheet's reader.
    /// - Returns: The table; problems are in ``diagnostics``.
    /// - Complexity: O(*n*) in the sheet's cells.
    mutating func read(_ rows: ExcelSheetReader) -> TableSet.Table {
        var rows = rows
        let columns = schema.columns.map(\.name)
        var builder = TableSet.Builder(file: workbook, columns: columns)
        builder.sheet = sheet
        var header = Header()
        var headerRead = false
        do {
            while let row = try rows.nextRow() {
                if !headerRead {
                    headerRead = true
                    guard row.number == 1 else {
                        report(
                            .structure,
                            row: 1,
                            column: nil,
                            "row 1 is empty (expected the column names of \(schema.name))"
                        )
                        return builder.build()
                    }
                    header = self.header(row)
                    var absent: Set<String> = []
                    for column in schema.columns
                    where column.isRequired && !header.held.contains(where: { columns[$0] == column.name }) {
                        absent.insert(column.name)
                        report(
                            .structure,
                            row: 1,
                            column: nil,
                            "no \(column.name) column (expected it in row 1 of the \(schema.name) sheet)"
                        )
                    }
                    builder = TableSet.Builder(
                        file: workbook,
                        columns: columns,
                        held: header.held,
                        absentColumns: absent
                    )
                    builder.sheet = sheet
                    continue
                }
                append(row, header: header, to: &builder)
            }
        } catch {
            report(
                .syntax,
                row: nil,
                column: nil,
                "the sheet cannot be read (line \(error.line) of its XML: \(error.message))"
            )
        }
        for merged in rows.mergedRanges {
            report(
                .structure,
                row: merged.row > 0 ? merged.row : nil,
                column: merged.column > 0 ? merged.column : nil,
                "cells \(merged.range) are merged (expected one value in each cell; unmerge them)"
            )
        }
        return builder.build()
    }

    /// Where a sheet's header puts the table's columns.
    private struct Header {
        /// For each sheet column (1-based) that names a table column, its slot among the held ones.
        var slots: [Int: Int] = [:]
        /// The schema columns held, in slot order.
        var held: [Int] = []
        /// The sheet column of each slot.
        var columns: [Int] = []
        /// The sheet columns whose header cell holds anything, known or not.
        var named: Set<Int> = []
    }

    /// Reads the header row, reporting names that are not the table's columns and names given twice.
    private mutating func header(_ row: ExcelSheetReader.Row) -> Header {
        let names = schema.columns.map(\.name)
        var header = Header()
        for cell in row.cells {
            header.named.insert(cell.column)
            guard case .text(let text) = cell.value else {
                report(
                    .structure,
                    row: 1,
                    column: cell.column,
                    "a header cell that is not text (expected a column name)"
                )
                continue
            }
            let name = text.trimmingWhitespace()
            guard let position = names.firstIndex(of: name) else {
                report(
                    .structure,
                    row: 1,
                    column: cell.column,
                    "unknown column \"\(name)\" in \(schema.name) (expected one of \(names.joined(separator: ", ")))"
                )
                continue
            }
            guard !header.held.contains(position) else {
                report(.structure, row: 1, column: cell.column, "the column \(name) is named twice (expected once)")
                continue
            }
            header.slots[cell.column] = header.held.count
            header.held.append(position)
            header.columns.append(cell.column)
        }
        return header
    }

    /// Appends a data row, each held column's text at its own cell.
    ///
    /// A held column the row has no cell for gets an empty one at its place, so a problem is located at
    /// the cell. A row with a cell that cannot be read (reported) is left out, so its other cells add no
    /// problems that follow from the first.
    private mutating func append(
        _ row: ExcelSheetReader.Row,
        header: Header,
        to builder: inout TableSet.Builder
    ) {
        var texts: [String?] = Array(repeating: nil, count: header.held.count)
        var readable = true
        for cell in row.cells {
            guard let slot = header.slots[cell.column] else {
                // A column whose header names no table column has been reported once, at its header.
                if !header.named.contains(cell.column) {
                    report(
                        .structure,
                        row: row.number,
                        column: cell.column,
                        "a value in a column with no name in row 1 (expected the column's name there, or an empty cell)"
                    )
                }
                continue
            }
            let type = schema.columns[header.held[slot]].type
            if let text = text(of: cell.value, type: type, row: row.number, column: cell.column) {
                guard text.utf8.count <= Self.maximumCellBytes else {
                    // The CSV reader's limit on a field, so both routes accept the same data.
                    report(
                        .syntax,
                        row: row.number,
                        column: cell.column,
                        "cell is too large (expected at most 1,048,576 bytes in one cell)"
                    )
                    readable = false
                    continue
                }
                texts[slot] = text
            } else {
                readable = false
            }
        }
        guard readable, texts.contains(where: { $0 != nil }) else { return }
        builder.startRow(line: row.number)
        for (slot, text) in texts.enumerated() {
            builder.setCell(slot: slot, text: text ?? "", line: row.number, column: header.columns[slot])
        }
    }

    /// The text a cell shows, in the form the column's parser reads; `nil` (reported) for a cell that
    /// cannot be read.
    private mutating func text(
        of value: ExcelSheetReader.Value,
        type: TableSchema.ColumnType,
        row: Int,
        column: Int
    ) -> String? {
        switch value {
        case .text(let text):
            return text
        case .boolean(let flag):
            return flag ? "TRUE" : "FALSE"
        case .isoDate(let text):
            return type == .date ? String(text.prefix(10)) : text
        case .number(let stored, let style):
            switch style {
            case .number(let look):
                if let text = ExcelCellText.decimal(stored) { return ExcelCellText.shown(text, look) }
            case .percentage(let look):
                if let text = ExcelCellText.decimal(stored, shift: 2) { return ExcelCellText.shown(text, look) + "%" }
            case .date:
                if let date = ExcelCellText.date(serial: stored, uses1904: uses1904Dates) {
                    // A period column holds no days: the first of a month is the month, as a spreadsheet
                    // stores a typed `Aug 2018`.
                    return type == .period && date.day == 1 ? ExcelCellText.month(date) : ExcelCellText.iso(date)
                }
                report(
                    .invalidValue,
                    row: row,
                    column: column,
                    "\(stored) is not a date (expected a day from 1900 to 9999)"
                )
                return nil
            }
            report(.syntax, row: row, column: column, "\"\(stored)\" is not a number (the workbook is damaged)")
            return nil
        case .error(let code):
            report(.invalidValue, row: row, column: column, "the cell holds the error \(code) (expected a value)")
            return nil
        case .uncalculated(let formula):
            report(
                .invalidValue,
                row: row,
                column: column,
                "the formula =\(formula) has no cached value (expected its result; open and save the workbook in a "
                    + "spreadsheet application, or type the value)"
            )
            return nil
        case .missingSharedString(let index):
            report(.syntax, row: row, column: column, "shared string \(index) is not in the workbook (it is damaged)")
            return nil
        }
    }
}
