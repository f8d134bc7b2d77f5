import CouncilPerformance
import Foundation
import Testing

@Suite struct FinancialYearTests {
    @Test(arguments: ["2018/19", "2018-19", "18/19", "2018/2019", "2018–19", "FY2018/19", " 2018/19 "])
    func parsesEveryWrittenFormAlike(text: String) throws {
        let year = try FinancialYear(text)
        #expect(year.startYear == 2018)
        #expect(year.description == "2018/19")
    }

    @Test func parsesTheCenturyTurn() throws {
        #expect(try FinancialYear("1999/00").startYear == 1999)
        #expect(try FinancialYear("99/00").startYear == 1999)
        #expect(try FinancialYear("1999/00").description == "1999/00")
        #expect(try FinancialYear("2009/10").description == "2009/10")
    }

    @Test(arguments: ["2018/20", "2018/17", "2018", "18", "2018/19/20", "Q2 2018/19", "", "abcd/ef", "201/19"])
    func rejectsWhatIsNotAFinancialYear(text: String) {
        let error = #expect(throws: ValidationError.self) { try FinancialYear(text) }
        #expect(error?.code == .invalidFinancialYear)
        #expect(error?.found == text.trimmingCharacters(in: .whitespaces))
    }

    @Test func explainsAnInconsecutivePair() {
        let error = #expect(throws: ValidationError.self) { try FinancialYear("2018/20") }
        #expect(error?.description == #""2018/20" is not a financial year (expected consecutive years, like 2018/19)"#)
    }

    @Test func spansFirstAprilToThirtyFirstMarch() throws {
        let year = try FinancialYear("2018/19")
        #expect(year.firstDay.description == "2018-04-01")
        #expect(year.lastDay.description == "2019-03-31")
        #expect(year.contains(try CalendarDate("2019-03-31")))
        #expect(!year.contains(try CalendarDate("2019-04-01")))
        #expect(!year.contains(try CalendarDate("2018-03-31")))
        #expect(FinancialYear(containing: try CalendarDate("7 January 2019")) == year)
    }

    @Test func ordersAndSteps() throws {
        let year = try FinancialYear("2018/19")
        #expect(year.previous.description == "2017/18")
        #expect(year.next.description == "2019/20")
        #expect(year.advanced(by: 3).description == "2021/22")
        #expect(year.previous < year)
        #expect(year.shortLabel == "18/19")
    }

    @Test func codesAsItsLabel() throws {
        let data = try JSONEncoder().encode([try FinancialYear("2018/19")])
        #expect(String(decoding: data, as: UTF8.self) == #"["2018\/19"]"#)
        #expect(try JSONDecoder().decode([FinancialYear].self, from: data) == [try FinancialYear("2018/19")])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([FinancialYear].self, from: Data(#"["2018/20"]"#.utf8))
        }
    }
}

@Suite struct CalendarDateTests {
    @Test(arguments: [
        ("2019-01-07", "2019-01-07"), ("7 January 2019", "2019-01-07"), ("31st March 2018", "2018-03-31"),
        ("29 February 2020", "2020-02-29"), ("28/11/2018", "2018-11-28"), ("16.12.18", "2018-12-16"),
        ("23 November 2018", "2018-11-23"),
    ])
    func parses(text: String, iso: String) throws {
        #expect(try CalendarDate(text).description == iso)
    }

    @Test(arguments: [
        "2019-02-29", "31 April 2018", "2019-13-01", "yesterday", "", "1899-12-31", "12/31/2018", "1.2.123",
    ])
    func rejects(text: String) {
        #expect(throws: ValidationError.self) { try CalendarDate(text) }
    }
}
