/// The change-control reports: the change requests in the paper's form, and the applied change log.
extension ReportDocument {
    /// The change request report as a document: each request's profile table, findings and decision,
    /// then the net impact by year in both readings.
    ///
    /// - Parameter report: The report.
    /// - Returns: The document.
    public static func changes(_ report: ChangeRequestReport) -> ReportDocument {
        var blocks: [Block] = []
        let k = { (money: Money) in money.formatted(.thousands(decimalPlaces: 0)) }
        for (index, entry) in (report.requests + report.extensions).enumerated() {
            let request = entry.request
            let title = entry.projectName ?? request.project.rawValue
            blocks.append(.heading("\(title): \(request.kind)", level: 2))
            // Readers see the council's references and the project's name, never the data's identifiers.
            var facts: [String] = []
            if let reference = request.reference { facts.append("Project reference: \(reference)") }
            if let department = request.department { facts.append("Department: \(department)") }
            if let date = request.date { facts.append("Dated \(date)") }
            if let author = request.author { facts.append("Submitted by \(author)") }
            if let written = request.writtenOff { facts.append("Written off: \(k(written))") }
            if let alternative = request.alternativeDelivery {
                facts.append("Delivered another way: \(k(alternative))")
            }
            if !facts.isEmpty { blocks.append(.list(facts)) }
            for (heading, text) in [
                ("Objectives and issues", request.objectivesAndIssues), ("Mitigations tried", request.mitigations),
                ("Change requested", request.changeRequested),
            ] {
                guard let text else { continue }
                blocks.append(.heading(heading, level: 3))
                blocks.append(.paragraph(text))
            }
            var rows: [[ReportCell]] = request.profile.map { row in
                [
                    .text(row.year.description), row.expected.map { .thousands($0, blankZero: false) } ?? .empty,
                    row.revised.map { .thousands($0, blankZero: false) } ?? .empty,
                    .thousands(row.change, blankZero: false),
                ]
            }
            rows.append([
                .text("Total"), .thousands(request.profile.compactMap(\.expected).sum, blankZero: false),
                .thousands(request.profile.compactMap(\.revised).sum, blankZero: false),
                .thousands(request.totalChange, blankZero: false),
            ])
            blocks.append(
                .table(
                    ReportTable(
                        name: "request-\(index + 1)",
                        caption: "\(title): savings profile (£000)",
                        columns: [
                            ReportTable.Column("Year"), ReportTable.Column("Expected", alignment: .trailing),
                            ReportTable.Column("Revised", alignment: .trailing),
                            ReportTable.Column("Change", alignment: .trailing),
                        ],
                        rows: rows,
                        totalRows: [rows.count - 1]
                    )
                )
            )
            let printed = request.printedTotals.filter { $0.printed != $0.sumOfYears }
            if !printed.isEmpty {
                blocks.append(
                    .note(
                        "The printed Total row does not hold: "
                            + printed.map {
                                "\($0.column) printed \(k($0.printed)), the years sum to \(k($0.sumOfYears))"
                            }
                            .joined(separator: "; ") + "."
                    )
                )
            } else if request.printedTotal != nil {
                blocks.append(.note("The printed Total row holds: each column is the sum of its years."))
            }
            if let text = request.widerImpacts {
                blocks.append(.heading("Wider impacts", level: 3))
                blocks.append(.paragraph(text))
            }
            if !request.lessons.isEmpty {
                blocks.append(
                    .table(
                        ReportTable(
                            name: "request-\(index + 1)-lessons",
                            caption: "\(title): lessons learned",
                            columns: [ReportTable.Column("Lesson"), ReportTable.Column("Learning point")],
                            rows: request.lessons.map { [.text($0.description), .text($0.learningPoint)] }
                        )
                    )
                )
            }
            for (heading, text) in [
                ("Recommendation", request.recommendation), ("Finance comment", request.financeComment),
                ("PMO comment", request.pmoComment),
            ] {
                guard let text else { continue }
                blocks.append(.heading(heading, level: 3))
                blocks.append(.paragraph(text))
            }
            blocks.append(.heading("Checks", level: 3))
            blocks.append(
                entry.findings.isEmpty
                    ? .paragraph("Every change-control rule holds.") : .list(entry.findings.map(\.description))
            )
            blocks.append(.heading("Decision record", level: 3))
            let decision = request.decision
            var record = "\(decision.outcome)"
            if let body = decision.decidedBy { record += " by \(body)" }
            if let date = decision.date { record += " on \(date)" }
            if let commentary = decision.commentary { record += ": \(commentary)" }
            blocks.append(.paragraph(sentence(record)))
        }
        blocks.append(.heading("Net impact by year", level: 2))
        let years = report.years
        func row(_ label: String, _ profile: SavingsProfile) -> [ReportCell] {
            [.text(label)] + years.map { .thousands(profile[$0], blankZero: false) } + [
                .thousands(profile.total(over: years), blankZero: false)
            ]
        }
        let columns =
            [ReportTable.Column("")] + years.map { ReportTable.Column($0.description, alignment: .trailing) } + [
                ReportTable.Column("Total", alignment: .trailing)
            ]
        let readings =
            report.folded.total == report.strict.total
            ? [("folded", report.folded)] : [("folded", report.folded), ("strict", report.strict)]
        for (name, summary) in readings {
            blocks.append(
                .table(
                    ReportTable(
                        name: "net-impact-\(name)",
                        caption: "Net impact (£000), \(summary.reading)",
                        columns: columns,
                        rows: [
                            row("Change Requests", summary.changeRequests),
                            row("Extensions to previously approved savings", summary.extensions),
                            row("Total", summary.total),
                        ],
                        totalRows: [2]
                    )
                )
            )
        }
        blocks.append(
            .paragraph(
                "With earlier years folded into \(years.first?.description ?? "the first year"): \(report.folded.overallSentence)."
            )
        )
        if report.folded.total == report.strict.total {
            blocks.append(
                .note(
                    "No change falls before \(years.first?.description ?? "the first year"), so both readings of the years agree."
                )
            )
        } else {
            blocks.append(
                .note(
                    "Read strictly, \(k(report.strict.earlierYears)) of changes fall before \(years.first?.description ?? "the first year") and the overall net impact is \(report.strict.overall.formatted(.millions(decimalPlaces: 3))), not \(report.folded.overall.formatted(.millions(decimalPlaces: 3)))."
                )
            )
        }
        return ReportDocument(name: "changes", title: "Change requests", subtitle: report.council, blocks: blocks)
    }

