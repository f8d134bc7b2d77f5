public import CouncilPerformance
import Foundation

/// `council-report ratings`: every observation's rating by the council's rule beside what its papers
/// printed, one row per measure and period, for BI tools and for checking.
///
/// ```
/// council-report ratings --data data/riverside --format csv > ratings.csv
/// ```
public struct RatingsCommand: Sendable {
    /// The subcommand's options.
    public static let spec = CommandLineSpec(
        command: "council-report ratings",
        abstract: "List every observation's rating and trend by the council's rule beside what was printed.",
        options: [
            .init(
                "data",
                valueName: "folder or file",
                help: "The council's data: CSV folder, Excel workbook or JSON document (required)."
            ),
            .init(
                "format",
                valueName: "csv|json|markdown",
                allowedValues: ["csv", "json", "markdown"],
                help: "The output format; csv by default."
            ),
            .init("output", valueName: "folder", help: "Write the file here; standard output by default."),
        ]
    )

    /// The data's path.
    public var data: String
    /// The output format.
    public var format: String
    /// The folder to write to, or `nil` for standard output.
    public var output: String?

    /// Reads the command's settings from parsed arguments.
    ///
    /// - Parameter parsed: The arguments after `ratings`, parsed with ``spec``.
    /// - Throws: ``CommandLineSpec/UsageError`` without `--data`.
    public init(_ parsed: CommandLineSpec.Parsed) throws(CommandLineSpec.UsageError) {
        guard let data = parsed.values["data"] else {
            throw CommandLineSpec.UsageError(message: "--data is required (see --help)")
        }
        self.data = data
        format = parsed.values["format"] ?? "csv"
        output = parsed.values["output"]
    }

    /// Rates the data and renders the table.
    ///
    /// - Parameter data: The council's data.
    /// - Returns: One file: `ratings-observations.csv`, `ratings.json` or `ratings.md`.
    public func run(_ data: PerformanceData) -> RenderedFile? {
        let document = ReportDocument.ratings(RatingsTable(data: data))
        return ReportRun.reporter(for: format)?.render(document).first
    }

    /// Runs the subcommand as the process: exits with status 2 for bad usage and 1 for data that does not load.
    ///
    /// - Parameter arguments: The arguments after `ratings`.
    public static func main(_ arguments: [String]) async {
        let parsed = spec.parseOrExit(arguments)
        let command: RatingsCommand
        do {
            command = try RatingsCommand(parsed)
        } catch {
            exitWithMessage("council-report ratings: \(error)\n", status: 2)
        }
        let data: PerformanceData
        do {
            data = try await loadCouncilData(from: command.data)
        } catch {
            exitWithMessage("council-report ratings: cannot load \(command.data):\n\(error)\n", status: 1)
        }
        guard let file = command.run(data) else {
            exitWithMessage("council-report ratings: unknown format \(command.format)\n", status: 2)
        }
        emit(file, to: command.output, command: "council-report ratings")
    }
}

/// Writes a subcommand's one output file to standard output, or into a folder (atomically), saying where;
/// a file that cannot be written ends the process with status 1.
///
/// - Parameters:
///   - file: The rendered file.
///   - output: The folder, or `nil` for standard output.
///   - command: The command's name for messages, such as `council-report ratings`.
public func emit(_ file: RenderedFile, to output: String?, command: String) {
    guard let output else {
        FileHandle.standardOutput.write(Data(file.bytes))
        return
    }
    do {
        let url = try ReportWriter.write(file, to: URL(fileURLWithPath: output))
        print("wrote \(url.path)")
    } catch {
        exitWithMessage("\(command): cannot write to \(output): \(error)\n", status: 1)
    }
}
