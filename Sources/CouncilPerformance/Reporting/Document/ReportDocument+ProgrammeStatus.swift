extension ReportDocument {
    /// A programme status table as a document: the portfolio's row, then each programme's row followed
    /// by its projects' rows, with statuses last month and this, the trend, savings and at risk, and the
    /// comments; as a council's programme status report prints them (`shared/seeds/003`, Appendix C).
    ///
    /// A programme's summary narrative is its brief overview, shown with its name; its other narrative
    /// is its comment. A project's comment is the narrative about it for the table's month (written for `report`, or for
    /// any report), else its commentary. Projects with such narrative come first, in the narrative's
    /// order, so that a table reads in the paper's order; the rest follow in the data's order.
    ///
    /// - Parameters:
    ///   - table: The table.
    ///   - data: The council's data, for the projects, names and narrative.
    ///   - report: The name narrative must be written for (or for any report) to be shown.
    ///   - title: The title.
    /// - Returns: The document, named `programmes`.
    public static func programmeStatus(
        _ table: ProgrammeStatusTable,
        data: PerformanceData,
        report: String? = nil,
        title: String? = nil
    ) -> ReportDocument {
        let delivery = data.delivery
        let portfolioName = delivery.portfolios.first { $0.id == table.portfolio }?.name ?? table.portfolio.rawValue
        let columns = [
            ReportTable.Column("Ref"), ReportTable.Column("Programme or project"),
            ReportTable.Column("Last month", alignment: .center, group: "Status"),
            ReportTable.Column("This month", alignment: .center, group: "Status"),
            ReportTable.Column("Trend", alignment: .center),
            ReportTable.Column("Savings target", alignment: .trailing, group: "£000"),
            ReportTable.Column("At risk", alignment: .trailing, group: "£000"),
            ReportTable.Column("Net at risk", alignment: .trailing, group: "£000"),
            ReportTable.Column("Comments"),
        ]
        func narrative(_ subject: NarrativeSubject) -> [Narrative] {
            data.narratives.about(subject, report: report, period: table.month)
        }
        func statusCell(_ status: DeliveryStatus?) -> ReportCell { status.map { .status(badge($0)) } ?? .empty }
        func trendCell(_ trend: StatusTrend?) -> ReportCell { trend.map { .text($0.description) } ?? .empty }
        func money(_ totals: SavingsTotals) -> [ReportCell] {
            [.thousands(totals.cashableTotal), .thousands(totals.atRiskTotal), .thousands(totals.netAtRisk)]
        }
        var rows: [[ReportCell]] = []
        var totalRows: Set<Int> = []
        var programmeRows: Set<Int> = []
        let portfolioNarrative = narrative(.report)
        totalRows.insert(rows.count)
        rows.append(
            [.text("Total"), .text(portfolioName), .empty, .empty, .empty] + money(table.totals)
                + [narrativeCell(portfolioNarrative)]
        )
        for row in table.rows {
            programmeRows.insert(rows.count)
            // The brief overview (a summary) goes with the name, as the paper's "Programme & Brief Overview".
            let about = narrative(.programme(row.programme))
            let overview = about.filter { $0.kind == .summary }.map(\.text).joined(separator: " ")
            let name =
                overview.isEmpty ? row.name : overview.hasPrefix(row.name) ? overview : "\(row.name): \(overview)"
            rows.append(
                [
                    .text(row.reference ?? ""), .text(name), statusCell(row.statusLastMonth),
                    statusCell(row.statusThisMonth), trendCell(row.trend),
                ] + money(row.totals) + [narrativeCell(about.filter { $0.kind != .summary })]
            )
            let projects = delivery.projects(in: row.programme)
            let order = Dictionary(
                data.narratives.enumerated().compactMap { offset, piece -> (Project.ID, Int)? in
                    guard case .project(let id) = piece.subject, piece.belongs(toReport: report, period: table.month)
                    else { return nil }
                    return (id, offset)
                },
                uniquingKeysWith: { first, _ in first }
            )
            let ordered = projects.enumerated().sorted { lhs, rhs in
                (order[lhs.element.id] ?? Int.max, lhs.offset) < (order[rhs.element.id] ?? Int.max, rhs.offset)
            }.map(\.element)
            for project in ordered {
                let last = project.status(in: table.month.previous)
                let now = project.status(in: table.month)
                let comments = narrative(.project(project.id))
                rows.append(
                    [
                        .empty, .text(project.name), statusCell(last), statusCell(now),
                        trendCell(last.flatMap { before in now.flatMap { StatusTrend.between(before, and: $0) } }),
                    ] + money(SavingsTotals(projects: [project], month: table.month))
                        + [
                            comments.isEmpty
                                ? project.commentary.map(ReportCell.text) ?? .empty : narrativeCell(comments)
                        ]
                )
            }
        }
        var notes = [
            "Programme rows are the sums of their projects; the first row sums every project of the portfolio's "
                + "programmes. Savings are the totals over the years reported; at risk is positive for savings at risk "
                + "or slipping and negative for over-achievement; net at risk is at risk less savings delivered in "
                + "an alternative way."
        ]
        notes.append("Trend compares this month's status with last month's.")
        return ReportDocument(
            name: "programmes",
            title: title ?? "\(portfolioName): programme status report",
            subtitle: "\(data.council), \(table.month)",
            blocks: [
                .paragraph(
                    "\(table.rows.count) programmes and "
                        + "\(rows.count - 1 - table.rows.count) projects; programme rows are in the table in bold type."
                ),
                .table(
                    ReportTable(
                        name: "programmes",
                        caption: "\(portfolioName): programme status, \(table.month)",
                        columns: columns,
                        rows: rows,
                        totalRows: totalRows.union(programmeRows),
                        notes: notes
                    )
                ),
            ]
        )
    }
}
