import CouncilPerformance
import Testing

/// `ProcessSeries.read(csv:file:)`: full-precision values, groups, and located errors.
@Suite struct ProcessSeriesTests {
    static func read(_ text: String) throws(DataSourceError) -> ProcessSeries {
        try ProcessSeries.read(csv: Array(text.utf8), file: "series.csv")
    }

    @Test func readsPeriodsValuesAndGroupsAtFullPrecision() throws {
        let series = try Self.read(
            "group,period,value\nNorth,Apr 2016,0.9003512724457525\n,Q2 2018/19,-3\nNorth,2018/19,1.5e3\n"
        )
        #expect(series.observations.map(\.value) == [0.9003512724457525, -3, 1500])
        #expect(series.observations.map(\.group) == ["North", nil, "North"])
        #expect(series.observations.map(\.period.description) == ["Apr 2016", "Q2 2018/19", "2018/19"])
        #expect(series.observations[1].location == Diagnostic.Location(file: "series.csv", line: 3, column: 2))
        // 17 significant digits read back to the same double, not rounded to millionths.
        let precise = try Self.read("value,period\n0.12345678901234568,Apr 2016\n")
        #expect(precise.observations[0].value == 0.12345678901234568)
    }

    @Test(arguments: [
        ("value\n1\n", "series.csv:1:1: missing column \"period\""),
        ("period\nApr 2016\n", "series.csv:1:1: missing column \"value\""),
        ("period,value,grup\nApr 2016,1,a\n", "series.csv:1:14: unknown column \"grup\""),
        ("period,value\nApr 2016,1\nQ5 2018/19,2\n", "series.csv:3:1: \"Q5 2018/19\""),
        ("period,value\nApr 2016,n/a\n", "series.csv:2:10: \"n/a\" is not a number"),
        ("period,value\nApr 2016,nan\n", "series.csv:2:10: \"nan\" is not a number"),
        ("period,value\nApr 2016,1e999\n", "series.csv:2:10: \"1e999\" is not a number"),
        ("period,value\nApr 2016,\n", "series.csv:2:10: empty value"),
        ("period,value\n", "series.csv:1:1: the file has no rows"),
        ("period,value\nApr 2016,\"1\n", "series.csv:2:10: "),
    ])
    func locatesEachProblem(text: String, message: String) {
        let error = #expect(throws: DataSourceError.self) { try Self.read(text) }
        let first = error?.diagnostics.first?.description ?? ""
        #expect(first.hasPrefix(message), "\(first)")
    }

    @Test func reportsEveryProblemNotJustTheFirst() {
        let error = #expect(throws: DataSourceError.self) {
            try Self.read("period,value\nApr 2016,x\nMonth 13,2\nJun 2016,3\n")
        }
        #expect(error?.diagnostics.map(\.location.line) == [2, 3])
    }
}
