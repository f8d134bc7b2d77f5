/// Savings trackers: a council's categories, figures by category and month, identities and groups.
extension TableSchema {
    /// `savings_categories`: a council's own savings categories.
    public static let savingsCategories = TableSchema(
        name: "savings_categories",
        summary: "A savings category of the council's own, beyond the standard ones.",
        columns: SavingsCategoriesColumns.all
    )

    /// The columns of ``savingsCategories`` by name, so that a reader or writer naming a column the table does not
    /// have does not build.
    enum SavingsCategoriesColumns {
        static let category = Column(
            "category",
            .identifier,
            required: true,
            "The category's name in the data, such as `one-off`."
        )
        static let name = Column("name", .text, required: true, "Its name as the council prints it.")

        /// Every column, in the order the library writes them.
        static let all = [category, name]
    }

    /// `savings_figures`: savings figures by category, year and month.
    public static let savingsFigures = TableSchema(
        name: "savings_figures",
        summary: "A project's savings figure of one category for a financial year, optionally as at a month.",
        columns: SavingsFiguresColumns.all
    )

    /// The columns of ``savingsFigures`` by name, so that a reader or writer naming a column the table does not
    /// have does not build.
    enum SavingsFiguresColumns {
        static let project = Column("project", .identifier, required: true, "The project (a `projects` id).")
        static let year = Column("year", .financialYear, required: true, "The financial year the saving belongs to.")
        static let category = Column(
            "category",
            .code,
            required: true,
            "`target`, `cashable`, `achieved`, `forecast`, `delayed`, `not-achievable`, `written-off`, `at-risk`, "
                + "`alternative-delivery`, or a `savings_categories` category."
        )
        static let amount = Column("amount", .money, required: true, "The amount, in the table's denomination.")
        static let asAt = Column(
            "as_at",
            .period,
            "The month the figure was reported at, such as `Sep 2015`; empty for the plan or the outturn."
        )
        static let denomination = Column(
            "denomination",
            .code,
            "What the table's unsuffixed amounts count: `pounds`, `thousands` or `millions`; one for the table "
                + "(empty cells take it), else `council.denomination`."
        )
        static let sign = Column(
            "sign",
            .code,
            "`positive` or `negative` (savings printed as negatives, negated on load); one for the table, else "
                + "`council.sign`.",
            writtenWhenEmpty: false
        )

        /// Every column, in the order the library writes them.
        static let all = [project, year, category, amount, asAt, denomination, sign]
    }

    /// `savings_identities`: identities between savings categories.
    public static let savingsIdentities = TableSchema(
        name: "savings_identities",
        summary: "An identity between savings categories: the total equals the sum of the parts.",
        columns: SavingsIdentitiesColumns.all
    )

    /// The columns of ``savingsIdentities`` by name, so that a reader or writer naming a column the table does not
    /// have does not build.
    enum SavingsIdentitiesColumns {
        static let name = Column("name", .identifier, required: true, "The identity's name, such as `mandates`.")
        static let total = Column("total", .code, required: true, "The category that is the total, such as `target`.")
        static let parts = Column(
            "parts",
            .list,
            required: true,
            "The categories that sum to it, separated by `;`, such as `achieved;delayed;not-achievable`."
        )

        /// Every column, in the order the library writes them.
        static let all = [name, total, parts]
    }

    /// `groups`: named groups of projects.
    public static let groups = TableSchema(
        name: "groups",
        summary: "A named group of projects: a status group, directorate, scheme or the council's own.",
        columns: GroupsColumns.all
    )

    /// The columns of ``groups`` by name, so that a reader or writer naming a column the table does not
    /// have does not build.
    enum GroupsColumns {
        static let id = Column("id", .identifier, required: true, "The group's identifier.")
        static let name = Column("name", .text, required: true, "Its name as printed.")

        /// Every column, in the order the library writes them.
        static let all = [id, name]
    }

    /// `group_members`: which projects belong to which groups.
    public static let groupMembers = TableSchema(
        name: "group_members",
        summary: "A project's membership of a group, in the group's order.",
        columns: GroupMembersColumns.all
    )

    /// The columns of ``groupMembers`` by name, so that a reader or writer naming a column the table does not
    /// have does not build.
    enum GroupMembersColumns {
        static let group = Column("group", .identifier, required: true, "The group (a `groups` id).")
        static let project = Column("project", .identifier, required: true, "The project (a `projects` id).")

        /// Every column, in the order the library writes them.
        static let all = [group, project]
    }
}
