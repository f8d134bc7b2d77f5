import CouncilPerformance
import Foundation
import Testing

@Suite struct TargetTests {
    // Target cells as printed in 002 and 000 Appendix A.
    @Test(arguments: [
        ("61.0%", Target.value(ExactDecimal(units: 61_000_000))),
        ("7.0", .value(ExactDecimal(units: 7_000_000))),
        ("40,873", .value(ExactDecimal(units: 40_873_000_000))),
        ("£20m", .value(ExactDecimal(units: 20_000_000_000_000))),
        ("Increase", .increase),
        ("Decrease", .decrease),
        ("Maintain", .maintain),
        ("Better than national", .betterThanNational),
        ("New Measure", .newMeasure),
        ("-", .none),
        ("n/a", .none),
        ("", .none),
        // Plain numbers are read before the words: signs, points and padding, each at its boundary.
        ("430", .value(ExactDecimal(units: 430_000_000))),
        (" 0 ", .value(ExactDecimal(units: 0))),
        ("-5", .value(ExactDecimal(units: -5_000_000))),
        (".5", .value(ExactDecimal(units: 500_000))),
        ("5k", .value(ExactDecimal(units: 5_000_000_000))),
        ("1.5m", .value(ExactDecimal(units: 1_500_000_000_000))),
    ])
    func parsesPrintedTargets(text: String, expected: Target) throws {
        #expect(try Target(text) == expected)
    }

    @Test func parsesStatedPastValuesAndDeadlines() throws {
        // 000 line 451: "Higher than 14/15 (56%)".
        #expect(
            try Target("Higher than 14/15 (56%)")
                == .betterThanStated(ExactDecimal(units: 56_000_000), period: .year(try FinancialYear("2014/15")))
        )
        #expect(try Target("by 31 March 2018") == .deadline(try CalendarDate("2018-03-31")))
        #expect(try Target("by March 2018") == .deadline(try CalendarDate("2018-03-31")))
        #expect(try Target("by June 2018") == .deadline(try CalendarDate("2018-06-30")))
        #expect(try Target("<269") == .betterThanStated(ExactDecimal(units: 269_000_000), period: nil))
    }

    @Test(arguments: ["Higher than last year", "by soon", "650 (tbc)", "lots", "87,5%"])
    func rejectsWhatItCannotRead(text: String) {
        let error = #expect(throws: ValidationError.self) { try Target(text) }
        #expect(error?.code == .invalidTarget)
        #expect(error?.found == text)
    }

    @Test func roundTripsThroughItsCanonicalText() throws {
        let targets: [Target] = [
            .value(ExactDecimal(units: 61_500_000)), .increase, .decrease, .maintain, .betterThanNational,
            .betterThanStated(ExactDecimal(units: 56_000_000), period: .year(try FinancialYear("2014/15"))),
            .betterThanStated(ExactDecimal(units: 3_000_000), period: nil),
            .deadline(try CalendarDate("2018-03-31")), .newMeasure, .none,
        ]
        for target in targets {
            #expect(try Target(target.description) == target, "\(target)")
        }
        let json = String(decoding: try JSONEncoder().encode(targets), as: UTF8.self)
        #expect(
            json.hasPrefix(
                #"["61.5","Increase","Decrease","Maintain","Better than national","Better than 2014\/15 (56)""#
            )
        )
        #expect(try JSONDecoder().decode([Target].self, from: Data(json.utf8)) == targets)
    }
}

@Suite struct ToleranceTests {
    @Test(arguments: [
        ("none", Tolerance.none), ("0", .none), ("5%", .relativePercent(ExactDecimal(units: 5_000_000))),
        ("2pp", .percentagePoints(ExactDecimal(units: 2_000_000))), ("0.5", .absolute(ExactDecimal(units: 500_000))),
        ("2.5 pp", .percentagePoints(ExactDecimal(units: 2_500_000))),
    ])
    func parses(text: String, expected: Tolerance) throws {
        let tolerance = try Tolerance(text)
        #expect(tolerance == expected)
        #expect(try Tolerance(tolerance.description) == tolerance)
    }

