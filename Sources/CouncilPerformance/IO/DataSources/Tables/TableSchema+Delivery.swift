/// Savings delivery: portfolios, programmes, projects, savings profiles, statuses and milestones.
extension TableSchema {
    /// `portfolios`: improvement and change portfolios.
    public static let portfolios = TableSchema(
        name: "portfolios",
        summary: "An improvement and change portfolio, in report order.",
        columns: PortfoliosColumns.all
    )

    /// The columns of ``portfolios`` by name, so that a reader or writer naming a column the table does not
    /// have does not build.
    enum PortfoliosColumns {
        static let id = Column("id", .identifier, required: true, "The portfolio's identifier.")
        static let name = Column("name", .text, required: true, "Its name as the status report prints it.")
        static let department = Column("department", .identifier, "The owning department (a `departments` id).")

        /// Every column, in the order the library writes them.
        static let all = [id, name, department]
    }

    /// `programmes`: programmes of projects.
    public static let programmes = TableSchema(
        name: "programmes",
        summary: "A programme of projects within a portfolio.",
        columns: ProgrammesColumns.all
    )

    /// The columns of ``programmes`` by name, so that a reader or writer naming a column the table does not
    /// have does not build.
    enum ProgrammesColumns {
        static let id = Column("id", .identifier, required: true, "The programme's identifier.")
        static let reference = Column("reference", .text, "The council's reference, such as `ASCH 1801`.")
        static let name = Column("name", .text, required: true, "Its name.")
        static let portfolio = Column("portfolio", .identifier, required: true, "Its portfolio (a `portfolios` id).")

        /// Every column, in the order the library writes them.
        static let all = [id, reference, name, portfolio]
    }

    /// `projects`: savings projects.
    public static let projects = TableSchema(
        name: "projects",
        summary: "A savings project, in the council's order.",
        columns: ProjectsColumns.all
    )

    /// The columns of ``projects`` by name, so that a reader or writer naming a column the table does not
    /// have does not build.
    enum ProjectsColumns {
        static let id = Column("id", .identifier, required: true, "The project's identifier.")
        static let references = Column("references", .list, "The council's references, separated by `;`.")
        static let name = Column("name", .text, required: true, "Its name.")
        static let portfolio = Column("portfolio", .identifier, required: true, "Its portfolio (a `portfolios` id).")
        static let programme = Column("programme", .identifier, "Its programme (a `programmes` id).")
        static let department = Column("department", .identifier, "Its department (a `departments` id).")
        static let governance = Column("governance", .text, "Its governance level.")
        static let alternativeDelivery = Column(
            "alternative_delivery",
            .money,
            "Savings delivered in an alternative way, in pounds."
        )
        static let commentary = Column("commentary", .text, "Exception details or other commentary.")
        static let denomination = TableSchema.tableDenomination

        /// Every column, in the order the library writes them.
        static let all = [
            id, references, name, portfolio, programme, department, governance, alternativeDelivery, commentary,
            denomination,
        ]
    }

    /// `savings`: profiles by year, long format.
    public static let savings = TableSchema(
        name: "savings",
        summary: "A project's approved cashable benefit and forecast at risk for one financial year.",
        columns: SavingsColumns.all
    )

    /// The columns of ``savings`` by name, so that a reader or writer naming a column the table does not
    /// have does not build.
    enum SavingsColumns {
        static let project = Column("project", .identifier, required: true, "The project (a `projects` id).")
        static let year = Column("year", .financialYear, required: true, "The financial year.")
        static let cashable = Column("cashable", .money, "Approved cashable benefit, in pounds.")
        static let atRisk = Column(
            "at_risk",
            .money,
            "Projected at risk (positive) or over-achievement (negative), in pounds."
        )
        static let denomination = TableSchema.tableDenomination

        /// Every column, in the order the library writes them.
        static let all = [project, year, cashable, atRisk, denomination]
    }

    /// `statuses`: monthly delivery statuses.
    public static let statuses = TableSchema(
        name: "statuses",
        summary: "A delivery status reported for a project or programme in a month.",
        columns: StatusesColumns.all
    )

    /// The columns of ``statuses`` by name, so that a reader or writer naming a column the table does not
    /// have does not build.
    enum StatusesColumns {
        static let kind = Column("kind", .code, required: true, "`project` or `programme`.")
        static let id = Column("id", .identifier, required: true, "The project or programme.")
        static let month = Column("month", .period, required: true, "The month, such as `Sep 2018`.")
        static let status = Column(
            "status",
            .code,
            required: true,
            "A status of the standard key, such as `On Target` or `EO`.",
            writtenWhenEmpty: false
        )

        /// Every column, in the order the library writes them.
        static let all = [kind, id, month, status]
    }

    /// `milestones`: programme and project milestones.
    public static let milestones = TableSchema(
        name: "milestones",
        summary: "A milestone of a project or programme, in order.",
        columns: MilestonesColumns.all
    )

    /// The columns of ``milestones`` by name, so that a reader or writer naming a column the table does not
    /// have does not build.
    enum MilestonesColumns {
        static let kind = Column("kind", .code, required: true, "`project` or `programme`.")
        static let id = Column("id", .identifier, required: true, "The project or programme.")
        static let description = Column("description", .text, required: true, "What is to happen.")
        static let implementationDate = Column(
            "implementation_date",
            .text,
            "When, as written (`Autumn 2018`, `November 18 to April 19`)."
        )
        static let deliveryStatus = Column("delivery_status", .text, "The delivery status narrative.")

        /// Every column, in the order the library writes them.
        static let all = [kind, id, description, implementationDate, deliveryStatus]
    }
}
