/// Rows of the interchange tables as read from a file, each cell with its location.
///
/// No value is parsed yet. Both the CSV and the JSON formats produce a `TableSet`; one reader builds the model from it.
struct TableSet: Sendable {
    struct Cell: Sendable {
        var text: String
        var location: Diagnostic.Location
    }

    struct Row: Sendable {
        var location: Diagnostic.Location
        var cells: [String: Cell]
        /// Required columns the file's header lacks (already reported once for the file).
        var absentColumns: Set<String> = []

        /// The trimmed text of a column, empty when absent.
        func text(_ column: String) -> String {
            cells[column]?.text.trimmingWhitespace() ?? ""
        }

        /// Where a column's cell is, or the row when the column is absent.
        func location(_ column: String) -> Diagnostic.Location {
            cells[column]?.location ?? location
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
