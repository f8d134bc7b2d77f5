/// A history store that cannot be opened, read or written, with where and why.
///
/// ```text
/// reports.sqlite: not-a-store: the file is not a CouncilPerformance history store (its application id is 0)
/// ```
public struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable, extensible classification of store errors.
    public struct Code: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
        /// The code's stable text.
        public var rawValue: String

        /// Creates a code from its text.
        ///
        /// - Parameter rawValue: The code's text.
        public init(_ rawValue: String) {
            self.rawValue = rawValue
        }

        /// Creates a code from a string literal.
        ///
        /// - Parameter value: The code's text.
        public init(stringLiteral value: String) {
            self.rawValue = value
        }

        /// The code's text.
        public var description: String { rawValue }

        /// The file is not a history store: another program's database, or not a database at all.
        public static let notAStore: Code = "not-a-store"
        /// The store was written by a newer version of the library, whose schema this one cannot read.
        public static let schemaTooNew: Code = "schema-too-new"
        /// The store file does not exist (and was not to be created).
        public static let missing: Code = "missing"
        /// A return is dated before the council's latest return.
        public static let returnOutOfOrder: Code = "return-out-of-order"
        /// A return would change a decision an earlier return recorded; decisions are only ever added.
        public static let decisionRewritten: Code = "decision-rewritten"
        /// The store holds no council of the given identifier, or several councils and none was chosen.
        public static let unknownCouncil: Code = "unknown-council"
        /// The council has no return on or before the given date.
        public static let noReturn: Code = "no-return"
        /// The data to import did not evaluate (a tolerance that cannot apply to its target).
        public static let invalidData: Code = "invalid-data"
        /// SQLite reported an error (the file is locked, damaged, read-only, or the disk is full).
        public static let database: Code = "database"
        /// The operation was cancelled; the store is as it was.
        public static let cancelled: Code = "cancelled"
    }

    /// What kind of problem it is.
    public var code: Code
    /// What is wrong, and what was expected.
    public var message: String
    /// The store file's path.
    public var path: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: The kind of problem.
    ///   - message: What is wrong.
    ///   - path: The store file's path.
    public init(_ code: Code, _ message: String, path: String) {
        self.code = code
        self.message = message
        self.path = path
    }

    /// `path: code: message`.
    public var description: String { "\(path): \(code): \(message)" }
}
