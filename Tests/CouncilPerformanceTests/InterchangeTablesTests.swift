import Testing

@testable import CouncilPerformanceIO

/// The interchange tables as rows of text: a row kept as a JSON object reads back to the same cells
/// whether it is written as `jsonObject` writes it (copied straight in) or any other way (parsed).
@Suite struct InterchangeTablesTests {
    /// Each cell's text, row after row.
    static func texts(_ table: InterchangeTables.TextTable) -> [String] {
        table.cells.map { String(decoding: table.bytes[PackedPair.range($0)], as: UTF8.self) }
    }

    /// Appends a row through the fast path (a buffer) and returns whether it was accepted.
    static func append(_ json: String, to table: inout InterchangeTables.TextTable) -> Bool {
        Array(json.utf8).withUnsafeBufferPointer { table.appendRow(json: $0) }
    }

    /// Rows with every character `jsonObject` escapes, text beyond ASCII, and empty columns between.
    static let rows: [[String]] = [
        ["m0001", "Delayed transfers of care (m0001)", "count", "Low", "cumulative", "targeted", "", "", ""],
        ["", "", "", "", "", "", "", "", ""],
        ["m\"2\"", "back\\slash / and\nnew line\r\ttab", "", "", "", "", "d\u{01}\u{08}\u{0C}\u{1F}", "", "x"],
        ["m3", "Café naïve — £100 🏛", "", "", "", "", "", "o1;o2", ""],
    ]

    @Test func canonicalRowsReadBackToTheirCells() {
        let schema = TableSchema.measures
        var fast = InterchangeTables.TextTable(schema)
        var parsed = InterchangeTables.TextTable(schema)
        var expected: [String] = []
        for row in Self.rows {
            let cells = row + Array(repeating: "", count: schema.columns.count - row.count)
            let json = InterchangeTables.jsonObject(cells, schema: schema)
            let copied = Self.append(json, to: &fast)
            let parsedRow = parsed.appendRow(json: Array(json.utf8))
            #expect(copied && parsedRow)
            expected += cells
        }
        #expect(Self.texts(fast) == expected)
        #expect(Self.texts(parsed) == expected)
        #expect(fast.count == Self.rows.count)
    }

    /// Objects `jsonObject` does not write this way still read, through the parser, to the same cells.
    @Test(arguments: [
        #"{ "id" : "m1", "name" : "A" }"#,
        #"{"name":"A","id":"m1"}"#,
        #"{"id":"m\u0031","name":"A"}"#,
        #"{"id":"m1","name":"B","name":"A"}"#,
        #"{"i\u0064":"m1","name":"A"}"#,
    ])
    func otherObjectsGoThroughTheParser(json: String) {
        var table = InterchangeTables.TextTable(.measures)
        let first = Self.append(#"{"id":"m0"}"#, to: &table)
        let second = Self.append(json, to: &table)
        #expect(first && second)
        let width = TableSchema.measures.columns.count
        let expected =
            ["m0"] + Array(repeating: "", count: width - 1) + ["m1", "A"]
            + Array(repeating: "", count: width - 2)
        #expect(Self.texts(table) == expected)
    }

    /// A damaged row is refused and leaves the table as it was, even when part of it was copied.
    @Test(arguments: [
        #"{"id":"m1","name":"A""#,
        #"{"id":"m1","nom":"A"}"#,
        #"["m1"]"#,
        #"{"id":1}"#,
        "{\"id\":\"m\u{01}\"}",
        #"{"id":"m1\q"}"#,
        "",
    ])
    func damagedRowsAreRefused(json: String) {
        var table = InterchangeTables.TextTable(.measures)
        let first = Self.append(#"{"id":"m0"}"#, to: &table)
        let (bytes, cells) = (table.bytes, table.cells)
        let refused = !Self.append(json, to: &table)
        #expect(first && refused)
        #expect(table.bytes == bytes)
        #expect(table.cells == cells)
    }
}

extension InterchangeTablesTests {
    /// Columns empty in every row are left out, required ones kept; the rows' other cells are unchanged.
    @Test func emptyColumnsAreLeftOut() {
        var table = InterchangeTables.TextTable(.observations)
        let width = TableSchema.observations.columns.count
        let note = TableSchema.observations.columns.firstIndex { $0.name == "note" } ?? 0
        for (measure, value, noteText) in [("m1", "10", ""), ("m1", "", "revised"), ("m2", "7", "")] {
            var row = Array(repeating: "", count: width)
            row[0] = measure
            row[1] = "Q1 2018/19"
            row[2] = value
            row[note] = noteText
            for cell in row { table.appendCell(cell) }
        }
        table.removeEmptyColumns()
        #expect(table.held == [0, 1, 2, note])
        #expect(table.count == 3)
        #expect(
            Self.texts(table) == [
                "m1", "Q1 2018/19", "10", "", "m1", "Q1 2018/19", "", "revised", "m2", "Q1 2018/19", "7", "",
            ]
        )
    }
}

extension InterchangeTablesTests {
    /// The texts of a JSON array, as the history store reads an observation's later columns.
    static func texts(_ json: String, count: Int) -> [String]? {
        Array(json.utf8).withUnsafeBufferPointer { InterchangeTables.TextTable.texts(jsonArray: $0, count: count) }
    }

    /// SQLite's `json_array` of text columns: strings with its escapes, and null for an empty column.
    @Test func jsonArraysOfColumnsReadBackToTheirTexts() {
        let texts = Self.texts(#"[null,"say \"no\", then\nstop","caf\u00e9",null]"#, count: 4)
        #expect(texts == ["", "say \"no\", then\nstop", "café", ""])
    }

    /// An array of the wrong length or with anything but strings and nulls is refused.
    @Test(arguments: [
        #"["a",null]"#, #"["a",null,"b","c"]"#, #"["a",1,"b"]"#, #"["a",["b"],"c"]"#, #"{"a":"b"}"#, "[", "",
    ])
    func otherArraysAreRefused(json: String) {
        #expect(Self.texts(json, count: 3) == nil)
    }
}
