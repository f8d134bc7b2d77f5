/// Rows of the interchange tables as read from a file, each cell with its location.
///
/// No value is parsed yet. Both the CSV and the JSON formats produce a `TableSet`; one reader builds the model from it.
struct TableSet: Sendable {
    /// One table's cells, held row after row in flat arrays.
    ///
    /// Loading is dominated by rows (a national data set has millions), so a row must cost little more
    /// than its text: it has no arrays of its own, a CSV cell is a range of the file's bytes until the
    /// reader asks for its text, and a cell's location is not kept at all but worked out from the row's
    /// start when a diagnostic needs it (``position(ofCell:)``).
    final class Table: Sendable {
        /// The file or document the table was read from.
        let file: String
        /// The workbook's sheet the table was read from; `nil` for other files.
        let sheet: String?
        /// The table's column names, in schema order.
        let columns: [String]
        /// Required columns the file's header lacks (already reported once for the file).
        let absentColumns: Set<String>
        /// Each row's start, packed as `line << 32 | column`.
        let rowPositions: [Int]
        /// For a CSV file, each row's first byte in ``bytes`` (always the start of its line); empty
        /// otherwise.
        let rowStarts: [UInt32]
        /// Each row's path in a JSON document, such as `$.measures[3]`; empty for CSV files.
        let rowPaths: [String]
        /// Where each schema column's cell sits within a row's cells, or -1 when the table holds none
        /// (a column the file's header does not name).
        let slots: [Int]
        /// How many cells each row holds.
        let width: Int
        /// The file the cells' byte ranges point into; empty for a JSON document.
        let bytes: [UInt8]
        /// Each cell, row after row: a range of ``bytes`` packed as `start << 32 | end`; or
        /// ``Cell/absent``; or, below that, a position in ``texts`` (see ``Cell``).
        let cells: [Int]
        /// The text of cells that are not a range of the file's bytes.
        let texts: [String]
        /// Each text's line and column, packed as `line << 32 | column`, aligned with ``texts``.
        let textPositions: [Int]

        fileprivate init(_ builder: Builder) {
            file = builder.file
            sheet = builder.sheet
            columns = builder.columns
            absentColumns = builder.absentColumns
            rowPositions = builder.rowPositions
            rowStarts = builder.rowStarts
            rowPaths = builder.rowPaths
            slots = builder.slots
            width = builder.width
            bytes = builder.bytes
            cells = builder.cells
            texts = builder.texts
            textPositions = builder.textPositions
        }

        /// A table that can still locate its rows (``Row/location``) but holds none of their cells, nor
        /// the file: what locating an observation's problem needs, once its values are read.
        func rowLocations() -> Table {
            var builder = Builder(file: file, columns: columns, absentColumns: absentColumns)
            builder.sheet = sheet
            builder.rowPositions = rowPositions
            builder.rowPaths = rowPaths
            return Table(builder)
        }

        /// The number of rows.
        var count: Int { rowPositions.count }

        /// The index into ``cells`` of a row's cell in a schema column, or `nil` when not held.
        func cell(row: Int, column: Int) -> Int? {
            guard column >= 0, column < slots.count, slots[column] >= 0 else { return nil }
            return row * width + slots[column]
        }

        /// Where a given cell starts, packed as `line << 32 | column`; the row's start for an absent cell.
        ///
        /// A text cell keeps its position. A CSV cell that is a range of the file's bytes is found by
        /// reading its row from the start, counting line breaks as the CSV parser does (a quoted field
        /// may hold some), and its column is its byte offset in its line plus one, as the parser's
        /// are. A range cell of a table made by ``Builder/table(file:columns:held:bytes:cells:)`` sits
        /// at its row's line and its position in the row.
        func position(ofCell index: Int) -> Int {
            let cell = cells[index]
            let row = index / width
            if cell == Cell.absent { return rowPositions[row] }
            if cell < 0 { return textPositions[Cell.textPosition(cell)] }
            let line = PackedPair.high(rowPositions[row])
            guard !rowStarts.isEmpty else { return PackedPair.pack(line, index % width + 1) }
            return bytes.withUnsafeBufferPointer { bytes in
                var start = PackedPair.range(cell).lowerBound
                let rowStart = Int(rowStarts[row])
                // A quoted field's range starts after its opening quote; an unquoted field never
                // follows a quote directly (a comma or a line break comes first).
                if start > rowStart && bytes[start - 1] == CSVSyntax.quote { start -= 1 }
                var (line, lineStart) = (line, rowStart)
                var offset = rowStart
                while offset < start {
                    let byte = bytes[offset]
                    offset += 1
                    guard byte == CSVSyntax.lineFeed || byte == CSVSyntax.carriageReturn else { continue }
                    if byte == CSVSyntax.carriageReturn && offset < start && bytes[offset] == CSVSyntax.lineFeed {
                        offset += 1
                    }
                    line += 1
                    lineStart = offset
                }
                return PackedPair.pack(line, start - lineStart + 1)
            }
        }