    /// A change log as a document: for each applied request, the profile before, the change and the
    /// profile after, year by year.
    ///
    /// - Parameters:
    ///   - log: The change log.
    ///   - delivery: The projects, for their names.
    ///   - title: The document's title.
    /// - Returns: The document.
    public static func changeLog(
        _ log: ChangeLog,
        delivery: CouncilDelivery,
        title: String = "Applied change requests"
    )
        -> ReportDocument
    {
        var blocks: [Block] = []
        if log.entries.isEmpty { blocks.append(.paragraph("No approved change request has been applied.")) }
        for (index, entry) in log.entries.enumerated() {
            let name = delivery.projects.first { $0.id == entry.project }?.name ?? entry.project.rawValue
            blocks.append(.heading("\(name): \(entry.kind)", level: 2))
            var decided = "Change request"
            if let body = entry.decidedBy { decided += " approved by \(body)" }
            if let date = entry.decidedOn { decided += " on \(date)" }
            blocks.append(
                .paragraph(decided + ". Moved: " + sentence(entry.summary.isEmpty ? "nothing" : entry.summary))
            )
            let years = Set(entry.before.years + entry.change.years + entry.after.years).sorted()
            var rows: [[ReportCell]] = years.map { year in
                [
                    .text(year.description), .thousands(entry.before[year], blankZero: false),
                    .thousands(entry.change[year], blankZero: false), .thousands(entry.after[year], blankZero: false),
                ]
            }
            rows.append([
                .text("Total"), .thousands(entry.before.total, blankZero: false),
                .thousands(entry.change.total, blankZero: false),
                .thousands(entry.after.total, blankZero: false),
            ])
            blocks.append(
                .table(
                    ReportTable(
                        name: "applied-\(index + 1)",
                        caption: "\(name): savings profile before and after (£000)",
                        columns: [
                            ReportTable.Column("Year"), ReportTable.Column("Before", alignment: .trailing),
                            ReportTable.Column("Change", alignment: .trailing),
                            ReportTable.Column("After", alignment: .trailing),
                        ],
                        rows: rows,
                        totalRows: [rows.count - 1]
                    )
                )
            )
        }
        return ReportDocument(name: "changes-applied", title: title, blocks: blocks)
    }
}
