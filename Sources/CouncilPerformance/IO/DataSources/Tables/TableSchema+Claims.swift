/// Claims: figures of any kind a paper prints, and what each claims about other printed figures and the model.
extension TableSchema {
    /// `claims`: printed figures of any kind held against other printed figures and the model.
    public static let claims = TableSchema(
        name: "claims",
        summary: "A figure as a paper printed it, of any kind, with what it claims about other figures: the same value "
            + "as another printed figure, their sum, difference, mean or percentage, a count of rows, that every "
            + "item of one list appears in another, or that one figure is above or below another.",
        columns: ClaimsColumns.all
    )

    /// The columns of ``claims`` by name, so that a reader or writer naming a column the table does not have does
    /// not build.
    enum ClaimsColumns {
        static let id = Column(
            "id",
            .identifier,
            required: true,
            "The claim's identifier; claims and `published_figures` share one set of ids."
        )
        static let document = Column("document", .text, required: true, "The paper it was printed in.")
        static let location = Column("location", .text, "Where in the paper: table, appendix, paragraph and line.")
        static let kind = Column(
            "kind",
            .code,
            required: true,
            "`same-as` (one operand: the same value printed elsewhere or held in the data), `sum`, `difference` "
                + "(first less second), `mean`, `percentage` (first as a percentage of second), `count` (the "
                + "items of one list operand, or the operands named), `members` (no figure: every item of the "
                + "first list appears in the second), `above` or `below` (no figure: the first of two figures is "
                + "greater, or less, than the second) or `item` (a row of a printed list, named in `list`)."
        )
        static let subject = Column(
            "subject",
            .text,
            required: true,
            "What the figure is, in words, such as `% of ICT changes successfully completed, Q2 2018/19`; for "
                + "an item, the item as printed."
        )
        static let printed = Column(
            "printed",
            .text,
            "The figure exactly as printed: `£1.538m`, `-6,612`, `10.89 %`, `42`, `Nine`, `2.42 days`, "
                + "`5:41 mins`, `31 March 2019`, `2018/19`; empty for `members`, `above`, `below` and for items."
        )
        static let unit = Column(
            "unit",
            .code,
            "What the figure counts when its text does not say: `money`, `percentage`, `count`, `number`, "
                + "`days`, `time` (seconds), `date` or `year`."
        )
        static let denomination = Column(
            "denomination",
            .code,
            "What an unsuffixed amount of money counts: `pounds` (default), `thousands` or `millions`."
        )
        static let operands = Column(
            "of",
            .list,
            "The operands, separated by `;`: ids of claims or published figures, `observation:<measure>@<period>`, "
                + "`target:<measure>@<period>`, `list:<name>`, `projects:<portfolio, programme or group>` "
                + "(`projects:*` for all), `milestones:<programme>` or `measures:<commitment or approach>`."
        )
        static let list = Column("list", .text, "For an `item`, the printed list it belongs to.")
        static let note = Column("note", .text, "A note, such as the sentence the figure was quoted in.")

        /// Every column, in the order the library writes them.
        static let all = [id, document, location, kind, subject, printed, unit, denomination, operands, list, note]
    }
}