    @Test(arguments: ["-5%", "five", "5%%", "pp", "1,0"])
    func rejects(text: String) {
        let error = #expect(throws: ValidationError.self) { try Tolerance(text) }
        #expect(error?.code == .invalidTolerance)
    }
}

@Suite struct DirectionTests {
    @Test(arguments: [
        ("High", Direction.higher), ("Low", .lower), ("Yes", .yes), ("-", .contextual), ("", .contextual),
        ("n/a", .contextual), ("high", .higher),
    ])
    func parsesGoodIs(text: String, expected: Direction) throws {
        #expect(try Direction(text) == expected)
    }

    @Test func rejectsOtherWords() {
        let error = #expect(throws: ValidationError.self) { try Direction("Sideways") }
        #expect(
            error?.description
                == #""Sideways" is not a "Good is" direction (expected High, Low, Yes, or - for a contextual measure)"#
        )
    }

    @Test func codesAsStableText() throws {
        let json = String(decoding: try JSONEncoder().encode(Direction.allCases), as: UTF8.self)
        #expect(json == #"["high","low","yes","none"]"#)
    }
}

@Suite struct DirectionOfTravelTests {
    static func number(_ text: String) -> MeasureValue? { (try? ExactDecimal(text)).map(MeasureValue.number) }

    @Test func followsPolarity() {
        // 002: complaints upheld 26.4% after 27.3%, Low is good: improving.
        #expect(
            DirectionOfTravel.between(Self.number("26.4"), and: Self.number("27.3"), direction: .lower) == .improving
        )
        #expect(
            DirectionOfTravel.between(Self.number("26.4"), and: Self.number("27.3"), direction: .higher) == .worsening
        )
        #expect(
            DirectionOfTravel.between(Self.number("26.4"), and: Self.number("27.3"), direction: .contextual)
                == .decreasing
        )
        #expect(
            DirectionOfTravel.between(Self.number("28"), and: Self.number("27.3"), direction: .contextual)
                == .increasing
        )
        #expect(
            DirectionOfTravel.between(Self.number("8.42"), and: Self.number("8.42"), direction: .lower) == .noChange
        )
        #expect(DirectionOfTravel.between(.boolean(true), and: .boolean(false), direction: .yes) == .improving)
    }

    @Test func noComparableValueIsNoComparisonNotNoChange() {
        #expect(DirectionOfTravel.between(Self.number("1"), and: nil, direction: .higher) == .noComparison)
        #expect(DirectionOfTravel.between(Self.number("1"), and: .missing, direction: .higher) == .noComparison)
        #expect(
            DirectionOfTravel.between(.narrative("text"), and: Self.number("1"), direction: .higher) == .noComparison
        )
        #expect(DirectionOfTravel.between(.notApplicable, and: .notApplicable, direction: .higher) == .noComparison)
    }

    @Test func honoursADeadBand() {
        let band = ExactDecimal(units: 500_000)
        #expect(
            DirectionOfTravel.between(Self.number("75.5"), and: Self.number("75"), direction: .higher, deadBand: band)
                == .noChange
        )
        #expect(
            DirectionOfTravel.between(Self.number("75.6"), and: Self.number("75"), direction: .higher, deadBand: band)
                == .improving
        )
    }
}

@Suite struct BenchmarkComparisonTests {
    @Test func comparesWithNational() {
        let n = DirectionOfTravelTests.number
        // 000 line 557: NEET 2.3% against national 4.6%, Low: better.
        #expect(BenchmarkComparison.between(n("2.3"), and: n("4.6"), direction: .lower) == .better)
        // 002: flu vaccinations 27.5% against national 70%, High: worse.
        #expect(BenchmarkComparison.between(n("27.5"), and: n("70"), direction: .higher) == .worse)
        #expect(BenchmarkComparison.between(n("70"), and: n("70"), direction: .higher) == .same)
        #expect(BenchmarkComparison.between(n("70"), and: .notApplicable, direction: .higher) == .none)
        #expect(BenchmarkComparison.between(n("70"), and: n("60"), direction: .contextual) == .none)
    }
}
