extension ReportDocument {
    /// A scorecard as a document: its narrative, the status key, then a table per section with a column
    /// per period, the target in force at the last, the status by the council's rule and the comment.
    ///
    /// ```swift
    /// let document = ReportDocument.scorecard(Scorecard(data: data, title: title, periods: periods, sections: sections))
    /// ```
    ///
    /// - Parameter scorecard: The scorecard.
    /// - Returns: The document, named `scorecard`.
    public static func scorecard(_ scorecard: Scorecard) -> ReportDocument {
        let labels = scorecard.labels
        var blocks = narrativeBlocks(scorecard.narrative, level: 2)
        let counts = scorecard.statusCounts.filter { $0.count > 0 }
            .map { "\($0.count) \(badge($0.status, labels: labels).label)" }
        if let asOf = scorecard.asOf, !counts.isEmpty {
            blocks.append(.paragraph("At \(asOf): \(counts.joined(separator: ", "))."))
        }
        blocks.append(
            .note(
                "Status key: \(badge(.green, labels: labels).label): on or above target; "
                    + "\(badge(.amber, labels: labels).label): below target within its tolerance; "
                    + "\(badge(.red, labels: labels).label): below target by more than its tolerance; "
                    + "\(badge(.notRated, labels: labels).label): no reported data or no target."
            )
        )
        let targetTitle = scorecard.asOf.map { "\($0) target" } ?? "Target"
        var columns = [ReportTable.Column("Indicator")]
        columns += scorecard.periods.map { ReportTable.Column($0.description, alignment: .trailing, group: "Actual") }
        columns += [
            ReportTable.Column(targetTitle, alignment: .trailing), ReportTable.Column("Status", alignment: .center),
            ReportTable.Column("Comments"),
        ]
        for (number, section) in scorecard.sections.enumerated() {
            let rows: [[ReportCell]] = section.rows.map { row in
                var cells: [ReportCell] = [.text(row.measure.name)]
                cells += row.values.map { scorecardValueCell($0, unit: row.measure.unit) }
                cells.append(targetCell(row.assessment.target, unit: row.measure.unit))
                cells.append(.status(badge(row.assessment.rating, labels: labels)))
                cells.append(narrativeCell(row.comments))
                return cells
            }
            blocks.append(
                .table(
                    ReportTable(
                        name: "section-\(number + 1)",
                        caption: section.title,
                        columns: columns,
                        rows: rows
                    )
                )
            )
        }
        if !scorecard.missingMeasures.isEmpty {
            blocks.append(
                .note(
                    "Not in the data, so not shown: \(scorecard.missingMeasures.map(\.rawValue).joined(separator: ", "))."
                )
            )
        }
        return ReportDocument(
            name: "scorecard",
            title: scorecard.title,
            subtitle: scorecard.asOf.map { "\(scorecard.council), as at \($0)" } ?? scorecard.council,
            blocks: blocks
        )
    }

    /// A value in its period's column: the figure as printed, or else as the library writes it with any
    /// data-quality mark, without the period.
    static func scorecardValueCell(_ observation: Observation?, unit: MeasureUnit) -> ReportCell {
        guard let observation else { return .text("-") }
        if let printed = printedCell(observation) { return printed }
        var display = observation.value.formatted(unit: unit)
        if let mark = observation.status.mark { display += " \(mark)" }
        guard observation.value.comparableNumber != nil else { return .text(display) }
        return .number(display: display, value: observation.value.dataText)
    }
}
