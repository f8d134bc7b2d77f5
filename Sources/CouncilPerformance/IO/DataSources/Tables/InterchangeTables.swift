/// The interchange tables as rows of text, for a layer above IO that keeps them elsewhere (the history
/// store keeps them in SQLite).
///
/// Rows come from the same writer, and go back through the same reader and validation, as the CSV and
/// JSON formats: a model kept as these rows reads back to the model the files give, so every report of
/// it is byte-identical.
package enum InterchangeTables {
    /// The rows of every table of a model, in schema order; each row's cells are in the schema's column
    /// order, canonical text, empty for nothing.
    ///
    /// - Parameter data: The model.
    /// - Returns: Each table's schema and rows, for every table of ``TableSchema/all``.
    /// - Complexity: O(*n*) in the model's elements.
    package static func rows(of data: PerformanceData) -> [(schema: TableSchema, rows: [[String]])] {
        PerformanceDataWriter(data: data).tables().map { ($0.schema, $0.rows) }
    }

    /// A table's cells gathered as text, row after row, to read back.
    package struct TextTable: Sendable {
        /// The table's schema.
        package let schema: TableSchema
        /// Every cell's bytes, one after another.
        private(set) var bytes: [UInt8] = []
        /// Each cell as a range of ``bytes``, packed as `start << 32 | end`.
        private(set) var cells: [Int] = []
        /// The columns' names as UTF-8, for matching a row's keys without making strings.
        private let columnNames: [[UInt8]]
        /// The schema columns each row holds a cell for, in order; `nil` for every column.
        private(set) var held: [Int]?

        /// Creates an empty table.
        ///
        /// - Parameter schema: The table's schema.
        package init(_ schema: TableSchema) {
            self.schema = schema
            columnNames = schema.columns.map { Array($0.name.utf8) }
        }

        /// Creates an empty table that holds cells for some of its schema's columns only, as a CSV file
        /// whose header names just those: ``appendCell(_:)`` then takes a row's held columns in order.
        ///
        /// - Parameters:
        ///   - schema: The table's schema.
        ///   - columns: The positions in the schema of the columns held, in order, every required column
        ///     among them.
        package init(_ schema: TableSchema, holding columns: [Int]) {
            precondition(
                schema.columns.indices.allSatisfy { !schema.columns[$0].isRequired || columns.contains($0) },
                "a table holds its required columns"
            )
            self.init(schema)
            held = columns
        }

        /// The number of whole rows appended.
        package var count: Int {
            let width = held?.count ?? schema.columns.count
            return width == 0 ? 0 : cells.count / width
        }

        /// Appends the next cell: the columns of a row in schema order, then the next row's.
        ///
        /// - Parameter text: The cell's UTF-8 bytes; empty for nothing.
        package mutating func appendCell(_ text: UnsafeBufferPointer<UInt8>) {
            let start = bytes.count
            bytes.append(contentsOf: text)
            cells.append(PackedPair.pack(start, bytes.count))
        }

        /// Appends the next cell from a string.
        ///
        /// - Parameter text: The cell's text; empty for nothing.
        package mutating func appendCell(_ text: String) {
            let start = bytes.count
            bytes.append(contentsOf: text.utf8)
            cells.append(PackedPair.pack(start, bytes.count))
        }

        /// Appends an empty cell.
        package mutating func appendEmptyCell() {
            cells.append(PackedPair.pack(bytes.count, bytes.count))
        }

        /// Leaves out the columns that are empty in every row; call it after the last row.
        ///
        /// Like a CSV file whose header does not name them, the table then holds no cells for them;
        /// required columns are kept. The reader gives an absent column's cells as empty, so the model read is the same; it only
        /// skips cells that hold nothing (a return's observations rarely use more than three of their
        /// thirteen columns).
        ///
        /// - Complexity: O(*n*) in the cells.
        package mutating func removeEmptyColumns() {
            let width = schema.columns.count
            guard held == nil, width > 0 else { return }
            let rows = cells.count / width
            var used = schema.columns.map(\.isRequired)
            for row in 0..<rows {
                for column in 0..<width where !used[column] {
                    let cell = cells[row * width + column]
                    if PackedPair.high(cell) != PackedPair.low(cell) { used[column] = true }
                }
            }
            let kept = used.indices.filter { used[$0] }
            guard !kept.isEmpty, kept.count < width else { return }
            var narrowed: [Int] = []
            narrowed.reserveCapacity(rows * kept.count)
            for row in 0..<rows {
                for column in kept { narrowed.append(cells[row * width + column]) }
            }
            cells = narrowed
            held = kept
        }

        /// Appends a row from a JSON object of column names and texts, as ``jsonObject(_:schema:)`` writes
        /// it; columns the object does not give are empty.
        ///
        /// An object as ``jsonObject(_:schema:)`` writes it (keys in column order, no white space, only
        /// the escapes it writes) is copied straight into the table; any other object goes through the
        /// JSON parser, with the same result.
        ///
        /// - Parameter json: The object's UTF-8 text.
        /// - Returns: `false`, appending nothing, when the text is not such an object.
        /// - Complexity: O(*n*) in the text's length.
        package mutating func appendRow(json: UnsafeBufferPointer<UInt8>) -> Bool {
            let (byteCount, cellCount) = (bytes.count, cells.count)
            if appendCanonicalRow(json) { return true }
            bytes.removeSubrange(byteCount...)
            cells.removeSubrange(cellCount...)
            return appendRow(json: Array(json))
        }

        /// Appends a row from a JSON object as ``jsonObject(_:schema:)`` writes it, reading its bytes once.
        ///
        /// - Returns: `false` when the text is written any other way (it may have appended part of a row).
        private mutating func appendCanonicalRow(_ json: UnsafeBufferPointer<UInt8>) -> Bool {
            let (quote, backslash) = (UInt8(ascii: "\""), UInt8(ascii: "\\"))
            var at = 0
            /// Takes the expected byte.
            func take(_ byte: UInt8) -> Bool {
                guard at < json.count, json[at] == byte else { return false }
                at += 1
                return true
            }
            guard take(UInt8(ascii: "{")) else { return false }
            var column = 0
            if !take(UInt8(ascii: "}")) {
                repeat {
                    // The key: a column after the previous one (column names need no escapes).
                    guard take(quote) else { return false }
                    let keyStart = at
                    while at < json.count, json[at] != quote, json[at] != backslash { at += 1 }
                    let key = UnsafeBufferPointer(rebasing: json[keyStart..<at])
                    guard take(quote), take(UInt8(ascii: ":")), take(quote) else { return false }
                    guard let index = columnNames[column...].firstIndex(where: { $0.elementsEqual(key) }) else {
                        return false
                    }
                    while column < index {
                        appendEmptyCell()
                        column += 1
                    }
                    // The value, unescaped into the table's bytes.
                    let start = bytes.count
                    while at < json.count, json[at] != quote {
                        let byte = json[at]
                        guard byte >= 0x20 else { return false }
                        if byte != backslash {
                            bytes.append(byte)
                            at += 1
                            continue
                        }
                        guard at + 1 < json.count else { return false }
                        switch json[at + 1] {
                        case quote, backslash, UInt8(ascii: "/"): bytes.append(json[at + 1])
                        case UInt8(ascii: "n"): bytes.append(0x0A)
                        case UInt8(ascii: "r"): bytes.append(0x0D)
                        case UInt8(ascii: "t"): bytes.append(0x09)
                        case UInt8(ascii: "b"): bytes.append(0x08)
                        case UInt8(ascii: "f"): bytes.append(0x0C)
                        case UInt8(ascii: "u"):
                            // Only the control characters `jsonObject` writes as `\u00XX`.
                            guard at + 5 < json.count, json[at + 2] == UInt8(ascii: "0"),
                                json[at + 3] == UInt8(ascii: "0"),
                                let high = Self.hexDigit(json[at + 4]), let low = Self.hexDigit(json[at + 5]),
                                high < 2
                            else { return false }
                            bytes.append(high << 4 | low)
                            at += 4
                        default: return false
                        }
                        at += 2
                    }
                    guard take(quote) else { return false }
                    cells.append(PackedPair.pack(start, bytes.count))
                    column += 1
                } while take(UInt8(ascii: ","))
                guard take(UInt8(ascii: "}")) else { return false }
            }
            guard at == json.count else { return false }
            while column < columnNames.count {
                appendEmptyCell()
                column += 1
            }
            return true
        }

        /// The value of a hexadecimal digit.
        private static func hexDigit(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: nil
            }
        }

        /// Appends a row from a JSON object of column names and texts, through the JSON parser; columns the
        /// object does not give are empty.
        ///
        /// - Parameter json: The object's UTF-8 text.
        /// - Returns: `false`, appending nothing, when the text is not such an object.
        package mutating func appendRow(json: [UInt8]) -> Bool {
            guard case .object(let members)? = try? JSONValue.parse(json) else { return false }
            var texts = [String?](repeating: nil, count: schema.columns.count)
            for member in members {
                guard case .string(let text) = member.value,
                    let index = schema.columns.firstIndex(where: { $0.name == member.key })
                else { return false }
                texts[index] = text
            }
            for text in texts { appendCell(text ?? "") }
            return true
        }

        /// The texts of a JSON array of strings and nulls, as SQLite's `json_array` writes columns of a
        /// row; a null is an empty text.
        ///
        /// - Parameters:
        ///   - jsonArray: The array's UTF-8 text.
        ///   - count: How many elements the array must hold.
        /// - Returns: The texts, or `nil` when the text is not such an array of `count` elements.
        package static func texts(jsonArray: UnsafeBufferPointer<UInt8>, count: Int) -> [String]? {
            guard case .array(let elements)? = try? JSONValue.parse(Array(jsonArray)), elements.count == count
            else { return nil }
            var texts: [String] = []
            for element in elements {
                switch element.value {
                case .string(let text): texts.append(text)
                case .null: texts.append("")
                default: return nil
                }
            }
            return texts
        }

        fileprivate func table() -> TableSet.Table {
            TableSet.Builder.table(
                file: schema.name,
                columns: schema.columns.map(\.name),
                held: held,
                bytes: bytes,
                cells: cells
            )
        }
    }

    /// A row as a JSON object of its non-empty cells, keyed by column name, in column order.
    ///
    /// - Parameters:
    ///   - row: The row's cells, in the schema's column order.
    ///   - schema: The table's schema.
    /// - Returns: The object's text, such as `{"id":"M1","name":"Adults in work"}`.
    package static func jsonObject(_ row: [String], schema: TableSchema) -> String {
        var text = "{"
        for (column, cell) in zip(schema.columns, row) where !cell.isEmpty {
            if text.count > 1 { text += "," }
            text += JSONText.quoted(column.name) + ":" + JSONText.quoted(cell)
        }
        return text + "}"
    }

    /// Reads and validates a model from tables of text, exactly as the CSV format reads its files.
    ///
    /// - Parameters:
    ///   - tables: The tables; a table not given is empty, except `council`, which must be given.
    ///   - file: The name diagnostics give for the whole (a store and its return).
    /// - Returns: The validated model.
    /// - Throws: ``DataSourceError`` with every problem.
    package static func read(_ tables: [TextTable], file: String) throws(DataSourceError) -> PerformanceData {
        var set = TableSet()
        for table in tables { set.tables[table.schema.name] = table.table() }
        var reader = PerformanceDataReader(tables: set, file: file, councilFile: file)
        return try reader.read().get()
    }
}
