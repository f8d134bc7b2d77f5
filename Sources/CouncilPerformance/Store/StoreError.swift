/// A history store that cannot be opened, read or written, with where and why.
///
/// ```text
/// reports.sqlite: not-a-store: the file is not a CouncilPerformance history store (its application id is 0)
/// ```
public struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable, extensible classification of this error (``ErrorCode``).
    public typealias Code = ErrorCode<StoreError>

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

extension ErrorCode where Domain == StoreError {
    /// The file is not a history store: another program's database, or not a database at all.
    public static let notAStore: Self = "not-a-store"
    /// The store was written by a newer version of the library, whose schema this one cannot read.
    public static let schemaTooNew: Self = "schema-too-new"
    /// The store file does not exist (and was not to be created).
    public static let missing: Self = "missing"
    /// A return is dated before the council's latest return.
    public static let returnOutOfOrder: Self = "return-out-of-order"
    /// A return would change a decision an earlier return recorded; decisions are only ever added.
    public static let decisionRewritten: Self = "decision-rewritten"
    /// The store holds no council of the given identifier, or several councils and none was chosen.
    public static let unknownCouncil: Self = "unknown-council"
    /// The council has no return on or before the given date.
    public static let noReturn: Self = "no-return"
    /// The data to import did not evaluate (a tolerance that cannot apply to its target).
    public static let invalidData: Self = "invalid-data"
    /// SQLite reported an error (the file is locked, damaged, read-only, or the disk is full).
    public static let database: Self = "database"
    /// The operation was cancelled; the store is as it was.
    public static let cancelled: Self = "cancelled"
}
