import CouncilPerformance
import Testing

@testable import CouncilPerformanceIO

/// Where a CSV cell is, worked out when a diagnostic asks.
///
/// A table keeps no position for a CSV cell: it reads the row again from its start. These tests hold
/// that to the CSV parser's own locations, on files built to trip it up.
@Suite struct TableSetTests {
    /// Copies every record into a table, as the loader does, and keeps the parser's locations beside it.
    private struct Sink: CSVRecordSink {
        var builder: TableSet.Builder
        var fields: [Int]
        var locations: [[CSVRecord.Location]] = []

        mutating func record(_ record: CSVRecordView) {
            builder.appendRecord(record, fields: fields)
            locations.append(record.locations)
        }
    }

    /// The table of a file whose header names `width` columns, and the parser's location of each cell.
    private static func read(_ bytes: [UInt8], width: Int) -> (TableSet.Table, [[CSVRecord.Location]]) {
        let columns = (0..<width).map { "c\($0)" }
        let builder = TableSet.Builder(file: "t.csv", columns: columns, bytes: bytes)
        let sink = Sink(builder: builder, fields: Array(0..<width))
        return bytes.withUnsafeBufferPointer { buffer in
            var parser = CSVParser(bytes: buffer, options: .init(), file: "t.csv", sink: sink)
            parser.parse()
            #expect(parser.errors == [])
            return (parser.sink.builder.build(), parser.sink.locations)
        }
    }

    private static func position(_ table: TableSet.Table, row: Int, column: Int) -> [Int] {
        let packed = table.position(ofCell: row * table.width + column)
        return [PackedPair.high(packed), PackedPair.low(packed)]
    }

    @Test func placesCellsAsWorkedOutByHand() {
        // Line 2: `"a` opens a quoted field that runs to line 4 (a lone CR, then CRLF); `""` is an empty
        // quoted field; `"x""y"` is unquoted into text. Line 5 starts with an empty field.
        let text = "h0,h1,h2\n\"a\rb\r\nc\",\"\",\"x\"\"y\"\n,é,\"z\"\n"
        let (table, _) = Self.read(Array(text.utf8), width: 3)
        #expect(table.count == 2)
        #expect(Self.position(table, row: 0, column: 0) == [2, 1])
        #expect(Self.position(table, row: 0, column: 1) == [4, 4])
        #expect(Self.position(table, row: 0, column: 2) == [4, 7])
        #expect(Self.position(table, row: 1, column: 0) == [5, 1])
        #expect(Self.position(table, row: 1, column: 1) == [5, 2])
        // `é` is two bytes, and columns count bytes.
        #expect(Self.position(table, row: 1, column: 2) == [5, 5])
    }

    @Test(arguments: [
        "a,b,c\n1,2,3\n",
        "a,b,c\r\n\"1\r\n2\",\"\"\"\",3\r\n\"\",,\"x\ny\"\r\n",
        "a,b,c\r\"q\rr\",s,\"t\"\"u\"\"\"\r,,\n",
        "\u{FEFF}a,b,c\n\"£1\",\"€\n\n2\",\"ok\"\n4,\"5\",6",
        "a,b,c\n\n1,2,3\n\n\n\"x\",y,z\n",
    ])
    func agreesWithTheParserOnEveryCell(text: String) {
        let (table, locations) = Self.read(Array(text.utf8), width: 3)
        #expect(table.count == locations.count)
        for (row, fields) in locations.enumerated() {
            for (column, location) in fields.enumerated() {
                #expect(Self.position(table, row: row, column: column) == [location.line, location.column])
            }
        }
    }

    @Test func placesACellOfAnInterchangeTableByItsRowAndSlot() {
        let bytes = Array("abc".utf8)
        let cells = [PackedPair.pack(0, 1), PackedPair.pack(1, 2), PackedPair.pack(2, 3), PackedPair.pack(0, 0)]
        let table = TableSet.Builder.table(file: "t", columns: ["x", "y"], bytes: bytes, cells: cells)
        #expect(table.count == 2)
        #expect(Self.position(table, row: 0, column: 1) == [2, 2])
        #expect(Self.position(table, row: 1, column: 0) == [3, 1])
    }

