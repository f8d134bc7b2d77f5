/// Narrative: the words a paper prints beside its figures.
extension TableSchema {
    /// `narratives`: progress, comments, highlights, areas for attention, summaries and challenges.
    public static let narratives = TableSchema(
        name: "narratives",
        summary: "A piece of narrative about the report or one of its subjects, in the order reports show it.",
        columns: [
            Column(
                "subject",
                .text,
                required: true,
                "`report`, or `measure:<id>`, `activity:<id>`, `project:<id>`, `programme:<id>`, `ambition:<id>`, "
                    + "`commitment:<id>`, `approach:<id>` or `outcome:<id>`."
            ),
            Column(
                "kind",
                .code,
                required: true,
                "`progress`, `comment`, `highlight`, `area-for-attention`, `summary`, `challenge`, `key-activity`, "
                    + "or a council's own kind (lower-case words joined by `-`)."
            ),
            Column("period", .period, "The period it reports on, if any."),
            Column("report", .text, "The report it was written for, such as `six-month-review`; empty for any report."),
            Column("title", .text, "A heading printed with the text."),
            Column("text", .text, required: true, "The text as printed."),
            Column(
                "measures",
                .list,
                "Measure ids printed beside the text, separated by `;`.",
                writtenWhenEmpty: false
            ),
            Column("source", .text, "Where it was printed: a document and a place in it."),
        ]
    )
}
