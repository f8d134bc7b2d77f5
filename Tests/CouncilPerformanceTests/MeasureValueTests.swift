import CouncilPerformance
import Foundation
import Testing

@Suite struct MeasureValueTests {
    // Cells from the Resources dashboard (002) and the 2015 Key Indicators (000 Appendix A).
    @Test(arguments: [
        ("31.0%", MeasureUnit.percentage, MeasureValue.number(ExactDecimal(units: 31_000_000))),
        ("75.26%", .percentage, .number(ExactDecimal(units: 75_260_000))),
        ("8.42", .days, .number(ExactDecimal(units: 8_420_000))),
        ("None", .count, .number(.zero)),
        ("42,556", .count, .number(ExactDecimal(units: 42_556_000_000))),
        ("£20m", .currency, .money(Money(pounds: 20_000_000))),
        ("£26.2m", .currency, .money(Money(pounds: 26_200_000))),
        ("Yes", .yesNo, .boolean(true)),
        ("No", .yesNo, .boolean(false)),
        ("n/a", .percentage, .notApplicable),
        ("N/A", .count, .notApplicable),
        ("-", .percentage, .missing),
        ("", .count, .missing),
        ("New Measure", .percentage, .newMeasure),
        ("Yes", .percentage, .boolean(true)),
    ])
    func parsesPrintedCells(text: String, unit: MeasureUnit, expected: MeasureValue) throws {
        #expect(try MeasureValue(parsing: text, unit: unit) == expected)
    }

    @Test func keepsNarrativeAsNarrative() throws {
        let text = "The Council has received an unqualified audit opinion on the 2017/18 accounts."
        #expect(try MeasureValue(parsing: text, unit: .yesNo) == .narrative(text))
        #expect(throws: ValidationError.self) { try MeasureValue(parsing: text, unit: .yesNo, allowNarrative: false) }
    }

    @Test func rejectsMalformedFigures() {
        let error = #expect(throws: ValidationError.self) { try MeasureValue(parsing: "87,5%", unit: .percentage) }
        #expect(error?.code == .invalidValue)
        #expect(error?.message == #""87,5%" is not a value of this measure (expected a percentage like 87.5%)"#)
        #expect(throws: ValidationError.self) { try MeasureValue(parsing: "12..5", unit: .days) }
        #expect(throws: ValidationError.self) { try MeasureValue(parsing: "£", unit: .currency) }
    }

    @Test func splitsPeriodTagsAndAnnotations() throws {
        // 002: "% uptake of flu vaccinations  27.5% (2017/18) ... 16.5% (2016/17)".
        let flu = try MeasureValue.Parsed("27.5% (2017/18)", unit: .percentage)
        #expect(flu.value == .number(ExactDecimal(units: 27_500_000)))
        #expect(flu.period == .year(try FinancialYear("2017/18")))
        #expect(flu.annotation == nil)
        // 002: "Employee health checks  29 (Welbeck House, Lawn View)".
        let checks = try MeasureValue.Parsed("29 (Welbeck House, Lawn View)", unit: .count)
        #expect(checks.value == .number(ExactDecimal(units: 29_000_000)))
        #expect(checks.period == nil)
        #expect(checks.annotation == "Welbeck House, Lawn View")
    }

    @Test func formatsInItsUnit() throws {
        #expect(
            MeasureValue.number(ExactDecimal(units: 31_000_000)).formatted(unit: .percentage, decimalPlaces: 1)
                == "31.0%"
        )
        #expect(MeasureValue.money(Money(pounds: 26_200_000)).formatted(unit: .currency) == "£26.2m")
        #expect(MeasureValue.number(ExactDecimal(units: 42_556_000_000)).formatted(unit: .count) == "42,556")
        #expect(MeasureValue.boolean(true).formatted(unit: .yesNo) == "Yes")
    }

    @Test func codesWithAKind() throws {
        let values: [MeasureValue] = [
            .number(ExactDecimal(units: 31_500_000)), .money(Money(pounds: 20)), .boolean(true), .narrative("On track"),
            .notApplicable, .missing, .newMeasure,
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(values), as: UTF8.self)
        #expect(
            json
                == #"[{"kind":"number","value":"31.5"},{"kind":"money","value":"20"},{"kind":"boolean","value":true},"#
                + #"{"kind":"narrative","value":"On track"},{"kind":"not-applicable"},{"kind":"missing"},"#
                + #"{"kind":"new-measure"}]"#
        )
        #expect(try JSONDecoder().decode([MeasureValue].self, from: Data(json.utf8)) == values)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(MeasureValue.self, from: Data(#"{"kind":"number"}"#.utf8))
        }
    }
}
