import CouncilPerformance
import Foundation
import ReportCommandLine
import Testing

/// `council-report spc`: its arguments, its CSV output and its errors, without starting a process.
@Suite struct ProcessControlCommandTests {
    static func command(_ arguments: [String]) throws -> ProcessControlCommand {
        try ProcessControlCommand(try ProcessControlCommand.spec.parse(arguments))
    }

    static func fixture(_ name: String) throws -> [UInt8] {
        let url = fixturesDirectory.appendingPathComponent("ProcessControl").appendingPathComponent(name)
        return [UInt8](try Data(contentsOf: url))
    }

    /// The CSV output's rows, split on commas (no field of these outputs is quoted).
    static func rows(_ file: RenderedFile) -> [[String]] {
        file.text.split(separator: "\r\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }

    @Test func parsesNegativeTargetsRepeatedRebasesAndFlags() throws {
        let command = try Self.command([
            "--input", "series.csv", "--improvement", "decrease", "--target", "-3", "--rebase", "Apr 2017",
            "--rebase=Q2 2018/19", "--fix-after", "12", "--screen-outliers", "--format", "csv",
        ])
        #expect(command.input == "series.csv")
        #expect(command.options.improvement == .decrease)
        #expect(command.options.target == -3)
        #expect(command.options.rebase == [try ReportingPeriod("Apr 2017"), try ReportingPeriod("Q2 2018/19")])
        #expect(command.options.fixAfter == 12)
        #expect(command.options.screenOutliers)
        #expect(command.output == nil)
        #expect(command.title == "series")
        let plain = try Self.command(["--input", "a/b.csv", "--improvement", "neutral", "--format", "html"])
        #expect(!plain.options.screenOutliers)
        #expect(plain.options.target == nil)
        #expect(plain.options.rebase.isEmpty)
        #expect(
            try Self.command(["--input", "x", "--improvement", "increase", "--format=json", "--target=-0.5"])
                .options.target == -0.5
        )
    }

    @Test(arguments: [
        (["--improvement", "increase", "--format", "csv"], "--input is required (see --help)"),
        (["--input", "s.csv", "--format", "csv"], "--improvement is required (see --help)"),
        (
            ["--input", "s.csv", "--improvement", "sideways", "--format", "csv"],
            "--improvement sideways is not one of increase, decrease, neutral"
        ),
        (
            ["--input", "s.csv", "--improvement", "increase", "--format", "pdf"],
            "--format pdf is not one of csv, json, markdown, html"
        ),
        (
            ["--input", "s.csv", "--improvement", "increase", "--format", "csv", "--target", "ten"],
            "--target ten is not a finite number"
        ),
        (
            ["--input", "s.csv", "--improvement", "increase", "--format", "csv", "--fix-after", "11"],
            "--fix-after 11 is not a whole number of at least 12"
        ),
        (
            ["--input", "s.csv", "--improvement", "increase", "--format", "csv", "--input", "t.csv"],
            "--input is given twice"
        ),
    ])
    func refusesBadUsage(arguments: [String], message: String) {
        let error = #expect(throws: CommandLineSpec.UsageError.self) { try Self.command(arguments) }
        #expect(error?.message == message)
    }

    @Test func aRebasePeriodThatDoesNotParseIsAUsageError() {
        let error = #expect(throws: CommandLineSpec.UsageError.self) {
            try Self.command(["--input", "s", "--improvement", "increase", "--format", "csv", "--rebase", "Q9 2017/18"])
        }
        #expect(error?.message.hasPrefix("--rebase \"Q9 2017/18\"") == true)
    }

