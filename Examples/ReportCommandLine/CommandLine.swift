import Foundation

/// A small, tested command-line parser for the examples: options with values (`--format html` or
/// `--format=html`), flags, options that may be repeated (`--rebase "Apr 2017" --rebase "Apr 2018"`), one
/// optional subcommand, and `--help`.
///
/// A value may start with a single dash, so negative numbers need no quoting: `--target -3`. Only an
/// argument starting with `--` is taken as the next option rather than a value.
///
/// The package has no dependencies, so this stands in for swift-argument-parser.
public struct CommandLineSpec: Sendable {
    /// An option the command accepts.
    public struct Option: Sendable {
        /// The long name, without dashes (`format`).
        public var name: String
        /// The placeholder for its value (`markdown|html|csv|json`), or `nil` for a flag.
        public var valueName: String?
        /// Allowed values, when the set is closed.
        public var allowedValues: [String]?
        /// What the option does, for `--help`.
        public var help: String
        /// Whether the option may be given more than once; every value is kept, in order.
        public var isRepeatable: Bool

        /// Creates an option.
        ///
        /// - Parameters:
        ///   - name: The long name.
        ///   - valueName: The value placeholder, or `nil` for a flag.
        ///   - allowedValues: The allowed values, if closed.
        ///   - help: The help text.
        ///   - isRepeatable: Whether the option may be given more than once; `false` by default.
        public init(
            _ name: String,
            valueName: String? = nil,
            allowedValues: [String]? = nil,
            help: String,
            isRepeatable: Bool = false
        ) {
            self.name = name
            self.valueName = valueName
            self.allowedValues = allowedValues
            self.help = help
            self.isRepeatable = isRepeatable
        }
    }

    /// The command's name.
    public var command: String
    /// A one-line description.
    public var abstract: String
    /// Subcommands and their descriptions, in order; empty when the command has none.
    public var subcommands: [(name: String, help: String)]
    /// The options.
    public var options: [Option]

    /// Creates a specification.
    ///
    /// - Parameters:
    ///   - command: The command's name.
    ///   - abstract: A one-line description.
    ///   - subcommands: Subcommands and their help.
    ///   - options: The options.
    public init(command: String, abstract: String, subcommands: [(name: String, help: String)] = [], options: [Option])
    {
        self.command = command
        self.abstract = abstract
        self.subcommands = subcommands
        self.options = options
    }

    /// What the command line asked for.
    public struct Parsed: Sendable, Equatable {
        /// The subcommand, if one was given.
        public var subcommand: String?
        /// Option values by name; flags map to `"true"`.
        ///
        /// For a repeatable option, its last value; ``allValues`` has them all.
        public var values: [String: String]
        /// Every value of each option given, in order, by name; for repeatable options.
        public var allValues: [String: [String]]
        /// Whether `--help` or `-h` was given.
        public var wantsHelp: Bool
    }

    /// A command line that does not fit the specification.
    public struct UsageError: Error, Sendable, Equatable, CustomStringConvertible {
        /// What is wrong.
        public var message: String
        /// The message.
        public var description: String { message }
    }

    /// Parses arguments (without the program name).
    ///
    /// - Parameter arguments: The arguments.
    /// - Returns: What they ask for.
    /// - Throws: ``UsageError`` for an unknown option or subcommand, a missing or disallowed value, or a
    ///   repeated option.
    public func parse(_ arguments: [String]) throws(UsageError) -> Parsed {
        var parsed = Parsed(subcommand: nil, values: [:], allValues: [:], wantsHelp: false)
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--help" || argument == "-h" {
                parsed.wantsHelp = true
                continue
            }
            if argument.hasPrefix("--") {
                var name = String(argument.dropFirst(2))
                var value: String? = nil
                if let equals = name.firstIndex(of: "=") {
                    value = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
                guard let option = options.first(where: { $0.name == name }) else {
                    throw UsageError(message: "unknown option --\(name) (see --help)")
                }
                guard parsed.values[name] == nil || option.isRepeatable else {
                    throw UsageError(message: "--\(name) is given twice")
                }
                if option.valueName == nil {
                    guard value == nil else { throw UsageError(message: "--\(name) takes no value") }
                    parsed.values[name] = "true"
                    parsed.allValues[name, default: []].append("true")
                    continue
                }
                if value == nil {
                    guard index < arguments.count, !arguments[index].hasPrefix("--") else {
                        throw UsageError(message: "--\(name) needs a value (\(option.valueName ?? "value"))")
                    }
                    value = arguments[index]
                    index += 1
                }
                let given = value ?? ""
                if let allowed = option.allowedValues, !allowed.contains(given) {
                    throw UsageError(message: "--\(name) \(given) is not one of \(allowed.joined(separator: ", "))")
                }
                parsed.values[name] = given
                parsed.allValues[name, default: []].append(given)
                continue
            }
            if argument.hasPrefix("-") && argument.count > 1 {
                throw UsageError(message: "unknown option \(argument) (see --help)")
            }
            guard !subcommands.isEmpty, parsed.subcommand == nil else {
                throw UsageError(message: "unexpected argument \(argument) (see --help)")
            }
            guard subcommands.contains(where: { $0.name == argument }) else {
                throw UsageError(
                    message:
                        "unknown command \(argument) (expected one of \(subcommands.map(\.name).joined(separator: ", ")))"
                )
            }
            parsed.subcommand = argument
        }
        return parsed
    }

    /// Parses the program's arguments as every example's `main` starts: on `--help`, prints the help
    /// and exits with status 0; on bad usage, prints the problem and exits with status 2.
    ///
    /// - Parameter arguments: The arguments (without the program name); the process's by default.
    /// - Returns: What they ask for, when it is not help.
    public func parseOrExit(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Parsed {
        let parsed: Parsed
        do {
            parsed = try parse(arguments)
        } catch {
            exitWithMessage("\(command): \(error)\n", status: 2)
        }
        if parsed.wantsHelp {
            print(helpText, terminator: "")
            exit(0)
        }
        return parsed
    }

    /// The `--help` text.
    public var helpText: String {
        var lines = ["\(command): \(abstract)", ""]
        let subcommandPart = subcommands.isEmpty ? "" : " [\(subcommands.map(\.name).joined(separator: "|"))]"
        lines.append("Usage: \(command)\(subcommandPart) [options]")
        if !subcommands.isEmpty {
            lines += ["", "Commands:"]
            for subcommand in subcommands { lines.append("  " + pad(subcommand.name, 24) + subcommand.help) }
        }
        lines += ["", "Options:"]
        for option in options {
            let left = "--\(option.name)" + (option.valueName.map { " <\($0)>" } ?? "")
            lines.append("  " + pad(left, 24) + option.help)
        }
        lines.append("  " + pad("-h, --help", 24) + "Show this help.")
        return lines.joined(separator: "\n") + "\n"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + "  " : text + String(repeating: " ", count: width - text.count)
    }
}

/// Writes a message to standard error and exits with a status: 1 for bad data or a failed run, 2 for bad
/// usage, as the examples document.
///
/// - Parameters:
///   - message: The message, ending with a newline.
///   - status: The exit status.
public func exitWithMessage(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data(message.utf8))
    exit(status)
}
