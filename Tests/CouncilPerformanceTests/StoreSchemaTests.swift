import CouncilPerformance
import Foundation
import Testing

@testable import CouncilPerformanceStore

/// The store's schema: one test per forward migration, each from the version before it.
@Suite struct StoreSchemaTests {
    /// A new store file migrated from nothing to a schema version, as a library of that version made it.
    static func store(atVersion version: Int) throws -> (path: String, connection: SQLiteConnection) {
        let path = try SQLiteStoreTests.temporaryStore()
        let connection = try SQLiteConnection(path: path, create: true, readOnly: false)
        try SQLiteStore.migrate(connection, from: 0, to: version)
        return (path, connection)
    }

    static func objects(_ connection: SQLiteConnection, type: StaticString) throws -> [String] {
        let statement =
            switch type.description {
            case "table": try connection.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
            default: try connection.prepare("SELECT name FROM sqlite_schema WHERE type = 'view' ORDER BY name")
            }
        try statement.bind([])
        var names: [String] = []
        while try statement.step() { names.append(statement.text(0)) }
        return names
    }

    @Test func theMigrationsAreNumberedInOrder() {
        #expect(StoreSchema.migrations.map(\.version) == Array(1...StoreSchema.currentVersion))
        #expect(StoreSchema.currentVersion == 5)
    }

