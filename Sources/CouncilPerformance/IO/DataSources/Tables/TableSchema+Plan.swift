/// The council and its plan: the council row, the plan's structure, measures, targets, tolerances and observations.
extension TableSchema {
    /// `council`: one row naming the council and its plan.
    public static let council = TableSchema(
        name: "council",
        summary: "One row: the council, its plan and its rating settings.",
        columns: CouncilColumns.all
    )

    /// The columns of ``council`` by name, so that a reader or writer naming a column the table does not
    /// have does not build.
    enum CouncilColumns {
        static let council = Column("council", .text, required: true, "The council's name.")
        static let planTitle = Column("plan_title", .text, required: true, "The Council Plan's title.")
        static let firstYear = Column("first_year", .financialYear, "The first financial year the plan covers.")
        static let lastYear = Column("last_year", .financialYear, "The last financial year the plan covers.")
        static let defaultTolerance = Column(
            "default_tolerance",
            .tolerance,
            "The tolerance for measures without their own; 5% when empty."
        )
        static let directionDeadBand = Column(
            "direction_dead_band",
            .text,
            "A number: changes of at most this size count as no change; 0 when empty."
        )
        static let ratingLabels = Column(
            "rating_labels",
            .text,
            "The council's words for ratings and trends, as `key=word` pairs separated by `;` "
                + "(`green=On track;amber=Close to target;red=Off track;improving=Better`); keys `green`, "
                + "`amber`, `red`, `blue`, `not-rated`, `improving`, `worsening`, `no-change`, `increasing`, "
                + "`decreasing`, `no-comparison`. Reports print these words, and published ratings are read by them.",
            writtenWhenEmpty: false
        )
        static let denomination = Column(
            "denomination",
            .code,
            "What unsuffixed money in every table of the file counts: `pounds` (default), `thousands` or "
                + "`millions`; a table's own `denomination` overrides it.",
            writtenWhenEmpty: false
        )
        static let sign = Column(
            "sign",
            .code,
            "How `savings_figures` amounts are printed: `positive` (default) or `negative` (savings printed as "
                + "negatives, negated on load); a table's own `sign` overrides it.",
            writtenWhenEmpty: false
        )

        /// Every column, in the order the library writes them.
        static let all = [
            council, planTitle, firstYear, lastYear, defaultTolerance, directionDeadBand, ratingLabels, denomination,
            sign,
        ]
    }

    /// `ambitions`: the plan's ambitions.
    public static let ambitions = TableSchema(
        name: "ambitions",
        summary: "An ambition of the plan.",
        columns: AmbitionsColumns.all
    )

    /// The columns of ``ambitions`` by name, so that a reader or writer naming a column the table does not
    /// have does not build.
    enum AmbitionsColumns {
        static let id = Column("id", .identifier, required: true, "The ambition's identifier.")
        static let number = Column("number", .integer, "Its number in the plan.")
        static let title = Column("title", .text, required: true, "The ambition as the plan words it.")

        /// Every column, in the order the library writes them.
        static let all = [id, number, title]
    }

    /// `commitments`: the plan's commitments.
    public static let commitments = TableSchema(
        name: "commitments",
        summary: "A commitment of the plan.",
        columns: CommitmentsColumns.all
    )

    /// The columns of ``commitments`` by name, so that a reader or writer naming a column the table does not
    /// have does not build.
    enum CommitmentsColumns {
        static let id = Column("id", .identifier, required: true, "The commitment's identifier.")
        static let number = Column("number", .integer, required: true, "Its number in the plan.")
        static let title = Column("title", .text, required: true, "The commitment as the plan words it.")
        static let ambition = Column(
            "ambition",
            .identifier,
            required: true,
            "The ambition it serves (an `ambitions` id)."
        )

        /// Every column, in the order the library writes them.
        static let all = [id, number, title, ambition]
    }

    /// `approaches`: the plan's cross-cutting approaches.
    public static let approaches = TableSchema(
        name: "approaches",
        summary: "A cross-cutting approach of the plan.",
        columns: ApproachesColumns.all
    )

    /// The columns of ``approaches`` by name, so that a reader or writer naming a column the table does not
    /// have does not build.
    enum ApproachesColumns {
        static let id = Column("id", .identifier, required: true, "The approach's identifier.")
        static let title = Column("title", .text, required: true, "The approach as the plan words it.")

        /// Every column, in the order the library writes them.
        static let all = [id, title]
    }