    @Test func trimsACellAsItsStringIsTrimmed() {
        // Plain cells, padded ones, white space of every kind (a tab, a no-break space), text that ends
        // in a multibyte letter, empty and quoted cells.
        let text = "a,b,c\nplain, padded ,\tx\t\n\u{00A0}nbsp\u{00A0},café,é\n,\"\",\" q \"\n\"\"\"x\"\"\", ,1\n"
        let (table, _) = Self.read(Array(text.utf8), width: 3)
        #expect(table.count == 4)
        var trimmed: [String] = []
        for index in table.cells.indices {
            let expected = table.text(ofCell: index)?.trimmingWhitespace()
            #expect(table.trimmedText(ofCell: index) == expected, "cell \(index)")
            trimmed.append(table.trimmedText(ofCell: index) ?? "-")
        }
        #expect(trimmed == ["plain", "padded", "x", "nbsp", "café", "é", "", "", "q", "\"x\"", "", "1"])
    }
    /// A file held in memory is refused over the size a file on disk may be, every such file named, as
    /// reading from disk refuses it: a cell is a byte range of its file, which holds positions below 2³².
    @Test func filesInMemoryOverTheLimitAreRefusedByName() throws {
        let files: [String: [UInt8]] = [
            "council.csv": Array("council,plan_title\nCouncil,Plan\n".utf8),
            "measures.csv": Array("id,name,unit,good_is\nm1,Adults,count,High\n".utf8),
            "observations.csv": Array("measure,period,value\nm1,Q1 2018/19,4\n".utf8),
        ]
        // 32, 42 and 37 bytes: a limit of 36 refuses the last two, each named; one of 42 refuses none.
        let error = #expect(throws: DataSourceError.self) { try CSVFormat.read(files: files, limit: 36) }
        #expect(
            error?.diagnostics.map(\.description) == [
                "measures.csv: the file is 42 bytes (expected at most 36)",
                "observations.csv: the file is 37 bytes (expected at most 36)",
            ]
        )
        let data = try CSVFormat.read(files: files, limit: 42)
        #expect(data.observations.count == 1)
    }
    /// The line count that sizes a table counts every line feed, eight bytes at a time, and nothing else:
    /// bytes that differ from a line feed in one bit (0x0B, 0x8A), next to one or not, are not counted.
    @Test func lineCountCountsEveryLineFeedAndNothingElse() {
        func count(_ bytes: [UInt8]) -> Int { bytes.withUnsafeBufferPointer { CSVSyntax.lineCount($0) } }
        #expect(count([]) == 1)
        #expect(count(Array("a,b\n1,2".utf8)) == 2)
        #expect(count(Array("a,b\n1,2\n".utf8)) == 3)
        #expect(count([0x0A, 0x0B, 0x0A, 0x0B, 0x8A, 0x0A, 0x09, 0x0A, 0x0A, 0x00, 0xFF, 0x0A, 0x0A]) == 8)
        // Every length and alignment up to 40 bytes, against a byte-by-byte count.
        let pattern: [UInt8] = [0x0A, 0x0B, 0x8A, 0x00, 0x0A, 0x7F, 0x0A, 0x80, 0x0A, 0x0A, 0x2C, 0xC3, 0xA9]
        for length in 0...40 {
            for shift in 0..<pattern.count {
                let bytes = (0..<length).map { pattern[($0 + shift) % pattern.count] }
                #expect(count(bytes) == bytes.filter { $0 == 0x0A }.count + 1)
            }
        }
    }
    /// A table's arrays are made room for from the line count, but not for a file of mostly blank lines:
    /// a gigabyte of line feeds makes no rows, and room for a row a line would be many gigabytes.
    @Test func roomIsMadeForARowALineUnlessTheLinesAreMostlyBlank() {
        func rows(_ text: String, width: Int) -> Int {
            Array(text.utf8).withUnsafeBufferPointer {
                CSVFormat.expectedRows(lines: CSVSyntax.lineCount($0), bytes: $0.count, width: width)
            }
        }
        let header = "measure,period,value\n"
        let row = "m0001,Q1 2016/17,452\n"
        // 21 bytes a row; room for one is (3 + 2) * 8 = 40 bytes, within four times the row.
        #expect(rows(header + String(repeating: row, count: 1000), width: 3) == 1002)
        #expect(rows(header + String(repeating: "\n", count: 1000) + row, width: 3) == 0)
        // On the boundary: four times a file of 10 lines of 10 bytes (one with no line feed) is room
        // for exactly 10 rows of 3 cells.
        let exact = String(repeating: "123456789\n", count: 9) + "1234567890"
        #expect(rows(exact, width: 3) == 10)
        #expect(rows(exact, width: 4) == 0)
    }
    /// The source map keeps no row number for an observation that came from the row of its own position,
    /// and every one once a row was skipped.
    @Test func observationRowNumbersAreKeptOnlyOnceARowIsSkipped() {
        var rows = SourceMap.RowNumbers()
        for row in 0..<4 { rows.append(row) }
        #expect(rows.count == 4)
        #expect((0..<4).map { rows[$0] } == [0, 1, 2, 3])
        rows.append(6)
        rows.append(7)
        #expect(rows.count == 6)
        #expect((0..<6).map { rows[$0] } == [0, 1, 2, 3, 6, 7])
        var skippedFirst = SourceMap.RowNumbers()
        skippedFirst.append(1)
        #expect(skippedFirst[0] == 1)
    }
    /// A part of the observations whose rows are on consecutive lines keeps two values, not a location a row.
    ///
    /// A part with a blank line or a record over two lines keeps its rows' locations. Both locate every
    /// row where the table does.
    @Test func observationPartsKeepLinesOnlyWhenTheyAreConsecutive() {
        let consecutive = Self.read(Array("a,b\n1,2\n3,4\n5,6\n".utf8), width: 2).0
        let gapped = Self.read(Array("a,b\n1,2\n\n3,4\n\"5\n\",6\n7,8\n".utf8), width: 2).0
        let part = SourceMap.PartRows(consecutive)
        guard case .lines(let file, let firstLine) = part else {
            Issue.record("consecutive rows kept as a table")
            return
        }
        #expect(file == "t.csv")
        #expect(firstLine == 2)
        guard case .table = SourceMap.PartRows(gapped) else {
            Issue.record("rows after a blank line kept as consecutive lines")
            return
        }
        for table in [consecutive, gapped] {
            let rows = SourceMap.PartRows(table)
            for row in 0..<table.count {
                #expect(rows.location(ofRow: row) == TableSet.Row(table: table, index: row).location)
            }
        }
        #expect((0..<gapped.count).map { SourceMap.PartRows(gapped).location(ofRow: $0).line } == [2, 4, 5, 7])
    }

    /// Observations read a few records at a time make the same model as read at once.
    @Test func observationsReadInPartsMakeTheSameModel() throws {
        let files = CSVFormatTests.files(try CSVFormatTests.example())
        let whole = try CSVFormat.read(files: files, limit: CSVFormat.maximumFileSize, recordsPerPart: 1_000_000)
        #expect(whole.observations.count > 4)
        for size in [1, 2, 3] {
            let parts = try CSVFormat.read(files: files, limit: CSVFormat.maximumFileSize, recordsPerPart: size)
            #expect(parts == whole)
        }
    }

    /// Problems in any part of the observations (syntax, reading, validation) are located as when the
    /// file is read at once.
    @Test func problemsInAnyPartAreLocatedAsInOne() {
        let files: [String: [UInt8]] = [
            "council.csv": Array("council,plan_title\nCouncil,Plan\n".utf8),
            "measures.csv": Array("id,name,unit,good_is\nm1,Adults,count,High\n".utf8),
            "observations.csv": Array(
                """
                measure,period,value
                m1,Q1 2018/19,1
                m1,Q2 2018/19,2

                m1,Q3 2018/19,3"x
                m9,Q3 2018/19,4
                m1,Q4 2018/19,5
                m1,Q4 2018/19,6

                """.utf8
            ),
        ]
        func problems(_ size: Int) -> [String] {
            do {
                _ = try CSVFormat.read(files: files, limit: CSVFormat.maximumFileSize, recordsPerPart: size)
                return []
            } catch {
                return error.diagnostics.map(\.description)
            }
        }
        let whole = problems(100)
        #expect(whole.count == 2)
        #expect(whole.contains { $0.hasPrefix("observations.csv:5:") })
        #expect(whole.contains { $0.hasPrefix("observations.csv:6:1:") && $0.contains("m9") })
        for size in [1, 2, 3] { #expect(problems(size) == whole) }
        // Without the two bad rows, the second value for Q4 is found by validation, at its row.
        var valid = files
        valid["observations.csv"] = Array(
            "measure,period,value\nm1,Q1 2018/19,1\nm1,Q2 2018/19,2\nm1,Q4 2018/19,5\nm1,Q4 2018/19,6\n".utf8
        )
        for size in [1, 2, 3, 100] {
            let error = #expect(throws: DataSourceError.self) {
                try CSVFormat.read(files: valid, limit: 1 << 20, recordsPerPart: size)
            }
            #expect(
                error?.diagnostics.map(\.description) == [
                    "observations.csv:5:1: a second value for m1 in Q4 2018/19 (expected one a period)"
                ]
            )
        }
    }
}
