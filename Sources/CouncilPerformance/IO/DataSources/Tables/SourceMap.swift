/// Where each element of a model read from tables came from, for locating cross-reference problems.
///
/// Locating is rare (only a problem needs it) and recording is not (every element of a file), so a
/// record is just the element's key and its row; the rows are located only when ``index()`` builds the
/// lookup for a validation that found problems.
struct SourceMap: Sendable {
    /// One recorded element: its key, its row, and the column to locate when the key names no field.
    fileprivate struct Entry: Sendable {
        var key: ElementKey
        var row: TableSet.Row
        var column: String?
    }

    /// One entry an element, not one a field: a field is located in its element's row when asked, so
    /// a large council's measures cost one entry each, not one for every field validation may check.
    private var entries: [Entry] = []
    /// Where the rows of the table observations came from are, part by part (each with the index of its
    /// first row), and each observation's row in it: observations are the bulk of a file, so they are
    /// kept apart, as row numbers without keys, and their parts keep only their rows' locations
    /// (``TableSet/Table/rowLocations()``).
    var observationParts: [(firstRow: Int, table: TableSet.Table)] = []
    var observationRows = RowNumbers()

    /// The row each observation came from: nothing while every observation so far came from the row of
    /// its own position (a file without a skipped row), the rows as a list once one did not.
    struct RowNumbers: Sendable {
        /// How many observations are recorded.
        private(set) var count = 0
        /// Each observation's row, once one's row differs from its position; `nil` until then.
        private var listed: [UInt32]?

        /// Records the next observation's row.
        ///
        /// - Parameter row: Its row's index in the table, below 2³².
        mutating func append(_ row: Int) {
            if listed == nil {
                guard row != count else {
                    count += 1
                    return
                }
                listed = Array(0..<UInt32(count))
            }
            listed?.append(UInt32(row))
            count += 1
        }

        /// The row of the observation at a position.
        ///
        /// - Parameter position: From 0 to `count - 1`.
        subscript(position: Int) -> Int {
            listed.map { Int($0[position]) } ?? position
        }
    }

    /// Records where an element came from.
    ///
    /// A key that names a field is located at that column of the element's row; record the element,
    /// not each field.
    ///
    /// - Parameters:
    ///   - key: The element (its kind, identifier and position); without a field.
    ///   - row: The row the element came from.
    ///   - column: The column to locate for the element itself, instead of its row's start.
    mutating func record(_ key: ElementKey, row: TableSet.Row, column: String? = nil) {
        entries.append(Entry(key: key, row: row, column: column))
    }

    /// Records where an element came from; its fields are located in the same row, by column name.
    ///
    /// - Parameters:
    ///   - kind: The element's kind.
    ///   - id: Its identifier.
    ///   - row: The row it came from.
    mutating func record(_ kind: ElementKind, _ id: String, row: TableSet.Row) {
        record(ElementKey(kind, id), row: row)
    }

    /// The recorded elements, keyed, for locating problems.
    func index() -> Index {
        var elements: [ElementKey: [Entry]] = [:]
        for entry in entries { elements[entry.key, default: []].append(entry) }
        let rows = (0..<observationRows.count).map { position -> TableSet.Row? in
            let row = observationRows[position]
            // The last part that starts at or before the row.
            var (low, high) = (0, observationParts.count)
            while low < high {
                let middle = (low + high) / 2
                if observationParts[middle].firstRow <= row { low = middle + 1 } else { high = middle }
            }
            guard low > 0 else { return nil }
            let part = observationParts[low - 1]
            return TableSet.Row(table: part.table, index: row - part.firstRow)
        }
        return Index(elements: elements, observationRows: rows)
    }

    /// Locations by element.
    struct Index {
        fileprivate var elements: [ElementKey: [Entry]]
        fileprivate var observationRows: [TableSet.Row?]

        /// Where the `occurrence`th (0-based) element recorded under a key came from (the cell of the
        /// key's field, when it names one), or the key as a path in `file`.
        func location(_ key: ElementKey, occurrence: Int = 0, file: String) -> Diagnostic.Location {
            if key.kind == .observation, let index = Int(key.id), index < observationRows.count,
                let row = observationRows[index]
            {
                return row.location
            }
            var element = key
            element.field = nil
            guard let all = elements[element], occurrence < all.count else {
                let path = occurrence == 0 ? key.description : "\(key)#\(occurrence + 1)"
                return Diagnostic.Location(file: file, path: path)
            }
            let entry = all[occurrence]
            return (key.field ?? entry.column).map { entry.row.location($0) } ?? entry.row.location
        }
    }
}
