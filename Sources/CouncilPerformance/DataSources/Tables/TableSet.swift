/// Rows of the interchange tables as read from a file, each cell with its location.
///
/// No value is parsed yet. Both the CSV and the JSON formats produce a `TableSet`; one reader builds the model from it.
struct TableSet: Sendable {
    /// One table's cells, held row after row in flat arrays.
    ///
    /// Loading is dominated by rows (a national data set has millions), so a row must cost little more
    /// than its text: it has no arrays of its own, and a cell's location is built only when a diagnostic
    /// needs it.
    final class Table: Sendable {
        /// The file or document the table was read from.
        let file: String
        /// The table's column names, in schema order.
        let columns: [String]
        /// Required columns the file's header lacks (already reported once for the file).
        let absentColumns: Set<String>
        /// Each row's start, packed as `line << 32 | column`.
        let rowPositions: [Int]
        /// Each row's path in a JSON document, such as `$.measures[3]`; empty for CSV files.
        let rowPaths: [String]
        /// Each cell's text, row after row, `nil` when the row does not give the column.
        let values: [String?]
        /// Each cell's line and column, packed as `line << 32 | column`, aligned with ``values``.
        let positions: [Int]

        fileprivate init(_ builder: Builder) {
            file = builder.file
            columns = builder.columns
            absentColumns = builder.absentColumns
            rowPositions = builder.rowPositions
            rowPaths = builder.rowPaths
            values = builder.values
            positions = builder.positions
        }

        /// The number of rows.
        var count: Int { rowPositions.count }
    }

    /// Gathers a table's rows, one at a time, as a file is read.
    struct Builder {
        let file: String
        let columns: [String]
        let absentColumns: Set<String>
        fileprivate var rowPositions: [Int] = []
        fileprivate var rowPaths: [String] = []
        fileprivate var values: [String?] = []
        fileprivate var positions: [Int] = []

        init(file: String, columns: [String], absentColumns: Set<String> = []) {
            self.file = file
            self.columns = columns
            self.absentColumns = absentColumns
        }

        /// Starts a row, with no cells given yet.
        ///
        /// - Parameters:
        ///   - line: The 1-based line where the row starts.
        ///   - column: The 1-based column where the row starts.
        ///   - path: The row's path in a JSON document; `nil` for a CSV file.
        mutating func startRow(line: Int, column: Int = 1, path: String? = nil) {
            rowPositions.append(line << 32 | column)
            if let path { rowPaths.append(path) }
            values.append(contentsOf: repeatElement(nil, count: columns.count))
            positions.append(contentsOf: repeatElement(0, count: columns.count))
        }

        /// Whether the current row gives a column (even empty).
        func has(_ column: String) -> Bool {
            guard let index = columns.firstIndex(of: column) else { return false }
            return values[values.count - columns.count + index] != nil
        }

        /// Sets a cell of the current row and where it was found.
        mutating func set(_ index: Int, text: String, line: Int, column: Int) {
            let cell = values.count - columns.count + index
            values[cell] = text
            positions[cell] = line << 32 | column
        }

        /// Sets a cell of the current row by column name; unknown names are ignored.
        mutating func set(_ column: String, text: String, line: Int, column position: Int) {
            guard let index = columns.firstIndex(of: column) else { return }
            set(index, text: text, line: line, column: position)
        }

        /// The finished table.
        func build() -> Table { Table(self) }
    }

    /// A row: its cells' texts and positions, aligned with the table's column names.
    struct Row: Sendable {
        let table: Table
        let index: Int

        /// The table's column names.
        var columns: [String] { table.columns }

        /// Required columns the file's header lacks (already reported once for the file).
        var absentColumns: Set<String> { table.absentColumns }

        /// Where the row starts; a JSON row's location also carries its path, such as `$.measures[3]`.
        var location: Diagnostic.Location {
            let packed = table.rowPositions[index]
            return Diagnostic.Location(
                file: table.file,
                line: packed >> 32,
                column: packed & 0xFFFF_FFFF,
                path: table.rowPaths.isEmpty ? nil : table.rowPaths[index]
            )
        }

        /// The row's cell at a column position.
        private func value(at column: Int) -> String? {
            table.values[index * table.columns.count + column]
        }

        /// Whether the row gives a column (even empty).
        func has(_ column: String) -> Bool {
            columns.firstIndex(of: column).map { value(at: $0) != nil } ?? false
        }

        /// The trimmed text of a column, empty when absent.
        func text(_ column: String) -> String {
            guard let index = columns.firstIndex(of: column) else { return "" }
            return text(at: index)
        }

        /// The trimmed text of the cell at a column position, empty when absent.
        func text(at column: Int) -> String {
            guard column < table.columns.count, let value = value(at: column) else { return "" }
            return value.trimmingWhitespace()
        }

        /// Where a column's cell is, or the row when the column is absent.
        func location(_ column: String) -> Diagnostic.Location {
            guard let cell = columns.firstIndex(of: column), value(at: cell) != nil else { return location }
            let packed = table.positions[index * table.columns.count + cell]
            return Diagnostic.Location(
                file: table.file,
                line: packed >> 32,
                column: packed & 0xFFFF_FFFF,
                path: table.rowPaths.isEmpty ? nil : "\(table.rowPaths[index]).\(column)"
            )
        }
    }

    /// A table's rows, in file order.
    struct Rows: RandomAccessCollection, Sendable {
        let table: Table?

        var startIndex: Int { 0 }
        var endIndex: Int { table?.count ?? 0 }

        subscript(position: Int) -> Row {
            // `endIndex` is 0 without a table, so only an index out of range gets here without one.
            guard let table else { preconditionFailure("row \(position) of an absent table") }
            return Row(table: table, index: position)
        }
    }

    /// Tables by name; tables not present are absent.
    var tables: [String: Table] = [:]
    /// Problems found while reading the files (syntax, structure).
    var diagnostics: [Diagnostic] = []

    func rows(_ table: TableSchema) -> Rows {
        Rows(table: tables[table.name])
    }
}

/// Writes a model as rows of text, table by table, in the schema's column order.
struct TableRows: Sendable {
    var schema: TableSchema
    var rows: [[String]] = []

    init(_ schema: TableSchema) {
        self.schema = schema
    }

    /// Appends a row given as column-name and text pairs; absent columns are empty.
    mutating func append(_ values: [String: String]) {
        rows.append(schema.columns.map { values[$0.name] ?? "" })
    }
}