    /// `outcomes`: "success means" outcomes.
    public static let outcomes = TableSchema(
        name: "outcomes",
        summary: "A \"success means\" outcome of a commitment or approach.",
        columns: OutcomesColumns.all
    )

    /// The columns of ``outcomes`` by name, so that a reader or writer naming a column the table does not
    /// have does not build.
    enum OutcomesColumns {
        static let id = Column("id", .identifier, required: true, "The outcome's identifier.")
        static let text = Column("text", .text, required: true, "The outcome as the plan words it.")
        static let element = Column("element", .code, required: true, "`commitment:<id>` or `approach:<id>`.")

        /// Every column, in the order the library writes them.
        static let all = [id, text, element]
    }

    /// `departments`: the council's departments.
    public static let departments = TableSchema(
        name: "departments",
        summary: "A department.",
        columns: DepartmentsColumns.all
    )

    /// The columns of ``departments`` by name, so that a reader or writer naming a column the table does not
    /// have does not build.
    enum DepartmentsColumns {
        static let id = Column("id", .identifier, required: true, "The department's identifier.")
        static let name = Column("name", .text, required: true, "Its name.")

        /// Every column, in the order the library writes them.
        static let all = [id, name]
    }

    /// `strategies`: departmental strategies.
    public static let strategies = TableSchema(
        name: "strategies",
        summary: "A departmental strategy.",
        columns: StrategiesColumns.all
    )

    /// The columns of ``strategies`` by name, so that a reader or writer naming a column the table does not
    /// have does not build.
    enum StrategiesColumns {
        static let id = Column("id", .identifier, required: true, "The strategy's identifier.")
        static let department = Column(
            "department",
            .identifier,
            required: true,
            "Its department (a `departments` id)."
        )
        static let title = Column("title", .text, required: true, "Its title.")

        /// Every column, in the order the library writes them.
        static let all = [id, department, title]
    }

    /// `activities`: the activities of departmental strategies.
    public static let activities = TableSchema(
        name: "activities",
        summary: "An activity of a departmental strategy, in strategy order.",
        columns: ActivitiesColumns.all
    )

    /// The columns of ``activities`` by name, so that a reader or writer naming a column the table does not
    /// have does not build.
    enum ActivitiesColumns {
        static let strategy = Column("strategy", .identifier, required: true, "The strategy (a `strategies` id).")
        static let id = Column("id", .identifier, required: true, "The activity's identifier.")
        static let description = Column("description", .text, required: true, "What the department will do.")
        static let contributesTo = Column(
            "contributes_to",
            .list,
            "`commitment:<id>` or `approach:<id>` references, separated by `;`."
        )
        static let measures = Column("measures", .list, "Measure ids, separated by `;`.")
        static let progress = Column("progress", .text, "The latest progress narrative.")

        /// Every column, in the order the library writes them.
        static let all = [strategy, id, description, contributesTo, measures, progress]
    }

    /// `measures`: Key Measures of Success.
    public static let measures = TableSchema(
        name: "measures",
        summary: "A Key Measure of Success.",
        columns: MeasuresColumns.all
    )

    /// The columns of ``measures`` by name, so that a reader or writer naming a column the table does not
    /// have does not build.
    enum MeasuresColumns {
        static let id = Column("id", .identifier, required: true, "The measure's identifier.")
        static let name = Column("name", .text, required: true, "Its name as printed.")
        static let unit = Column(
            "unit",
            .code,
            required: true,
            "`percentage`, `count`, `currency`, `days`, `ratio`, `number` or `yes-no`."
        )
        static let goodIs = Column(
            "good_is",
            .code,
            "`High`, `Low`, `Yes`, or `-` (or empty) for a contextual measure."
        )
        static let accumulation = Column("accumulation", .code, "`snapshot` (default) or `cumulative` (year to date).")
        static let role = Column("role", .code, "`targeted` (default) or `contextual`.")
        static let owner = Column("owner", .identifier, "The owning department (a `departments` id).")
        static let outcomes = Column("outcomes", .list, "Outcome ids, separated by `;`.")
        static let contributesTo = Column(
            "contributes_to",
            .list,
            "`commitment:<id>` or `approach:<id>` references, separated by `;`."
        )
        static let trend = Column(
            "trend",
            .code,
            "What direction of travel compares with: `previous-period`, `same-period-last-year` or `none`; "
                + "empty takes it from `accumulation` (snapshot: previous period; cumulative: same period last year).",
            writtenWhenEmpty: false
        )
        static let deadBand = Column(
            "dead_band",
            .text,
            "A number: the measure's own dead band for direction of travel.",
            writtenWhenEmpty: false
        )
        static let frequency = Column(
            "frequency",
            .code,
            "`monthly`, `quarterly`, `termly` or `annual`; empty infers it from the measure's periods.",
            writtenWhenEmpty: false
        )