    @Test func migrationOneCreatesTheStrictAppendOnlyTables() throws {
        let (_, connection) = try Self.store(atVersion: 1)
        #expect(try connection.integer("PRAGMA user_version") == 1)
        #expect(try connection.integer("PRAGMA application_id") == StoreSchema.applicationID)
        #expect(
            try Self.objects(connection, type: "table")
                == ["change_log", "councils", "decisions", "observations", "returns", "table_rows"]
        )
        #expect(try Self.objects(connection, type: "view").isEmpty)
        #expect(try connection.integer("SELECT count(*) FROM pragma_table_list WHERE strict = 1") == 6)
        try connection.execute("PRAGMA foreign_keys = ON")
        // STRICT: an integer column refuses text; foreign keys: a return needs its council.
        #expect(throws: StoreError.self) {
            try connection.execute("INSERT INTO councils (council_id, key, name) VALUES ('one', 'k', 'n')")
        }
        #expect(throws: StoreError.self) {
            try connection.execute(
                "INSERT INTO returns (council_id, as_of, submitted_by, source, imported_at) VALUES (9, '2018-11-05', '', '', '')"
            )
        }
    }

    @Test func migrationTwoAddsTheViewsOverAStoreOfVersionOne() async throws {
        let (path, connection) = try Self.store(atVersion: 1)
        // A version-1 store with a return in it, as an older library would have left it.
        try connection.execute(
            """
            INSERT INTO councils (key, name) VALUES ('k', 'Council');
            INSERT INTO returns (council_id, as_of, submitted_by, source, imported_at)
                VALUES (1, '2018-08-06', 'Q1', '', ''), (1, '2018-11-05', 'Q2', '', '');
            INSERT INTO observations (return_id, row_number, measure, period, value, rating)
                VALUES (1, 1, 'm', 'Q1 2018/19', '97.4', 'green'), (2, 1, 'm', 'Q1 2018/19', '97.9', 'green'),
                    (2, 2, 'm', 'Q2 2018/19', '95', 'amber');
            """
        )
        try SQLiteStore.migrate(connection, from: 1, to: 2)
        #expect(try connection.integer("PRAGMA user_version") == 2)
        #expect(
            try Self.objects(connection, type: "view")
                == ["latest_observations", "observation_history", "return_order", "revisions"]
        )
        #expect(try connection.integer("SELECT count(*) FROM latest_observations") == 2)
        #expect(try connection.integer("SELECT count(*) FROM observation_history") == 3)
        #expect(try connection.integer("SELECT count(*) FROM revisions WHERE NOT rating_changed") == 1)
        // Opening the store, migrated on to the current version, through the library reads its revisions.
        try SQLiteStore.migrate(connection, from: 2, to: StoreSchema.currentVersion)
        let revisions = try SQLiteStore(path: path).revisions()
        #expect(revisions.map(\.reportedValue) == ["97.4"])
        #expect(revisions.map(\.revisedValue) == ["97.9"])
    }

    @Test func migrationThreeAddsTheObservationStatesOverAStoreOfVersionTwo() throws {
        let (_, connection) = try Self.store(atVersion: 2)
        try connection.execute(
            """
            INSERT INTO councils (key, name) VALUES ('k', 'Council');
            INSERT INTO returns (council_id, as_of, submitted_by, source, imported_at)
                VALUES (1, '2018-08-06', 'Q1', '', '');
            INSERT INTO observations (return_id, row_number, measure, period, value, rating)
                VALUES (1, 1, 'm', 'Q1 2018/19', '0', 'red');
            """
        )
        try SQLiteStore.migrate(connection, from: 2, to: 3)
        #expect(try connection.integer("PRAGMA user_version") == 3)
        // The earlier row is kept, its new cells empty; a new row takes them.
        #expect(try connection.integer("SELECT count(*) FROM observations WHERE status IS NULL") == 1)
        try connection.execute(
            """
            INSERT INTO returns (council_id, as_of, submitted_by, source, imported_at)
                VALUES (1, '2018-11-05', 'Q2', '', '');
            INSERT INTO observations (return_id, row_number, measure, period, value, status, published_rating,
                rating_override, override_reason, rating)
                VALUES (2, 1, 'm', 'Q1 2018/19', '0', 'no-data', 'Red', 'Amber', 'late return', 'not-rated');
            """
        )
        #expect(try connection.integer("SELECT count(*) FROM observations WHERE status = 'no-data'") == 1)
        #expect(try connection.integer("SELECT count(*) FROM latest_observations") == 1)
    }

    /// Version 5 indexes the observations that fill more than a measure, period and value, by return,
    /// and the load's question whether a return has any is answered from that index, not the rows.
    @Test func migrationFiveIndexesTheObservationsWithDetailsOverAStoreOfVersionFour() throws {
        let (_, connection) = try Self.store(atVersion: 4)
        try connection.execute(
            """
            INSERT INTO councils (key, name) VALUES ('k', 'Council');
            INSERT INTO returns (council_id, as_of, submitted_by, source, imported_at)
                VALUES (1, '2018-08-06', 'Q1', '', ''), (1, '2018-11-05', 'Q2', '', '');
            INSERT INTO observations (return_id, row_number, measure, period, value, rating)
                VALUES (1, 1, 'm', 'Q1 2018/19', '1', 'red'), (2, 1, 'm', 'Q1 2018/19', '1', 'red');
            INSERT INTO observations (return_id, row_number, measure, period, value, printed, rating)
                VALUES (2, 2, 'm', 'Q2 2018/19', '2', '2 (p)', 'red');
            """
        )
        try SQLiteStore.migrate(connection, from: 4, to: 5)
        #expect(try connection.integer("PRAGMA user_version") == 5)
        #expect(
            try connection.integer(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'observations_with_details'"
            ) == 1
        )
        let plan = try connection.queryPlan(SQLiteStore.observationsWithDetails)
        #expect(
            plan.contains {
                $0.hasPrefix("SEARCH observations USING") && $0.contains("INDEX observations_with_details")
            },
            "\(plan)"
        )
        for (returnID, expected) in [(1, 0), (2, 1)] {
            let statement = try connection.prepare(SQLiteStore.observationsWithDetails)
            try statement.bind([.integer(returnID)])
            #expect(try statement.step())
            #expect(statement.integer(0) == expected)
        }
    }

    @Test func openingAnOlderStoreForWritingMigratesItForward() throws {
        let (path, connection) = try Self.store(atVersion: 1)
        let readOnly = #expect(throws: StoreError.self) { _ = try SQLiteStore(path: path).returns() }
        #expect(readOnly?.code == .schemaTooNew)
        _ = try SQLiteStore(path: path).open(create: false, readOnly: false)
        #expect(try connection.integer("PRAGMA user_version") == StoreSchema.currentVersion)
        #expect(try SQLiteStore(path: path).returns().isEmpty)
    }
}