        /// A location in the table's file from a packed line and column.
        func location(_ packed: Int, path: String?) -> Diagnostic.Location {
            Diagnostic.Location(
                file: file,
                line: PackedPair.high(packed),
                column: PackedPair.low(packed),
                path: path,
                sheet: sheet
            )
        }

        /// A cell's text, untrimmed, or `nil` when the row does not give the column.
        func text(ofCell index: Int) -> String? {
            let cell = cells[index]
            if cell >= 0 {
                return bytes.withUnsafeBufferPointer {
                    String(
                        decoding: UnsafeBufferPointer(rebasing: $0[PackedPair.range(cell)]),
                        as: UTF8.self
                    )
                }
            }
            return cell == Cell.absent ? nil : texts[Cell.textPosition(cell)]
        }

        /// A cell's text with white space trimmed from both ends, or `nil` when the row does not give
        /// the column.
        ///
        /// Nearly every cell of a file starts and ends with printable ASCII; such a cell's bytes are
        /// its text as they are, decided from those two bytes before a string is made.
        func trimmedText(ofCell index: Int) -> String? {
            plainRange(ofCell: index) != nil ? text(ofCell: index) : text(ofCell: index)?.trimmingWhitespace()
        }

        /// A cell's bytes when they are its trimmed text as they are: a range of the file whose first and
        /// last bytes are printable ASCII other than a space, as nearly every cell is; `nil` otherwise.
        func plainRange(ofCell index: Int) -> Range<Int>? {
            let cell = cells[index]
            guard cell >= 0 else { return nil }
            let range = PackedPair.range(cell)
            guard !range.isEmpty else { return nil }
            let (head, tail) = (bytes[range.lowerBound], bytes[range.upperBound - 1])
            return head > 0x20 && head < 0x80 && tail > 0x20 && tail < 0x80 ? range : nil
        }
    }

    /// How ``Table/cells`` encodes a cell that is not a byte range.
    enum Cell {
        /// A column the row does not give.
        static let absent = -1

        /// The cell for a position in ``Table/texts``.
        static func text(_ position: Int) -> Int { -2 - position }

        /// The position in ``Table/texts`` of a text cell.
        static func textPosition(_ cell: Int) -> Int { -2 - cell }
    }

    /// Gathers a table's rows, one at a time, as a file is read.
    struct Builder {
        let file: String
        /// The workbook's sheet the table is read from; `nil` for other files.
        var sheet: String?
        let columns: [String]
        let absentColumns: Set<String>
        fileprivate let slots: [Int]
        fileprivate let width: Int
        fileprivate let bytes: [UInt8]
        fileprivate var rowPositions: [Int] = []
        fileprivate var rowStarts: [UInt32] = []
        fileprivate var rowPaths: [String] = []
        fileprivate var cells: [Int] = []
        fileprivate var texts: [String] = []
        fileprivate var textPositions: [Int] = []

