import CouncilPerformance
import Testing

@testable import CouncilPerformanceReporting
@testable import CouncilPerformanceSupport

/// Report workbooks: numbers as numbers with formats that show them as the report does.
@Suite struct ExcelRendererTests {
    @Test(arguments: [
        // 002 line 11: satisfied with the way the Council runs things, 64.0% against a target of 61.0%.
        ("64.0%", "64", false, WorkbookSheet.Cell.number("0.64", format: "0.0%")),
        // 003 line 958: Targeted Reviews, cashable 2018/19 2,010 in a £000s column: held in pounds.
        ("2,010", "2010", true, .number("2010000", format: "#,##0,")),
        ("-1,967", "-1967", true, .number("-1967000", format: "#,##0,")),
        ("£25.6m", "25600000", false, .number("25600000", format: "\"£\"0.0,,\"m\"")),
        ("£686k", "686000", false, .number("686000", format: "\"£\"0,\"k\"")),
        ("-£6,612,000", "-6612000", false, .number("-6612000", format: "\"£\"#,##0")),
        // The audit's differences are signed, and a figure printed in £000 may hold pounds.
        ("+33%", "33", false, .number("0.33", format: "\"+\"0%;-0%")),
        ("+£505,000", "505000", false, .number("505000", format: "\"+\"\"£\"#,##0;-\"£\"#,##0")),
        ("2,000", "2000000", false, .number("2000000", format: "#,##0,")),
        ("680", "680000", false, .number("680000", format: "0,")),
        ("£1,080", "1080", false, .number("1080", format: "\"£\"#,##0")),
        ("90% (Q2 2018/19)", "90", false, .number("0.9", format: "0%\" (Q2 2018/19)\"")),
        ("7,383", "7383", false, .number("7383", format: "#,##0")),
        ("8.42", "8.42", false, .number("8.42", format: "0.00")),
        ("12", "12", false, .number("12", format: nil)),
    ])
    func aNumberCellKeepsItsValueAndShowsItsDisplay(
        _ display: String,
        _ value: String,
        _ thousands: Bool,
        _ expected: WorkbookSheet.Cell
    ) {
        #expect(ExcelRenderer.number(display: display, value: value, inThousands: thousands) == expected)
    }

    @Test func wordsInANumberColumnStayText() {
        let column = ReportTable.Column("Latest", alignment: .trailing)
        // A display no number format gives: the cell is its text.
        #expect(ExcelRenderer.cell(.number(display: "5:41 mins", value: "341"), column: column) == .text("5:41 mins"))
        #expect(ExcelRenderer.cell(.number(display: "61.0%", value: "62"), column: column) == .text("61.0%"))
        #expect(ExcelRenderer.cell(.number(display: "Yes", value: "yes"), column: column) == .text("Yes"))
        #expect(ExcelRenderer.cell(.number(display: "n/a", value: "n/a"), column: column) == .text("n/a"))
        #expect(ExcelRenderer.cell(.text(""), column: column) == .empty)
    }

    @Test func aDocumentIsOneWorkbookWithTheSameBytesEachTime() throws {
        let table = ReportTable(
            name: "totals",
            caption: "Totals",
            columns: [.init("Portfolio"), .init("2018/19", alignment: .trailing, group: "Cashable benefits (£000)")],
            rows: [[.text("Adult Social Care & Health"), .number(display: "8,569", value: "8569")]]
        )
        let document = ReportDocument(name: "savings", title: "Project Status Report", blocks: [.table(table)])
        let files = ExcelRenderer().render(document)
        #expect(files.map(\.name) == ["savings.xlsx"])
        #expect(files.first?.mediaType == ExcelRenderer.mediaType)
        #expect(ExcelRenderer().render(document) == files)
        let text = String(decoding: try #require(files.first).bytes, as: UTF8.self)
        #expect(text.contains("<c r=\"B2\" s=\"2\"><v>8569000</v></c>"))
        #expect(text.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(text.contains("<sheet name=\"totals\" sheetId=\"2\" r:id=\"rId2\"/>"))
    }

    @Test func sheetNamesAreMadeValidAndUnique() {
        #expect(
            WorkbookWriter.tabNames(["a/b", "report", "Report", String(repeating: "x", count: 40), "'q'", ""])
                == ["a-b", "report", "Report (2)", String(repeating: "x", count: 31), "q", "Sheet"]
        )
    }

    /// A sheet whose rows are made as they are written gives the writer its styles beforehand; the workbook
    /// is byte for byte the one written from the same rows held and read for their styles.
    @Test func stylesGivenBeforehandWriteTheWorkbookOfStylesReadFromTheRows() {
        let rows: [[WorkbookSheet.Cell]] = [
            [.heading("Measure"), .heading("Latest"), .heading("Target")],
            [.text("Adults in work"), .number("0.753", format: "0.0%"), .number("0.7", format: "0%")],
            [.text("Delayed transfers"), .number("12", format: nil), .empty],
            [.text("Savings"), .number("2010000", format: "#,##0,"), .number("0.753", format: "0.0%")],
        ]
        let held = WorkbookSheet(name: "held", rows: rows)
        var made = WorkbookSheet(name: "held", rows: LazyRows(count: rows.count) { rows[$0] })
        made.styles = [
            .init(format: nil, bold: true), .init(format: "0.0%", bold: false), .init(format: "0%", bold: false),
            .init(format: nil, bold: false), .init(format: "#,##0,", bold: false),
        ]
        // The styles are the ones the rows' cells have, in the order the rows first have them.
        var firstUsed: [WorkbookSheet.Style] = []
        for style in rows.joined().compactMap(\.style) where !firstUsed.contains(style) { firstUsed.append(style) }
        #expect(made.styles == firstUsed)
        #expect(made.rows.areMadeOnDemand)
        let contents = WorkbookSheet(name: "report", rows: [[.heading("Report")], [.number("1", format: "0.0")]])
        #expect(WorkbookWriter.workbook([contents, made]) == WorkbookWriter.workbook([contents, held]))
        // Given in another order, the styles are numbered in that order: the sheet's bytes differ.
        made.styles?.reverse()
        #expect(WorkbookWriter.workbook([contents, made]) != WorkbookWriter.workbook([contents, held]))
    }
}
