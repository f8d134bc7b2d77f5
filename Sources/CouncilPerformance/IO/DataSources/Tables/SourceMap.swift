/// Where each element of a model read from tables came from, for locating cross-reference problems.
///
/// Locating is rare (only a problem needs it) and recording is not (every element of a file), so a
/// record is just the element's key and its row; the rows are located only when ``index()`` builds the
/// lookup for a validation that found problems.
struct SourceMap: Sendable {
    private var entries: [(key: ElementKey, row: TableSet.Row, column: String?)] = []
    /// The table observations came from, and each observation's row in it: observations are the bulk
    /// of a file, so they are kept apart, as row numbers without keys.
    var observationTable: TableSet.Table?
    var observationRows: [Int] = []

    /// Records where an element (or one of its fields) came from.
    ///
    /// - Parameters:
    ///   - key: The element, or its field, whose cell is then located.
    ///   - row: The row the element came from.
    ///   - column: The column to locate instead of the field's.
    mutating func record(_ key: ElementKey, row: TableSet.Row, column: String? = nil) {
        entries.append((key, row, column ?? key.field))
    }

    /// Records where an element came from, and where each of its fields that others may refer to came from.
    ///
    /// - Parameters:
    ///   - kind: The element's kind.
    ///   - id: Its identifier.
    ///   - fields: The fields validation may find a problem in.
    ///   - row: The row it came from.
    mutating func record(_ kind: ElementKind, _ id: String, fields: [TableSchema.Column] = [], row: TableSet.Row) {
        record(ElementKey(kind, id), row: row)
        for field in fields { record(ElementKey(kind, id, field: field.name), row: row) }
    }

    /// The recorded elements, keyed, for locating problems.
    func index() -> Index {
        var locations: [ElementKey: [Diagnostic.Location]] = [:]
        for entry in entries {
            locations[entry.key, default: []].append(entry.column.map { entry.row.location($0) } ?? entry.row.location)
        }
        let rows = observationTable.map { table in observationRows.map { TableSet.Row(table: table, index: $0) } }
        return Index(locations: locations, observationRows: rows ?? [])
    }

    /// Locations by element.
    struct Index {
        fileprivate var locations: [ElementKey: [Diagnostic.Location]]
        fileprivate var observationRows: [TableSet.Row]

        /// Where the `occurrence`th (0-based) element recorded under a key came from, or the key as a path
        /// in `file`.
        func location(_ key: ElementKey, occurrence: Int = 0, file: String) -> Diagnostic.Location {
            if key.kind == .observation, let index = Int(key.id), index < observationRows.count {
                return observationRows[index].location
            }
            guard let all = locations[key], occurrence < all.count else {
                let path = occurrence == 0 ? key.description : "\(key)#\(occurrence + 1)"
                return Diagnostic.Location(file: file, path: path)
            }
            return all[occurrence]
        }
    }
}
