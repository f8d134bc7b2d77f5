extension ReportDocument {
    /// The totals a paper printed, each beside what its rows sum to and the audit's verdict, so that a
    /// report shows the printed figure rather than silently replacing it with the recomputed one.
    ///
    /// The audit checks the published figures first, one check each and in their order
    /// (``ConsistencyAudit/checks``); this pairs them so.
    ///
    /// - Parameters:
    ///   - audit: The audit of the data.
    ///   - figures: The data's published figures, in order.
    ///   - claims: Which kinds of figure to show; every total by default.
    ///   - caption: The table's caption.
    /// - Returns: A heading and the table, or nothing when no such figure was printed.
    public static func printedTotalsBlocks(
        _ audit: ConsistencyAudit,
        figures: [PublishedFigure],
        claims: Set<PublishedFigure.Claim> = [.portfolioTotal, .councilTotal, .governanceTotal, .programmeTotal],
        caption: String = "Totals as printed, beside what the rows sum to"
    ) -> [Block] {
        let pairs = zip(figures, audit.checks).filter { claims.contains($0.0.claim) }
        guard !pairs.isEmpty else { return [] }
        let rows: [[ReportCell]] = pairs.map { figure, check in
            [
                .text(figure.source.description),
                .text(check.subject),
                .text(figure.printed),
                // The sum in the paper's own denomination, so the two figures read side by side.
                figure.denomination == .thousands
                    ? .thousands(check.recomputed, blankZero: false)
                    : .number(display: check.recomputedText, value: check.recomputed.description),
                .status(badge(check.verdict)),
            ]
        }
        let held = pairs.count { $0.1.verdict.isHeld }
        return [
            .heading("Printed totals", level: 2),
            .paragraph(
                "\(held) of \(pairs.count) printed totals hold; the others are shown as printed, beside the sums of "
                    + "the rows above, with the audit's verdict."
            ),
            .table(
                ReportTable(
                    name: "printed-totals",
                    caption: caption,
                    columns: [
                        ReportTable.Column("Where printed"), ReportTable.Column("Total"),
                        ReportTable.Column("Printed", alignment: .trailing),
                        ReportTable.Column("Rows sum to", alignment: .trailing),
                        ReportTable.Column("Verdict", alignment: .center),
                    ],
                    rows: rows,
                    notes: ["Each sum is in the denomination the paper prints its total in (£000 in the tables)."]
                )
            ),
        ]
    }
}
