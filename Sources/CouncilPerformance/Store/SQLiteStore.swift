#if canImport(FoundationEssentials)
internal import FoundationEssentials
#else
internal import Foundation
#endif

/// A history of councils' returns in one SQLite file: every return kept as reported, revisions beside
/// the originals, and the latest restated snapshot or the snapshot as reported on a date read back
/// through the ``PerformanceDataSource`` protocol.
///
/// ```swift
/// let store = SQLiteStore(path: "history.sqlite")
/// let data = try await CSVDataSource(directory: URL(filePath: "q2")).load()
/// try store.importReturn(data, asOf: try CalendarDate("2018-11-05"), submittedBy: "Performance team")
///
/// let restated = try await store.load()                                       // the latest return
/// let asReported = try await store.asReported(on: try CalendarDate("2018-08-06")).load()
/// let revisions = try store.revisions()
/// ```
///
/// A snapshot is kept as the rows of the library's interchange tables (``TableSchema``), the same rows
/// the CSV and JSON formats write, and read back through the same reader and validation: a report of a
/// snapshot loaded from the store is byte-identical to one of the files it was imported from.
/// Observations are kept in a typed table, with their ratings, for analysts to query; see
/// <doc:KeepingHistory> and `Documentation/HistoryStore.md`.
///
/// Every import is one transaction (a failed or killed import leaves the store as it was), the file is
/// in WAL mode (readers are not blocked by a writer), foreign keys are on, the history is append-only
/// (triggers refuse an update or delete), and every statement binds its values: no SQL is built from data.
public struct SQLiteStore: PerformanceDataSource {
    /// Which of a council's returns a load reads.
    public enum Selection: Sendable, Hashable {
        /// The latest return: the snapshot as restated by every revision so far.
        case latest
        /// The latest return dated on or before a day: the snapshot as reported on that day.
        case asReported(on: CalendarDate)
        /// One return, by its number.
        case returnID(Int)
    }

    /// The store file.
    public var path: String
    /// The council to read, by its key; `nil` when the store holds one council.
    public var council: String?
    /// Which return ``load()`` reads.
    public var selection: Selection

    /// Creates a store over a file; nothing is opened until it is used.
    ///
    /// - Parameters:
    ///   - path: The store file; ``importReturn(_:asOf:submittedBy:source:council:progress:)`` creates it
    ///     when missing.
    ///   - council: The council to read, by key; `nil` when the store holds one.
    ///   - selection: Which return ``load()`` reads; the latest by default.
    public init(path: String, council: String? = nil, selection: Selection = .latest) {
        self.path = path
        self.council = council
        self.selection = selection
    }

    /// The same store, reading the snapshot as reported on a day (the returns dated on or before it).
    ///
    /// - Parameter day: The day.
    /// - Returns: The store, selecting that snapshot.
    public func asReported(on day: CalendarDate) -> SQLiteStore {
        SQLiteStore(path: path, council: council, selection: .asReported(on: day))
    }

    /// The same store, reading one council.
    ///
    /// - Parameter key: The council's key.
    /// - Returns: The store, reading that council.
    public func council(_ key: String) -> SQLiteStore {
        SQLiteStore(path: path, council: key, selection: selection)
    }

    // MARK: - Opening

    /// Opens the file, checks that it is a store, and migrates it forward (when writing).
    ///
    /// - Parameters:
    ///   - create: Whether to create the file when missing.
    ///   - readOnly: Whether to open for reading only (no migration; an older schema is refused).
    /// - Returns: The connection.
    /// - Throws: ``StoreError`` when the file is missing, not a store, or of a newer schema.
    func open(create: Bool, readOnly: Bool) throws(StoreError) -> SQLiteConnection {
        let exists = FileManager.default.fileExists(atPath: path)
        guard exists || create else {
            throw StoreError(.missing, "no store at this path (import a return to create one)", path: path)
        }
        let connection = try SQLiteConnection(path: path, create: create, readOnly: readOnly)
        // Reading the header is the first access: a file that is not a database fails here.
        let applicationID = try connection.integer("PRAGMA application_id")
        let version = try connection.integer("PRAGMA user_version")
        let objects = try connection.integer("SELECT count(*) FROM sqlite_schema")
        if applicationID != StoreSchema.applicationID {
            guard applicationID == 0, objects == 0, !readOnly else {
                throw StoreError(
                    .notAStore,
                    "the file is not a CouncilPerformance history store (its SQLite application id is \(applicationID), not \(StoreSchema.applicationID), and it holds \(objects) schema objects)",
                    path: path
                )
            }
        }
        guard version <= StoreSchema.currentVersion else {
            throw StoreError(
                .schemaTooNew,
                "the store's schema is version \(version), newer than this library's \(StoreSchema.currentVersion): use a newer CouncilPerformance",
                path: path
            )
        }
        try connection.execute("PRAGMA foreign_keys = ON")
        if readOnly {
            guard version == StoreSchema.currentVersion else {
                throw StoreError(
                    .schemaTooNew,
                    "the store's schema is version \(version); open it for writing once to migrate it to \(StoreSchema.currentVersion)",
                    path: path
                )
            }
            return connection
        }
        try connection.execute("PRAGMA journal_mode = WAL")
        try connection.execute("PRAGMA synchronous = NORMAL")
        try Self.migrate(connection, from: version, to: StoreSchema.currentVersion)
        return connection
    }

    /// Runs the migrations from one version to another, each in its own transaction.
    static func migrate(_ connection: SQLiteConnection, from version: Int, to target: Int) throws(StoreError) {
        guard version < target else { return }
        for migration in StoreSchema.migrations[version..<target] {
            try connection.transaction { () throws(StoreError) in
                if migration.version == 1 { try connection.execute("PRAGMA application_id = 1129334867") }
                try connection.execute(migration.sql)
                try setVersion(connection, migration.version)
            }
        }
    }

