/// Rows of the interchange tables as read from a file, each cell with its location.
///
/// No value is parsed yet. Both the CSV and the JSON formats produce a `TableSet`; one reader builds the model from it.
struct TableSet: Sendable {
    /// A row: its cells' texts and positions, aligned with the table's column names.
    ///
    /// Cells are held in arrays rather than a dictionary, and a cell's location is built only when a
    /// diagnostic needs it: loading is dominated by rows, so a row must cost little more than its text.
    struct Row: Sendable {
        /// Where the row starts; a JSON row's location also carries its path, such as `$.measures[3]`.
        var location: Diagnostic.Location
        /// The table's column names, shared by all its rows.
        let columns: [String]
        /// Each column's text, or `nil` when the row does not give the column.
        var values: [String?]
        /// Each cell's line and column, packed as `line << 32 | column`.
        var positions: [Int]
        /// Required columns the file's header lacks (already reported once for the file).
        var absentColumns: Set<String>

        init(location: Diagnostic.Location, columns: [String], absentColumns: Set<String> = []) {
            self.location = location
            self.columns = columns
            self.values = Array(repeating: nil, count: columns.count)
            self.positions = Array(repeating: 0, count: columns.count)
            self.absentColumns = absentColumns
        }

        /// Whether the row gives a column (even empty).
        func has(_ column: String) -> Bool {
            columns.firstIndex(of: column).map { values[$0] != nil } ?? false
        }

        /// Sets a column's text and where it was found.
        mutating func set(_ column: String, text: String, line: Int, column position: Int) {
            guard let index = columns.firstIndex(of: column) else { return }
            values[index] = text
            positions[index] = line << 32 | position
        }

        /// The trimmed text of a column, empty when absent.
        func text(_ column: String) -> String {
            guard let index = columns.firstIndex(of: column), let value = values[index] else { return "" }
            return value.trimmingWhitespace()
        }

        /// The trimmed text of the cell at a column position, empty when absent.
        func text(at index: Int) -> String {
            guard index < values.count, let value = values[index] else { return "" }
            return value.trimmingWhitespace()
        }

        /// Where a column's cell is, or the row when the column is absent.
        func location(_ column: String) -> Diagnostic.Location {
            guard let index = columns.firstIndex(of: column), values[index] != nil else { return location }
            let packed = positions[index]
            return Diagnostic.Location(
                file: location.file,
                line: packed >> 32,
                column: packed & 0xFFFF_FFFF,
                path: location.path.map { "\($0).\(column)" }
            )
        }
    }

    /// Rows by table name; tables not present are absent.
    var tables: [String: [Row]] = [:]
    /// Problems found while reading the files (syntax, structure).
    var diagnostics: [Diagnostic] = []

    func rows(_ table: TableSchema) -> [Row] {
        tables[table.name] ?? []
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
