/// A problem found in input data, located precisely enough to fix: the file, the line and column (CSV)
/// or field path (JSON), what was found and what was expected.
///
/// ```text
/// observations.csv:118:4: "87,5%" is not a value of this measure (expected a percentage like 87.5%)
/// council.json: $.measures[3].unit: "percent" is not a unit (expected one of percentage, count, ...)
/// council.xlsx[observations]!C118: "87,5%" is not a value of this measure (expected a percentage like 87.5%)
/// ```
public struct Diagnostic: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// A stable, extensible classification of this error (``ErrorCode``).
    public typealias Code = ErrorCode<Diagnostic>

    /// Where a problem is.
    public struct Location: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
        /// The file, such as `observations.csv`.
        public var file: String
        /// The 1-based line, for line-oriented formats.
        public var line: Int?
        /// The 1-based column, for line-oriented formats.
        public var column: Int?
        /// The field path, such as `$.measures[3].unit`, for structured formats.
        public var path: String?
        /// The sheet of a workbook, such as `observations`; ``line`` is then the sheet's row and
        /// ``column`` its column (1 for A).
        public var sheet: String?

        /// Creates a location.
        ///
        /// - Parameters:
        ///   - file: The file.
        ///   - line: The line, if known.
        ///   - column: The column, if known.
        ///   - path: The field path, if known.
        ///   - sheet: The workbook's sheet, if the file is a workbook.
        public init(file: String, line: Int? = nil, column: Int? = nil, path: String? = nil, sheet: String? = nil) {
            self.file = file
            self.line = line
            self.column = column
            self.path = path
            self.sheet = sheet
        }

        /// `file:line:column`, `file:line`, `file: path` or `file`; in a workbook
        /// `file[sheet]!C118` (a cell), `file[sheet]!118:118` (a row) or `file[sheet]`.
        public var description: String {
            var text = file
            if let sheet {
                text += "[\(sheet)]"
                if let line {
                    text += column.map { "!\(Self.columnLetters($0))\(line)" } ?? "!\(line):\(line)"
                }
            } else if let line {
                text += ":\(line)"
                if let column { text += ":\(column)" }
            }
            if let path { text += ": \(path)" }
            return text
        }

        /// Orders locations by file, then line, then column, then path.
        ///
        /// - Parameters:
        ///   - lhs: A location.
        ///   - rhs: Another location.
        /// - Returns: Whether `lhs` comes first.
        public static func < (lhs: Location, rhs: Location) -> Bool {
            (lhs.file, lhs.sheet ?? "", lhs.line ?? 0, lhs.column ?? 0, lhs.path ?? "")
                < (rhs.file, rhs.sheet ?? "", rhs.line ?? 0, rhs.column ?? 0, rhs.path ?? "")
        }

        /// A spreadsheet column's letters: `A` for 1, `Z` for 26, `AA` for 27.
        ///
        /// - Parameter column: The 1-based column.
        /// - Returns: The letters.
        public static func columnLetters(_ column: Int) -> String {
            var letters: [Character] = []
            var remaining = max(column, 1)
            while remaining > 0 {
                let digit = (remaining - 1) % 26
                letters.append(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(digit))))
                remaining = (remaining - 1) / 26
            }
            return String(letters.reversed())
        }
    }

    /// What kind of problem this is.
    public var code: Code
    /// Where it is.
    public var location: Location
    /// The sentence that explains it, such as `"87,5%" is not a value of this measure (expected ...)`.
    public var message: String

    /// Creates a diagnostic.
    ///
    /// - Parameters:
    ///   - code: What kind of problem this is.
    ///   - location: Where it is.
    ///   - message: The explanation.
    public init(code: Code, location: Location, message: String) {
        self.code = code
        self.location = location
        self.message = message
    }

    /// `location: message`, the form compilers use, so editors can jump to it.
    public var description: String { "\(location): \(message)" }

    /// Orders diagnostics by location.
    ///
    /// - Parameters:
    ///   - lhs: A diagnostic.
    ///   - rhs: Another diagnostic.
    /// - Returns: Whether `lhs` comes first.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.message) < (rhs.location, rhs.message)
    }
}

/// The error a data source throws when input cannot be loaded: every diagnostic found, sorted by location.
///
/// Loading is all-or-nothing: a source either returns a complete, valid ``PerformanceData`` or throws
/// this error, and writes nothing.
public struct DataSourceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problems found, sorted by location (capped; see ``DataSourceError/diagnosticLimit``).
    public var diagnostics: [Diagnostic]

    /// The most diagnostics an error carries; beyond it one ``ErrorCode/tooManyProblems`` entry says
    /// how many more there were.
    public static let diagnosticLimit = 200

    /// Creates an error from diagnostics, sorting them and capping their number.
    ///
    /// - Parameter diagnostics: The problems found.
    public init(diagnostics: [Diagnostic]) {
        let sorted = diagnostics.sorted()
        if sorted.count > Self.diagnosticLimit, let last = sorted.last {
            self.diagnostics =
                Array(sorted.prefix(Self.diagnosticLimit)) + [
                    Diagnostic(
                        code: .tooManyProblems,
                        location: last.location,
                        message: "\(sorted.count - Self.diagnosticLimit) more problems not shown"
                    )
                ]
        } else {
            self.diagnostics = sorted
        }
    }

    /// One diagnostic a line, then a count.
    public var description: String {
        let count = diagnostics.filter { $0.code != .tooManyProblems }.count
        let summary = "\(count) problem\(count == 1 ? "" : "s") found"
        return (diagnostics.map(\.description) + [summary]).joined(separator: "\n")
    }
}

extension ErrorCode where Domain == Diagnostic {
    /// The file is not well-formed (CSV or JSON syntax, encoding, size).
    public static let syntax: Self = "syntax"
    /// A required file, table or column is missing, or an unknown one is present.
    public static let structure: Self = "structure"
    /// A cell or field does not hold a valid value.
    public static let invalidValue: Self = "invalid-value"
    /// A required value is empty.
    public static let missingValue: Self = "missing-value"
    /// An identifier is defined twice.
    public static let duplicateIdentifier: Self = "duplicate-identifier"
    /// A reference names something that is not defined.
    public static let unknownReference: Self = "unknown-reference"
    /// A value contradicts the rest of the model (a target on a contextual measure, two values for
    /// one measure and period, an observation outside the plan's years).
    public static let inconsistent: Self = "inconsistent"
    /// A file cannot be read, or is refused before it is read.
    ///
    /// Missing, a folder, not permitted, a FIFO or a device, larger than the limit, or a symbolic link
    /// out of the data folder: the message says which, and never quotes the file's contents.
    public static let unreadableFile: Self = "unreadable-file"
    /// Too many problems: the rest were not reported.
    public static let tooManyProblems: Self = "too-many-problems"
}
