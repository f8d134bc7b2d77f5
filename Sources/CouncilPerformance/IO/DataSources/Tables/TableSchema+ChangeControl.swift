/// Change control and the audit: change requests, their profiles, lessons and decisions, and published figures.
extension TableSchema {
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
            tableDenomination,
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
            tableDenomination,
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
}
