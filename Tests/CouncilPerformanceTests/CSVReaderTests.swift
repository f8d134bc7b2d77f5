import CouncilPerformance
import Foundation
import Testing

@testable import CouncilPerformanceIO

@Suite struct CSVReaderTests {
    private static let file = "observations.csv"

    private static func read(_ text: String, options: CSVReader.Options = .init()) -> CSVTable {
        CSVReader(options: options).read(Array(text.utf8), file: file)
    }

    private static func read(bytes: [UInt8], options: CSVReader.Options = .init()) -> CSVTable {
        CSVReader(options: options).read(bytes, file: file)
    }

    private static func location(_ line: Int, _ column: Int) -> CSVRecord.Location {
        CSVRecord.Location(line: line, column: column)
    }

    // MARK: - Well-formed files

    @Test func readsHeaderAndRecordsWithLocations() {
        let table = Self.read("Measure,Value,Period\nFOIA,90%,Q2 2018/19\nASC,75.26,Q2 2018/19\n")
        #expect(table.file == "observations.csv")
        #expect(table.header == ["Measure", "Value", "Period"])
        #expect(table.errors == [])
        #expect(
            table.records == [
                CSVRecord(
                    line: 2,
                    fields: ["FOIA", "90%", "Q2 2018/19"],
                    locations: [Self.location(2, 1), Self.location(2, 6), Self.location(2, 10)]
                ),
                CSVRecord(
                    line: 3,
                    fields: ["ASC", "75.26", "Q2 2018/19"],
                    locations: [Self.location(3, 1), Self.location(3, 5), Self.location(3, 11)]
                ),
            ]
        )
    }

    @Test func readsQuotedFieldsWithCommasAndDoubledQuotes() {
        let table = Self.read(
            #"""
            Measure,Comment
            "FOIA","Responded, on time"
            ASC,"He said ""on track"""
            "",""""
            """#
        )
        #expect(table.errors == [])
        #expect(
            table.records.map(\.fields) == [
                ["FOIA", "Responded, on time"],
                ["ASC", #"He said "on track""#],
                ["", "\""],
            ]
        )
        #expect(table.records[1].locations == [Self.location(3, 1), Self.location(3, 5)])
    }

    @Test func readsLineBreaksInsideQuotesAndCountsPhysicalLines() {
        let table = Self.read("Measure,Comment,Value\n\"FOIA\",\"first\nsecond\r\nthird\rfourth\",90%\nASC,ok,75\n")
        #expect(table.errors == [])
        #expect(
            table.records.map(\.fields) == [["FOIA", "first\nsecond\r\nthird\rfourth", "90%"], ["ASC", "ok", "75"]]
        )
        #expect(table.records.map(\.line) == [2, 6])
        #expect(table.records[0].locations == [Self.location(2, 1), Self.location(2, 8), Self.location(5, 9)])
    }

    @Test(arguments: [("LF", "\n"), ("CRLF", "\r\n"), ("CR", "\r")])
    func acceptsEachLineEnding(name: String, lineBreak: String) {
        let text = ["Measure,Value", "FOIA,90%", "\"ASC\",\"75,26\""].joined(separator: lineBreak) + lineBreak
        let table = Self.read(text)
        #expect(table.errors == [], "\(name)")
        #expect(table.header == ["Measure", "Value"])
        #expect(table.records.map(\.fields) == [["FOIA", "90%"], ["ASC", "75,26"]])
        #expect(table.records.map(\.line) == [2, 3])
        #expect(table.records[1].locations == [Self.location(3, 1), Self.location(3, 7)])
    }

    @Test func skipsByteOrderMarkAndCountsColumnsAfterIt() {
        let table = Self.read(bytes: [0xEF, 0xBB, 0xBF] + Array("Measure,Value\nFOIA,\"90%\"x\n".utf8))
        #expect(table.header == ["Measure", "Value"])
        #expect(
            table.errors.map(\.description) == [
                "observations.csv:2:11: unexpected 'x' after a closing quote (expected a comma or a line break)"
            ]
        )
    }

    @Test func ignoresBlankLinesButKeepsLineNumbers() {
        let table = Self.read("\nMeasure,Value\n\nFOIA,90%\r\n\r\n\nASC,75\n\n\n\r\n")
        #expect(table.errors == [])
        #expect(table.header == ["Measure", "Value"])
        #expect(table.records.map(\.fields) == [["FOIA", "90%"], ["ASC", "75"]])
        #expect(table.records.map(\.line) == [4, 7])
    }

    @Test(arguments: ["Measure,Value\nFOIA,90%", "Measure,Value\nFOIA,\"90%\""])
    func acceptsALastLineWithoutLineBreak(text: String) {
        let table = Self.read(text)
        #expect(table.errors == [])
        #expect(
            table.records == [
                CSVRecord(line: 2, fields: ["FOIA", "90%"], locations: [Self.location(2, 1), Self.location(2, 6)])
            ]
        )
    }

    @Test func readsEmptyFields() {
        let table = Self.read("A,B,C\n,,\n\"\",x,\nx,,\"\"")
        #expect(table.errors == [])
        #expect(table.records.map(\.fields) == [["", "", ""], ["", "x", ""], ["x", "", ""]])
        #expect(table.records[0].locations == [Self.location(2, 1), Self.location(2, 2), Self.location(2, 3)])
    }

    @Test func preservesWhiteSpace() {
        let table = Self.read("Measure , Value\n FOIA ,\t90% \n")
        #expect(table.header == ["Measure ", " Value"])
        #expect(table.records.map(\.fields) == [[" FOIA ", "\t90% "]])
    }

    @Test func passesMoneyAndPercentagesThroughAsText() {
        // Seed 003, Appendix B prints £000s figures such as 1,080; seed 001 prints rates such as 31.0%.
        let table = Self.read("Measure,Value\n\"£1,080\",31.0%\n")
        #expect(table.errors == [])
        #expect(table.records.map(\.fields) == [["£1,080", "31.0%"]])
        // Columns count bytes: "£" is two bytes in UTF-8.
        #expect(table.records[0].locations == [Self.location(2, 1), Self.location(2, 11)])
    }

    @Test func readsAHeaderOnlyFile() {
        let table = Self.read("Measure,Value\r\n")
        #expect(
            table
                == CSVTable(
                    file: "observations.csv",
                    header: ["Measure", "Value"],
                    records: [],
                    errors: [],
                    headerLocations: [Self.location(1, 1), Self.location(1, 9)]
                )
        )
    }

    @Test func readsWithoutAHeader() {
        let table = Self.read("FOIA,90%\nASC,75,extra\nHR,12\n", options: .init(hasHeader: false))
        #expect(table.header == [])
        #expect(table.records.map(\.fields) == [["FOIA", "90%"], ["HR", "12"]])
        #expect(
            table.errors.map(\.description) == [
                "observations.csv:2:8: record has 3 fields (expected 2 fields, as in the first record)"
            ]
        )
        #expect(Self.read("", options: .init(hasHeader: false)).errors == [])
    }

    @Test func readsEveryKindOfCollection() {
        let text = "Measure,Value\n\"FOIA\",\"9\"\"0\"\n"
        let expected = Self.read(text)
        let bytes = Array(text.utf8)
        let reader = CSVReader()
        #expect(reader.read(text.utf8, file: "observations.csv") == expected)
        #expect(reader.read(bytes[...], file: "observations.csv") == expected)
        #expect(reader.read(Data(bytes), file: "observations.csv") == expected)
        // A collection without contiguous storage takes the copying path.
        #expect(reader.read(bytes.lazy.map { $0 }, file: "observations.csv") == expected)
        let slice = Array("junk\n".utf8 + bytes)[5...]
        #expect(reader.read(slice, file: "observations.csv") == expected)
        #expect(expected.records.map(\.fields) == [["FOIA", "9\"0"]])
    }

    @Test func looksUpValuesByColumnName() throws {
        let table = Self.read("Measure, Value \nFOIA,90%\n")
        let record = try #require(table.records.first)
        #expect(table.columnIndex(named: "Value") == 1)
        #expect(table.columnIndex(named: "value") == nil)
        #expect(table.value(ofColumn: "Measure", in: record) == "FOIA")
        #expect(table.value(ofColumn: "Value", in: record) == "90%")
        #expect(table.value(ofColumn: "Target", in: record) == nil)
        #expect(record.locations[1].description == "2:6")
    }

    // MARK: - Errors

    @Test(arguments: [
        ("", "observations.csv:1:1: file is empty (expected a header line naming the columns)"),
        ("\n\r\n\r", "observations.csv:1:1: file is empty (expected a header line naming the columns)"),
        ("\u{FEFF}", "observations.csv:1:1: file is empty (expected a header line naming the columns)"),
    ])
    func reportsAFileWithoutHeader(text: String, description: String) {
        let table = Self.read(text)
        #expect(table.errors.map(\.description) == [description])
        #expect(table.errors.first?.code == .emptyFile)
        #expect(table.header == [] && table.records == [])
    }

    @Test func reportsAnUnterminatedQuoteWhereItOpened() throws {
        let table = Self.read("Measure,Value\nFOIA,90%\nASC,\"75.2\nHR,12\nPay,3\n")
        #expect(table.records.map(\.fields) == [["FOIA", "90%"]])
        let error = try #require(table.errors.first)
        #expect(table.errors.count == 1)
        #expect(error.code == .unterminatedQuote)
        #expect(error.found == "\"75.2\\nHR,12\\nPay,3\\n")
        #expect(
            error.description
                == #"observations.csv:3:5: unterminated quoted field (expected a closing " before the end of the file)"#
        )
    }

    @Test func reportsCharactersAfterAClosingQuote() throws {
        let table = Self.read("Measure,Value\n\"FOIA\" ,90%\nASC,\"75.2\"kg\nHR,12\n")
        #expect(table.records.map(\.fields) == [["HR", "12"]])
        #expect(table.errors.map(\.code) == [.characterAfterClosingQuote, .characterAfterClosingQuote])
        #expect(
            table.errors.map(\.description) == [
                "observations.csv:2:7: unexpected ' ' after a closing quote (expected a comma or a line break)",
                "observations.csv:3:11: unexpected 'kg' after a closing quote (expected a comma or a line break)",
            ]
        )
    }

    @Test func reportsAQuoteInsideAnUnquotedField() throws {
        let table = Self.read("Measure,Value\nPipe,6\" main\nFOIA,90%\n")
        #expect(table.records.map(\.fields) == [["FOIA", "90%"]])
        let error = try #require(table.errors.first)
        #expect(error.code == .quoteInUnquotedField)
        #expect(error.found == #"6" main"#)
        #expect(
            error.description
                == #"observations.csv:2:7: unexpected " in the unquoted field '6" main' (expected the field enclosed in quotes, with each " inside it doubled)"#
        )
    }

    @Test func reportsInvalidUTF8WhereItIs() throws {
        let bytes = Array("Measure,Value\nFOIA,90%\nab".utf8) + [0xFF, 0xFE] + Array("cd,1\nASC,75\n".utf8)
        let table = Self.read(bytes: bytes)
        #expect(table.records.map(\.fields) == [["FOIA", "90%"], ["ASC", "75"]])
        let error = try #require(table.errors.first)
        #expect(table.errors.count == 1)
        #expect(error.code == .invalidUTF8)
        #expect(error.found == #"\xFF\xFE"#)
        #expect(
            error.description
                == #"observations.csv:3:3: invalid UTF-8 byte sequence \xFF\xFE (expected text saved as UTF-8)"#
        )
    }

    @Test(
        arguments: [
            // "£1,080" saved as Windows-1252, where £ is the single byte 0xA3.
            (
                [0x22, 0xA3, 0x31, 0x2C, 0x30, 0x38, 0x30, 0x22],
                #"observations.csv:2:2: invalid UTF-8 byte sequence \xA3"#
            ),
            // A three-byte sequence cut short by a comma.
            ([0x78, 0xE2, 0x82, 0x2C, 0x31], #"observations.csv:2:2: invalid UTF-8 byte sequence \xE2\x82"#),
            // An encoded surrogate, which UTF-8 forbids.
            ([0xED, 0xA0, 0x80], #"observations.csv:2:1: invalid UTF-8 byte sequence \xED\xA0\x80"#),
            // An overlong encoding of "/".
            ([0x31, 0x2C, 0xC0, 0xAF], #"observations.csv:2:3: invalid UTF-8 byte sequence \xC0\xAF"#),
            // A sequence truncated by the end of the file.
            ([0x31, 0x2C, 0xF0, 0x9F, 0x98], #"observations.csv:2:3: invalid UTF-8 byte sequence \xF0\x9F\x98"#),
        ] as [([UInt8], String)]
    )
    func reportsEachKindOfInvalidUTF8(record: [UInt8], message: String) {
        let table = Self.read(bytes: Array("Measure,Value\n".utf8) + record)
        #expect(table.errors.map(\.description) == [message + " (expected text saved as UTF-8)"])
    }

    @Test func reportsAUTF16FileOnce() {
        let utf16: [UInt8] = [0xFF, 0xFE] + "Measure,Value\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let table = Self.read(bytes: utf16)
        #expect(
            table.errors.map(\.description) == [
                #"observations.csv:1:1: invalid UTF-8 byte sequence \xFF\xFE (expected text saved as UTF-8, but this file is UTF-16; save it as "CSV UTF-8")"#
            ]
        )
    }

    @Test func reportsANulByte() {
        let table = Self.read(
            bytes: Array("Measure,Value\nFOIA,9".utf8) + [0x00] + Array("0%\nASC,\"7\u{0}5\"\nHR,12\n".utf8)
        )
        #expect(table.records.map(\.fields) == [["HR", "12"]])
        #expect(table.errors.map(\.code) == [.nulByte, .nulByte])
        #expect(table.errors.map(\.found) == [#"\x00"#, #"\x00"#])
        #expect(
            table.errors.map(\.description) == [
                "observations.csv:2:7: NUL character (expected text without NUL characters; the file may be UTF-16 or not a text file)",
                "observations.csv:3:7: NUL character (expected text without NUL characters; the file may be UTF-16 or not a text file)",
            ]
        )
    }

    @Test(arguments: [false, true])
    func reportsAHugeFieldWithoutHoldingIt(quoted: Bool) throws {
        // A 10 MB field, read with a 1 KiB limit: the reader reports it and goes on to the next record.
        let huge = [UInt8](repeating: UInt8(ascii: "x"), count: 10_000_000)
        let field = quoted ? [0x22] + huge + [0x22] : huge
        let bytes = Array("Measure,Value\nFOIA,".utf8) + field + Array("\nASC,75\n".utf8)
        let table = Self.read(bytes: bytes, options: .init(maximumFieldBytes: 1024))
        #expect(table.records.map(\.fields) == [["ASC", "75"]])
        #expect(table.records.map(\.line) == [3])
        let error = try #require(table.errors.first)
        #expect(table.errors.count == 1)
        #expect(error.code == .fieldTooLarge)
        #expect(error.found == (quoted ? "\"" : "") + String(repeating: "x", count: quoted ? 39 : 40) + "...")
        #expect(
            error.description == "observations.csv:2:6: field is too large (expected at most 1,024 bytes in one field)"
        )
    }

    @Test func reportsAHugeFieldAgainstTheDefaultLimit() {
        let bytes = Array("Measure,Value\nFOIA,".utf8) + [UInt8](repeating: 0x39, count: 10_000_000)
        let table = Self.read(bytes: bytes)
        #expect(table.records == [])
        #expect(
            table.errors.map(\.description) == [
                "observations.csv:2:6: field is too large (expected at most 1,048,576 bytes in one field)"
            ]
        )
    }

    @Test func acceptsAFieldExactlyAtTheLimit() {
        let options = CSVReader.Options(maximumFieldBytes: 4)
        let table = Self.read("Name,V\nFOIA,\"9\"\"0%\"\nASC,75.26\n", options: options)
        #expect(table.records.map(\.fields) == [["FOIA", "9\"0%"]])
        #expect(table.errors.map(\.code) == [.fieldTooLarge])
        #expect(table.errors.map(\.line) == [3])
    }

    @Test func reportsAnUnterminatedHugeFieldTwice() {
        let bytes = Array("Measure,Value\nFOIA,\"".utf8) + [UInt8](repeating: 0x78, count: 100_000)
        let table = Self.read(bytes: bytes, options: .init(maximumFieldBytes: 100))
        #expect(table.errors.map(\.code) == [.fieldTooLarge, .unterminatedQuote])
        #expect(table.errors.map(\.column) == [6, 6])
    }

    @Test func reportsDuplicateAndEmptyHeaderNames() {
        let table = Self.read("Measure,Value, Measure,,Value\nFOIA,90%,x,y,z\n")
        #expect(table.header == ["Measure", "Value", " Measure", "", "Value"])
        #expect(table.records.map(\.fields) == [["FOIA", "90%", "x", "y", "z"]])
        #expect(table.errors.map(\.code) == [.duplicateHeader, .emptyHeader, .duplicateHeader])
        #expect(
            table.errors.map(\.description) == [
                "observations.csv:1:15: duplicate column name ' Measure' (expected each column name once; column 1 has the same name)",
                "observations.csv:1:24: empty column name (expected a name for every column in the header line)",
                "observations.csv:1:25: duplicate column name 'Value' (expected each column name once; column 2 has the same name)",
            ]
        )
    }

    @Test func reportsRaggedRows() {
        let table = Self.read("Measure,Value\nFOIA,90%,extra,more\nASC\nHR,12\n\"Pay\r\nband\"\n")
        #expect(table.records.map(\.fields) == [["HR", "12"]])
        #expect(table.errors.map(\.code) == [.fieldCountMismatch, .fieldCountMismatch, .fieldCountMismatch])
        #expect(
            table.errors.map(\.description) == [
                "observations.csv:2:10: record has 4 fields (expected 2 fields, as in the header)",
                "observations.csv:3:4: record has 1 field (expected 2 fields, as in the header)",
                "observations.csv:6:6: record has 1 field (expected 2 fields, as in the header)",
            ]
        )
    }

    @Test func capsTheNumberOfErrors() {
        let lines = (1...10).map { "Measure \($0),\"bad\"x" }
        let table = Self.read(
            "Measure,Value\n" + lines.joined(separator: "\n") + "\nFOIA,90%\n",
            options: .init(maximumErrors: 3)
        )
        #expect(table.errors.count == 4)
        #expect(table.errors.prefix(3).map(\.line) == [2, 3, 4])
        #expect(table.errors.last?.code == .tooManyErrors)
        #expect(
            table.errors.last?.description
                == "observations.csv:5:16: too many errors, stopped reading (expected at most 3 errors)"
        )
        // Reading stops at the limit, so later good records are not returned.
        #expect(table.records == [])
    }

    @Test func capsAtTheDefaultOfOneHundredErrors() {
        let lines = Array(repeating: "a,\"b\"c", count: 500)
        let table = Self.read("Measure,Value\n" + lines.joined(separator: "\n"))
        #expect(table.errors.count == 101)
        #expect(table.errors.last?.code == .tooManyErrors)
        #expect(table.errors.last?.line == 102)
    }

    @Test func recoversAtTheNextLineBreakOutsideQuotes() {
        let table = Self.read(
            """
            Measure,Comment,Value
            FOIA,"ok",90%
            ASC,"bad"x,"more, and ""quoted""
            text",75
            HR,"fine",12
            Pay,4" pipe,"still, quoted
            "
            Sickness,"",8.5
            """
        )
        #expect(
            table.records.map(\.fields) == [["FOIA", "ok", "90%"], ["HR", "fine", "12"], ["Sickness", "", "8.5"]]
        )
        #expect(table.records.map(\.line) == [2, 5, 8])
        #expect(table.errors.map(\.code) == [.characterAfterClosingQuote, .quoteInUnquotedField])
        #expect(
            table.errors.map { CSVRecord.Location(line: $0.line, column: $0.column) } == [
                Self.location(3, 10), Self.location(6, 6),
            ]
        )
        #expect(table.errors.map(\.found) == ["x", #"4" pipe"#])
    }

    @Test func reportsOneProblemPerRecordButAlwaysAnUnterminatedQuote() {
        let bytes = Array("Measure,Value\n\"a\"b,".utf8) + [0xFF] + Array(",\"open\nFOIA,90%\n".utf8)
        let table = Self.read(bytes: bytes)
        #expect(table.records == [])
        #expect(table.errors.map(\.code) == [.characterAfterClosingQuote, .unterminatedQuote])
        #expect(table.errors.map(\.column) == [4, 8])
    }

    @Test func describesErrorsByCode() {
        let error = CSVError(code: "custom", file: "f.csv", line: 3, column: 4, found: "x", expected: "y")
        #expect(error.description == "f.csv:3:4: invalid CSV 'x' (expected y)")
        #expect(error.message == "invalid CSV 'x' (expected y)")
        #expect(CSVError.Code.unterminatedQuote.description == "unterminated-quote")
    }

    @Test func truncatesLongExcerpts() throws {
        let long = String(repeating: "abcdefghij", count: 10)
        let table = Self.read("Measure,Value\n\"x\"\(long)\n")
        let error = try #require(table.errors.first)
        #expect(error.found == String(long.prefix(40)) + "...")
    }

    // MARK: - Plain lines read by word

    /// The header, records and errors of a file, read with or without the word-at-a-time path.
    private static func parse(
        _ bytes: [UInt8],
        options: CSVReader.Options,
        byWord: Bool
    ) -> (header: [String], records: [CSVRecord], errors: [CSVError]) {
        bytes.withUnsafeBufferPointer { buffer in
            var parser = CSVParser(bytes: buffer, options: options, file: file, sink: CSVRecordCollector())
            parser.readsPlainLinesByWord = byWord
            parser.parse()
            return (parser.header, parser.sink.records, parser.errors)
        }
    }

    @Test func readsPlainLinesWithDelimitersAtEveryPlaceInAWord() {
        // Commas and line breaks before, at and after the eighth byte, and a last line shorter than a
        // word with no line break.
        let table = Self.read(
            "1234567,\n12345678,x\r\n123456789012345,y\rz,",
            options: .init(hasHeader: false)
        )
        #expect(table.errors == [])
        #expect(
            table.records == [
                CSVRecord(line: 1, fields: ["1234567", ""], locations: [Self.location(1, 1), Self.location(1, 9)]),
                CSVRecord(line: 2, fields: ["12345678", "x"], locations: [Self.location(2, 1), Self.location(2, 10)]),
                CSVRecord(
                    line: 3,
                    fields: ["123456789012345", "y"],
                    locations: [Self.location(3, 1), Self.location(3, 17)]
                ),
                CSVRecord(line: 4, fields: ["z", ""], locations: [Self.location(4, 1), Self.location(4, 3)]),
            ]
        )
    }

    @Test func leavesALineWithAnythingButPlainASCIIToTheByteReader() {
        // A quote, a non-ASCII letter, a tab and a field over the limit each send their line to the
        // byte-at-a-time path, which reads or reports it; the lines around them are read by word.
        let bytes = Array("Name,Value\nplain line,1\n\"q\",2\nCaf\u{E9},3\ntab\there,4\n0123456789abc,5\nlast,6\n".utf8)
        let table = Self.read(bytes: bytes, options: .init(maximumFieldBytes: 12))
        #expect(
            table.records.map(\.fields) == [
                ["plain line", "1"], ["q", "2"], ["Caf\u{E9}", "3"], ["tab\there", "4"], ["last", "6"],
            ]
        )
        #expect(
            table.errors.map(\.description) == [
                "observations.csv:6:1: field is too large (expected at most 12 bytes in one field)"
            ]
        )
    }

    @Test func readsEveryFileAlikeByWordAndByByte() {
        // Thousands of small files of the bytes that matter to the reader, in every order a seeded
        // generator makes: both paths give the same header, records, locations and errors.
        let alphabet: [[UInt8]] = [
            [0x61], [0x62], Array("12345".utf8), [0x2C], [0x2C], [0x22], [0x0A], [0x0D], [0x0D, 0x0A], [0x20],
            [0x09], [0x00], [0x7F], [0xC3, 0xA9], [0xFF], [0xEF, 0xBB, 0xBF], Array("abcdefghij".utf8),
        ]
        var generator = SeededGenerator(seed: 2026)
        for trial in 0..<4_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                bytes += alphabet.randomElement(using: &generator)!
            }
            let options = CSVReader.Options(
                maximumFieldBytes: [4, 9, 64].randomElement(using: &generator)!,
                maximumErrors: 3,
                hasHeader: trial % 3 != 0
            )
            let byWord = Self.parse(bytes, options: options, byWord: true)
            let byByte = Self.parse(bytes, options: options, byWord: false)
            #expect(byWord.header == byByte.header, "\(bytes)")
            #expect(byWord.records == byByte.records, "\(bytes)")
            #expect(byWord.errors == byByte.errors, "\(bytes)")
        }
    }
}

/// SplitMix64: a small seeded generator, so that a failing input can be found again.
private struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