        /// Creates a builder for a table whose rows hold cells for some of the schema's columns.
        ///
        /// - Parameters:
        ///   - file: The file or document the table is read from.
        ///   - columns: The schema's column names.
        ///   - held: The schema column indices rows hold cells for, in the order cells are given;
        ///     `nil` for every column (a JSON table, whose rows may give any column).
        ///   - bytes: The file, for cells given as byte ranges of it.
        ///   - absentColumns: Required columns the file lacks.
        ///   - expectedRows: At least as many rows as the file holds, when known (a CSV file's line
        ///     count): the row arrays are made that size once, rather than grown by doubling, which
        ///     holds both the old and the new storage while it copies and leaves up to half unused.
        init(
            file: String,
            columns: [String],
            held: [Int]? = nil,
            bytes: [UInt8] = [],
            absentColumns: Set<String> = [],
            expectedRows: Int = 0
        ) {
            self.file = file
            self.columns = columns
            self.absentColumns = absentColumns
            self.bytes = bytes
            let held = held ?? Array(columns.indices)
            var slots = Array(repeating: -1, count: columns.count)
            for (slot, column) in held.enumerated() { slots[column] = slot }
            self.slots = slots
            width = held.count
            if expectedRows > 0 {
                rowPositions.reserveCapacity(expectedRows)
                rowStarts.reserveCapacity(expectedRows)
                cells.reserveCapacity(expectedRows * width)
            }
        }

        /// Starts a row, with no cells given yet.
        ///
        /// - Parameters:
        ///   - line: The 1-based line where the row starts.
        ///   - column: The 1-based column where the row starts.
        ///   - path: The row's path in a JSON document; `nil` for a CSV file.
        mutating func startRow(line: Int, column: Int = 1, path: String? = nil) {
            rowPositions.append(PackedPair.pack(line, column))
            if let path { rowPaths.append(path) }
            cells.append(contentsOf: repeatElement(Cell.absent, count: width))
        }

        /// Appends a CSV record as a row: the field at each of `fields`' indices fills the next held
        /// column, as a range of the file's bytes where it can be.
        ///
        /// - Parameters:
        ///   - record: The record.
        ///   - fields: For each held column in order, the index of its field in the record.
        mutating func appendRecord(_ record: CSVRecordView, fields: [Int]) {
            rowPositions.append(PackedPair.pack(record.line, 1))
            // A file is at most `CSVFormat.maximumFileSize` bytes, so a start fits.
            rowStarts.append(UInt32(record.start))
            for field in fields {
                guard field < record.count else {
                    cells.append(Cell.absent)
                    continue
                }
                if let range = record.range(at: field) {
                    cells.append(PackedPair.pack(range.lowerBound, range.upperBound))
                } else {
                    cells.append(Cell.text(texts.count))
                    texts.append(record.text(at: field))
                    let location = record.location(at: field)
                    textPositions.append(PackedPair.pack(location.line, location.column))
                }
            }
        }

        /// The index into the cells of the current row's cell in a column, or `nil` when not held.
        private func cell(_ column: String) -> Int? {
            guard let index = columns.firstIndex(of: column), slots[index] >= 0 else { return nil }
            return cells.count - width + slots[index]
        }

        /// Sets the current row's cell in a held column, by the column's position among the held ones
        /// (a workbook's cell, placed by its header).
        ///
        /// - Parameters:
        ///   - slot: The position among the held columns, as given to ``init(file:columns:held:bytes:absentColumns:)``.
        ///   - text: The cell's text.
        ///   - line: The 1-based line (a sheet's row).
        ///   - position: The 1-based column.
        mutating func setCell(slot: Int, text: String, line: Int, column position: Int) {
            let cell = cells.count - width + slot
            cells[cell] = Cell.text(texts.count)
            texts.append(text)
            textPositions.append(PackedPair.pack(line, position))
        }

        /// Whether the current row gives a column (even empty).
        func has(_ column: String) -> Bool {
            cell(column).map { cells[$0] != Cell.absent } ?? false
        }

        /// Sets a cell of the current row by column name; unknown names are ignored.
        mutating func set(_ column: String, text: String, line: Int, column position: Int) {
            guard let cell = cell(column) else { return }
            cells[cell] = Cell.text(texts.count)
            texts.append(text)
            textPositions.append(PackedPair.pack(line, position))
        }

        /// The finished table.
        func build() -> Table { Table(self) }

