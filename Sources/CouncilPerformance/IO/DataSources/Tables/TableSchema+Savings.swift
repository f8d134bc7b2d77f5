/// Savings trackers: a council's categories, figures by category and month, identities and groups.
extension TableSchema {
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
