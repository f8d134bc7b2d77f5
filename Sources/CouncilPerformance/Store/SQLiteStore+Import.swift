#if canImport(FoundationEssentials)
internal import FoundationEssentials
#else
internal import Foundation
#endif

extension SQLiteStore {
    /// How far an import has got, for a progress display.
    public struct ImportProgress: Sendable, Hashable {
        /// Rows written so far.
        public var rowsWritten: Int
        /// Rows the return holds in all.
        public var totalRows: Int
    }

    /// Records a council's data as one return, as at a date; nothing already stored is changed.
    ///
    /// Creates the store when the file is missing. The whole return is one transaction: if anything
    /// fails, or the process is killed part way, the store is as it was.
    ///
    /// ```swift
    /// let data = try await CSVDataSource(directory: URL(filePath: "q2")).load()
    /// let recorded = try store.importReturn(data, asOf: try CalendarDate("2018-11-05"), submittedBy: "PMO")
    /// ```
    ///
    /// - Parameters:
    ///   - data: The council's data, validated (as any data source returns it).
    ///   - asOf: The date the return is as at. A return dated before the council's latest is refused;
    ///     one on the same date comes after it.
    ///   - submittedBy: Who or what submitted it.
    ///   - source: Where the data came from, for the record.
    ///   - council: The council's key; by default its name in lower case, words joined by `-`.
    ///   - progress: Called now and then with how far the import has got.
    /// - Returns: The return recorded.
    /// - Throws: ``StoreError``: ``ErrorCode/returnOutOfOrder`` for a return dated before the
    ///   latest, ``ErrorCode/decisionRewritten`` when the data changes a decision an earlier
    ///   return recorded, ``ErrorCode/notAStore`` for a file that is not a store.
    /// - Complexity: O(*n*) in the data's rows.
    @discardableResult
    public func importReturn(
        _ data: PerformanceData,
        asOf: CalendarDate,
        submittedBy: String,
        source: String = "",
        council: String? = nil,
        progress: (@Sendable (ImportProgress) -> Void)? = nil
    ) throws(StoreError) -> Return {
        let key = council ?? self.council ?? Self.key(for: data.council)
        guard !key.isEmpty else {
            throw StoreError(.unknownCouncil, "the council needs a key (its name gives none)", path: path)
        }
        var ratings = [Rating.Status?](repeating: nil, count: data.observations.count)
        for rating in data.rateEveryObservation() { ratings[rating.observation] = rating.status }
        let tables = InterchangeTables.rows(of: data)
        let changeLog: ChangeLog
        do {
            changeLog = try data.changeLog
        } catch {
            throw StoreError(.invalidData, "the change requests do not replay: \(error.message)", path: path)
        }
        let importedAt = Date.now.ISO8601Format()
        let connection = try open(create: true, readOnly: false)
        return try connection.transaction { () throws(StoreError) -> Return in
            let councilID = try self.council(connection, key: key, name: data.council)
            let latest = try connection.prepare(
                "SELECT as_of FROM returns WHERE council_id = ? ORDER BY as_of DESC, return_id DESC LIMIT 1"
            )
            try latest.bind([.integer(councilID)])
            if try latest.step() {
                let last = latest.text(0)
                guard asOf.description >= last else {
                    throw StoreError(
                        .returnOutOfOrder,
                        "a return as at \(asOf) is dated before \(key)'s latest return, as at \(last) (returns are recorded in date order)",
                        path: path
                    )
                }
            }
            try connection.prepare(
                "INSERT INTO returns (council_id, as_of, submitted_by, source, imported_at) VALUES (?, ?, ?, ?, ?)"
            ).run([.integer(councilID), .text(asOf.description), .text(submittedBy), .text(source), .text(importedAt)])
            let returnID = connection.lastInsertedRowID

            let total = tables.reduce(0) { $0 + $1.rows.count }
            var written = 0
            func advance(_ rows: Int) throws(StoreError) {
                let before = written / 50_000
                written += rows
                if written / 50_000 != before || written == total {
                    progress?(ImportProgress(rowsWritten: written, totalRows: total))
                    if Task.isCancelled {
                        throw StoreError(.cancelled, "the import was cancelled; the store is as it was", path: path)
                    }
                }
            }

            let insertRow = try connection.prepare(
                "INSERT INTO table_rows (return_id, table_name, row_number, cells) VALUES (?, ?, ?, ?)"
            )
            let insertObservation = try connection.prepare(
                """
                INSERT INTO observations (return_id, row_number, measure, period, value, narrative, national, note,
                    source, source_location, status, published_rating, published_trend, rating_override,
                    override_reason, printed, rating)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
            )
            for (schema, rows) in tables {
                if schema == .observations {
                    for (number, row) in rows.enumerated() {
                        var values: [SQLiteValue] = [.integer(returnID), .integer(number + 1)]
                        values += row.map(SQLiteValue.optional)
                        values.append(ratings[number].map { .text($0.rawValue) } ?? .null)
                        try insertObservation.run(values)
                        if number % 1024 == 1023 { try advance(1024) }
                    }
                    try advance(rows.count % 1024)
                    continue
                }
                for (number, row) in rows.enumerated() {
                    try insertRow.run([
                        .integer(returnID), .text(schema.name), .integer(number + 1),
                        .text(InterchangeTables.jsonObject(row, schema: schema)),
                    ])
                }
                try advance(rows.count)
            }
            if let decisions = tables.first(where: { $0.schema == .decisions }) {
                try recordDecisions(decisions.rows, connection, councilID: councilID, returnID: returnID, key: key)
            }
            try recordChangeLog(changeLog, connection, councilID: councilID, returnID: returnID)
            return Return(
                id: returnID,
                council: key,
                asOf: asOf,
                submittedBy: submittedBy,
                source: source,
                importedAt: importedAt
            )
        }
    }

    /// The key a council is stored under by default: its name in lower case, words joined by `-`.
    ///
    /// - Parameter name: The council's name.
    /// - Returns: The key, such as `nottinghamshire-county-council`.
    public static func key(for name: String) -> String {
        let lower = name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        return String(lower).split(separator: "-").joined(separator: "-")
    }

    /// The council's row, added when new; its name is updated to the latest return's.
    private func council(_ connection: SQLiteConnection, key: String, name: String) throws(StoreError) -> Int {
        let find = try connection.prepare("SELECT council_id FROM councils WHERE key = ?")
        try find.bind([.text(key)])
        if try find.step() { return find.integer(0) }
        try connection.prepare("INSERT INTO councils (key, name) VALUES (?, ?)").run([.text(key), .text(name)])
        return connection.lastInsertedRowID
    }

    /// Adds the decisions no earlier return recorded; refuses a return that changes one that was.
    ///
    /// A request's decisions are numbered in order (the format lists them oldest first); decision *n*
    /// of a request, once stored, must be the same in every later return.
    private func recordDecisions(
        _ rows: [[String]],
        _ connection: SQLiteConnection,
        councilID: Int,
        returnID: Int,
        key: String
    ) throws(StoreError) {
        let columns = TableSchema.decisions.columns.map(\.name)
        func cell(_ row: [String], _ name: String) -> String {
            columns.firstIndex(of: name).map { row[$0] } ?? ""
        }
        let find = try connection.prepare(
            """
            SELECT outcome, coalesce(date, ''), coalesce(decided_by, ''), coalesce(commentary, ''), return_id
            FROM decisions WHERE council_id = ? AND request = ? AND sequence = ?
            """
        )
        let insert = try connection.prepare(
            """
            INSERT INTO decisions (council_id, request, sequence, outcome, date, decided_by, commentary, return_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """
        )
        var sequences: [String: Int] = [:]
        for row in rows {
            let request = cell(row, "request")
            let sequence = sequences[request, default: 0] + 1
            sequences[request] = sequence
            let fields = [cell(row, "outcome"), cell(row, "date"), cell(row, "decided_by"), cell(row, "commentary")]
            try find.bind([.integer(councilID), .text(request), .integer(sequence)])
            if try find.step() {
                let stored = [find.text(0), find.text(1), find.text(2), find.text(3)]
                guard stored == fields else {
                    throw StoreError(
                        .decisionRewritten,
                        "\(key)'s change request \(request): decision \(sequence) was recorded by return \(find.integer(4)) as \"\(stored[0])\" (\(stored[1])), and this return gives \"\(fields[0])\" (\(fields[1])); a later decision is a new row, never an edit of an earlier one",
                        path: path
                    )
                }
                continue
            }
            try insert.run(
                [.integer(councilID), .text(request), .integer(sequence)] + fields.map(SQLiteValue.optional)
                    + [.integer(returnID)]
            )
        }
    }

    /// Appends the change log's entries for requests the stored log does not yet hold.
    private func recordChangeLog(
        _ log: ChangeLog,
        _ connection: SQLiteConnection,
        councilID: Int,
        returnID: Int
    ) throws(StoreError) {
        let insert = try connection.prepare(
            """
            INSERT INTO change_log (council_id, request, project, kind, decided_on, decided_by, before_total,
                change_total, after_total, after_profile, return_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (council_id, request) DO NOTHING
            """
        )
        for entry in log.entries {
            let profile = entry.after.years.map { "\($0): \(entry.after[$0])" }.joined(separator: "; ")
            try insert.run([
                .integer(councilID), .text(entry.request.rawValue), .text(entry.project.rawValue),
                .text(entry.kind.rawValue), .optional(entry.decidedOn?.description ?? ""),
                .optional(entry.decidedBy ?? ""), .text(entry.before.total.description),
                .text(entry.change.total.description), .text(entry.after.total.description), .text(profile),
                .integer(returnID),
            ])
        }
    }
}
