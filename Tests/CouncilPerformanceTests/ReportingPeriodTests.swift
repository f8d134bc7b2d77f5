import CouncilPerformance
import Foundation
import Testing

@Suite struct ReportingPeriodTests {
    // Labels as the seeds print them: 000 Appendix A (`Q2 15/16`, `M Sept`, `Y 14/15`, `Q1 15/16`),
    // 002 (`(2017/18)`), 002 narrative (`Term 1`).
    @Test(
        arguments: [
            ("Q2 15/16", nil, "Q2 2015/16"),
            ("Q1 15/16", nil, "Q1 2015/16"),
            ("Y 14/15", nil, "2014/15"),
            ("(2017/18)", nil, "2017/18"),
            ("2018/19", nil, "2018/19"),
            ("Q2 2018/19", nil, "Q2 2018/19"),
            ("2018/19 Q2", nil, "Q2 2018/19"),
            ("T1 2018/19", nil, "T1 2018/19"),
            ("Term 1 2018/19", nil, "T1 2018/19"),
            ("Sep 2018", nil, "Sep 2018"),
            ("September 2018", nil, "Sep 2018"),
            ("March 2019", nil, "Mar 2019"),
            ("M Sept", "2015/16", "Sep 2015"),
            ("M Aug", "2015/16", "Aug 2015"),
            ("M Feb", "2015/16", "Feb 2016"),
            ("Term 1", "2018/19", "T1 2018/19"),
            ("Q3", "2018/19", "Q3 2018/19"),
        ] as [(String, String?, String)]
    )
    func parsesTheSeedsLabels(text: String, context: String?, canonical: String) throws {
        let year = try context.map { try FinancialYear($0) }
        let period = try ReportingPeriod(text, in: year)
        #expect(period.description == canonical)
        #expect(try ReportingPeriod(period.description) == period)
    }

    @Test(arguments: [
        "M Sept", "Term 1", "Q5 2018/19", "T4 2018/19", "Quarter", "", "Sep 18/19 2018", "2018", "Q2 2018/20",
    ])
    func rejectsIncompleteOrImpossibleLabels(text: String) {
        let error = #expect(throws: ValidationError.self) { try ReportingPeriod(text) }
        #expect(error?.code == .invalidPeriod)
    }

    @Test func asksForAYearWhenTheLabelHasNone() {
        let error = #expect(throws: ValidationError.self) { try ReportingPeriod("M Sept") }
        #expect(error?.expected.contains("report year") == true)
    }

    @Test func knowsItsDaysAndYearToDate() throws {
        let q2 = try ReportingPeriod("Q2 2018/19")
        #expect(q2.firstDay.description == "2018-07-01")
        #expect(q2.lastDay.description == "2018-09-30")
        #expect(q2.yearToDate.lowerBound.description == "2018-04-01")
        #expect(q2.yearToDate.upperBound.description == "2018-09-30")
        let term3 = try ReportingPeriod("T3 2018/19")
        #expect(term3.firstDay.description == "2018-12-01")
        #expect(term3.lastDay.description == "2019-03-31")
        #expect(try ReportingPeriod("Feb 2020").lastDay.description == "2020-02-29")
    }

    @Test func stepsToPreviousAndSameLastYear() throws {
        #expect(try ReportingPeriod("Q2 2018/19").previous.description == "Q1 2018/19")
        #expect(try ReportingPeriod("Q1 2018/19").previous.description == "Q4 2017/18")
        #expect(try ReportingPeriod("T1 2018/19").previous.description == "T3 2017/18")
        #expect(try ReportingPeriod("Apr 2018").previous.description == "Mar 2018")
        #expect(try ReportingPeriod("Jan 2019").previous.description == "Dec 2018")
        #expect(try ReportingPeriod("2018/19").previous.description == "2017/18")
        #expect(try ReportingPeriod("Q2 2018/19").sameLastYear.description == "Q2 2017/18")
        #expect(try ReportingPeriod("Sep 2018").sameLastYear.description == "Sep 2017")
    }

    @Test func ordersByEndThenStart() throws {
        let labels = ["Mar 2019", "Q2 2018/19", "2018/19", "Q4 2018/19", "Q1 2018/19", "T1 2018/19", "2017/18"]
        let sorted = try labels.map { try ReportingPeriod($0) }.sorted().map(\.description)
        #expect(sorted == ["2017/18", "Q1 2018/19", "T1 2018/19", "Q2 2018/19", "2018/19", "Q4 2018/19", "Mar 2019"])
    }

    @Test func codesAsItsLabel() throws {
        let data = try JSONEncoder().encode([try ReportingPeriod("Q2 15/16")])
        #expect(String(decoding: data, as: UTF8.self) == #"["Q2 2015\/16"]"#)
        #expect(try JSONDecoder().decode([ReportingPeriod].self, from: data) == [try ReportingPeriod("Q2 2015/16")])
    }

    /// A period is stored packed in one integer; every year and part of a year comes back as given,
    /// including years a step outside the range a label can name, and periods keep their order.
    @Test(arguments: [1899, 1900, 2018, 2998, 2999])
    func keepsEveryPartOfEveryYearItIsGiven(startYear: Int) throws {
        let year = FinancialYear(uncheckedStartYear: startYear)
        let parts: [ReportingPeriod.Granularity] =
            [.year] + (1...4).map { .quarter($0) } + (1...3).map { .term($0) } + (1...12).map { .month($0) }
        var periods: [ReportingPeriod] = []
        for part in parts {
            let period = try ReportingPeriod(part, of: year)
            #expect(period.financialYear == year)
            #expect(period.granularity == part)
            #expect(period.sameLastYear.financialYear.startYear == startYear - 1)
            periods.append(period)
        }
        #expect(Set(periods).count == parts.count)
        // Months in financial-year order (April to March) sort as the months they are.
        let months = periods.filter { if case .month = $0.granularity { true } else { false } }
        #expect(months.sorted().map(\.lastDay.month) == [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3])
        #expect(try ReportingPeriod(.quarter(1), of: year).previous == ReportingPeriod(.quarter(4), of: year.previous))
    }

    /// The period before is the one of the same kind just before it, across the year's turn.
    ///
    /// The same period last year is a year earlier. Worked by hand for every kind of 2018/19.
    @Test func stepsBackAPeriodAndAYearInEveryKind() throws {
        let year = FinancialYear(uncheckedStartYear: 2018)
        let expected: [(String, String, String)] = [
            ("2018/19", "2017/18", "2017/18"),
            ("Q1 2018/19", "Q4 2017/18", "Q1 2017/18"), ("Q2 2018/19", "Q1 2018/19", "Q2 2017/18"),
            ("Q4 2018/19", "Q3 2018/19", "Q4 2017/18"),
            ("T1 2018/19", "T3 2017/18", "T1 2017/18"), ("T3 2018/19", "T2 2018/19", "T3 2017/18"),
            ("Apr 2018", "Mar 2018", "Apr 2017"), ("Jan 2019", "Dec 2018", "Jan 2018"),
            ("Mar 2019", "Feb 2019", "Mar 2018"),
        ]
        for (label, before, lastYear) in expected {
            let period = try ReportingPeriod(label, in: year)
            #expect(period.previous.description == before, "\(label)")
            #expect(period.sameLastYear.description == lastYear, "\(label)")
            #expect(period.previous < period && period.sameLastYear < period)
        }
    }
}
