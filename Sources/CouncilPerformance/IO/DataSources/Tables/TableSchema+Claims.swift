/// Claims: figures of any kind a paper prints, and what each claims about other printed figures and the model.
extension TableSchema {
    /// `claims`: printed figures of any kind held against other printed figures and the model.
    public static let claims = TableSchema(
        name: "claims",
        summary: "A figure as a paper printed it, of any kind, with what it claims about other figures: the same value "
            + "as another printed figure, their sum, difference, mean or percentage, a count of rows, or that every "
            + "item of one list appears in another.",
        columns: [
            Column(
                "id",
                .identifier,
                required: true,
                "The claim's identifier; claims and `published_figures` share one set of ids."
            ),
            Column("document", .text, required: true, "The paper it was printed in."),
            Column("location", .text, "Where in the paper: table, appendix, paragraph and line."),
            Column(
                "kind",
                .code,
                required: true,
                "`same-as` (one operand: the same value printed elsewhere or held in the data), `sum`, `difference` "
                    + "(first less second), `mean`, `percentage` (first as a percentage of second), `count` (the "
                    + "items of one list operand, or the operands named), `members` (no figure: every item of the "
                    + "first list appears in the second) or `item` (a row of a printed list, named in `list`)."
            ),
            Column(
                "subject",
                .text,
                required: true,
                "What the figure is, in words, such as `% of ICT changes successfully completed, Q2 2018/19`; for "
                    + "an item, the item as printed."
            ),
            Column(
                "printed",
                .text,
                "The figure exactly as printed: `£1.538m`, `-6,612`, `10.89 %`, `42`, `Nine`, `2.42 days`, "
                    + "`5:41 mins`, `31 March 2019`, `2018/19`; empty for `members` and for items."
            ),
            Column(
                "unit",
                .code,
                "What the figure counts when its text does not say: `money`, `percentage`, `count`, `number`, "
                    + "`days`, `time` (seconds), `date` or `year`."
            ),
            Column(
                "denomination",
                .code,
                "What an unsuffixed amount of money counts: `pounds` (default), `thousands` or `millions`."
            ),
            Column(
                "of",
                .list,
                "The operands, separated by `;`: ids of claims or published figures, `observation:<measure>@<period>`, "
                    + "`target:<measure>@<period>`, `list:<name>`, `projects:<portfolio, programme or group>` "
                    + "(`projects:*` for all), `milestones:<programme>` or `measures:<commitment or approach>`."
            ),
            Column("list", .text, "For an `item`, the printed list it belongs to."),
            Column("note", .text, "A note, such as the sentence the figure was quoted in."),
        ]
    )
}
