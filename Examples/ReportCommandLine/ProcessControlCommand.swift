public import CouncilPerformance
import Foundation

/// `council-report spc`: an XmR chart, its signals and assurance for one series in a CSV file.
///
/// ```
/// council-report spc --input series.csv --improvement increase --target 92 --format html --output reports
/// ```
///
/// Parsing (``init(_:)``) and running (``run(csv:file:)``) are separate from the process, so both are
/// tested without starting one. Bad usage is a ``CommandLineSpec/UsageError`` (exit status 2); bad data is a
/// ``Failure`` whose message locates each problem as `series.csv:LINE:COLUMN: ...` (exit status 1).
public struct ProcessControlCommand: Sendable {
    /// The subcommand's options.
    public static let spec = CommandLineSpec(
        command: "council-report spc",
        abstract: "Chart a series with the NHS Making Data Count rules (XmR chart, signals, assurance).",
        options: [
            .init(
                "input",
                valueName: "series.csv",
                help: "CSV with columns period,value and optionally group (required)."
            ),
            .init(
                "improvement",
                valueName: "increase|decrease|neutral",
                allowedValues: ImprovementDirection.allCases.map(\.rawValue),
                help: "Which direction is better (required)."
            ),
            .init("target", valueName: "number", help: "A target, for assurance; may be negative (--target -3)."),
            .init(
                "rebase",
                valueName: "period",
                help: "Start new limits at this period, such as \"Apr 2017\"; repeat for more.",
                isRepeatable: true
            ),
            .init("fix-after", valueName: "N", help: "Fix each segment's limits after its first N points (N >= 12)."),
            .init("screen-outliers", help: "Drop moving ranges of 3.267 mean moving ranges or more first."),
            .init("title", valueName: "text", help: "What is charted; the input file's name by default."),
            .init(
                "format",
                valueName: "csv|json|markdown|html",
                allowedValues: ["csv", "json", "markdown", "html"],
                help: "The output format (required)."
            ),
            .init("output", valueName: "folder", help: "Write the file here; standard output by default."),
        ]
    )

