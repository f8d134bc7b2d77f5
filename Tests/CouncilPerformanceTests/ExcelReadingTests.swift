import CouncilPerformance
import Testing

@testable import CouncilPerformanceIO
@testable import CouncilPerformanceSupport

/// The pieces of the workbook reader: exact numbers from stored text, serial dates, number formats,
/// the XML reader's refusals and the ZIP reader's limits, with hand-worked figures.
@Suite struct ExcelReadingTests {
    @Test(arguments: [
        ("0.61", 2, "61"), ("0.31", 2, "31"), ("4.319E4", 0, "43190"), ("-1.5E-3", 0, "-0.0015"),
        // A formula's binary result shows as a spreadsheet shows it, to 15 significant digits.
        ("0.30000000000000004", 0, "0.3"), ("9.9999999999999999E2", 0, "1000"), ("0.615", 2, "61.5"),
        ("2010000", 0, "2010000"), ("-6612", 3, "-6612000"), ("61", -2, "0.61"), ("0", 2, "0"), ("-0.0", 0, "0"),
    ])
    func storedNumbersBecomeExactDecimalText(_ stored: String, _ shift: Int, _ expected: String) {
        #expect(DecimalText.shifted(stored, by: shift) == expected)
    }

    @Test(arguments: ["", "abc", "1.2.3", "1E", "1E999", "--1"])
    func textThatIsNoNumberIsRefused(_ stored: String) {
        #expect(DecimalText.shifted(stored) == nil)
    }

    @Test func serialDatesCountFrom1900WithItsPhantomLeapDay() throws {
        // 2018-03-31 is 43190: 2018-01-01 is 43101, and 89 days on is 31 March.
        #expect(try #require(ExcelCellText.date(serial: "43190", uses1904: false)) == (2018, 3, 31))
        #expect(try #require(ExcelCellText.date(serial: "43190.75", uses1904: false)) == (2018, 3, 31))
        #expect(try #require(ExcelCellText.date(serial: "1", uses1904: false)) == (1900, 1, 1))
        #expect(try #require(ExcelCellText.date(serial: "59", uses1904: false)) == (1900, 2, 28))
        #expect(ExcelCellText.date(serial: "60", uses1904: false) == nil)  // 29 February 1900 never was
        #expect(try #require(ExcelCellText.date(serial: "61", uses1904: false)) == (1900, 3, 1))
        #expect(try #require(ExcelCellText.date(serial: "0", uses1904: true)) == (1904, 1, 1))
        #expect(try #require(ExcelCellText.date(serial: "41728", uses1904: true)) == (2018, 3, 31))
        #expect(ExcelCellText.date(serial: "-1", uses1904: false) == nil)
        #expect(ExcelCellText.month((2018, 9, 1)) == "Sep 2018")
        #expect(ExcelCellText.iso((2018, 3, 31)) == "2018-03-31")
    }

    @Test func numberFormatsSayWhatTheCellShows() {
        #expect(ExcelNumberStyle(code: "0.0%") == .percentage(.init(isGrouped: false, decimalPlaces: 1)))
        #expect(ExcelNumberStyle(code: "[$£-809]#,##0") == .number(.init(isGrouped: true, currency: "£")))
        #expect(ExcelNumberStyle(code: "\"£\"0.00") == .number(.init(decimalPlaces: 2, currency: "£")))
        #expect(ExcelNumberStyle(code: "#,##0;[Red]-#,##0") == .number(.init(isGrouped: true)))
        #expect(ExcelNumberStyle(code: "mmm yyyy") == .date)
        #expect(ExcelNumberStyle(code: "yyyy\\-mm\\-dd") == .date)
        #expect(ExcelNumberStyle(code: "\"days\" 0") == .number(.general))
        #expect(ExcelNumberStyle(builtIn: 14) == .date)
        #expect(ExcelNumberStyle(builtIn: 10) == .percentage(.init(decimalPlaces: 2)))
        #expect(ExcelNumberStyle(builtIn: 0) == .number(.general))
    }

