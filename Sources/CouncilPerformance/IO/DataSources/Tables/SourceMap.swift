/// Where each element of a model read from tables came from, for locating cross-reference problems.
///
/// Locating is rare (only a problem needs it) and recording is not (every element of a file), so a
/// record is just the element's key and its row; the rows are located only when ``index()`` builds the
/// lookup for a validation that found problems.
struct SourceMap: Sendable {
    /// One recorded element: its key (without a field), its row as a table and an index, and the column
    /// to locate when the key names no field; 32 bytes, as a large council's measures and targets each
    /// have one.
    fileprivate struct Entry: Sendable {
        var id: String
        /// The row's index in its table.
        var row: UInt32
        /// The key's position, or `UInt32.max` when it has none.
        var position: UInt32
        /// The row's table, in ``SourceMap/tables``.
        var table: UInt32
        var kind: ElementKind
        /// The column, in ``SourceMap/columnNames``, or `UInt8.max` for the row's start.
        var column: UInt8
    }

    /// One entry an element, not one a field: a field is located in its element's row when asked, so
    /// a large council's measures cost one entry each, not one for every field validation may check.
    private var entries: [Entry] = []
    /// The tables the entries' rows are in.
    private var tables: [TableSet.Table] = []
    /// The columns entries locate instead of their row's start.
    private var columnNames: [String] = []
    /// Where the rows of the table observations came from are, part by part (each with the index of its
    /// first row), and each observation's row in it: observations are the bulk of a file, so they are
    /// kept apart, as row numbers without keys, and a part keeps only its rows' lines (``PartRows``).
    private(set) var observationParts: [(firstRow: Int, rows: PartRows)] = []
    var observationRows = RowNumbers()

    /// Where the rows of one part of the observations are.
    enum PartRows: Sendable {
        /// Row *i* is on line `firstLine + i`, at column 1: a part of a CSV file with no blank line and no
        /// record over several lines, which is nearly every part, kept as two values.
        case lines(file: String, firstLine: Int)
        /// The part's row locations (``TableSet/Table/rowLocations()``).
        case table(TableSet.Table)

        /// The locations of a part's rows.
        init(_ part: TableSet.Table) {
            let firstLine = part.rowPositions.first.map(PackedPair.high) ?? 1
            let consecutive =
                part.sheet == nil && part.rowPaths.isEmpty
                && part.rowPositions.indices.allSatisfy { part.rowPositions[$0] == PackedPair.pack(firstLine + $0, 1) }
            self = consecutive ? .lines(file: part.file, firstLine: firstLine) : .table(part.rowLocations())
        }

        /// Where a row starts.
        func location(ofRow row: Int) -> Diagnostic.Location {
            switch self {
            case .lines(let file, let firstLine): Diagnostic.Location(file: file, line: firstLine + row, column: 1)
            case .table(let table): TableSet.Row(table: table, index: row).location
            }
        }
    }

    /// Records where the rows of the next part of the observations are.
    ///
    /// - Parameters:
    ///   - part: The part.
    ///   - firstRow: The index of its first row among the table's rows.
    mutating func recordObservationPart(_ part: TableSet.Table, firstRow: Int) {
        observationParts.append((firstRow, PartRows(part)))
    }

    /// Makes room for `count` more elements, so that recording a large table does not grow the entries
    /// by doubling.
    mutating func reserve(_ count: Int) {
        entries.reserveCapacity(entries.count + count)
    }

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
        // Elements come table by table: the row's table is nearly always the last one recorded.
        let table = tables.lastIndex { $0 === row.table } ?? tables.count
        if table == tables.count { tables.append(row.table) }
        var columnIndex = UInt8.max
        if let column {
            let known = columnNames.firstIndex(of: column) ?? columnNames.count
            if known == columnNames.count { columnNames.append(column) }
            columnIndex = UInt8(truncatingIfNeeded: known)
        }
        entries.append(
            Entry(
                id: key.id,
                row: UInt32(row.index),
                position: key.position.map { UInt32($0) } ?? .max,
                table: UInt32(table),
                kind: key.kind,
                column: columnIndex
            )
        )
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
        // Each key's first entry, and each entry's next one with the same key: one table entry a key, not
        // an array.
        var first: [ElementKey: Int] = [:]
        first.reserveCapacity(entries.count)
        var next = [Int32](repeating: -1, count: entries.count)
        var last: [ElementKey: Int] = [:]
        for (place, entry) in entries.enumerated() {
            let key = ElementKey(entry.kind, entry.id, position: entry.position == .max ? nil : Int(entry.position))
            if let previous = last.updateValue(place, forKey: key) {
                next[previous] = Int32(place)
            } else {
                first[key] = place
            }
        }
        return Index(map: self, first: first, next: next)
    }

    /// Locations by element.
    struct Index {
        fileprivate let map: SourceMap
        fileprivate let first: [ElementKey: Int]
        fileprivate let next: [Int32]

        /// Where the `occurrence`th (0-based) element recorded under a key came from (the cell of the
        /// key's field, when it names one), or the key as a path in `file`.
        func location(_ key: ElementKey, occurrence: Int = 0, file: String) -> Diagnostic.Location {
            if key.kind == .observation, let index = Int(key.id), index >= 0, index < map.observationRows.count,
                let location = map.observationLocation(index)
            {
                return location
            }
            var element = key
            element.field = nil
            var place = first[element]
            for _ in 0..<occurrence { place = place.flatMap { next[$0] >= 0 ? Int(next[$0]) : nil } }
            guard let place else {
                let path = occurrence == 0 ? key.description : "\(key)#\(occurrence + 1)"
                return Diagnostic.Location(file: file, path: path)
            }
            let entry = map.entries[place]
            let row = TableSet.Row(table: map.tables[Int(entry.table)], index: Int(entry.row))
            let column = key.field ?? (entry.column == .max ? nil : map.columnNames[Int(entry.column)])
            return column.map { row.location($0) } ?? row.location
        }
    }

    /// Where the observation at a position came from, or `nil` when its row is in no part.
    private func observationLocation(_ position: Int) -> Diagnostic.Location? {
        let row = observationRows[position]
        // The last part that starts at or before the row.
        var (low, high) = (0, observationParts.count)
        while low < high {
            let middle = (low + high) / 2
            if observationParts[middle].firstRow <= row { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        let part = observationParts[low - 1]
        return part.rows.location(ofRow: row - part.firstRow)
    }
}
