/// Savings delivery: portfolios, programmes, projects, savings profiles, statuses and milestones.
extension TableSchema {
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
            tableDenomination,
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
            tableDenomination,
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
}
