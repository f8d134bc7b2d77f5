extension SQLiteStore {
    /// Loads the selected snapshot of the council: the latest return, or the return as reported on a day.
    ///
    /// The snapshot goes through the same reader and validation as the CSV and JSON formats, so every
    /// report of it is byte-identical to one of the files it was imported from.
    ///
    /// - Returns: The validated snapshot.
    /// - Throws: ``DataSourceError``: a store problem (``StoreError``) as one diagnostic located at the
    ///   store file, with the store error's code; or the snapshot's own problems.
    /// - Complexity: O(*n*) in the return's rows.
    public func load() async throws(DataSourceError) -> PerformanceData {
        do {
            return try loadSnapshot().data
        } catch let error as StoreError {
            throw DataSourceError(diagnostics: [
                Diagnostic(
                    code: Diagnostic.Code(error.code.rawValue),
                    location: Diagnostic.Location(file: error.path),
                    message: error.message
                )
            ])
        } catch let error as DataSourceError {
            throw error
        } catch {
            throw DataSourceError(diagnostics: [
                Diagnostic(code: .structure, location: Diagnostic.Location(file: path), message: "\(error)")
            ])
        }
    }

    /// Loads the selected snapshot with the return it comes from.
    ///
    /// - Returns: The return and its validated snapshot.
    /// - Throws: ``StoreError`` when the store cannot be read or holds no such return, or
    ///   ``DataSourceError`` when the snapshot does not validate.
    public func loadSnapshot() throws -> (return: Return, data: PerformanceData) {
        let connection = try open(create: false, readOnly: true)
        // One read transaction: every table of the snapshot comes from one state of the file, even while
        // another process imports (WAL readers see the last commit before they began).
        try connection.execute("BEGIN")
        defer { try? connection.execute("COMMIT") }
        let council = try councilID(connection, key: self.council)
        let found = try selectedReturn(connection, councilID: council.id, key: council.key)

        var tables = TableSchema.all.map { InterchangeTables.TextTable($0) }
        let positions = Dictionary(uniqueKeysWithValues: tables.enumerated().map { ($1.schema.name, $0) })
        let rows = try connection.prepare(
            "SELECT table_name, cells FROM table_rows WHERE return_id = ? ORDER BY table_name, row_number"
        )
        try rows.bind([.integer(found.id)])
        while try rows.step() {
            let name = rows.text(0)
            guard let position = positions[name] else {
                throw StoreError(
                    .schemaTooNew,
                    "return \(found.id) holds a table \"\(name)\" this library does not know",
                    path: path
                )
            }
            guard rows.withText(1, { tables[position].appendRow(json: $0) }) else {
                throw StoreError(.database, "return \(found.id) holds a damaged \(name) row", path: path)
            }
        }

        if let position = positions[TableSchema.observations.name] {
            tables[position] = try observations(connection, returnID: found.id)
        }
        let data = try InterchangeTables.read(tables, file: "\(path) return \(found.id)")
        return (found, data)
    }

    /// A return's observations, as the table a CSV file of them would give.
    ///
    /// Asking SQLite for a column costs more than anything else a load does with it, and a return's
    /// observations rarely fill more than the first three of their fourteen columns. Whether any row of
    /// the return fills another is one look in an index (schema version 5); when none does, the rows are
    /// read as three columns, as a CSV file whose header names only those would give. Otherwise each row
    /// gives one more: NULL when its other eleven are empty, else a JSON array of them; and the columns
    /// that no row fills are left out at the end.
    private func observations(
        _ connection: SQLiteConnection,
        returnID: Int
    ) throws(StoreError)
        -> InterchangeTables.TextTable
    {
        let detailed = try connection.prepare(Self.observationsWithDetails)
        try detailed.bind([.integer(returnID)])
        guard try detailed.step() else { throw StoreError(.database, "cannot read the observations", path: path) }
        let leading: Int32 = 3
        guard detailed.integer(0) == 1 else {
            let rows = try connection.prepare(
                "SELECT measure, period, value FROM observations WHERE return_id = ? ORDER BY row_number"
            )
            try rows.bind([.integer(returnID)])
            var table = InterchangeTables.TextTable(.observations, holding: Array(0..<Int(leading)))
            while try rows.step() {
                for column in 0..<leading {
                    rows.withText(column) { table.appendCell($0) }
                }
            }
            return table
        }
        let rows = try connection.prepare(
            """
            SELECT measure, period, value,
                CASE WHEN coalesce(narrative, national, note, source, source_location, status,
                    published_rating, published_trend, rating_override, override_reason, printed) IS NULL
                THEN NULL
                ELSE json_array(narrative, national, note, source, source_location, status,
                    published_rating, published_trend, rating_override, override_reason, printed)
                END
            FROM observations WHERE return_id = ? ORDER BY row_number
            """
        )
        try rows.bind([.integer(returnID)])
        let others = TableSchema.observations.columns.count - Int(leading)
        var table = InterchangeTables.TextTable(.observations)
        while try rows.step() {
            for column in 0..<leading {
                rows.withText(column) { table.appendCell($0) }
            }
            guard !rows.isNull(leading) else {
                for _ in 0..<others { table.appendEmptyCell() }
                continue
            }
            guard
                let texts = rows.withText(leading, { InterchangeTables.TextTable.texts(jsonArray: $0, count: others) })
            else { throw StoreError(.database, "return \(returnID) holds a damaged observation", path: path) }
            for text in texts { table.appendCell(text) }
        }
        table.removeEmptyColumns()
        return table
    }

    /// Whether any observation of a return fills a column beyond its measure, period and value.
    ///
    /// Answered from the index of schema version 5, whose condition this states word for word. The index
    /// is named: without statistics, SQLite's planner would search the return's rows by the primary key.
    static let observationsWithDetails: StaticString = """
        SELECT EXISTS (SELECT 1 FROM observations INDEXED BY observations_with_details WHERE return_id = ?
            AND coalesce(narrative, national, note, source, source_location, status, published_rating,
                published_trend, rating_override, override_reason, printed) IS NOT NULL)
        """

    /// The return a load reads: the selection's, for a council.
    private func selectedReturn(
        _ connection: SQLiteConnection,
        councilID: Int,
        key: String
    ) throws(StoreError)
        -> Return
    {
        let statement = try connection.prepare(
            """
            SELECT return_id, as_of, submitted_by, source, imported_at FROM returns
            WHERE council_id = ?1 AND (?2 IS NULL OR as_of <= ?2) AND (?3 IS NULL OR return_id = ?3)
            ORDER BY as_of DESC, return_id DESC LIMIT 1
            """
        )
        var day: SQLiteValue = .null
        var id: SQLiteValue = .null
        switch selection {
        case .latest: break
        case .asReported(let date): day = .text(date.description)
        case .returnID(let number): id = .integer(number)
        }
        try statement.bind([.integer(councilID), day, id])
        guard try statement.step() else {
            let wanted =
                switch selection {
                case .latest: "no return yet"
                case .asReported(let date): "no return dated on or before \(date)"
                case .returnID(let number): "no return \(number)"
                }
            throw StoreError(.noReturn, "\(key) has \(wanted)", path: path)
        }
        return Return(
            id: statement.integer(0),
            council: key,
            asOf: try date(statement.text(1)),
            submittedBy: statement.text(2),
            source: statement.text(3),
            importedAt: statement.text(4)
        )
    }
}