    /// The England A&E four-hour performance, April 2016 to March 2019, limits fixed after 12 points: the
    /// NHSRplotthedots snapshot's figures (Documentation/StatisticalProcessControl.md), printed so that they
    /// read back to the same doubles.
    @Test func writesOneRowPerPointWithRoundTripNumbers() throws {
        let input = try Self.fixture("ae-performance.csv")
        let command = try Self.command([
            "--input", "ae-performance.csv", "--improvement", "increase", "--target", "0.95", "--fix-after", "12",
            "--format", "csv",
        ])
        let file = try command.run(csv: input, file: "ae-performance.csv")
        #expect(file.name == "spc.csv")
        let rows = Self.rows(file)
        #expect(rows[0] == CSVRenderer.processControlColumns)
        #expect(
            rows[0] == [
                "group", "period", "value", "mean", "lower_limit", "upper_limit", "point_type", "assurance",
                "too_short",
            ]
        )
        #expect(rows.count == 37)
        let series = try ProcessSeries.read(csv: input, file: "ae-performance.csv")
        for (row, observation) in zip(rows.dropFirst(), series.observations) {
            #expect(row[0] == "")
            #expect(row[1] == observation.period.description)
            #expect(Double(row[2]) == observation.value)
            #expect(Double(row[3]) == 0.8908915564349236)
            #expect(Double(row[4]) == 0.8614049789074258)
            #expect(Double(row[5]) == 0.9203781339624213)
            #expect(row[7] == "consistent-fail")  // 0.95 is above the upper limit of a measure where higher is better
            #expect(row[8] == "false")
        }
        // R's point types: c×9 x c i×8 c x×4 c×5 x×7.
        let expected =
            ["common-cause"] * 9 + ["special-cause-concern", "common-cause"] + ["special-cause-improvement"] * 8
            + ["common-cause"] + ["special-cause-concern"] * 4 + ["common-cause"] * 5 + ["special-cause-concern"] * 7
        #expect(rows.dropFirst().map { $0[6] } == expected)
    }

    @Test func groupsAreChartedApartAndShortSegmentsFlagged() throws {
        var text = "group,period,value\n"
        for (index, month) in ["Apr", "May", "Jun", "Jul", "Aug", "Sep"].enumerated() {
            text += "North,\(month) 2016,\(10 + index % 2)\nSouth,\(month) 2016,-\(index)\n"
        }
        let command = try Self.command(["--input", "g.csv", "--improvement", "neutral", "--format", "csv"])
        let rows = Self.rows(try command.run(csv: Array(text.utf8), file: "g.csv")).dropFirst()
        #expect(rows.map { $0[0] } == ["North", "South"] * 6)
        #expect(Set(rows.filter { $0[0] == "North" }.map { $0[3] }) == ["10.5"])
        #expect(Set(rows.filter { $0[0] == "South" }.map { $0[3] }) == ["-2.5"])
        #expect(rows.allSatisfy { $0[7] == "" && $0[8] == "true" })  // neutral: no assurance; 6 < 12 points
    }

    @Test(arguments: [
        ("period,value\nApr 2016,1\nMay 2016,oops\n", "g.csv:3:10: \"oops\" is not a number"),
        ("period,value\nApr 2016,1\nApril the first,2\n", "g.csv:3:1: \"April the first\""),
        ("month,value\nApr 2016,1\n", "g.csv:1:1: missing column \"period\""),
        ("period,value\nApr 2016,1\nApr 2016,2\n", "g.csv:3:1: The period Apr 2016 occurs more than once"),
    ])
    func badDataIsLocated(text: String, message: String) throws {
        let command = try Self.command(["--input", "g.csv", "--improvement", "increase", "--format", "csv"])
        let error = #expect(throws: ProcessControlCommand.Failure.self) {
            try command.run(csv: Array(text.utf8), file: "g.csv")
        }
        #expect(error?.message.hasPrefix(message) == true, "\(error?.message ?? "")")
    }

    @Test func aRebasePeriodOutsideTheSeriesNamesTheOption() throws {
        let command = try Self.command([
            "--input", "g.csv", "--improvement", "increase", "--format", "csv", "--rebase", "Apr 2030",
        ])
        let error = #expect(throws: ProcessControlCommand.Failure.self) {
            try command.run(csv: Array("period,value\nApr 2016,1\n".utf8), file: "g.csv")
        }
        #expect(error?.message == "g.csv: The rebase period Apr 2030 is not a period of the series. (--rebase)")
    }

    @Test(arguments: ["json", "markdown", "html"])
    func rendersTheReportInEachFormat(format: String) throws {
        let command = try Self.command([
            "--input", "ae-performance.csv", "--improvement", "increase", "--target", "0.95", "--fix-after", "12",
            "--format", format, "--title", "A&E within 4 hours",
        ])
        let file = try command.run(csv: try Self.fixture("ae-performance.csv"), file: "ae-performance.csv")
        #expect(file.name.hasPrefix("spc."))
        #expect(file.text.contains("Consistently fails the target"))
        #expect(file.text.contains(format == "html" ? "A&amp;E within 4 hours" : "A&E within 4 hours"))
        if format == "json" {
            // Full precision stays in the cells' plain values.
            #expect(file.text.contains("\"value\": \"0.8908915564349236\""))
        }
    }

    @Test func choosesDecimalsFromTheValues() throws {
        let command = try Self.command(["--input", "a.csv", "--improvement", "increase", "--format", "markdown"])
        let counts = try command.run(csv: try Self.fixture("ae-attendances.csv"), file: "a.csv").text
        #expect(counts.contains("2000538.9"))  // counts: one decimal for the mean
        #expect(!counts.contains("2000538.94"))
    }
}

@Suite struct CommandLineRepeatedAndNegativeTests {
    static let spec = CommandLineSpec(
        command: "tool",
        abstract: "A test tool.",
        options: [
            .init("rebase", valueName: "period", help: "Rebase.", isRepeatable: true),
            .init("target", valueName: "number", help: "Target."),
            .init("verbose", help: "More."),
        ]
    )

    @Test func keepsEveryValueOfARepeatableOptionInOrder() throws {
        let parsed = try Self.spec.parse(["--rebase", "Apr 2017", "--verbose", "--rebase=Apr 2018"])
        #expect(parsed.allValues["rebase"] == ["Apr 2017", "Apr 2018"])
        #expect(parsed.values["rebase"] == "Apr 2018")
        #expect(parsed.allValues["verbose"] == ["true"])
    }

    @Test(arguments: [["--target", "-3"], ["--target=-3"], ["--target", "-3.5e2"]])
    func takesNegativeNumbersAsValues(arguments: [String]) throws {
        let parsed = try Self.spec.parse(arguments)
        #expect(parsed.values["target"] == String(arguments.last?.split(separator: "=").last ?? ""))
    }

    @Test func aNonRepeatableOptionGivenTwiceIsStillRefused() {
        let error = #expect(throws: CommandLineSpec.UsageError.self) {
            try Self.spec.parse(["--target", "1", "--target", "2"])
        }
        #expect(error?.message == "--target is given twice")
        let missing = #expect(throws: CommandLineSpec.UsageError.self) {
            try Self.spec.parse(["--target", "--verbose"])
        }
        #expect(missing?.message == "--target needs a value (number)")
    }
}

extension Array {
    /// The array repeated `count` times, for expected columns.
    fileprivate static func * (array: [Element], count: Int) -> [Element] {
        (0..<count).flatMap { _ in array }
    }
}