        /// A table whose every row gives the same schema columns, each cell a range of `bytes` packed as
        /// `start << 32 | end`; each cell is placed as if the rows were a CSV file's lines after a header.
        ///
        /// - Parameters:
        ///   - file: The name diagnostics give for the table.
        ///   - columns: The schema's column names.
        ///   - held: The schema column indices rows hold cells for, in order; `nil` for every column.
        ///   - bytes: Every cell's text, one after another.
        ///   - cells: Each row's cells, row after row, one for each held column.
        /// - Returns: The table.
        static func table(file: String, columns: [String], held: [Int]? = nil, bytes: [UInt8], cells: [Int]) -> Table {
            var builder = Builder(file: file, columns: columns, held: held, bytes: bytes)
            let rows = builder.width == 0 ? 0 : cells.count / builder.width
            builder.rowPositions = (0..<rows).map { PackedPair.pack($0 + 2, 1) }
            builder.cells = cells
            return Table(builder)
        }
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
            table.location(table.rowPositions[index], path: table.rowPaths.isEmpty ? nil : table.rowPaths[index])
        }

        /// The index into the table's cells of the row's cell at a column position, when the row gives
        /// the column (even empty).
        private func givenCell(at column: Int) -> Int? {
            table.cell(row: index, column: column).flatMap { table.cells[$0] == Cell.absent ? nil : $0 }
        }

        /// Whether the row gives a column (even empty).
        func has(_ column: String) -> Bool {
            columns.firstIndex(of: column).flatMap(givenCell) != nil
        }

        /// The trimmed text of a column, empty when absent.
        func text(_ column: String) -> String {
            guard let index = columns.firstIndex(of: column) else { return "" }
            return text(at: index)
        }

        /// Calls a body with the bytes of the cell at a column position when they are its text as it is
        /// (a range of the file whose first and last bytes are printable ASCII other than a space, as
        /// nearly every cell is), or returns `nil` for any other cell, whose text is to be read instead.
        func withPlainBytes<T>(at column: Int, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T? {
            guard let cell = givenCell(at: column), let range = table.plainRange(ofCell: cell) else { return nil }
            return table.bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
        }

        /// Whether the cell at a column position has the same bytes as another row's cell of the table.
        ///
        /// A value repeated row after row does; the test is cheaper than comparing texts, which would
        /// make two strings. `false` when either cell is not a range of the file.
        func repeats(_ column: Int, of other: Row) -> Bool {
            guard other.table === table, let cell = givenCell(at: column), let earlier = other.givenCell(at: column)
            else { return false }
            let (this, that) = (table.cells[cell], table.cells[earlier])
            guard this >= 0, that >= 0 else { return false }
            let (start, earlierStart) = (PackedPair.high(this), PackedPair.high(that))
            let count = PackedPair.low(this) - start
            guard count == PackedPair.low(that) - earlierStart else { return false }
            return table.bytes.withUnsafeBufferPointer { bytes in
                var offset = 0
                while offset < count, bytes[start + offset] == bytes[earlierStart + offset] { offset += 1 }
                return offset == count
            }
        }

        /// Whether the cell at a column position holds any text: cheap for the usual empty or absent
        /// cell of an optional column, which it answers without making a string.
        func hasText(at column: Int) -> Bool {
            guard let cell = givenCell(at: column) else { return false }
            if table.cells[cell] >= 0, PackedPair.range(table.cells[cell]).isEmpty { return false }
            return !text(at: column).isEmpty
        }

        /// The trimmed text of the cell at a column position, empty when absent.
        func text(at column: Int) -> String {
            guard let cell = givenCell(at: column) else { return "" }
            return table.trimmedText(ofCell: cell) ?? ""
        }

        /// Whether the row gives a column of its table (even empty).
        func has(_ column: TableSchema.Column) -> Bool { has(column.name) }

        /// The trimmed text of a column of its table, empty when absent.
        func text(_ column: TableSchema.Column) -> String { text(column.name) }

        /// Where a column's cell is, or the row when the column is absent.
        func location(_ column: TableSchema.Column) -> Diagnostic.Location { location(column.name) }

        /// Where a column's cell is, or the row when the column is absent.
        func location(_ column: String) -> Diagnostic.Location {
            guard let cell = columns.firstIndex(of: column).flatMap(givenCell) else { return location }
            return table.location(
                table.position(ofCell: cell),
                path: table.rowPaths.isEmpty ? nil : "\(table.rowPaths[index]).\(column)"
            )
        }
    }

