/// The tidy tables of the library's interchange format, shared by the CSV and JSON formats.
///
/// One schema drives header checks, the `datapackage.json` (Frictionless Table Schema) the library
/// writes, the JSON Schema under `Documentation/`, and `Documentation/DataFormats.md`.
public struct TableSchema: Sendable, Hashable {
    /// The kind of value a column holds.
    public enum ColumnType: String, Sendable, Hashable, CaseIterable {
        /// Free text.
        case text
        /// An identifier: non-empty text without leading or trailing space.
        case identifier
        /// A list of identifiers or references separated by `;`.
        case list
        /// A whole number.
        case integer
        /// A financial year such as `2018/19`.
        case financialYear = "financial-year"
        /// A reporting period such as `Q2 2018/19`, `T1 2018/19`, `Sep 2018` or `2018/19`.
        case period
        /// A calendar date, `YYYY-MM-DD`.
        case date
        /// An amount of money in pounds (`2010000`, `-97000`, `12.50`; `£1,080` and `£1.5m` are accepted).
        case money
        /// A value of the row's measure, in its unit.
        case measureValue = "measure-value"
        /// One of a fixed set of words, listed in the column's description.
        case code
        /// A target (`61.0%`, `Increase`, `Better than national`, `by 2018-03-31`, ...).
        case target
        /// A tolerance (`none`, `0.5`, `5%`, `2pp`).
        case tolerance

        /// The Frictionless Table Schema type for the column.
        var frictionlessType: String {
            switch self {
            case .integer: "integer"
            case .date: "date"
            default: "string"
            }
        }
    }

    /// A column of a table.
    public struct Column: Sendable, Hashable {
        /// The column's name in the header.
        public var name: String
        /// What it holds.
        public var type: ColumnType
        /// Whether every row must give a value.
        public var isRequired: Bool
        /// Whether a CSV file has the column even when no row uses it.
        ///
        /// Columns added to the format after its first version are written only when used, so data
        /// without them is written as before.
        public var isWrittenWhenEmpty: Bool
        /// What the column means.
        public var summary: String

        /// Creates a column.
        ///
        /// - Parameters:
        ///   - name: The header name.
        ///   - type: What it holds.
        ///   - isRequired: Whether every row must give a value.
        ///   - summary: What it means.
        ///   - isWrittenWhenEmpty: Whether a CSV file has the column when no row uses it.
        package init(
            _ name: String,
            _ type: ColumnType,
            required isRequired: Bool = false,
            _ summary: String,
            writtenWhenEmpty isWrittenWhenEmpty: Bool = true
        ) {
            self.name = name
            self.type = type
            self.isRequired = isRequired
            self.summary = summary
            self.isWrittenWhenEmpty = isWrittenWhenEmpty
        }
    }

    /// The table's name, also its JSON key; the CSV file is `<name>.csv`.
    public var name: String
    /// What a row of the table is.
    public var summary: String
    /// The columns, in the order the library writes them.
    public var columns: [Column]

    /// The CSV file name, `<name>.csv`.
    public var fileName: String { "\(name).csv" }

    /// The column with a name, if the table has it.
    ///
    /// - Parameter name: The header name.
    /// - Returns: The column.
    public func column(_ name: String) -> Column? {
        columns.first { $0.name == name }
    }
}

extension TableSchema {
    /// Every table of the format, in load order.
    public static let all: [TableSchema] = [
        council, ambitions, commitments, approaches, outcomes, departments, strategies, activities, measures,
        targets, tolerances, observations, portfolios, programmes, projects, savings, statuses, milestones,
        changeRequests, changeRequestProfiles, changeRequestLessons, decisions, publishedFigures, savingsCategories,
        savingsFigures, savingsIdentities, groups, groupMembers, claims, narratives,
    ]

    /// The table with a name, if the format has it.
    ///
    /// - Parameter name: The table's name.
    /// - Returns: The schema.
    public static func named(_ name: String) -> TableSchema? {
        all.first { $0.name == name }
    }

    /// The `denomination` column of every table with money: what its unsuffixed amounts count, once for
    /// the table.
    static let tableDenomination = Column(
        "denomination",
        .code,
        "What the table's unsuffixed money counts: `pounds`, `thousands` or `millions`; one for the table "
            + "(empty cells take it), else `council.denomination`.",
        writtenWhenEmpty: false
    )
}
