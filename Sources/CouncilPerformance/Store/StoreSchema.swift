/// The history store's schema: its versions, and the forward migration to each.
///
/// A store records its schema version in SQLite's `user_version` and marks itself as a CouncilPerformance
/// store with `application_id`. Opening a store at an older version migrates it forward, one version at
/// a time, each in its own transaction; a store at a newer version is refused with
/// ``ErrorCode/schemaTooNew``. `Documentation/HistoryStore.md` describes every table and view.
public enum StoreSchema: Sendable {
    /// The `application_id` of every history store: `CPHS` in ASCII.
    public static let applicationID = 0x4350_4853

    /// The schema version this library writes.
    public static var currentVersion: Int { migrations.count }

    /// A step from one schema version to the next.
    struct Migration: Sendable {
        /// The version the step migrates to.
        let version: Int
        /// What it changes.
        let summary: String
        /// The step's SQL: constant text, never built from data.
        let sql: StaticString
    }

    /// Every migration, in order: `migrations[n]` takes a store from version `n` to `n + 1`.
    static let migrations: [Migration] = [
        Migration(
            version: 1,
            summary: "councils, returns, tables of rows, observations, change control",
            sql: version1
        ),
        Migration(version: 2, summary: "views for analysts: latest values, history, revisions", sql: version2),
        Migration(
            version: 3,
            summary: "observations' data-quality state, published rating and trend, and override",
            sql: version3
        ),
        Migration(version: 4, summary: "observations' printed text", sql: version4),
        Migration(
            version: 5,
            summary: "an index of the observations that fill more than a measure, period and value",
            sql: version5
        ),
    ]

    /// Version 5: an index of the observations with any cell beyond their measure, period and value.
    ///
    /// By return, so that a load asks whether a return has any without reading its rows (``SQLiteStore``
    /// reads a return with none as three columns). The condition is the one the load's question states,
    /// word for word, as SQLite needs to use a partial index.
    private static let version5: StaticString = """
        CREATE INDEX observations_with_details ON observations (return_id)
            WHERE coalesce(narrative, national, note, source, source_location, status, published_rating,
                published_trend, rating_override, override_reason, printed) IS NOT NULL;
        """

    /// Version 4: the value as the paper printed it; rows of earlier returns leave it empty.
    private static let version4: StaticString = """
        ALTER TABLE observations ADD COLUMN printed TEXT;
        """

    /// Version 3: the observation columns that rules as data added (data-quality states, published ratings
    /// and overrides); rows of earlier returns leave them empty.
    private static let version3: StaticString = """
        ALTER TABLE observations ADD COLUMN status TEXT;
        ALTER TABLE observations ADD COLUMN published_rating TEXT;
        ALTER TABLE observations ADD COLUMN published_trend TEXT;
        ALTER TABLE observations ADD COLUMN rating_override TEXT;
        ALTER TABLE observations ADD COLUMN override_reason TEXT;
        """

