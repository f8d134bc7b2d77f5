extension ReportDocument {
    /// A savings tracker as blocks: the figures by category with a Totals row, then in-year tracking
    /// (achieved by month against the target, with a small bar chart), then what could not be reported.
    ///
    /// - Parameters:
    ///   - tracker: The tracker.
    ///   - delivery: The council's delivery model, for its own names of categories.
    /// - Returns: The blocks.
    public static func savingsTrackerBlocks(_ tracker: SavingsTracker, delivery: CouncilDelivery) -> [Block] {
        var blocks: [Block] = [.heading("Savings by category, \(tracker.year)", level: 2)]
        if !tracker.rows.isEmpty {
            let columns =
                [ReportTable.Column("Project")]
                + tracker.categories.map {
                    ReportTable.Column(delivery.name(of: $0).capitalizedFirst + " (£000)", alignment: .trailing)
                }
            func cells(_ amounts: [SavingsCategory: Money]) -> [ReportCell] {
                tracker.categories.map { amounts[$0].map { .thousands($0) } ?? .empty }
            }
            var rows = tracker.rows.map { [.text($0.name)] + cells($0.amounts) }
            rows.append([.text("Totals")] + cells(tracker.totals))
            blocks.append(
                .table(
                    ReportTable(
                        name: "savings-by-category",
                        caption: "Savings by category, \(tracker.year) (£000)",
                        columns: columns,
                        rows: rows,
                        totalRows: [rows.count - 1]
                    )
                )
            )
        }
        if let target = tracker.target, target != .zero, !tracker.inYear.isEmpty,
            tracker.inYear.contains(where: { $0.month != nil })
        {
            blocks.append(.heading("In-year tracking", level: 2))
            let rows: [[ReportCell]] = tracker.inYear.map { point in
                let percentage = ConsistencyAudit.percentage(point.achieved, of: target)
                let filled = max(0, min(20, Int((percentage.units + 2_500_000) / 5_000_000)))
                let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 20 - filled)
                return [
                    .text(point.month?.description ?? "Outturn"), .thousands(point.achieved), .thousands(target),
                    .number(display: "\(percentage.formatted(decimalPlaces: 1))%", value: percentage.description),
                    .text(bar),
                ]
            }
            blocks.append(
                .table(
                    ReportTable(
                        name: "in-year-tracking",
                        caption: "Achieved by month against the target of \(tracker.year) (£000)",
                        columns: [
                            ReportTable.Column("As at"), ReportTable.Column("Achieved (£000)", alignment: .trailing),
                            ReportTable.Column("Target (£000)", alignment: .trailing),
                            ReportTable.Column("% of target", alignment: .trailing),
                            ReportTable.Column("Chart (each block 5% of target)"),
                        ],
                        rows: rows
                    )
                )
            )
        }
        if !tracker.gaps.isEmpty { blocks.append(.list(tracker.gaps)) }
        return blocks
    }

    /// The savings report of a council without monthly delivery statuses: the tracker, and a sentence
    /// saying that statuses are left out.
    ///
    /// - Parameters:
    ///   - tracker: The tracker.
    ///   - delivery: The council's delivery model.
    ///   - council: The council's name.
    /// - Returns: The document.
    public static func savingsTracker(
        _ tracker: SavingsTracker,
        delivery: CouncilDelivery,
        council: String
    ) -> ReportDocument {
        let blocks: [Block] =
            [
                .paragraph(
                    "No monthly delivery statuses were given, so statuses, trends and exception details are left out of this report."
                )
            ] + savingsTrackerBlocks(tracker, delivery: delivery)
        return ReportDocument(
            name: "savings",
            title: "Savings report",
            subtitle: "\(council), \(tracker.year)",
            blocks: blocks
        )
    }
}

extension String {
    fileprivate var capitalizedFirst: String {
        prefix(1).uppercased() + dropFirst()
    }
}
