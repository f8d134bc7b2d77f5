extension ReportDocument {
    /// The milestone report as a document: a section per portfolio, and under it each programme's
    /// status, narrative and a table of its milestones (what, when as written, delivery status).
    ///
    /// - Parameters:
    ///   - report: The report.
    ///   - title: The title; `Progress on improvement and change programmes` by default.
    /// - Returns: The document, named `milestones`.
    public static func milestones(
        _ report: MilestoneReport,
        title: String = "Progress on improvement and change programmes"
    ) -> ReportDocument {
        let columns = [
            ReportTable.Column("Key milestone"), ReportTable.Column("Implementation date"),
            ReportTable.Column("Delivery status, key updates and risks to delivery"),
        ]
        func rows(_ milestones: [Milestone]) -> [[ReportCell]] {
            milestones.map { milestone in
                [
                    .text(milestone.description), .text(milestone.implementationDate.text),
                    milestone.deliveryStatus.map(ReportCell.text) ?? .empty,
                ]
            }
        }
        var blocks: [Block] = [
            .paragraph(
                "\(report.milestoneCount) milestones in \(report.portfolios.map(\.programmes.count).reduce(0, +)) "
                    + "programmes of \(report.portfolios.count) portfolios."
            )
        ]
        var number = 0
        for group in report.portfolios {
            blocks.append(.heading(group.portfolio.name, level: 2))
            for entry in group.programmes {
                number += 1
                let name = [entry.programme.reference, entry.programme.name].compactMap { $0 }.joined(separator: " ")
                blocks.append(.heading(name, level: 3))
                if let status = entry.status, let month = report.month {
                    blocks.append(.paragraph("Programme status, \(month): \(status.name)."))
                }
                blocks += narrativeBlocks(entry.narrative, level: 4, kindHeadings: false)
                blocks.append(
                    .table(
                        ReportTable(
                            name: "milestones-\(number)",
                            caption: "\(name): key milestones",
                            columns: columns,
                            rows: rows(entry.milestones)
                        )
                    )
                )
            }
        }
        if !report.projectMilestones.isEmpty {
            blocks.append(.heading("Projects outside a programme", level: 2))
            for entry in report.projectMilestones {
                number += 1
                blocks.append(
                    .table(
                        ReportTable(
                            name: "milestones-\(number)",
                            caption: "\(entry.portfolio.name): \(entry.project.name): key milestones",
                            columns: columns,
                            rows: rows(entry.milestones)
                        )
                    )
                )
            }
        }
        let subtitle = report.month.map { "\(report.council), as at \($0)" } ?? report.council
        return ReportDocument(name: "milestones", title: title, subtitle: subtitle, blocks: blocks)
    }
}