    /// Version 1: the tables.
    ///
    /// Every table is `STRICT`; every table of history is append-only.
    private static let version1: StaticString = """
        CREATE TABLE councils (
            council_id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE CHECK (length(key) > 0),
            name TEXT NOT NULL
        ) STRICT;

        CREATE TABLE returns (
            return_id INTEGER PRIMARY KEY,
            council_id INTEGER NOT NULL REFERENCES councils (council_id),
            as_of TEXT NOT NULL CHECK (as_of GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
            submitted_by TEXT NOT NULL,
            source TEXT NOT NULL,
            imported_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX returns_by_council ON returns (council_id, as_of, return_id);

        CREATE TABLE table_rows (
            return_id INTEGER NOT NULL REFERENCES returns (return_id),
            table_name TEXT NOT NULL,
            row_number INTEGER NOT NULL,
            cells TEXT NOT NULL,
            PRIMARY KEY (return_id, table_name, row_number)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE observations (
            return_id INTEGER NOT NULL REFERENCES returns (return_id),
            row_number INTEGER NOT NULL,
            measure TEXT NOT NULL,
            period TEXT NOT NULL,
            value TEXT,
            narrative TEXT,
            national TEXT,
            note TEXT,
            source TEXT,
            source_location TEXT,
            rating TEXT CHECK (rating IN ('green', 'amber', 'red', 'not-rated')),
            PRIMARY KEY (return_id, row_number)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE decisions (
            decision_id INTEGER PRIMARY KEY,
            council_id INTEGER NOT NULL REFERENCES councils (council_id),
            request TEXT NOT NULL,
            sequence INTEGER NOT NULL CHECK (sequence >= 1),
            outcome TEXT NOT NULL,
            date TEXT,
            decided_by TEXT,
            commentary TEXT,
            return_id INTEGER NOT NULL REFERENCES returns (return_id),
            UNIQUE (council_id, request, sequence)
        ) STRICT;

        CREATE TABLE change_log (
            entry_id INTEGER PRIMARY KEY,
            council_id INTEGER NOT NULL REFERENCES councils (council_id),
            request TEXT NOT NULL,
            project TEXT NOT NULL,
            kind TEXT NOT NULL,
            decided_on TEXT,
            decided_by TEXT,
            before_total TEXT NOT NULL,
            change_total TEXT NOT NULL,
            after_total TEXT NOT NULL,
            after_profile TEXT NOT NULL,
            return_id INTEGER NOT NULL REFERENCES returns (return_id),
            UNIQUE (council_id, request)
        ) STRICT;

        CREATE TRIGGER councils_keep_names BEFORE DELETE ON councils
            BEGIN SELECT RAISE(ABORT, 'the history store is append-only'); END;
        CREATE TRIGGER returns_append_only_update BEFORE UPDATE ON returns
            BEGIN SELECT RAISE(ABORT, 'the history store is append-only'); END;
        CREATE TRIGGER returns_append_only_delete BEFORE DELETE ON returns
            BEGIN SELECT RAISE(ABORT, 'the history store is append-only'); END;
        CREATE TRIGGER table_rows_append_only_update BEFORE UPDATE ON table_rows
            BEGIN SELECT RAISE(ABORT, 'the history store is append-only'); END;
        CREATE TRIGGER table_rows_append_only_delete BEFORE DELETE ON table_rows
            BEGIN SELECT RAISE(ABORT, 'the history store is append-only'); END;
        CREATE TRIGGER observations_append_only_update BEFORE UPDATE ON observations
            BEGIN SELECT RAISE(ABORT, 'the history store is append-only'); END;
        CREATE TRIGGER observations_append_only_delete BEFORE DELETE ON observations
            BEGIN SELECT RAISE(ABORT, 'the history store is append-only'); END;
        CREATE TRIGGER decisions_append_only_update BEFORE UPDATE ON decisions
            BEGIN SELECT RAISE(ABORT, 'a decision is a new row, never an update'); END;
        CREATE TRIGGER decisions_append_only_delete BEFORE DELETE ON decisions
            BEGIN SELECT RAISE(ABORT, 'a decision is a new row, never an update'); END;
        CREATE TRIGGER change_log_append_only_update BEFORE UPDATE ON change_log
            BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
        CREATE TRIGGER change_log_append_only_delete BEFORE DELETE ON change_log
            BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
        """

    /// Version 2: views for analysts (the `sqlite3` shell, Power BI).
    private static let version2: StaticString = """
        CREATE VIEW return_order AS
            SELECT r.return_id, r.council_id, c.key AS council, c.name AS council_name, r.as_of, r.submitted_by,
                r.source, r.imported_at,
                row_number() OVER (PARTITION BY r.council_id ORDER BY r.as_of, r.return_id) AS sequence,
                r.return_id = last_value(r.return_id) OVER (
                    PARTITION BY r.council_id ORDER BY r.as_of, r.return_id
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) AS is_latest
            FROM returns r JOIN councils c USING (council_id);

        CREATE VIEW observation_history AS
            SELECT r.council, r.return_id, r.as_of, r.submitted_by, o.measure, o.period, o.value, o.rating,
                o.national, o.note
            FROM observations o JOIN return_order r USING (return_id);

        CREATE VIEW latest_observations AS
            SELECT r.council, o.measure, o.period, o.value, o.rating, o.national, o.note, r.return_id, r.as_of
            FROM observations o JOIN return_order r USING (return_id)
            WHERE r.is_latest;

        CREATE VIEW revisions AS
            WITH ordered AS (
                SELECT r.council, r.return_id, r.as_of, o.measure, o.period, o.value, o.rating,
                    lag(o.value) OVER w AS previous_value,
                    lag(o.rating) OVER w AS previous_rating,
                    lag(r.return_id) OVER w AS previous_return_id,
                    lag(r.as_of) OVER w AS previous_as_of,
                    row_number() OVER w AS reported
                FROM observations o JOIN return_order r USING (return_id)
                WINDOW w AS (PARTITION BY r.council_id, o.measure, o.period ORDER BY r.sequence)
            )
            SELECT council, measure, period,
                previous_value AS reported_value, previous_rating AS reported_rating,
                previous_return_id AS reported_return_id, previous_as_of AS reported_as_of,
                value AS revised_value, rating AS revised_rating,
                return_id AS revised_return_id, as_of AS revised_as_of,
                previous_rating IS NOT rating AS rating_changed
            FROM ordered
            WHERE reported > 1 AND previous_value IS NOT value;
        """
}