    /// A run that failed on its data, with a message that locates each problem.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// One line per problem, such as `series.csv:4:10: "n/a" is not a number (...)`.
        public var message: String
        /// The message.
        public var description: String { message }
    }

    /// The input file's path.
    public var input: String
    /// The chart's options.
    public var options: ProcessChart<ReportingPeriod>.Options
    /// The output format: `csv`, `json`, `markdown` or `html`.
    public var format: String
    /// What is charted.
    public var title: String
    /// The folder to write to, or `nil` for standard output.
    public var output: String?

    /// Reads the command's settings from parsed arguments.
    ///
    /// - Parameter parsed: The arguments after `spc`, parsed with ``spec``.
    /// - Throws: ``CommandLineSpec/UsageError`` for a missing `--input`, `--improvement` or `--format`, a
    ///   target that is not a finite number, a rebase period that does not parse, or `--fix-after` below 12.
    public init(_ parsed: CommandLineSpec.Parsed) throws(CommandLineSpec.UsageError) {
        func required(_ name: String) throws(CommandLineSpec.UsageError) -> String {
            guard let value = parsed.values[name] else {
                throw CommandLineSpec.UsageError(message: "--\(name) is required (see --help)")
            }
            return value
        }
        input = try required("input")
        let improvementText = try required("improvement")
        guard let improvement = ImprovementDirection(rawValue: improvementText) else {
            throw CommandLineSpec.UsageError(
                message: "--improvement \(improvementText) is not one of increase, decrease, neutral"
            )
        }
        format = try required("format")
        output = parsed.values["output"]
        title =
            parsed.values["title"]
            ?? URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent
        var target: Double? = nil
        if let text = parsed.values["target"] {
            guard let value = Double(text), value.isFinite else {
                throw CommandLineSpec.UsageError(message: "--target \(text) is not a finite number")
            }
            target = value
        }
        var rebase: Set<ReportingPeriod> = []
        for text in parsed.allValues["rebase"] ?? [] {
            do {
                rebase.insert(try ReportingPeriod(text))
            } catch {
                throw CommandLineSpec.UsageError(message: "--rebase \(error.message)")
            }
        }
        var fixAfter: Int? = nil
        if let text = parsed.values["fix-after"] {
            guard let count = Int(text), count >= ProcessChart<ReportingPeriod>.Segment.minimumCount else {
                throw CommandLineSpec.UsageError(message: "--fix-after \(text) is not a whole number of at least 12")
            }
            fixAfter = count
        }
        options = .init(
            improvement: improvement,
            target: target,
            rebase: rebase,
            fixAfter: fixAfter,
            screenOutliers: parsed.values["screen-outliers"] != nil
        )
    }

    /// Reads the series, computes the chart and renders it.
    ///
    /// - Parameters:
    ///   - bytes: The input file's contents.
    ///   - file: The file's name for messages, such as `series.csv`.
    /// - Returns: One file: `spc.csv`, `spc.json`, `spc.md` or `spc.html`.
    /// - Throws: ``Failure`` naming every problem in the data with its line and column.
    public func run(csv bytes: [UInt8], file: String) throws(Failure) -> RenderedFile {
        let series: ProcessSeries
        do {
            series = try ProcessSeries.read(csv: bytes, file: file)
        } catch {
            throw Failure(message: error.diagnostics.map(\.description).joined(separator: "\n"))
        }
        let samples = series.observations.map {
            ProcessChart<ReportingPeriod>.Sample(period: $0.period, value: $0.value, group: $0.group)
        }
        let chart: ProcessChart<ReportingPeriod>
        do {
            chart = try ProcessChart(samples, options: options)
        } catch {
            if let index = error.sampleIndex, series.observations.indices.contains(index) {
                throw Failure(message: "\(series.observations[index].location): \(error.message)")
            }
            let option = error.option.map { " (--\(Self.optionName($0)))" } ?? ""
            throw Failure(message: "\(file): \(error.message)\(option)")
        }
        let label: (ReportingPeriod) -> String = { $0.description }
        if format == "csv" {
            return CSVRenderer().render(points: chart, periodLabel: label)
        }
        let document = ReportDocument.processControl(
            chart,
            title: title,
            subtitle: "\(file), \(series.observations.count) values",
            valueDecimals: Self.decimals(for: series.observations.map(\.value)),
            periodLabel: label
        )
        let reporter: any PerformanceReporter =
            switch format {
            case "json": JSONRenderer()
            case "markdown": MarkdownRenderer()
            default: HTMLRenderer()
            }
        return reporter.render(document)[0]
    }

    /// Decimals for the report's text: the fewest that write every value exactly, from 1 to 4.
    static func decimals(for values: [Double]) -> Int {
        var needed = 1
        for value in values {
            while needed < 4, Double(XmRChartSVG.fixed(value, decimals: needed)) != value {
                needed += 1
            }
        }
        return needed
    }

    private static func optionName(_ engineOption: String) -> String {
        switch engineOption {
        case "fixAfter": "fix-after"
        default: engineOption
        }
    }

    /// The largest series file read: the CSV route's limit for a table.
    static let maximumInputSize = CSVFormat.maximumFileSize

    /// Runs the subcommand as the process: parses, reads the input, writes the output, and exits with
    /// status 2 for bad usage and 1 for bad data.
    ///
    /// - Parameter arguments: The arguments after `spc`.
    public static func main(_ arguments: [String]) {
        let parsed = spec.parseOrExit(arguments)
        let command: ProcessControlCommand
        do {
            command = try ProcessControlCommand(parsed)
        } catch {
            exitWithMessage("council-report spc: \(error)\n", status: 2)
        }
        let bytes: [UInt8]
        do {
            // The library's reader: a folder, a FIFO or a device is refused in words, and the size is
            // bounded before anything is read.
            bytes = try FileReader.read(command.input, limit: Self.maximumInputSize)
        } catch {
            exitWithMessage("council-report spc: \(error)\n", status: 1)
        }
        let file: RenderedFile
        do {
            file = try command.run(csv: bytes, file: URL(fileURLWithPath: command.input).lastPathComponent)
        } catch {
            exitWithMessage("\(error.message)\n", status: 1)
        }
        emit(file, to: command.output, command: "council-report spc")
    }
}
