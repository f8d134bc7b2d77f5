import Testing

@testable import CouncilPerformance

/// `ExactDecimal.groupedDescription`, which reports use for every figure, written digit by digit.
@Suite struct GroupedDescriptionTests {
    @Test(
        arguments: [
            (0, "0"), (1_000_000, "1"), (-1_000_000, "-1"), (75_260_000, "75.26"), (1_077_000_000, "1,077"),
            (999_000_000, "999"), (1_000_000_000, "1,000"), (-6_612_000_000, "-6,612"), (1, "0.000001"),
            (-500_000, "-0.5"), (1_234_567_500_000, "1,234,567.5"), (100_000_000_000_000, "100,000,000"),
            (Int64.max, "9,223,372,036,854.775807"), (Int64.min, "-9,223,372,036,854.775808"),
        ] as [(Int64, String)]
    )
    func groupsThousandsAndKeepsEveryDecimal(units: Int64, expected: String) {
        #expect(ExactDecimal.groupedDescription(ExactDecimal(units: units)) == expected)
    }

    /// Without its separators, the grouped form is the plain description, and separators fall every
    /// three whole digits.
    @Test func agreesWithThePlainDescription() {
        var units: Int64 = 7
        for _ in 0..<2_000 {
            units = units &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let number = ExactDecimal(units: units >> Int64(units & 0x3F))
            let grouped = ExactDecimal.groupedDescription(number)
            #expect(String(grouped.filter { $0 != "," }) == number.description)
            let whole = grouped.split(separator: ".")[0].drop { $0 == "-" }
            let groups = whole.split(separator: ",")
            #expect(groups.dropFirst().allSatisfy { $0.count == 3 } && (1...3).contains(groups[0].count))
        }
    }
}
