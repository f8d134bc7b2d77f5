#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

extension ExcelFormat {
    /// An empty workbook to fill in: every table's sheet with its header, a `notes` sheet explaining each
    /// column (from the same table definitions as the formats page), a list of allowed values on each
    /// coded column with a closed set (units, good is, status, ...), and frozen header rows.
    ///
    /// ```swift
    /// let bytes = ExcelFormat.template()   // write it with any file API
    /// ```
    ///
    /// - Returns: The `.xlsx` file; the same bytes every time.
    public static func template() -> [UInt8] {
        WorkbookWriter.workbook(
            TableSchema.all.map { sheet($0, columns: Array($0.columns.indices), rows: []) } + [notesSheet()]
        )
    }

    /// A model's tables as a workbook, a sheet per table that has rows, with the template's notes and
    /// lists; it reads back to the same model.
    ///
    /// Numbers are written as numbers where the text is a number's plain form (`2010000`, `61.5`);
    /// anything else (`8,569` as printed, `n/a`) as text, so nothing changes on reading back.
    ///
    /// - Parameter data: The model.
    /// - Returns: The `.xlsx` file.
    /// - Complexity: O(*n*) in the model's cells.
    public static func workbook(for data: PerformanceData) -> [UInt8] {
        let tables = PerformanceDataWriter(data: data).tables().filter { !$0.rows.isEmpty || $0.schema == .council }
        return WorkbookWriter.workbook(
            tables.map { sheet($0.schema, columns: $0.writtenColumns(), rows: $0.rows) } + [notesSheet()]
        )
    }

    /// A table's sheet: a bold header, then each row, with the lists of its coded columns.
    private static func sheet(_ schema: TableSchema, columns: [Int], rows: [[String]]) -> WorkbookSheet {
        let header = columns.map { WorkbookSheet.Cell.heading(schema.columns[$0].name) }
        let body = rows.map { row in
            columns.map { index -> WorkbookSheet.Cell in
                let text = row[index]
                if text.isEmpty { return .empty }
                switch schema.columns[index].type {
                case .integer, .money, .measureValue:
                    // A number only where reading it back gives the same text.
                    if DecimalText.shifted(text) == text { return .number(text, format: nil) }
                    return .text(text)
                default:
                    return .text(text)
                }
            }
        }
        let validations = columns.enumerated().compactMap { position, index in
            schema.columns[index].allowedValues.map { WorkbookSheet.ListValidation(column: position, values: $0) }
        }
        var widths = WorkbookSheet.widths(of: [header] + body)
        for position in widths.indices { widths[position] = max(widths[position], 12) }
        return WorkbookSheet(name: schema.name, rows: [header] + body, columnWidths: widths, validations: validations)
    }

    /// The `notes` sheet: what each table and column holds.
    private static func notesSheet() -> WorkbookSheet {
        var rows: [[WorkbookSheet.Cell]] = [
            [.heading("table"), .heading("column"), .heading("type"), .heading("required"), .heading("meaning")]
        ]
        for schema in TableSchema.all {
            rows.append([.text(schema.name), .empty, .empty, .empty, .text(schema.summary)])
            for column in schema.columns {
                rows.append([
                    .text(schema.name), .text(column.name), .text(column.type.rawValue),
                    column.isRequired ? .text("yes") : .empty, .text(column.summary),
                ])
            }
        }
        return WorkbookSheet(name: notesSheetName, rows: rows, columnWidths: [24, 24, 16, 10, 100])
    }
}

extension PerformanceData {
    /// Writes the data as one Excel workbook, a sheet per table, atomically.
    ///
    /// - Parameter file: The `.xlsx` file.
    /// - Throws: ``FileWriteError`` with the path, the step and the reason when it cannot be written.
    public func writeExcel(to file: URL) throws(FileWriteError) {
        try AtomicFile.write(ExcelFormat.workbook(for: self), to: file)
    }
}
