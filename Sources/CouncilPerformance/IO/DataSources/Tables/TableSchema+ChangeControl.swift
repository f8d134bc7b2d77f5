/// Change control and the audit: change requests, their profiles, lessons and decisions, and published figures.
extension TableSchema {
    /// `change_requests`: change requests and their forms.
    public static let changeRequests = TableSchema(
        name: "change_requests",
        summary: "A change request to a project's savings profile.",
        columns: ChangeRequestsColumns.all
    )

    /// The columns of ``changeRequests`` by name, so that a reader or writer naming a column the table does not
    /// have does not build.
    enum ChangeRequestsColumns {
        static let id = Column("id", .identifier, required: true, "The request's identifier.")
        static let project = Column("project", .identifier, required: true, "The project (a `projects` id).")
        static let kind = Column(
            "kind",
            .code,
            required: true,
            "`re-profile`, `write-off`, `alternative-delivery`, `extension` or `closure`."
        )
        static let reference = Column("reference", .text, "The project reference as the form prints it.")
        static let department = Column("department", .text, "The department as the form prints it.")
        static let date = Column("date", .date, "The request's date.")
        static let author = Column("author", .text, "The sponsor or author.")
        static let objectivesAndIssues = Column("objectives_and_issues", .text, "Objectives and issues.")
        static let mitigations = Column("mitigations", .text, "Mitigations tried and their outcome.")
        static let changeRequested = Column("change_requested", .text, "The change requested, in words.")
        static let widerImpacts = Column("wider_impacts", .text, "Wider impacts.")
        static let recommendation = Column("recommendation", .text, "The recommendation.")
        static let financeComment = Column("finance_comment", .text, "The Finance comment on the MTFS.")
        static let pmoComment = Column("pmo_comment", .text, "The PMO comment.")
        static let writtenOff = Column("written_off", .money, "The amount written off, in pounds, if stated.")
        static let alternativeDelivery = Column(
            "alternative_delivery",
            .money,
            "The amount delivered another way, in pounds, if stated."
        )
        static let totalExpected = Column("total_expected", .money, "The Total row's expected figure as printed.")
        static let totalRevised = Column("total_revised", .money, "The Total row's revised figure as printed.")
        static let totalChange = Column("total_change", .money, "The Total row's change as printed.")
        static let denomination = TableSchema.tableDenomination

        /// Every column, in the order the library writes them.
        static let all = [
            id, project, kind, reference, department, date, author, objectivesAndIssues, mitigations, changeRequested,
            widerImpacts, recommendation, financeComment, pmoComment, writtenOff, alternativeDelivery, totalExpected,
            totalRevised, totalChange, denomination,
        ]
    }

    /// `change_request_profiles`: the profile tables of change requests.
    public static let changeRequestProfiles = TableSchema(
        name: "change_request_profiles",
        summary: "One year of a change request's profile table, in year order.",
        columns: ChangeRequestProfilesColumns.all
    )

    /// The columns of ``changeRequestProfiles`` by name, so that a reader or writer naming a column the table does not
    /// have does not build.
    enum ChangeRequestProfilesColumns {
        static let request = Column("request", .identifier, required: true, "The request (a `change_requests` id).")
        static let year = Column("year", .financialYear, required: true, "The financial year.")
        static let expected = Column("expected", .money, "Expected savings as printed, in pounds.")
        static let revised = Column("revised", .money, "Revised savings as printed, in pounds.")
        static let change = Column("change", .money, "The change as printed, in pounds.")
        static let denomination = TableSchema.tableDenomination

        /// Every column, in the order the library writes them.
        static let all = [request, year, expected, revised, change, denomination]
    }

    /// `change_request_lessons`: lessons learned.
    public static let changeRequestLessons = TableSchema(
        name: "change_request_lessons",
        summary: "A lesson learned recorded on a change request.",
        columns: ChangeRequestLessonsColumns.all
    )

    /// The columns of ``changeRequestLessons`` by name, so that a reader or writer naming a column the table does not
    /// have does not build.
    enum ChangeRequestLessonsColumns {
        static let request = Column("request", .identifier, required: true, "The request (a `change_requests` id).")
        static let lesson = Column("lesson", .text, required: true, "The lesson description.")
        static let learningPoint = Column("learning_point", .text, "The learning point.")

        /// Every column, in the order the library writes them.
        static let all = [request, lesson, learningPoint]
    }

    /// `decisions`: decision records, oldest first; the last is the current decision.
    public static let decisions = TableSchema(
        name: "decisions",
        summary: "A decision on a change request; a request's decisions are in order, the last current.",
        columns: DecisionsColumns.all
    )

    /// The columns of ``decisions`` by name, so that a reader or writer naming a column the table does not
    /// have does not build.
    enum DecisionsColumns {
        static let request = Column("request", .identifier, required: true, "The request (a `change_requests` id).")
        static let outcome = Column(
            "outcome",
            .code,
            required: true,
            "`pending`, `approved`, `rejected` or `deferred`."
        )
        static let date = Column("date", .date, "When it was decided.")
        static let decidedBy = Column("decided_by", .text, "The deciding body.")
        static let commentary = Column("commentary", .text, "Conditions or commentary.")

        /// Every column, in the order the library writes them.
        static let all = [request, outcome, date, decidedBy, commentary]
    }

    /// `published_figures`: figures as the papers printed them, for the consistency audit.
    public static let publishedFigures = TableSchema(
        name: "published_figures",
        summary: "A figure as a paper printed it, with what it claims to be.",
        columns: PublishedFiguresColumns.all
    )

    /// The columns of ``publishedFigures`` by name, so that a reader or writer naming a column the table does not
    /// have does not build.
    enum PublishedFiguresColumns {
        static let id = Column("id", .identifier, required: true, "The figure's identifier.")
        static let document = Column("document", .text, required: true, "The paper it was printed in.")
        static let location = Column("location", .text, "Where in the paper: table, appendix, paragraph or line.")
        static let claim = Column(
            "claim",
            .code,
            required: true,
            "`portfolio-total`, `council-total`, `programme-total`, `governance-total`, `project-total`, `headline`, "
                + "`net-impact`, `text`, `group-total`, `sum` or `difference`."
        )
        static let subject = Column(
            "subject",
            .text,
            "The portfolio, programme, project, governance level or group it is about; empty for the council; "
                + "for `sum` and `difference`, the figures' ids separated by `;`."
        )
        static let quantity = Column(
            "quantity",
            .code,
            required: true,
            "`cashable`, `at-risk`, `alternative-delivery`, `net-at-risk`, `over-achievement`, `requests`, "
                + "`extensions`, `total`, any savings category, `count`, or `percentage-<category>`."
        )
        static let years = Column(
            "years",
            .text,
            required: true,
            "The year or span of years it covers: `2018/19` or `2018/19-2020/21`."
        )
        static let printed = Column(
            "printed",
            .money,
            required: true,
            "The figure exactly as printed, such as `-6,612` or `£25.6m`."
        )
        static let denomination = Column(
            "denomination",
            .code,
            "What an unsuffixed figure counts: `pounds` (default), `thousands` or `millions`."
        )
        static let note = Column("note", .text, "A note, such as the sentence the figure was quoted in.")
        static let asAt = Column(
            "as_at",
            .period,
            "The month an in-year figure was reported at, such as `Sep 2015`; empty for the plan or the outturn.",
            writtenWhenEmpty: false
        )

        /// Every column, in the order the library writes them.
        static let all = [id, document, location, claim, subject, quantity, years, printed, denomination, note, asAt]
    }
}