    /// A table's rows, in file order.
    struct Rows: RandomAccessCollection, Sendable {
        let table: Table

        var startIndex: Int { 0 }
        var endIndex: Int { table.count }

        subscript(position: Int) -> Row {
            Row(table: table, index: position)
        }

        /// Whether the table holds a column, by its position among the table's columns: `false` for a
        /// column the file's header does not name, whose cells every row gives as absent.
        func holds(_ column: Int) -> Bool {
            column >= 0 && column < table.slots.count && table.slots[column] >= 0
        }
    }

    /// Tables by name; tables not present are absent.
    var tables: [String: Table] = [:]
    /// Tables read a part at a time as the reader asks, by name, rather than held whole (a CSV file's
    /// observations); such a table's entry in ``tables`` has no rows.
    var partialTables: [String: any PartialTable] = [:]

    /// A table a format reads a part at a time when the reader asks (``forEachPart(of:_:)``), so that a
    /// part's cells, not the file's, are held beside the model being made.
    protocol PartialTable: Sendable {
        /// At least as many rows as the table has, or 0 when that is not known without reading it.
        var expectedRows: Int { get }

        /// Reads the rows part by part, handing each part and the index of its first row among all the
        /// table's rows to `body`.
        ///
        /// - Returns: The problems found in reading the parts.
        func forEachPart(_ body: (_ firstRow: Int, _ part: Table) -> Void) -> [Diagnostic]
    }
    /// Problems found while reading the files (syntax, structure).
    var diagnostics: [Diagnostic] = []

    /// Hands a table's rows to `body` a part at a time: all at once for a table held whole.
    ///
    /// - Parameters:
    ///   - table: The table.
    ///   - body: Called with the index of a part's first row among the table's rows, and the part.
    /// - Returns: The syntax problems found in reading the parts.
    func forEachPart(of table: TableSchema, _ body: (_ firstRow: Int, _ part: Table) -> Void) -> [Diagnostic] {
        guard let partial = partialTables[table.name] else {
            body(0, rows(table).table)
            return []
        }
        return partial.forEachPart(body)
    }

    /// At least as many rows as a table has, where that is known without reading it; for making room.
    func expectedRows(of table: TableSchema) -> Int {
        partialTables[table.name]?.expectedRows ?? rows(table).count
    }

    /// A table's rows; none when the table is absent.
    func rows(_ table: TableSchema) -> Rows {
        Rows(table: tables[table.name] ?? Builder(file: "", columns: []).build())
    }
}

/// Writes a model as rows of text, table by table, in the schema's column order.
struct TableRows: Sendable {
    var schema: TableSchema
    var rows: [[String]] = []

    init(_ schema: TableSchema) {
        self.schema = schema
    }

    /// The positions of the columns a CSV file of these rows has: every column but those written only
    /// when used (``TableSchema/Column/isWrittenWhenEmpty``) that no row uses.
    func writtenColumns() -> [Int] {
        schema.columns.indices.filter { index in
            schema.columns[index].isWrittenWhenEmpty || rows.contains { !$0[index].isEmpty }
        }
    }

    /// Appends a row given as column and text pairs; absent columns are empty.
    mutating func append(_ values: KeyValuePairs<TableSchema.Column, String>) {
        rows.append(schema.columns.map { column in values.first { $0.key.name == column.name }?.value ?? "" })
    }

    /// The positions of columns in the schema, for ``append(_:at:)``; -1 for a column it lacks.
    func positions(of columns: [TableSchema.Column]) -> [Int] {
        columns.map { column in schema.columns.firstIndex { $0.name == column.name } ?? -1 }
    }

    /// Appends a row given as texts for columns at known positions; other columns are empty.
    ///
    /// - Parameters:
    ///   - texts: The texts, one for each position.
    ///   - positions: Each text's column position in the schema, from ``positions(of:)``.
    mutating func append(_ texts: [String], at positions: [Int]) {
        var row = Array(repeating: "", count: schema.columns.count)
        for (text, position) in zip(texts, positions) where position >= 0 { row[position] = text }
        rows.append(row)
    }
}
