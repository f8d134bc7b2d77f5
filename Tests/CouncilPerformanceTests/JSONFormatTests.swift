import CouncilPerformance
import Foundation
import Testing

@Suite struct JSONFormatTests {
    static func example() throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixturesDirectory.appendingPathComponent("Examples/small-council.json")))
    }

    @Test func readsTheSmallCompleteExample() throws {
        let data = try JSONFormat.read(try Self.example(), file: "small-council.json")
        #expect(data.council == "Example County Council")
        #expect(data.plan.measures.map(\.id) == ["sickness", "planned-audits", "debt"])
        #expect(data.plan.measures[0].tolerances.first?.value == .absolute(ExactDecimal(units: 500_000)))
        #expect(data.observations.count == 6)
        #expect(data.observations[4].value == .money(Money(pounds: 26_200_000)))
        #expect(data.delivery.projects.map(\.netAtRisk) == [Money(thousands: -1_967), .zero])
        #expect(data.plan.strategies.first?.activities.first?.measures == ["planned-audits"])
        let request = try #require(data.changeRequests.first)
        #expect(request.decision.outcome == .approved)
        #expect(request.decisionHistory.map(\.outcome) == [.pending])
        #expect(request.printedTotal?.printedChange == .zero)
        #expect(
            (try data.changeLog).currentProfile(of: data.delivery.projects[0])[try FinancialYear("2019/20")]
                == Money(thousands: 4_000)
        )
        // Rated from the loaded data: audits red, sickness amber within its own 0.5-day tolerance? No:
        // 8.42 against 7 is beyond 7.5, so red; debt has no target.
        let q2 = try ReportingPeriod("Q2 2018/19")
        let ratings = try data.plan.measures.map {
            try data.ratingPolicy.assess($0, observations: data.observations, at: q2).rating.status
        }
        #expect(ratings == [.red, .red, .notRated])
    }

    @Test func writesCanonicalBytesThatReadBackToTheSameModel() throws {
        let data = try JSONFormat.read(try Self.example(), file: "small-council.json")
        let written = JSONFormat.document(for: data)
        let reread = try JSONFormat.read(written, file: "written.json")
        #expect(reread == data)
        #expect(JSONFormat.document(for: reread) == written)
        let text = String(decoding: written, as: UTF8.self)
        #expect(
            text.hasPrefix("{\n  \"formatVersion\": 1,\n  \"council\": [\n    {\"council\": \"Example County Council\"")
        )
    }

    @Test func reportsSyntaxErrorsWithLineAndColumn() {
        let error = #expect(throws: DataSourceError.self) {
            try JSONFormat.read(
                Array("{\n  \"formatVersion\": 1,\n  \"council\": [\n    {\"council\": \"x\",}\n  ]\n}".utf8),
                file: "bad.json"
            )
        }
        #expect(error?.diagnostics.map(\.description) == ["bad.json:4:21: expected a quoted key"])
    }

    /// A bad byte or escape in a string is located where it is, not where the string's run ends.
    @Test(arguments: [
        // `{"council": [{"council": "Caf\xE9 Council"}]}`: Latin-1 é at column 30.
        (
            Array(#"{"council": [{"council": "Caf"#.utf8) + [0xE9] + Array(#" Council"}]}"#.utf8),
            #"bad.json:1:30: invalid UTF-8 byte sequence \xE9 in a string (expected text saved as UTF-8)"#
        ),
        (
            Array(#"{"council": [{"council": "Caf\q Council"}]}"#.utf8),
            #"bad.json:1:30: an unknown escape \q"#
        ),
    ])
    func locatesABadByteOrEscapeInAString(bytes: [UInt8], expected: String) {
        let error = #expect(throws: DataSourceError.self) { try JSONFormat.read(bytes, file: "bad.json") }
        #expect(error?.diagnostics.map(\.description) == [expected])
    }

    @Test func reportsEveryValueProblemWithItsPath() {
        let json = """
            {"formatVersion": 1,
             "council": [{"council": "X", "plan_title": "P"}],
             "measures": [{"id": "m", "name": "M", "unit": "percent", "good_is": "Sideways"}],
             "observations": [{"measure": "nope", "period": "Q5 2018/19"}]}
            """
        let error = #expect(throws: DataSourceError.self) { try JSONFormat.read(Array(json.utf8), file: "bad.json") }
        #expect(
            error?.diagnostics.map(\.description) == [
                #"bad.json:3:40: $.measures[0].unit: "percent" is not a valid unit (expected count, currency, days, number, percentage, ratio, yes-no)"#,
                #"bad.json:3:59: $.measures[0].good_is: "Sideways" is not a "Good is" direction (expected High, Low, Yes, or - for a contextual measure)"#,
                #"bad.json:4:20: $.observations[0].measure: no measure "nope" (expected an id from the measures table)"#,
                #"bad.json:4:39: $.observations[0].period: "Q5 2018/19" is not a reporting period (expected a period like 2018/19, Q2 2018/19, T1 2018/19, Sep 2018 or Y 14/15)"#,
            ]
        )
    }

    /// A problem validation finds in an observation, once the model is built and the tables are let go,
    /// is still located at the observation's row and path.
    @Test func aValidationProblemInAnObservationKeepsItsRowAndPath() {
        let json = """
            {"formatVersion": 1,
             "council": [{"council": "X", "plan_title": "P"}],
             "measures": [{"id": "m", "name": "M", "unit": "count", "good_is": "High"}],
             "observations": [{"measure": "m", "period": "Q1 2018/19", "value": "1"},
                              {"measure": "m", "period": "Q1 2018/19", "value": "2"}]}
            """
        let error = #expect(throws: DataSourceError.self) { try JSONFormat.read(Array(json.utf8), file: "two.json") }
        #expect(
            error?.diagnostics.map(\.description) == [
                "two.json:5:19: $.observations[1]: a second value for m in Q1 2018/19 (expected one a period)"
            ]
        )
    }

    @Test func refusesDeepNestingWithoutCrashing() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let error = #expect(throws: DataSourceError.self) { try JSONFormat.read(Array(deep.utf8), file: "deep.json") }
        #expect(error?.diagnostics.first?.message == "nesting deeper than 64 levels")
    }
}
