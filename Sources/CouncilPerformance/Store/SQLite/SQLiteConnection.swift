internal import CSQLite

/// One connection to a SQLite database: the thin, internal wrapper the store is written on.
///
/// Every statement is prepared once and run with bound parameters; the only SQL executed as text is the
/// library's own constant schema and pragmas (``execute(_:)``), never anything built from data.
final class SQLiteConnection {
    /// The database handle.
    private let handle: OpaquePointer
    /// The file's path, for errors.
    let path: String

    /// Opens a database file.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - create: Whether to create the file when missing.
    ///   - readOnly: Whether to open it for reading only.
    /// - Throws: ``StoreError`` when it cannot be opened.
    init(path: String, create: Bool, readOnly: Bool) throws(StoreError) {
        var handle: OpaquePointer?
        var flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE
        if create && !readOnly { flags |= SQLITE_OPEN_CREATE }
        flags |= SQLITE_OPEN_NOMUTEX
        let status = sqlite3_open_v2(path, &handle, flags, nil)
        guard status == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(handle)
            throw StoreError(.database, "cannot open the store (\(message))", path: path)
        }
        self.handle = handle
        self.path = path
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, 10_000)
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// The error for a failed call, with SQLite's message.
    func error(_ status: Int32, _ doing: String) -> StoreError {
        let message = String(cString: sqlite3_errmsg(handle))
        if status & 0xFF == SQLITE_NOTADB {
            return StoreError(
                .notAStore,
                "the file is not a CouncilPerformance history store (it is not a SQLite database)",
                path: path
            )
        }
        return StoreError(.database, "\(doing): \(message)", path: path)
    }

    /// Runs constant SQL: the library's schema, migrations and pragmas.
    ///
    /// Never data: the text is a `StaticString`, so it cannot be built from values at run time.
    ///
    /// - Parameter sql: One or more statements.
    /// - Throws: ``StoreError`` when a statement fails.
    func execute(_ sql: StaticString) throws(StoreError) {
        let status = sqlite3_exec(handle, sql.description, nil, nil, nil)
        guard status == SQLITE_OK else { throw error(status, "cannot run \(sql.description.prefix(60))") }
    }

    /// Prepares a statement.
    ///
    /// - Parameter sql: The statement, with `?` for every value.
    /// - Returns: The statement, ready to bind.
    /// - Throws: ``StoreError`` when it does not compile.
    func prepare(_ sql: StaticString) throws(StoreError) -> SQLiteStatement {
        var statement: OpaquePointer?
        let status = sqlite3_prepare_v3(handle, sql.description, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard status == SQLITE_OK, let statement else { throw error(status, "cannot prepare a statement") }
        return SQLiteStatement(statement, connection: self)
    }

    /// How SQLite would run a statement: the details of its `EXPLAIN QUERY PLAN`, one a step, for
    /// checking that a statement uses the index it was written for.
    ///
    /// - Parameter sql: The statement, constant text like every statement here.
    /// - Returns: Each step's detail, such as `SEARCH observations USING INDEX ...`.
    /// - Throws: ``StoreError`` when it does not compile.
    func queryPlan(_ sql: StaticString) throws(StoreError) -> [String] {
        var statement: OpaquePointer?
        let status = sqlite3_prepare_v2(handle, "EXPLAIN QUERY PLAN " + sql.description, -1, &statement, nil)
        guard status == SQLITE_OK, let statement else { throw error(status, "cannot prepare a statement") }
        let plan = SQLiteStatement(statement, connection: self)
        var details: [String] = []
        while try plan.step() { details.append(plan.text(3)) }
        return details
    }

    /// The rowid of the last row inserted.
    var lastInsertedRowID: Int { Int(sqlite3_last_insert_rowid(handle)) }

    /// Reads one integer, as from a pragma.
    func integer(_ sql: StaticString) throws(StoreError) -> Int {
        let statement = try prepare(sql)
        return try statement.step() ? statement.integer(0) : 0
    }

    /// Runs a body in one transaction: committed when it returns, rolled back when it throws.
    ///
    /// - Parameter body: The work.
    /// - Returns: What the body returns.
    /// - Throws: What the body throws, or ``StoreError`` when the transaction fails.
    func transaction<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }
}

/// A prepared statement: bind, step, read columns, reset.
final class SQLiteStatement {
    private let handle: OpaquePointer
    private let connection: SQLiteConnection

    fileprivate init(_ handle: OpaquePointer, connection: SQLiteConnection) {
        self.handle = handle
        self.connection = connection
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Binds values to the `?` parameters in order, after resetting the statement.
    ///
    /// - Parameter values: Text, integers, or `nil` for NULL.
    /// - Throws: ``StoreError`` when a value cannot be bound.
    func bind(_ values: [SQLiteValue]) throws(StoreError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let status: Int32
            switch value {
            case .null: status = sqlite3_bind_null(handle, index)
            case .integer(let number): status = sqlite3_bind_int64(handle, index, Int64(number))
            case .text(var text):
                status = text.withUTF8 { buffer in
                    guard let base = buffer.baseAddress, !buffer.isEmpty else {
                        return sqlite3_bind_text(handle, index, "", 0, nil)
                    }
                    return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        sqlite3_bind_text(handle, index, $0, Int32(buffer.count), csqlite_transient())
                    }
                }
            }
            guard status == SQLITE_OK else { throw connection.error(status, "cannot bind a value") }
        }
    }

    /// Steps to the next row.
    ///
    /// - Returns: `true` when a row is ready to read, `false` when the statement is done.
    /// - Throws: ``StoreError`` when the step fails (a constraint, a full disk, a damaged file).
    @discardableResult
    func step() throws(StoreError) -> Bool {
        let status = sqlite3_step(handle)
        switch status {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = connection.error(status, "a statement failed")
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Runs a statement that returns no rows, with its values.
    func run(_ values: [SQLiteValue]) throws(StoreError) {
        try bind(values)
        try step()
    }

    /// An integer column of the current row.
    func integer(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }

    /// Whether a column of the current row is NULL.
    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    /// A text column of the current row; empty for NULL.
    func text(_ column: Int32) -> String {
        withText(column) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls a body with a text column's bytes, valid only during the call; empty for NULL.
    func withText<T>(_ column: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        guard let pointer = sqlite3_column_text(handle, column) else {
            return body(UnsafeBufferPointer(start: nil, count: 0))
        }
        return body(UnsafeBufferPointer(start: pointer, count: Int(sqlite3_column_bytes(handle, column))))
    }
}

/// A value bound to a statement parameter.
enum SQLiteValue {
    /// SQL NULL.
    case null
    /// An integer.
    case integer(Int)
    /// Text.
    case text(String)

    /// Text, or NULL when empty.
    static func optional(_ text: String) -> SQLiteValue { text.isEmpty ? .null : .text(text) }
}