    @Test func aNumberIsWrittenWithItsFormatsSeparatorsAndPlacesButNeverRounded() {
        // 003 line 984: the Adult Social Care & Health Totals row prints -6,612 (£000).
        #expect(ExcelCellText.shown("-6612", .init(isGrouped: true)) == "-6,612")
        #expect(ExcelCellText.shown("1080", .init(isGrouped: true, currency: "£")) == "£1,080")
        #expect(ExcelCellText.shown("61", .init(decimalPlaces: 1)) == "61.0")
        #expect(ExcelCellText.shown("61.25", .init(decimalPlaces: 1)) == "61.25")
        #expect(ExcelCellText.shown("999", .init(isGrouped: true)) == "999")
    }

    @Test func cellReferencesArePlacedWithinTheSheet() {
        #expect(ExcelSheetReader.reference("C118")! == (118, 3))
        #expect(ExcelSheetReader.reference("$AB$2")! == (2, 28))
        #expect(ExcelSheetReader.reference("XFD1048576")! == (1_048_576, 16_384))
        #expect(ExcelSheetReader.reference("XFE1") == nil)
        #expect(ExcelSheetReader.reference("A0") == nil)
        #expect(ExcelSheetReader.reference("1A") == nil)
    }

    @Test func aLocationInAWorkbookNamesTheSheetAndCell() {
        let cell = Diagnostic.Location(file: "council.xlsx", line: 118, column: 3, sheet: "observations")
        #expect(cell.description == "council.xlsx[observations]!C118")
        #expect(
            Diagnostic.Location(file: "council.xlsx", line: 5, sheet: "measures").description
                == "council.xlsx[measures]!5:5"
        )
        #expect(Diagnostic.Location(file: "council.xlsx", sheet: "notes").description == "council.xlsx[notes]")
        #expect(Diagnostic.Location.columnLetters(26) == "Z")
        #expect(Diagnostic.Location.columnLetters(27) == "AA")
        #expect(Diagnostic.Location.columnLetters(16_384) == "XFD")
    }

    // MARK: - XML

    static func events(_ text: String) throws(XMLReader.Failure) -> [XMLReader.Event] {
        var reader = XMLReader(Array(text.utf8))
        var events: [XMLReader.Event] = []
        while let event = try reader.next() { events.append(event) }
        return events
    }

    /// A problem validation finds in an observation, once the sheets are let go, is still located at
    /// the observation's sheet and row.
    @Test func aValidationProblemInAnObservationKeepsItsSheetAndRow() throws {
        var plan = CouncilPlan(title: "Plan")
        plan.measures = [Measure(id: "m", name: "M", unit: .count, direction: .higher)]
        let period = try ReportingPeriod("Q1 2018/19")
        let data = PerformanceData(
            council: "X",
            plan: plan,
            observations: [
                Observation(measure: "m", period: period, value: .number(try ExactDecimal("1"))),
                Observation(measure: "m", period: period, value: .number(try ExactDecimal("2"))),
            ]
        )
        let workbook = ExcelFormat.workbook(for: data)
        let error = #expect(throws: DataSourceError.self) {
            try ExcelFormat.read(workbook: workbook, name: "council.xlsx")
        }
        #expect(
            error?.diagnostics.map(\.description) == [
                "council.xlsx[observations]!A3: a second value for m in Q1 2018/19 (expected one a period)"
            ]
        )
    }

    @Test func xmlTextHasItsPredefinedEntitiesAndCharacterReferencesDecoded() throws {
        let events = try Self.events(
            "<?xml version=\"1.0\"?><x:si a='1&amp;2'><t>A &lt; B &#163;5 &#x2014;</t><!-- c --><t/></x:si>"
        )
        #expect(
            events == [
                .start("si", attributes: ["a": "1&2"]), .start("t", attributes: [:]), .text("A < B £5 —"), .end("t"),
                .start("t", attributes: [:]), .end("t"), .end("si"),
            ]
        )
    }

    @Test(arguments: [
        ("<!DOCTYPE x [<!ENTITY a \"b\">]><x>&a;</x>", 1, "a DTD or declaration"),
        ("<x>\n&lol;</x>", 2, "the entity &lol; (refused"),
        ("<x><y></x>", 1, "</x> does not match"),
        ("<x><y>", 1, "the document ends inside <y>"),
        ("<x>&amp</x>", 1, "an \"&\" that starts no reference"),
    ])
    func xmlThatIsNotAWorkbooksIsRefusedWithItsLine(_ text: String, _ line: Int, _ message: String) {
        let error = #expect(throws: XMLReader.Failure.self) { try Self.events(text) }
        #expect(error?.line == line)
        #expect(error?.message.hasPrefix(message) == true, "\(error?.message ?? "")")
    }

    @Test func nestingDeeperThanTheLimitIsRefused() {
        let depth = XMLReader.maximumDepth + 1
        let text = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        let error = #expect(throws: XMLReader.Failure.self) { try Self.events(text) }
        #expect(error?.message == "elements nest deeper than 256 levels")
    }

    // MARK: - Whole workbooks

    /// A workbook of hand-written parts, for what the library's own writer never writes.
    static func workbook(sheet: String, sharedStrings: String? = nil, name: String = "council") -> [UInt8] {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let package = "http://schemas.openxmlformats.org/package/2006/relationships"
        var writer = ZipWriter()
        writer.add(
            "_rels/.rels",
            Array(
                "<Relationships xmlns=\"\(package)\"><Relationship Id=\"r\" Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
                    .utf8
            )
        )
        writer.add(
            "xl/workbook.xml",
            Array(
                "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\"><sheets><sheet name=\"\(name)\" sheetId=\"1\" r:id=\"s\"/></sheets></workbook>"
                    .utf8
            )
        )
        var links = "<Relationship Id=\"s\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        if sharedStrings != nil {
            links += "<Relationship Id=\"t\" Type=\"\(relationships)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        }
        writer.add(
            "xl/_rels/workbook.xml.rels",
            Array("<Relationships xmlns=\"\(package)\">\(links)</Relationships>".utf8)
        )
        writer.add(
            "xl/worksheets/sheet1.xml",
            Array("<worksheet xmlns=\"\(main)\"><sheetData>\(sheet)</sheetData></worksheet>".utf8)
        )
        if let sharedStrings { writer.add("xl/sharedStrings.xml", Array(sharedStrings.utf8)) }
        return writer.bytes()
    }

    @Test func aSharedStringTableOfMoreThanAMillionStringsIsRefused() {
        let strings = "<sst>" + String(repeating: "<si/>", count: ExcelWorkbook.maximumSharedStrings + 1) + "</sst>"
        let bytes = Self.workbook(sheet: "", sharedStrings: strings)
        let error = #expect(throws: DataSourceError.self) {
            try ExcelFormat.read(workbook: bytes, name: "council.xlsx")
        }
        #expect(
            error?.diagnostics.map(\.description) == [
                "council.xlsx: xl/sharedStrings.xml: more than 1000000 shared strings (expected a sheet's worth)"
            ]
        )
    }

    @Test func cellsAreReadAsTheSheetShowsThemAndRefusedAtTheirCell() {
        // The council row with a boolean for its name, an error value and a cell over a megabyte.
        let big = String(repeating: "x", count: ExcelTableReader.maximumCellBytes + 1)
        let sheet = """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>plan_</t></r><r><t>title</t></r></is></c>\
            <c r="C1" t="s"><v>1</v></c><c r="D1"><v>5</v></c><c r="E1" t="s"><v>2</v></c></row>\
            <row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="e"><v>#DIV/0!</v></c><c r="C2" t="s"><v>9</v></c></row>\
            <row r="3"><c r="A3" t="inlineStr"><is><t>\(big)</t></is></c></row>
            """
        let strings = "<sst><si><t>council</t></si><si><t>first_year</t><rPh><t>x</t></rPh></si><si><t/></si></sst>"
        let bytes = Self.workbook(sheet: sheet, sharedStrings: strings)
        let error = #expect(throws: DataSourceError.self) {
            try ExcelFormat.read(workbook: bytes, name: "council.xlsx")
        }
        #expect(
            error?.diagnostics.map(\.description) == [
                "council.xlsx: the council table has no row (expected one row naming the council and its plan)",
                "council.xlsx[council]!D1: a header cell that is not text (expected a column name)",
                "council.xlsx[council]!B2: the cell holds the error #DIV/0! (expected a value)",
                "council.xlsx[council]!C2: shared string 9 is not in the workbook (it is damaged)",
                "council.xlsx[council]!A3: cell is too large (expected at most 1,048,576 bytes in one cell)",
            ]
        )
    }

    @Test func aSheetNameMatchesItsTableInAnyCase() throws {
        let sheet = """
            <row r="1"><c r="A1" t="inlineStr"><is><t>council</t></is></c><c r="B1" t="inlineStr"><is><t>plan_title</t></is></c></row>\
            <row r="2"><c r="A2" t="inlineStr"><is><t>Afon Valley County Borough Council</t></is></c>\
            <c r="B2" t="inlineStr"><is><t>Medium Term Financial Plan 2015-2018</t></is></c></row>
            """
        let data = try ExcelFormat.read(workbook: Self.workbook(sheet: sheet, name: "Council"), name: "afon.xlsx")
        #expect(data.council == "Afon Valley County Borough Council")
        #expect(data.plan.title == "Medium Term Financial Plan 2015-2018")
    }

    @Test func cellsOutOfOrderAreRefusedWithTheirLine() {
        let sheet =
            "<row r=\"1\">\n<c r=\"B1\" t=\"inlineStr\"><is><t>plan_title</t></is></c>\n<c r=\"A1\"><v>1</v></c></row>"
        let error = #expect(throws: DataSourceError.self) {
            try ExcelFormat.read(workbook: Self.workbook(sheet: sheet), name: "council.xlsx")
        }
        #expect(
            error?.diagnostics.map(\.description).contains(
                "council.xlsx[council]: the sheet cannot be read (line 3 of its XML: the cell reference A1 is not a cell of row 1 after the last)"
            ) == true
        )
    }

    // MARK: - ZIP

    @Test func aZipWrittenReadsBackEntryByEntry() throws {
        var writer = ZipWriter()
        writer.add("a.xml", Array("<a/>".utf8))
        writer.add("xl/b.xml", [])
        let archive = try ZipArchive(bytes: writer.bytes())
        var budget = 100
        #expect(try archive.data(of: "a.xml", budget: &budget) == Array("<a/>".utf8))
        #expect(try archive.data(of: "xl/b.xml", budget: &budget) == [])
        #expect(try archive.data(of: "c.xml", budget: &budget) == nil)
        #expect(budget == 96)
        // CRC-32 of "123456789" is the standard check value.
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    @Test(arguments: ["../evil.xml", "/etc/passwd", "xl\\..\\evil.xml", "C:evil.xml", "a/../../b"])
    func anEntryPointingOutsideTheArchiveIsRefused(_ name: String) {
        var writer = ZipWriter()
        writer.add(name, [1])
        let error = #expect(throws: ZipArchive.Failure.self) { try ZipArchive(bytes: writer.bytes()) }
        #expect(error?.message.contains("points outside the archive") == true)
    }

    @Test func aDamagedOrOversizedEntryIsRefused() throws {
        var writer = ZipWriter()
        writer.add("big.xml", [UInt8](repeating: 32, count: 1000))
        var bytes = writer.bytes()
        var budget = 999
        let archive = try ZipArchive(bytes: bytes)
        let tooBig = #expect(throws: ZipArchive.Failure.self) { try archive.data(of: "big.xml", budget: &budget) }
        #expect(tooBig?.message == "big.xml would inflate to 1000 bytes (expected at most 999)")
        bytes[40] = 33  // a byte of the entry's data: its CRC-32 no longer holds
        budget = 10_000
        let damaged = try ZipArchive(bytes: bytes)
        let error = #expect(throws: ZipArchive.Failure.self) { try damaged.data(of: "big.xml", budget: &budget) }
        #expect(error?.message == "big.xml fails its CRC-32 check (the archive is damaged)")
        let truncated = #expect(throws: ZipArchive.Failure.self) { try ZipArchive(bytes: Array(bytes.prefix(500))) }
        #expect(truncated?.message == "the ZIP archive is truncated (no end of central directory record)")
        let notZip = #expect(throws: ZipArchive.Failure.self) { try ZipArchive(bytes: Array("id,name\n".utf8)) }
        #expect(notZip?.message.hasPrefix("the file is 8 bytes, too short") == true)
    }
}
