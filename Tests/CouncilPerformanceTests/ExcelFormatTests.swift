import CouncilPerformance
import CouncilPerformanceSupport
import Foundation
import ReportCommandLine
import Testing

/// Workbooks made by other software from the CSV fixtures load to the same data, and the library's own
/// workbooks (a model's tables, the template) read back.
///
/// The fixtures in `Fixtures/Excel` (see its README) were made by `Scripts/excel_fixtures.py` from a copy
/// of the Nottinghamshire plan-2018 tables and from `Examples/savings-mandates`: LibreOffice imported each
/// CSV file with Calc's CSV filter (numbers, percentages, dates detected) and saved the sheets as one
/// workbook; openpyxl wrote numbers as numbers, observations of percentage measures as fractions under
/// `0.0%`, dates and months as serial dates, money of ten thousand pounds or more as formulas with
/// cached values, and (`plan-2018-openpyxl`, `savings-mandates-libreoffice`) the sheets in reverse order.
@Suite struct ExcelFormatTests {
    static let excelFixtures = fixturesDirectory.appendingPathComponent("Excel")

    static func workbook(_ name: String) async throws -> PerformanceData {
        try await ExcelDataSource(file: excelFixtures.appendingPathComponent(name)).load()
    }

    /// The CSV folder a workbook fixture was made from: `Excel/plan-2018` is the Nottinghamshire example's
    /// plan-2018 tables as they were when the workbooks were made, so the example's data can change
    /// without remaking them (`Scripts/excel-roundtrip.sh` makes workbooks of the current tables in CI).
    static func folder(_ name: String) async throws -> PerformanceData {
        let url =
            name == "plan-2018"
            ? excelFixtures.appendingPathComponent(name)
            : fixturesDirectory.appendingPathComponent("Examples").appendingPathComponent(name)
        return try await CSVDataSource(directory: url).load()
    }

    @Test(arguments: [
        ("plan-2018-libreoffice.xlsx", "plan-2018"), ("plan-2018-openpyxl.xlsx", "plan-2018"),
        ("savings-mandates-libreoffice.xlsx", "savings-mandates"),
        ("savings-mandates-openpyxl.xlsx", "savings-mandates"),
    ])
    func aWorkbookLoadsToTheSameDataAsItsCSVTables(_ workbook: String, _ folder: String) async throws {
        let fromWorkbook = try await Self.workbook(workbook)
        let fromCSV = try await Self.folder(folder)
        #expect(fromWorkbook == fromCSV)
    }

    @Test(arguments: ["plan-2018-libreoffice.xlsx", "plan-2018-openpyxl.xlsx"])
    func theNottinghamshireReportsFromAWorkbookAreIdentical(_ workbook: String) async throws {
        let fromWorkbook = ReportRun(data: try await Self.workbook(workbook), asOf: try ReportingPeriod("Q2 2018/19"))
        let fromCSV = ReportRun(data: try await Self.folder("plan-2018"), asOf: try ReportingPeriod("Q2 2018/19"))
        for kind in ReportKind.allCases {
            let expected = try fromCSV.document(kind).map { MarkdownRenderer().render($0) } ?? []
            let actual = try fromWorkbook.document(kind).map { MarkdownRenderer().render($0) } ?? []
            #expect(actual == expected, "\(kind)")
        }
    }

    @Test func aPercentageCellIsReadAsTheMeasureValueItShows() async throws {
        // 002 line 10: "% of people who agree that they can influence decisions" 31.0%, previous 30.0%.
        // The openpyxl workbook holds 0.31 and 0.3 under the format 0.0%.
        let data = try await Self.workbook("plan-2018-openpyxl.xlsx")
        let values = data.observations.filter { $0.measure == "influence-decisions" }.map(\.value)
        #expect(values == [.number(try ExactDecimal(31)), .number(try ExactDecimal(30))])
    }

    @Test func aMonthTypedAsADateIsThePeriodAndAFormulaIsItsCachedValue() async throws {
        // 003 line 958: Targeted Reviews, cashable 2018/19 2,010 (£000); the openpyxl workbook holds
        // =2010000+0 with its cached value, and the statuses' months as dates on the first of the month.
        let data = try await Self.workbook("plan-2018-openpyxl.xlsx")
        let reviews = try #require(data.delivery.projects.first { $0.id == "targeted-reviews" })
        #expect(reviews.baseline[try FinancialYear("2018/19")] == Money(pounds: 2_010_000))
        let csv = try await Self.folder("plan-2018")
        #expect(data.delivery.projects.map(\.statusHistory) == csv.delivery.projects.map(\.statusHistory))
    }

    @Test(arguments: ["plan-2018", "strategic-plan-2015"])
    func aModelWrittenAsAWorkbookReadsBack(_ name: String) async throws {
        let data = try await CSVDataSource(
            directory: NottinghamshireExampleTests.dataDirectory.appendingPathComponent(name)
        ).load()
        let bytes = ExcelFormat.workbook(for: data)
        #expect(try ExcelFormat.read(workbook: bytes, name: "\(name).xlsx") == data)
        #expect(ExcelFormat.workbook(for: data) == bytes)
    }

    @Test func theTemplateHasEveryTableAndNotesAndReadsAsNoCouncil() throws {
        let template = ExcelFormat.template()
        #expect(ExcelFormat.template() == template)
        let error = #expect(throws: DataSourceError.self) {
            try ExcelFormat.read(workbook: template, name: "council.xlsx")
        }
        // Every sheet is known (the notes sheet is skipped): only the empty council table is a problem.
        #expect(
            error?.diagnostics.map(\.description) == [
                "council.xlsx: the council table has no row (expected one row naming the council and its plan)"
            ]
        )
    }

    @Test func aSheetThatIsNoTableIsRefusedByName() throws {
        // A misspelt sheet would otherwise lose its table without a word.
        let bytes = WorkbookWriter.workbook([
            WorkbookSheet(
                name: "council",
                rows: [[.text("council"), .text("plan_title")], [.text("A"), .text("B")]]
            ),
            WorkbookSheet(name: "measurez", rows: [[.text("id")]]),
        ])
        let error = #expect(throws: DataSourceError.self) {
            try ExcelFormat.read(workbook: bytes, name: "council.xlsx")
        }
        #expect(
            error?.diagnostics.map(\.description) == [
                "council.xlsx[measurez]: unknown sheet \"measurez\" (expected one of "
                    + TableSchema.all.map(\.name).joined(separator: ", ") + ", or notes)"
            ]
        )
    }

    @Test func theCodedColumnsListTheValuesTheReaderAccepts() throws {
        let unit = try #require(TableSchema.measures.column("unit"))
        #expect(Set(unit.allowedValues ?? []) == Set(MeasureUnit.allCases.map(\.rawValue)))
        #expect(TableSchema.measures.column("good_is")?.allowedValues == ["High", "Low", "Yes", "-"])
        #expect(
            TableSchema.observations.column("status")?.allowedValues
                == ["final", "provisional", "estimated", "no-data", "not-due"]
        )
        #expect(TableSchema.council.column("sign")?.allowedValues == ["positive", "negative"])
        // Open sets list nothing: a status of the council's own key, any savings category.
        #expect(TableSchema.statuses.column("status")?.allowedValues == nil)
        #expect(TableSchema.publishedFigures.column("quantity")?.allowedValues == nil)
        #expect(TableSchema.measures.column("name")?.allowedValues == nil)
    }
}