        /// Every column, in the order the library writes them.
        static let all = [
            id, name, unit, goodIs, accumulation, role, owner, outcomes, contributesTo, trend, deadBand, frequency,
        ]
    }

    /// `targets`: effective-dated targets.
    public static let targets = TableSchema(
        name: "targets",
        summary: "A measure's target, in force from a period until a later one replaces it.",
        columns: TargetsColumns.all
    )

    /// The columns of ``targets`` by name, so that a reader or writer naming a column the table does not
    /// have does not build.
    enum TargetsColumns {
        static let measure = Column("measure", .identifier, required: true, "The measure (a `measures` id).")
        static let from = Column("from", .period, required: true, "The first period the target applies to.")
        static let target = Column("target", .target, required: true, "The target, such as `61.0%`, `Increase` or `-`.")

        /// Every column, in the order the library writes them.
        static let all = [measure, from, target]
    }

    /// `tolerances`: effective-dated tolerance overrides.
    public static let tolerances = TableSchema(
        name: "tolerances",
        summary: "A measure's own tolerance, in force from a period.",
        columns: TolerancesColumns.all
    )

    /// The columns of ``tolerances`` by name, so that a reader or writer naming a column the table does not
    /// have does not build.
    enum TolerancesColumns {
        static let measure = Column("measure", .identifier, required: true, "The measure (a `measures` id).")
        static let from = Column("from", .period, required: true, "The first period the tolerance applies to.")
        static let tolerance = Column(
            "tolerance",
            .tolerance,
            required: true,
            "`none`, `0.5`, `5%`, `2pp`, or green and amber bands such as `5%/10%`."
        )

        /// Every column, in the order the library writes them.
        static let all = [measure, from, tolerance]
    }

    /// `observations`: reported values.
    public static let observations = TableSchema(
        name: "observations",
        summary: "A value reported for a measure and period; at most one per measure and period.",
        columns: ObservationsColumns.all
    )

    /// The columns of ``observations`` by name, so that a reader or writer naming a column the table does not
    /// have does not build.
    enum ObservationsColumns {
        static let measure = Column("measure", .identifier, required: true, "The measure (a `measures` id).")
        static let period = Column("period", .period, required: true, "The period the value belongs to.")
        static let value = Column(
            "value",
            .measureValue,
            "The value in the measure's unit (`31.5`, `31.5%`, `2010000`, `yes`), `n/a`, `New Measure`, or empty."
        )
        static let narrative = Column("narrative", .text, "Narrative reported instead of a value (with `value` empty).")
        static let national = Column("national", .measureValue, "The national figure, in the measure's unit.")
        static let note = Column("note", .text, "A note printed with the value.")
        static let source = Column("source", .text, "The document the value was printed in.")
        static let sourceLocation = Column(
            "source_location",
            .text,
            "Where in the document: table, appendix, paragraph or line."
        )
        static let status = Column(
            "status",
            .code,
            "`final` (default), `provisional`, `estimated`, `no-data` (a placeholder: kept as printed, never "
                + "rated or trended) or `not-due`."
        )
        static let publishedRating = Column(
            "published_rating",
            .text,
            "The rating the paper printed, in the council's words (`Green`, `On track`).",
            writtenWhenEmpty: false
        )
        static let publishedTrend = Column(
            "published_trend",
            .text,
            "The trend the paper printed, in the council's words (`Better`, `↑`).",
            writtenWhenEmpty: false
        )
        static let ratingOverride = Column(
            "rating_override",
            .text,
            "A rating the council decided by hand, in its words; needs `override_reason`.",
            writtenWhenEmpty: false
        )
        static let overrideReason = Column(
            "override_reason",
            .text,
            "Why the council overrode the rule's rating.",
            writtenWhenEmpty: false
        )

        static let printed = Column(
            "printed",
            .text,
            "The value as the paper printed it (`5:41 mins`, `63.2% (p)`), when the library writes it otherwise: "
                + "reports show it, and `value` is what is rated.",
            writtenWhenEmpty: false
        )

        /// Every column, in the order the library writes them.
        static let all = [
            measure, period, value, narrative, national, note, source, sourceLocation, status, publishedRating,
            publishedTrend, ratingOverride, overrideReason, printed,
        ]
    }
}
