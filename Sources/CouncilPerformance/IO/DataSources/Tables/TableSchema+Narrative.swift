/// Narrative: the words a paper prints beside its figures.
extension TableSchema {
    /// `narratives`: progress, comments, highlights, areas for attention, summaries and challenges.
    public static let narratives = TableSchema(
        name: "narratives",
        summary: "A piece of narrative about the report or one of its subjects, in the order reports show it.",
        columns: NarrativesColumns.all
    )

    /// The columns of ``narratives`` by name, so that a reader or writer naming a column the table does not
    /// have does not build.
    enum NarrativesColumns {
        static let subject = Column(
            "subject",
            .text,
            required: true,
            "`report`, or `measure:<id>`, `activity:<id>`, `project:<id>`, `programme:<id>`, `ambition:<id>`, "
                + "`commitment:<id>`, `approach:<id>` or `outcome:<id>`."
        )
        static let kind = Column(
            "kind",
            .code,
            required: true,
            "`progress`, `comment`, `highlight`, `area-for-attention`, `summary`, `challenge`, `key-activity`, "
                + "or a council's own kind (lower-case words joined by `-`)."
        )
        static let period = Column("period", .period, "The period it reports on, if any.")
        static let report = Column(
            "report",
            .text,
            "The report it was written for, such as `six-month-review`; empty for any report."
        )
        static let title = Column("title", .text, "A heading printed with the text.")
        static let text = Column("text", .text, required: true, "The text as printed.")
        static let measures = Column(
            "measures",
            .list,
            "Measure ids printed beside the text, separated by `;`.",
            writtenWhenEmpty: false
        )
        static let source = Column("source", .text, "Where it was printed: a document and a place in it.")

        /// Every column, in the order the library writes them.
        static let all = [subject, kind, period, report, title, text, measures, source]
    }
}
