/// The council and its plan: the council row, the plan's structure, measures, targets, tolerances and observations.
extension TableSchema {
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
}
