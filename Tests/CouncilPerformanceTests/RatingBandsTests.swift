import CouncilPerformance
import Testing

/// Green and amber bands (`5%/10%`), worked out by hand on the boundaries of each band.
@Suite struct RatingBandsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let value: String
        let status: Rating.Status
        var testDescription: String { "\(value) is \(status)" }
    }

    static func rate(
        _ value: String,
        target: String,
        tolerance: String,
        direction: Direction = .higher,
        unit: MeasureUnit = .count
    ) throws -> Rating {
        let period = try ReportingPeriod("Q2 2018/19")
        let measure = Measure(
            id: "m",
            name: "Measure",
            unit: unit,
            direction: direction,
            targets: [EffectiveDated(from: try ReportingPeriod("2018/19"), value: try Target(target))],
            tolerances: [EffectiveDated(from: try ReportingPeriod("2018/19"), value: try Tolerance(tolerance))]
        )
        let latest = Observation(measure: "m", period: period, value: try MeasureValue(parsing: value, unit: unit))
        return try RatingPolicy.strict.rate(measure, latest: latest, comparator: nil, at: period)
    }

    // Target 80, High is good, 5%/10%: green down to 80 - 4 = 76, amber down to 80 - 8 = 72.
    @Test(arguments: [
        Case(value: "81", status: .green), Case(value: "80", status: .green), Case(value: "76", status: .green),
        Case(value: "75.999999", status: .amber), Case(value: "72", status: .amber),
        Case(value: "71.999999", status: .red),
    ])
    func highIsGoodBands(_ test: Case) throws {
        #expect(try Self.rate(test.value, target: "80", tolerance: "5%/10%").status == test.status)
    }

    // Target 20, Low is good, 5%/10%: green up to 20 + 1 = 21, amber up to 20 + 2 = 22.
    @Test(arguments: [
        Case(value: "20", status: .green), Case(value: "21", status: .green), Case(value: "21.000001", status: .amber),
        Case(value: "22", status: .amber), Case(value: "22.000001", status: .red),
    ])
    func lowIsGoodBands(_ test: Case) throws {
        #expect(try Self.rate(test.value, target: "20", tolerance: "5%/10%", direction: .lower).status == test.status)
    }

    // Target -10, High is good: 5% of |-10| is 0.5, so green down to -10.5, amber (10%) down to -11.
    @Test(arguments: [
        Case(value: "-10.5", status: .green), Case(value: "-10.500001", status: .amber),
        Case(value: "-11", status: .amber), Case(value: "-11.000001", status: .red),
    ])
    func aNegativeTargetTakesItsMagnitude(_ test: Case) throws {
        #expect(try Self.rate(test.value, target: "-10", tolerance: "5%/10%").status == test.status)
    }

    // Target 0, Low is good, absolute bands 0.5/1.
    @Test(arguments: [
        Case(value: "0.5", status: .green), Case(value: "0.500001", status: .amber), Case(value: "1", status: .amber),
        Case(value: "1.000001", status: .red),
    ])
    func aZeroTargetTakesAbsoluteBands(_ test: Case) throws {
        #expect(try Self.rate(test.value, target: "0", tolerance: "0.5/1", direction: .lower).status == test.status)
    }

    // Target 90%, percentage points 2pp/5pp: green down to 88%, amber down to 85%.
    @Test(arguments: [
        Case(value: "88%", status: .green), Case(value: "87.9%", status: .amber), Case(value: "85%", status: .amber),
        Case(value: "84.9%", status: .red),
    ])
    func percentagePointBands(_ test: Case) throws {
        let rating = try Self.rate(test.value, target: "90%", tolerance: "2pp/5pp", unit: .percentage)
        #expect(rating.status == test.status)
    }

    @Test func aRelativeBandOnATargetOfZeroIsAConfigurationError() throws {
        // A miss (-1 against 0, High is good) needs the band, and 5% of nothing cannot make one.
        #expect(throws: EvaluationError.self) { try Self.rate("-1", target: "0", tolerance: "5%/10%") }
        #expect(try Self.rate("1", target: "0", tolerance: "5%/10%").status == .green)
    }

    @Test func oneMarginKeepsItsMeaningAsTheAmberBand() throws {
        let tolerance = try Tolerance("5%")
        #expect(tolerance.greenMargin == .none)
        #expect(tolerance.amberMargin == .relativePercent(ExactDecimal(units: 5_000_000)))
        // 76 is 5% short of 80: amber with one margin, green with 5%/10%.
        #expect(try Self.rate("76", target: "80", tolerance: "5%").status == .amber)
        #expect(try Self.rate("76", target: "80", tolerance: "0/5%").status == .amber)
    }

    @Test func theExplanationGivesBothBands() throws {
        let rating = try Self.rate("74", target: "80", tolerance: "5%/10%")
        #expect(rating.status == .amber)
        #expect(
            rating.explanation.text
                == "High is good: met when latest ≥ target. Latest 74, target 80; green band to 76, amber band to 72 (tolerance 5%/10%)."
        )
    }

    @Test(arguments: ["5%/10%", "0.5/1", "2pp/5pp", "0/5%", "2pp/10%"])
    func bandsReadBackFromTheirText(_ text: String) throws {
        #expect(try Tolerance(try Tolerance(text).description) == Tolerance(text))
    }

    @Test(arguments: ["10%/5%", "5%/", "/5%", "a/b", "5%/10%/15%", "-1/2"])
    func malformedBandsAreRefused(_ text: String) {
        #expect(throws: ValidationError.self) { try Tolerance(text) }
    }
}
