import CouncilPerformance
import Testing

@Suite struct CSVWriterTests {
    private static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    @Test func writesHeaderAndRowsWithCRLFByDefault() {
        let bytes = CSVWriter().write(
            header: ["Measure", "Value", "Period"],
            rows: [[.text("FOIA"), .number("90"), .text("Q2 2018/19")], [.text("ASC"), .number("75.26"), .text("")]]
        )
        #expect(Self.text(bytes) == "Measure,Value,Period\r\nFOIA,90,Q2 2018/19\r\nASC,75.26,\r\n")
    }

    @Test func writesLineFeedsAndAByteOrderMarkWhenAsked() {
        let writer = CSVWriter(options: .init(includeByteOrderMark: true, lineEnding: .lf))
        let bytes = writer.write(header: ["Measure"], rows: [["FOIA"]])
        #expect(bytes == [0xEF, 0xBB, 0xBF] + Array("Measure\nFOIA\n".utf8))
    }

    @Test func writesNoHeaderLineForAnEmptyHeader() {
        #expect(Self.text(CSVWriter().write(header: [], rows: [["a", "b"]])) == "a,b\r\n")
        #expect(CSVWriter().write(header: [], rows: [[String]]()) == [])
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("a,b", #""a,b""#),
        (#"He said "hi""#, #""He said ""hi""""#),
        ("\"", "\"\"\"\""),
        ("line\nbreak", "\"line\nbreak\""),
        ("line\r\nbreak", "\"line\r\nbreak\""),
        ("carriage\rreturn", "\"carriage\rreturn\""),
        (" leading", #"" leading""#),
        ("trailing ", #""trailing ""#),
        ("tab\tinside", "tab\tinside"),
        ("inner space", "inner space"),
        ("£1,080", #""£1,080""#),
        ("31.0%", "31.0%"),
        ("It's", "It's"),
    ])
    func quotesOnlyWhenNeeded(cell: String, written: String) {
        let bytes = CSVWriter().write(header: [], rows: [[cell, "x"]])
        #expect(Self.text(bytes) == written + ",x\r\n")
    }

    @Test func quotesALoneEmptyCellSoTheRowIsNotBlank() {
        let bytes = CSVWriter().write(header: ["Comment"], rows: [[""], ["", ""]])
        #expect(Self.text(bytes) == "Comment\r\n\"\"\r\n,\r\n")
        let table = CSVReader().read(bytes, file: "comments.csv")
        #expect(table.records.map(\.fields) == [[""]])
        #expect(table.errors.map(\.code) == [.fieldCountMismatch])
    }

    @Test(arguments: [
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "\"'\rx\""),
        ("=SUM(A1,A2)", "\"'=SUM(A1,A2)\""),
        ("-", "'-"),
        ("a=b", "a=b"),
        ("'quoted", "'quoted"),
    ])
    func neutralizesFormulasInTextCells(cell: String, written: String) {
        let bytes = CSVWriter().write(header: [], rows: [[CSVWriter.Cell.text(cell)]])
        #expect(Self.text(bytes) == written + "\r\n")
    }

    @Test(arguments: [
        ("+1", "+1"),
        ("-2", "-2"),
        ("-6,612", "\"-6,612\""),
        ("-£846k", "-£846k"),
        ("-31.0%", "-31.0%"),
        ("-1.5e3", "-1.5e3"),
        // Not numbers, so treated as text.
        ("@x", "'@x"),
        ("=1+1", "'=1+1"),
        ("-1+cmd|' /C calc'!A0", "'-1+cmd|' /C calc'!A0"),
        ("\tx", "'\tx"),
    ])
    func writesNumberCellsPlain(cell: String, written: String) {
        let bytes = CSVWriter().write(header: [], rows: [[CSVWriter.Cell.number(cell)]])
        #expect(Self.text(bytes) == written + "\r\n")
    }

    @Test func writesFormulasAsGivenWhenAsked() {
        let writer = CSVWriter(options: .init(neutralizesFormulas: false))
        let bytes = writer.write(header: ["=Header"], rows: [[.text("=cmd|' /C calc'!A0"), .text("-2")]])
        #expect(Self.text(bytes) == "=Header\r\n=cmd|' /C calc'!A0,-2\r\n")
    }

    @Test func neutralizesFormulasInTheHeader() {
        #expect(
            Self.text(CSVWriter().write(header: ["-Change", "Measure"], rows: [[String]]())) == "'-Change,Measure\r\n"
        )
    }

    @Test func writesTextRowsAsTextCells() {
        let rows = [["FOIA", "-2"], ["ASC", "a,b"]]
        let writer = CSVWriter()
        #expect(
            writer.write(header: ["Measure", "Change"], rows: rows)
                == writer.write(header: ["Measure", "Change"], rows: rows.map { $0.map(CSVWriter.Cell.text) })
        )
    }

    @Test(arguments: [CSVWriter.LineEnding.crlf, .lf], [false, true])
    func roundTripsTrickyCellsThroughTheReader(lineEnding: CSVWriter.LineEnding, byteOrderMark: Bool) {
        let header = ["Measure", "Comment, with comma", " Padded "]
        let rows = [
            ["FOIA", #"He said "on track""#, "line 1\nline 2"],
            ["ASC", "windows\r\nbreak", "old mac\rbreak"],
            ["", "\"", "\"\""],
            ["£1,080", "31.0%", "日本語 ✓"],
            [",", " ", "tab\tinside"],
            ["=cmd|' /C calc'!A0", "-2", "@x"],
        ]
        let writer = CSVWriter(
            options: .init(includeByteOrderMark: byteOrderMark, lineEnding: lineEnding, neutralizesFormulas: false)
        )
        let table = CSVReader().read(writer.write(header: header, rows: rows), file: "round-trip.csv")
        #expect(table.errors == [])
        #expect(table.header == header)
        #expect(table.records.map(\.fields) == rows)
    }

    @Test func roundTripsNeutralizedCellsWithTheirPrefix() {
        let rows: [[CSVWriter.Cell]] = [[.text("=cmd|' /C calc'!A0"), .number("-2"), .text("-2")]]
        let table = CSVReader().read(CSVWriter().write(header: ["A", "B", "C"], rows: rows), file: "safe.csv")
        #expect(table.errors == [])
        #expect(table.records.map(\.fields) == [["'=cmd|' /C calc'!A0", "-2", "'-2"]])
    }

    @Test func isDeterministic() {
        let rows: [[CSVWriter.Cell]] = [[.text("a\"b"), .number("1,080")], [.text("é"), .text("=x")]]
        #expect(
            CSVWriter().write(header: ["A", "B"], rows: rows) == CSVWriter().write(header: ["A", "B"], rows: rows)
        )
    }
}
