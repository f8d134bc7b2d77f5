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

    /// Creates a table schema.
    ///
    /// - Parameters:
    ///   - name: The table's name.
    ///   - summary: What a row is.
    ///   - columns: The columns.
    package init(name: String, summary: String, columns: [Column]) {
        self.name = name
        self.summary = summary
        self.columns = columns
    }

    /// The CSV file name, `<name>.csv`.
    public var fileName: String { "\(name).csv" }

    /// The column with a name; a column of that name with no type rules when the table has none.
    ///
    /// - Parameter name: The header name.
    public subscript(_ name: String) -> Column {
        column(name) ?? Column(name, .text, "")
    }

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
        savingsFigures, savingsIdentities, groups, groupMembers,
    ]

    /// The table with a name, if the format has it.
    ///
    /// - Parameter name: The table's name.
    /// - Returns: The schema.
    public static func named(_ name: String) -> TableSchema? {
        all.first { $0.name == name }
    }

    /// `council`: one row naming the council and its plan.
    public static let council = TableSchema(
        name: "council",
        summary: "One row: the council, its plan and its rating settings.",
        columns: [
            Column("council", .text, required: true, "The council's name."),
            Column("plan_title", .text, required: true, "The Council Plan's title."),
            Column("first_year", .financialYear, "The first financial year the plan covers."),
            Column("last_year", .financialYear, "The last financial year the plan covers."),
            Column("default_tolerance", .tolerance, "The tolerance for measures without their own; 5% when empty."),
            Column(
                "direction_dead_band",
                .text,
                "A number: changes of at most this size count as no change; 0 when empty."
            ),
            Column(
                "rating_labels",
                .text,
                "The council's words for ratings and trends, as `key=word` pairs separated by `;` "
                    + "(`green=On track;amber=Close to target;red=Off track;improving=Better`); keys `green`, "
                    + "`amber`, `red`, `blue`, `not-rated`, `improving`, `worsening`, `no-change`, `increasing`, "
                    + "`decreasing`, `no-comparison`. Reports print these words, and published ratings are read by them.",
                writtenWhenEmpty: false
            ),
            Column(
                "denomination",
                .code,
                "What unsuffixed money in every table of the file counts: `pounds` (default), `thousands` or "
                    + "`millions`; a table's own `denomination` overrides it.",
                writtenWhenEmpty: false
            ),
            Column(
                "sign",
                .code,
                "How `savings_figures` amounts are printed: `positive` (default) or `negative` (savings printed as "
                    + "negatives, negated on load); a table's own `sign` overrides it.",
                writtenWhenEmpty: false
            ),
        ]
    )

    /// `ambitions`: the plan's ambitions.
    public static let ambitions = TableSchema(
        name: "ambitions",
        summary: "An ambition of the plan.",
        columns: [
            Column("id", .identifier, required: true, "The ambition's identifier."),
            Column("number", .integer, "Its number in the plan."),
            Column("title", .text, required: true, "The ambition as the plan words it."),
        ]
    )

    /// `commitments`: the plan's commitments.
    public static let commitments = TableSchema(
        name: "commitments",
        summary: "A commitment of the plan.",
        columns: [
            Column("id", .identifier, required: true, "The commitment's identifier."),
            Column("number", .integer, required: true, "Its number in the plan."),
            Column("title", .text, required: true, "The commitment as the plan words it."),
            Column("ambition", .identifier, required: true, "The ambition it serves (an `ambitions` id)."),
        ]
    )

    /// `approaches`: the plan's cross-cutting approaches.
    public static let approaches = TableSchema(
        name: "approaches",
        summary: "A cross-cutting approach of the plan.",
        columns: [
            Column("id", .identifier, required: true, "The approach's identifier."),
            Column("title", .text, required: true, "The approach as the plan words it."),
        ]
    )

    /// `outcomes`: "success means" outcomes.
    public static let outcomes = TableSchema(
        name: "outcomes",
        summary: "A \"success means\" outcome of a commitment or approach.",
        columns: [
            Column("id", .identifier, required: true, "The outcome's identifier."),
            Column("text", .text, required: true, "The outcome as the plan words it."),
            Column("element", .code, required: true, "`commitment:<id>` or `approach:<id>`."),
        ]
    )

    /// `departments`: the council's departments.
    public static let departments = TableSchema(
        name: "departments",
        summary: "A department.",
        columns: [
            Column("id", .identifier, required: true, "The department's identifier."),
            Column("name", .text, required: true, "Its name."),
        ]
    )

    /// `strategies`: departmental strategies.
    public static let strategies = TableSchema(
        name: "strategies",
        summary: "A departmental strategy.",
        columns: [
            Column("id", .identifier, required: true, "The strategy's identifier."),
            Column("department", .identifier, required: true, "Its department (a `departments` id)."),
            Column("title", .text, required: true, "Its title."),
        ]
    )

    /// `activities`: the activities of departmental strategies.
    public static let activities = TableSchema(
        name: "activities",
        summary: "An activity of a departmental strategy, in strategy order.",
        columns: [
            Column("strategy", .identifier, required: true, "The strategy (a `strategies` id)."),
            Column("id", .identifier, required: true, "The activity's identifier."),
            Column("description", .text, required: true, "What the department will do."),
            Column("contributes_to", .list, "`commitment:<id>` or `approach:<id>` references, separated by `;`."),
            Column("measures", .list, "Measure ids, separated by `;`."),
            Column("progress", .text, "The latest progress narrative."),
        ]
    )

    /// `measures`: Key Measures of Success.
    public static let measures = TableSchema(
        name: "measures",
        summary: "A Key Measure of Success.",
        columns: [
            Column("id", .identifier, required: true, "The measure's identifier."),
            Column("name", .text, required: true, "Its name as printed."),
            Column(
                "unit",
                .code,
                required: true,
                "`percentage`, `count`, `currency`, `days`, `ratio`, `number` or `yes-no`."
            ),
            Column("good_is", .code, "`High`, `Low`, `Yes`, or `-` (or empty) for a contextual measure."),
            Column("accumulation", .code, "`snapshot` (default) or `cumulative` (year to date)."),
            Column("role", .code, "`targeted` (default) or `contextual`."),
            Column("owner", .identifier, "The owning department (a `departments` id)."),
            Column("outcomes", .list, "Outcome ids, separated by `;`."),
            Column("contributes_to", .list, "`commitment:<id>` or `approach:<id>` references, separated by `;`."),
            Column(
                "trend",
                .code,
                "What direction of travel compares with: `previous-period`, `same-period-last-year` or `none`; "
                    + "empty takes it from `accumulation` (snapshot: previous period; cumulative: same period last year).",
                writtenWhenEmpty: false
            ),
            Column(
                "dead_band",
                .text,
                "A number: the measure's own dead band for direction of travel.",
                writtenWhenEmpty: false
            ),
            Column(
                "frequency",
                .code,
                "`monthly`, `quarterly`, `termly` or `annual`; empty infers it from the measure's periods.",
                writtenWhenEmpty: false
            ),
        ]
    )

    /// `targets`: effective-dated targets.
    public static let targets = TableSchema(
        name: "targets",
        summary: "A measure's target, in force from a period until a later one replaces it.",
        columns: [
            Column("measure", .identifier, required: true, "The measure (a `measures` id)."),
            Column("from", .period, required: true, "The first period the target applies to."),
            Column("target", .target, required: true, "The target, such as `61.0%`, `Increase` or `-`."),
        ]
    )

    /// `tolerances`: effective-dated tolerance overrides.
    public static let tolerances = TableSchema(
        name: "tolerances",
        summary: "A measure's own tolerance, in force from a period.",
        columns: [
            Column("measure", .identifier, required: true, "The measure (a `measures` id)."),
            Column("from", .period, required: true, "The first period the tolerance applies to."),
            Column(
                "tolerance",
                .tolerance,
                required: true,
                "`none`, `0.5`, `5%`, `2pp`, or green and amber bands such as `5%/10%`."
            ),
        ]
    )

    /// `observations`: reported values.
    public static let observations = TableSchema(
        name: "observations",
        summary: "A value reported for a measure and period; at most one per measure and period.",
        columns: [
            Column("measure", .identifier, required: true, "The measure (a `measures` id)."),
            Column("period", .period, required: true, "The period the value belongs to."),
            Column(
                "value",
                .measureValue,
                "The value in the measure's unit (`31.5`, `31.5%`, `2010000`, `yes`), `n/a`, `New Measure`, or empty."
            ),
            Column("narrative", .text, "Narrative reported instead of a value (with `value` empty)."),
            Column("national", .measureValue, "The national figure, in the measure's unit."),
            Column("note", .text, "A note printed with the value."),
            Column("source", .text, "The document the value was printed in."),
            Column("source_location", .text, "Where in the document: table, appendix, paragraph or line."),
            Column(
                "status",
                .code,
                "`final` (default), `provisional`, `estimated`, `no-data` (a placeholder: kept as printed, never "
                    + "rated or trended) or `not-due`."
            ),
            Column(
                "published_rating",
                .text,
                "The rating the paper printed, in the council's words (`Green`, `On track`).",
                writtenWhenEmpty: false
            ),
            Column(
                "published_trend",
                .text,
                "The trend the paper printed, in the council's words (`Better`, `↑`).",
                writtenWhenEmpty: false
            ),
            Column(
                "rating_override",
                .text,
                "A rating the council decided by hand, in its words; needs `override_reason`.",
                writtenWhenEmpty: false
            ),
            Column("override_reason", .text, "Why the council overrode the rule's rating.", writtenWhenEmpty: false),
        ]
    )

    /// `portfolios`: improvement and change portfolios.
    public static let portfolios = TableSchema(
        name: "portfolios",
        summary: "An improvement and change portfolio, in report order.",
        columns: [
            Column("id", .identifier, required: true, "The portfolio's identifier."),
            Column("name", .text, required: true, "Its name as the status report prints it."),
            Column("department", .identifier, "The owning department (a `departments` id)."),
        ]
    )

    /// `programmes`: programmes of projects.
    public static let programmes = TableSchema(
        name: "programmes",
        summary: "A programme of projects within a portfolio.",
        columns: [
            Column("id", .identifier, required: true, "The programme's identifier."),
            Column("reference", .text, "The council's reference, such as `ASCH 1801`."),
            Column("name", .text, required: true, "Its name."),
            Column("portfolio", .identifier, required: true, "Its portfolio (a `portfolios` id)."),
        ]
    )

    /// `projects`: savings projects.
    public static let projects = TableSchema(
        name: "projects",
        summary: "A savings project, in the council's order.",
        columns: [
            Column("id", .identifier, required: true, "The project's identifier."),
            Column("references", .list, "The council's references, separated by `;`."),
            Column("name", .text, required: true, "Its name."),
            Column("portfolio", .identifier, required: true, "Its portfolio (a `portfolios` id)."),
            Column("programme", .identifier, "Its programme (a `programmes` id)."),
            Column("department", .identifier, "Its department (a `departments` id)."),
            Column("governance", .text, "Its governance level."),
            Column("alternative_delivery", .money, "Savings delivered in an alternative way, in pounds."),
            Column("commentary", .text, "Exception details or other commentary."),
            Column(
                "denomination",
                .code,
                "What the table's unsuffixed money counts: `pounds`, `thousands` or `millions`; one for the table "
                    + "(empty cells take it), else `council.denomination`.",
                writtenWhenEmpty: false
            ),
        ]
    )

    /// `savings`: profiles by year, long format.
    public static let savings = TableSchema(
        name: "savings",
        summary: "A project's approved cashable benefit and forecast at risk for one financial year.",
        columns: [
            Column("project", .identifier, required: true, "The project (a `projects` id)."),
            Column("year", .financialYear, required: true, "The financial year."),
            Column("cashable", .money, "Approved cashable benefit, in pounds."),
            Column("at_risk", .money, "Projected at risk (positive) or over-achievement (negative), in pounds."),
            Column(
                "denomination",
                .code,
                "What the table's unsuffixed money counts: `pounds`, `thousands` or `millions`; one for the table "
                    + "(empty cells take it), else `council.denomination`.",
                writtenWhenEmpty: false
            ),
        ]
    )

    /// `statuses`: monthly delivery statuses.
    public static let statuses = TableSchema(
        name: "statuses",
        summary: "A delivery status reported for a project or programme in a month.",
        columns: [
            Column("kind", .code, required: true, "`project` or `programme`."),
            Column("id", .identifier, required: true, "The project or programme."),
            Column("month", .period, required: true, "The month, such as `Sep 2018`."),
            Column(
                "status",
                .code,
                required: true,
                "A status of the standard key, such as `On Target` or `EO`.",
                writtenWhenEmpty: false
            ),
        ]
    )

    /// `milestones`: programme and project milestones.
    public static let milestones = TableSchema(
        name: "milestones",
        summary: "A milestone of a project or programme, in order.",
        columns: [
            Column("kind", .code, required: true, "`project` or `programme`."),
            Column("id", .identifier, required: true, "The project or programme."),
            Column("description", .text, required: true, "What is to happen."),
            Column("implementation_date", .text, "When, as written (`Autumn 2018`, `November 18 to April 19`)."),
            Column("delivery_status", .text, "The delivery status narrative."),
        ]
    )

    /// `change_requests`: change requests and their forms.
    public static let changeRequests = TableSchema(
        name: "change_requests",
        summary: "A change request to a project's savings profile.",
        columns: [
            Column("id", .identifier, required: true, "The request's identifier."),
            Column("project", .identifier, required: true, "The project (a `projects` id)."),
            Column(
                "kind",
                .code,
                required: true,
                "`re-profile`, `write-off`, `alternative-delivery`, `extension` or `closure`."
            ),
            Column("reference", .text, "The project reference as the form prints it."),
            Column("department", .text, "The department as the form prints it."),
            Column("date", .date, "The request's date."),
            Column("author", .text, "The sponsor or author."),
            Column("objectives_and_issues", .text, "Objectives and issues."),
            Column("mitigations", .text, "Mitigations tried and their outcome."),
            Column("change_requested", .text, "The change requested, in words."),
            Column("wider_impacts", .text, "Wider impacts."),
            Column("recommendation", .text, "The recommendation."),
            Column("finance_comment", .text, "The Finance comment on the MTFS."),
            Column("pmo_comment", .text, "The PMO comment."),
            Column("written_off", .money, "The amount written off, in pounds, if stated."),
            Column("alternative_delivery", .money, "The amount delivered another way, in pounds, if stated."),
            Column("total_expected", .money, "The Total row's expected figure as printed."),
            Column("total_revised", .money, "The Total row's revised figure as printed."),
            Column("total_change", .money, "The Total row's change as printed."),
            Column(
                "denomination",
                .code,
                "What the table's unsuffixed money counts: `pounds`, `thousands` or `millions`; one for the table "
                    + "(empty cells take it), else `council.denomination`.",
                writtenWhenEmpty: false
            ),
        ]
    )

    /// `change_request_profiles`: the profile tables of change requests.
    public static let changeRequestProfiles = TableSchema(
        name: "change_request_profiles",
        summary: "One year of a change request's profile table, in year order.",
        columns: [
            Column("request", .identifier, required: true, "The request (a `change_requests` id)."),
            Column("year", .financialYear, required: true, "The financial year."),
            Column("expected", .money, "Expected savings as printed, in pounds."),
            Column("revised", .money, "Revised savings as printed, in pounds."),
            Column("change", .money, "The change as printed, in pounds."),
            Column(
                "denomination",
                .code,
                "What the table's unsuffixed money counts: `pounds`, `thousands` or `millions`; one for the table "
                    + "(empty cells take it), else `council.denomination`.",
                writtenWhenEmpty: false
            ),
        ]
    )

    /// `change_request_lessons`: lessons learned.
    public static let changeRequestLessons = TableSchema(
        name: "change_request_lessons",
        summary: "A lesson learned recorded on a change request.",
        columns: [
            Column("request", .identifier, required: true, "The request (a `change_requests` id)."),
            Column("lesson", .text, required: true, "The lesson description."),
            Column("learning_point", .text, "The learning point."),
        ]
    )

    /// `decisions`: decision records, oldest first; the last is the current decision.
    public static let decisions = TableSchema(
        name: "decisions",
        summary: "A decision on a change request; a request's decisions are in order, the last current.",
        columns: [
            Column("request", .identifier, required: true, "The request (a `change_requests` id)."),
            Column("outcome", .code, required: true, "`pending`, `approved`, `rejected` or `deferred`."),
            Column("date", .date, "When it was decided."),
            Column("decided_by", .text, "The deciding body."),
            Column("commentary", .text, "Conditions or commentary."),
        ]
    )

    /// `published_figures`: figures as the papers printed them, for the consistency audit.
    public static let publishedFigures = TableSchema(
        name: "published_figures",
        summary: "A figure as a paper printed it, with what it claims to be.",
        columns: [
            Column("id", .identifier, required: true, "The figure's identifier."),
            Column("document", .text, required: true, "The paper it was printed in."),
            Column("location", .text, "Where in the paper: table, appendix, paragraph or line."),
            Column(
                "claim",
                .code,
                required: true,
                "`portfolio-total`, `council-total`, `programme-total`, `governance-total`, `project-total`, `headline`, "
                    + "`net-impact`, `text`, `group-total`, `sum` or `difference`."
            ),
            Column(
                "subject",
                .text,
                "The portfolio, programme, project, governance level or group it is about; empty for the council; "
                    + "for `sum` and `difference`, the figures' ids separated by `;`."
            ),
            Column(
                "quantity",
                .code,
                required: true,
                "`cashable`, `at-risk`, `alternative-delivery`, `net-at-risk`, `over-achievement`, `requests`, "
                    + "`extensions`, `total`, any savings category, `count`, or `percentage-<category>`."
            ),
            Column(
                "years",
                .text,
                required: true,
                "The year or span of years it covers: `2018/19` or `2018/19-2020/21`."
            ),
            Column("printed", .money, required: true, "The figure exactly as printed, such as `-6,612` or `£25.6m`."),
            Column(
                "denomination",
                .code,
                "What an unsuffixed figure counts: `pounds` (default), `thousands` or `millions`."
            ),
            Column("note", .text, "A note, such as the sentence the figure was quoted in."),
            Column(
                "as_at",
                .period,
                "The month an in-year figure was reported at, such as `Sep 2015`; empty for the plan or the outturn.",
                writtenWhenEmpty: false
            ),
        ]
    )

    /// `savings_categories`: a council's own savings categories.
    public static let savingsCategories = TableSchema(
        name: "savings_categories",
        summary: "A savings category of the council's own, beyond the standard ones.",
        columns: [
            Column("category", .identifier, required: true, "The category's name in the data, such as `one-off`."),
            Column("name", .text, required: true, "Its name as the council prints it."),
        ]
    )

    /// `savings_figures`: savings figures by category, year and month.
    public static let savingsFigures = TableSchema(
        name: "savings_figures",
        summary: "A project's savings figure of one category for a financial year, optionally as at a month.",
        columns: [
            Column("project", .identifier, required: true, "The project (a `projects` id)."),
            Column("year", .financialYear, required: true, "The financial year the saving belongs to."),
            Column(
                "category",
                .code,
                required: true,
                "`target`, `cashable`, `achieved`, `forecast`, `delayed`, `not-achievable`, `written-off`, `at-risk`, "
                    + "`alternative-delivery`, or a `savings_categories` category."
            ),
            Column("amount", .money, required: true, "The amount, in the table's denomination."),
            Column(
                "as_at",
                .period,
                "The month the figure was reported at, such as `Sep 2015`; empty for the plan or the outturn."
            ),
            Column(
                "denomination",
                .code,
                "What the table's unsuffixed amounts count: `pounds`, `thousands` or `millions`; one for the table "
                    + "(empty cells take it), else `council.denomination`."
            ),
            Column(
                "sign",
                .code,
                "`positive` or `negative` (savings printed as negatives, negated on load); one for the table, else "
                    + "`council.sign`.",
                writtenWhenEmpty: false
            ),
        ]
    )

    /// `savings_identities`: identities between savings categories.
    public static let savingsIdentities = TableSchema(
        name: "savings_identities",
        summary: "An identity between savings categories: the total equals the sum of the parts.",
        columns: [
            Column("name", .identifier, required: true, "The identity's name, such as `mandates`."),
            Column("total", .code, required: true, "The category that is the total, such as `target`."),
            Column(
                "parts",
                .list,
                required: true,
                "The categories that sum to it, separated by `;`, such as `achieved;delayed;not-achievable`."
            ),
        ]
    )

    /// `groups`: named groups of projects.
    public static let groups = TableSchema(
        name: "groups",
        summary: "A named group of projects: a status group, directorate, scheme or the council's own.",
        columns: [
            Column("id", .identifier, required: true, "The group's identifier."),
            Column("name", .text, required: true, "Its name as printed."),
        ]
    )

    /// `group_members`: which projects belong to which groups.
    public static let groupMembers = TableSchema(
        name: "group_members",
        summary: "A project's membership of a group, in the group's order.",
        columns: [
            Column("group", .identifier, required: true, "The group (a `groups` id)."),
            Column("project", .identifier, required: true, "The project (a `projects` id)."),
        ]
    )
}