    /// Sets `user_version`: a pragma takes no bound parameter, so each version is a constant statement.
    private static func setVersion(_ connection: SQLiteConnection, _ version: Int) throws(StoreError) {
        switch version {
        case 1: try connection.execute("PRAGMA user_version = 1")
        case 2: try connection.execute("PRAGMA user_version = 2")
        case 3: try connection.execute("PRAGMA user_version = 3")
        case 4: try connection.execute("PRAGMA user_version = 4")
        case 5: try connection.execute("PRAGMA user_version = 5")
        default:
            throw StoreError(.database, "no statement sets schema version \(version)", path: connection.path)
        }
    }

    // MARK: - Councils and returns

    /// The councils the store holds, by key.
    ///
    /// - Returns: The councils, in key order.
    /// - Throws: ``StoreError`` when the store cannot be read.
    public func councils() throws(StoreError) -> [StoredCouncil] {
        let connection = try open(create: false, readOnly: true)
        let statement = try connection.prepare("SELECT key, name FROM councils ORDER BY key")
        try statement.bind([])
        var councils: [StoredCouncil] = []
        while try statement.step() { councils.append(StoredCouncil(key: statement.text(0), name: statement.text(1))) }
        return councils
    }

    /// Every return the store holds, for one council or all.
    ///
    /// - Parameter council: A council's key; every council's returns when `nil`.
    /// - Returns: The returns, in the order they were imported.
    /// - Throws: ``StoreError`` when the store cannot be read.
    public func returns(council: String? = nil) throws(StoreError) -> [Return] {
        let connection = try open(create: false, readOnly: true)
        let statement = try connection.prepare(
            """
            SELECT r.return_id, c.key, r.as_of, r.submitted_by, r.source, r.imported_at
            FROM returns r JOIN councils c USING (council_id)
            WHERE ?1 IS NULL OR c.key = ?1
            ORDER BY r.return_id
            """
        )
        try statement.bind([council.map(SQLiteValue.text) ?? .null])
        var returns: [Return] = []
        while try statement.step() {
            returns.append(
                Return(
                    id: statement.integer(0),
                    council: statement.text(1),
                    asOf: try date(statement.text(2)),
                    submittedBy: statement.text(3),
                    source: statement.text(4),
                    importedAt: statement.text(5)
                )
            )
        }
        return returns
    }

    /// A date the store holds, which its schema checks.
    func date(_ text: String) throws(StoreError) -> CalendarDate {
        do {
            return try CalendarDate(text)
        } catch {
            throw StoreError(.database, "the store holds an invalid date \"\(text)\": \(error.message)", path: path)
        }
    }

    /// The council a read or import means: the given key, or the only council.
    func councilID(_ connection: SQLiteConnection, key: String?) throws(StoreError) -> (id: Int, key: String) {
        let statement = try connection.prepare(
            "SELECT council_id, key FROM councils WHERE ?1 IS NULL OR key = ?1 ORDER BY key"
        )
        try statement.bind([key.map(SQLiteValue.text) ?? .null])
        var found: [(Int, String)] = []
        while try statement.step() { found.append((statement.integer(0), statement.text(1))) }
        guard found.count == 1, let only = found.first else {
            if let key {
                let all = try councilKeys(connection)
                throw StoreError(
                    .unknownCouncil,
                    "the store holds no council \"\(key)\" (it holds \(all.isEmpty ? "none" : all.joined(separator: ", ")))",
                    path: path
                )
            }
            throw StoreError(
                .unknownCouncil,
                found.isEmpty
                    ? "the store holds no council yet"
                    : "the store holds \(found.count) councils (\(found.map(\.1).joined(separator: ", "))): choose one with --council",
                path: path
            )
        }
        return only
    }

    private func councilKeys(_ connection: SQLiteConnection) throws(StoreError) -> [String] {
        let statement = try connection.prepare("SELECT key FROM councils ORDER BY key")
        try statement.bind([])
        var keys: [String] = []
        while try statement.step() { keys.append(statement.text(0)) }
        return keys
    }

    // MARK: - Revisions

    /// Every value changed after it was first reported: each later figure against the one before it,
    /// with both returns and both ratings.
    ///
    /// - Parameter council: A council's key; every council's revisions when `nil`.
    /// - Returns: The revisions, by council, measure, period and return.
    /// - Throws: ``StoreError`` when the store cannot be read.
    /// - Complexity: O(*n* log *n*) in the observations of every return.
    public func revisions(council: String? = nil) throws(StoreError) -> [Revision] {
        let connection = try open(create: false, readOnly: true)
        let statement = try connection.prepare(
            """
            SELECT council, measure, period, reported_value, reported_rating, reported_return_id, reported_as_of,
                revised_value, revised_rating, revised_return_id, revised_as_of
            FROM revisions
            WHERE ?1 IS NULL OR council = ?1
            ORDER BY council, revised_return_id, measure, period
            """
        )
        try statement.bind([council.map(SQLiteValue.text) ?? .null])
        var revisions: [Revision] = []
        while try statement.step() {
            revisions.append(
                Revision(
                    council: statement.text(0),
                    measure: Measure.ID(statement.text(1)),
                    period: statement.text(2),
                    reportedValue: statement.text(3),
                    reportedRating: Rating.Status(rawValue: statement.text(4)),
                    reportedIn: .init(id: statement.integer(5), asOf: statement.text(6)),
                    revisedValue: statement.text(7),
                    revisedRating: Rating.Status(rawValue: statement.text(8)),
                    revisedIn: .init(id: statement.integer(9), asOf: statement.text(10))
                )
            )
        }
        return revisions
    }
}
