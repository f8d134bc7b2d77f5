/// The library's tables as one Excel workbook (`.xlsx`): a sheet per table, named as the CSV files are
/// (`measures`, `observations`, ...), its header in the first row.
///
/// Cells are read as the sheet shows them, then through the same checks as the CSV format, so a
/// workbook and the same tables as CSV load to the same data: shared and inline strings as text;
/// numbers exactly (never through `Double`, rounded to the 15 digits a spreadsheet shows); a cell
/// formatted as a percentage that holds 0.61 as `61%`; dates stored as serial numbers (1900 or 1904
/// date system) as `2018-03-31`, or as the month `Sep 2018` in a period column when on a month's first day; `TRUE` and
/// `FALSE`; formulas by their cached value. Refused, each at its cell: merged cells, formulas without a
/// cached value, error values, and values in a column without a header. A sheet named `notes` (the
/// template's) is skipped; any other sheet must be a table. Sheet names match in any case (`Measures`).
///
/// Diagnostics name the workbook, sheet and cell: `council.xlsx[observations]!C118: ...`.
///
/// ```swift
/// let data = try ExcelFormat.read(workbook: bytes, name: "council.xlsx")
/// ```
public enum ExcelFormat: Sendable {
    /// The largest workbook read, in bytes (256 MiB); its parts may inflate to at most 1 GiB in all.
    public static let maximumFileSize = 256 * 1024 * 1024

    /// The name of the sheet that explains the columns, which readers skip.
    public static let notesSheetName = "notes"

    /// Reads a model from a workbook held in memory.
    ///
    /// - Parameters:
    ///   - bytes: The `.xlsx` file.
    ///   - name: The workbook's name, for diagnostics, such as `council.xlsx`.
    /// - Returns: The validated model.
    /// - Throws: ``DataSourceError`` with every problem in every sheet.
    /// - Complexity: O(*n*) in the workbook's inflated size.
    public static func read(workbook bytes: [UInt8], name: String) throws(DataSourceError) -> PerformanceData {
        var set = TableSet()
        do {
            var workbook = try ExcelWorkbook(bytes: bytes)
            for sheet in workbook.sheets {
                // Excel holds sheet names unique regardless of case, so `Measures` is the measures table.
                let key = sheet.name.lowercased()
                guard let schema = TableSchema.all.first(where: { $0.name == key }) else {
                    if key != notesSheetName {
                        set.diagnostics.append(
                            Diagnostic(
                                code: .structure,
                                location: .init(file: name, sheet: sheet.name),
                                message: "unknown sheet \"\(sheet.name)\" (expected one of "
                                    + "\(TableSchema.all.map(\.name).joined(separator: ", ")), or \(notesSheetName))"
                            )
                        )
                    }
                    continue
                }
                let part = try workbook.bytes(of: sheet)
                var reader = ExcelTableReader(
                    workbook: name,
                    sheet: sheet.name,
                    schema: schema,
                    uses1904Dates: workbook.uses1904Dates
                )
                set.tables[schema.name] = reader.read(
                    ExcelSheetReader(part, sharedStrings: workbook.sharedStrings, styles: workbook.styles)
                )
                set.diagnostics += reader.diagnostics
            }
        } catch {
            throw DataSourceError(diagnostics: [
                Diagnostic(
                    code: .syntax,
                    location: .init(file: name),
                    message: error.part.map { "\($0): \(error.message)" } ?? error.message
                )
            ])
        }
        var builder = PerformanceDataReader(tables: set, file: name, councilFile: name)
        return try builder.read().get()
    }
}
