import Synchronization

extension ReportDocument {
    /// The performance dashboard as a document: a summary, highlights and areas for attention, then a
    /// table per approach or commitment.
    ///
    /// - Parameter dashboard: The dashboard.
    /// - Returns: The document.
    public static func dashboard(_ dashboard: PerformanceDashboard) -> ReportDocument {
        self.dashboard(dashboard, options: DashboardOptions())
    }

    /// What a dashboard document shows beyond its tables.
    public struct DashboardOptions: Sendable, Hashable {
        /// Whether to draw each measure's XmR chart (``PerformanceDashboard/Row/processChart()``) after its
        /// section's table; each measure is drawn once, under the first section that lists it.
        public var processCharts: Bool

        /// Creates options; the default shows the dashboard as councils print it.
        ///
        /// - Parameter processCharts: Whether to draw each measure's XmR chart; `false` by default.
        public init(processCharts: Bool = false) {
            self.processCharts = processCharts
        }
    }

    /// The performance dashboard as a document, with XmR charts on request.
    ///
    /// The note under the tables says where the direction of travel came from
    /// (``PerformanceDashboard/directionOfTravelMethod``). With the default options and two-point
    /// direction of travel, the document is the same as ``dashboard(_:)``'s.
    ///
    /// ```swift
    /// let dashboard = try PerformanceDashboard(data: data, directionOfTravel: .processControl)
    /// let document = ReportDocument.dashboard(dashboard, options: .init(processCharts: true))
    /// ```
    ///
    /// - Parameters:
    ///   - dashboard: The dashboard.
    ///   - options: What to show beyond the tables.
    /// - Returns: The document.
    public static func dashboard(_ dashboard: PerformanceDashboard, options: DashboardOptions) -> ReportDocument {
        var blocks: [Block] = [
            .heading("Summary", level: 2),
            .paragraph(dashboard.summary.sentence),
        ]
        blocks.append(.heading("Highlights", level: 3))
        blocks.append(
            dashboard.highlights.isEmpty
                ? .paragraph("No measure met its target.")
                : .list(dashboard.highlights.map { "\($0.name): \($0.reason)" })
        )
        blocks.append(.heading("Areas for attention", level: 3))
        blocks.append(
            dashboard.areasForAttention.isEmpty
                ? .paragraph("No measure missed its target.")
                : .list(dashboard.areasForAttention.map { "\($0.name): \($0.reason)" })
        )
        let columns = [
            ReportTable.Column("Success means"), ReportTable.Column("Measure"),
            ReportTable.Column("Latest", alignment: .trailing),
            ReportTable.Column("Target", alignment: .trailing), ReportTable.Column("Good is", alignment: .center),
            ReportTable.Column("Previous", alignment: .trailing), ReportTable.Column("National", alignment: .trailing),
            ReportTable.Column("Rating", alignment: .center),
            ReportTable.Column("Direction of travel", alignment: .center),
            ReportTable.Column("Trend"),
        ]
        // Rows are made as a renderer reads them: a large council's dashboard holds its model's rows, not
        // their cells and chart points as well. Period labels are worked out once for every row.
        let periodLabels = SharedPeriodLabels()
        let labels = dashboard.labels
        var charted: Set<Measure.ID> = []
        for (index, section) in dashboard.sections.enumerated() {
            blocks.append(.heading(section.title, level: 2))
            let sectionRows = section.rows
            let rows = ReportRows(count: sectionRows.count) { place in
                periodLabels.withLock { periodLabels in
                    dashboardCells(sectionRows, at: place, labels: labels, periodLabels: &periodLabels)
                }
            }
            blocks.append(
                .table(
                    ReportTable(
                        name: "section-\(index + 1)",
                        caption: "\(section.title): key measures of success",
                        columns: columns,
                        rows: rows,
                        // The measure heads its row, after the outcome it serves.
                        rowHeaderColumn: 1
                    )
                )
            )
            if options.processCharts {
                blocks += processCharts(section, charted: &charted)
            }
        }
        let ownTrendRules = dashboard.sections.contains { $0.rows.contains { $0.measure.trendRule != nil } }
        let travel =
            switch dashboard.directionOfTravelMethod {
            case .twoPoints:
                "Direction of travel compares with the previous period, or the same period last year for cumulative measures"
                    + (ownTrendRules ? ", unless a measure states its own trend rule." : ".")
            case .processControl:
                "Direction of travel is read from each measure's XmR chart (NHS Making Data Count): improving or worsening only when the latest point is special cause; no change when it is within common-cause variation."
            }
        blocks.append(
            .note(
                "Ratings compare the latest value, unrounded, with the target in force for its period; amber is a miss within tolerance. \(travel)"
            )
        )
        return ReportDocument(
            name: "dashboard",
            title: "Performance dashboard",
            subtitle: "\(dashboard.council), as at \(dashboard.asOf)",
            blocks: blocks
        )
    }

    /// The Project Status Report as a document: headline, then per portfolio the project table with its
    /// Totals row and the exception details, then the status key.
    ///
    /// - Parameters:
    ///   - report: The report.
    ///   - council: The council's name.
    /// - Returns: The document.
    public static func savings(_ report: ProjectStatusReport, council: String) -> ReportDocument {
        var blocks: [Block] = [.heading("Overall savings position", level: 2), .list(report.headlineSentences)]
        let years = report.years
        var columns = [
            ReportTable.Column("Project"), ReportTable.Column("Status last month", alignment: .center),
            ReportTable.Column("Status this month", alignment: .center),
        ]
        let cashable = "Cashable benefits (£000)"
        let atRiskGroup = "At risk or slipping (+), over-achieved (−) (£000)"
        columns += years.map { ReportTable.Column($0.description, alignment: .trailing, group: cashable) }
        columns.append(ReportTable.Column("Total", alignment: .trailing, group: cashable))
        columns += years.map { ReportTable.Column($0.description, alignment: .trailing, group: atRiskGroup) }
        columns += [
            ReportTable.Column("Total", alignment: .trailing, group: atRiskGroup),
            ReportTable.Column("Delivered another way (£000)", alignment: .trailing),
            ReportTable.Column("Net at risk (£000)", alignment: .trailing),
        ]
        for (index, section) in report.sections.enumerated() {
            blocks.append(.heading("\(section.portfolio.name) portfolio", level: 2))
            var rows: [[ReportCell]] = section.rows.map { row in
                var cells: [ReportCell] = [
                    .text(row.title),
                    row.statusLastMonth.map { .status(badge($0)) } ?? .empty,
                    row.statusThisMonth.map { .status(badge($0)) } ?? .empty,
                ]
                cells += years.map { .thousands(row.cashable[$0]) }
                cells.append(.thousands(row.cashable.total(over: years)))
                cells += years.map { .thousands(row.atRisk[$0]) }
                cells += [
                    .thousands(row.atRisk.total(over: years)), .thousands(row.alternativeDelivery),
                    .thousands(row.netAtRisk(over: years)),
                ]
                return cells
            }
            let totals = section.totals
            var totalRow: [ReportCell] = [.text("\(section.portfolio.name) Totals"), .empty, .empty]
            totalRow += years.map { .thousands(totals.cashable[$0]) }
            totalRow.append(.thousands(totals.cashable.total(over: years)))
            totalRow += years.map { .thousands(totals.atRisk[$0]) }
            let atRisk = totals.atRisk.total(over: years)
            totalRow += [
                .thousands(atRisk), .thousands(totals.alternativeDelivery),
                .thousands(totals.netAtRisk(over: years)),
            ]
            rows.append(totalRow)
            let notes = roundingNote(
                section.rows.map { $0.cashable.total(over: years) },
                total: totals.cashable.total(over: years)
            )
            blocks.append(
                .table(
                    ReportTable(
                        name: "portfolio-\(index + 1)",
                        caption: "\(section.portfolio.name): savings projects as at \(report.month) (£000)",
                        columns: columns,
                        rows: rows,
                        totalRows: [rows.count - 1],
                        notes: notes
                    )
                )
            )
            if !section.exceptions.isEmpty {
                blocks.append(.heading("Exception details", level: 3))
                blocks.append(
                    .list(
                        section.exceptions.map {
                            "\($0.title) (\($0.status)): \($0.details.isEmpty ? "no details given" : $0.details)"
                        }
                    )
                )
            }
        }
        blocks.append(.heading("Status key", level: 2))
        blocks.append(
            .table(
                ReportTable(
                    name: "status-key",
                    caption: "Status key",
                    columns: [ReportTable.Column("Status", alignment: .center), ReportTable.Column("Meaning")],
                    rows: report.statusKey.map { [.status(badge($0)), .text($0.definition)] }
                )
            )
        )
        return ReportDocument(
            name: "savings",
            title: "Project Status Report",
            subtitle: "\(council), as at \(report.month)",
            blocks: blocks
        )
    }

    /// The XmR charts of a section's measures not charted before, under a heading.
    static func processCharts(_ section: PerformanceDashboard.Section, charted: inout Set<Measure.ID>) -> [Block] {
        var figures: [Block] = []
        for row in section.rows where charted.insert(row.measure.id).inserted {
            guard let chart = row.processChart() else { continue }
            let decimals =
                row.history.compactMap { observation -> Int? in
                    guard let text = observation.value.comparableNumber?.description else { return nil }
                    return text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
                }.max() ?? 0
            figures.append(
                .processChart(
                    ProcessChartFigure(
                        title: row.measure.name,
                        chart: chart,
                        group: nil,
                        valueDecimals: min(max(decimals, 1), 3),
                        periodLabel: \.description
                    )
                )
            )
        }
        guard !figures.isEmpty else { return [] }
        return [.heading("\(section.title): process charts", level: 3)] + figures
    }

    /// A value as the paper printed it, with its period and mark as printed: the display is the printed
    /// text, and the plain value the number that is rated; `nil` when nothing different was printed.
    static func printedCell(_ observation: Observation) -> ReportCell? {
        guard let printed = observation.printed else { return nil }
        guard observation.value.comparableNumber != nil else { return .text(printed) }
        return .number(display: printed, value: observation.value.dataText)
    }

    /// Text ending in one full stop: a stop is added unless the text already ends a sentence, so quoted
    /// text ending in `.` or `.)` is never followed by a second.
    static func sentence(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace()
        let ends = [".", "!", "?", ".)", ".\"", ".”"]
        return ends.contains(where: { trimmed.hasSuffix($0) }) ? trimmed : trimmed + "."
    }

    // MARK: - Cells

    /// A rating's badge in the council's words; an overridden rating says so, with the rule's own rating.
    static func badge(_ rating: Rating, labels: RatingLabels = .standard) -> StatusBadge {
        var badge = badge(rating.status, labels: labels)
        if let override = rating.override {
            badge.label += " (overridden; rule: \(labels.word(for: override.ruleStatus.rawValue)))"
        }
        return badge
    }

    /// A rating status's badge in the council's words: the one place a status gets its word, shape and tone.
    package static func badge(_ status: Rating.Status, labels: RatingLabels = .standard) -> StatusBadge {
        // The library's words are the statuses' own descriptions; a council's are looked up.
        let word = labels.isStandard ? status.description : labels.word(for: status.rawValue)
        return switch status {
        case .green: StatusBadge(label: word, code: "green", tone: .good, symbol: "●")
        case .amber: StatusBadge(label: word, code: "amber", tone: .caution, symbol: "▲")
        case .red: StatusBadge(label: word, code: "red", tone: .bad, symbol: "■")
        case .blue: StatusBadge(label: word, code: "blue", tone: .good, symbol: "★")
        case .notRated: StatusBadge(label: word, code: "not-rated", tone: .neutral, symbol: "○")
        }
    }

    /// A direction of travel's badge in the council's words.
    static func badge(_ travel: DirectionOfTravel, labels: RatingLabels = .standard) -> StatusBadge {
        let word = labels.isStandard ? travel.description : labels.word(for: RatingCheck.key(of: travel))
        return switch travel {
        case .improving: StatusBadge(label: word, code: "improving", tone: .good, symbol: "↑")
        case .worsening: StatusBadge(label: word, code: "worsening", tone: .bad, symbol: "↓")
        case .noChange: StatusBadge(label: word, code: "no-change", tone: .neutral, symbol: "→")
        case .increasing: StatusBadge(label: word, code: "increasing", tone: .neutral, symbol: "↗")
        case .decreasing: StatusBadge(label: word, code: "decreasing", tone: .neutral, symbol: "↘")
        case .noComparison: StatusBadge(label: word, code: "no-comparison", tone: .neutral, symbol: "–")
        }
    }

    static func badge(_ status: DeliveryStatus) -> StatusBadge {
        let tone: StatusBadge.Tone
        let symbol: String
        switch status {
        case .onTarget: (tone, symbol) = (.good, "●")
        case .experiencingObstacles: (tone, symbol) = (.caution, "◆")
        case .atRisk: (tone, symbol) = (.caution, "▲")
        case .compromised: (tone, symbol) = (.bad, "■")
        case .closed: (tone, symbol) = (.neutral, "✓")
        default: (tone, symbol) = (.neutral, "○")
        }
        return StatusBadge(label: status.name, code: status.code, tone: tone, symbol: symbol)
    }

    static func valueCell(
        _ observation: Observation?,
        unit: MeasureUnit,
        periodLabels: inout PeriodLabels
    ) -> ReportCell {
        guard let observation else { return .text("-") }
        if let printed = printedCell(observation) { return printed }
        var display = observation.value.formatted(unit: unit)
        // A provisional, estimated or placeholder value says so in words, not by style alone.
        if let mark = observation.status.mark { display += " \(mark)" }
        if case .narrative = observation.value { return .text(display) }
        if observation.value.comparableNumber == nil { return .text(display) }
        display += " (\(periodLabels[observation.period]))"
        return .number(display: display, value: observation.value.dataText)
    }

    static func nationalCell(_ value: MeasureValue?, unit: MeasureUnit) -> ReportCell {
        guard let value else { return .text("n/a") }
        if value.comparableNumber == nil { return .text(value.formatted(unit: unit)) }
        return .number(display: value.formatted(unit: unit), value: value.dataText)
    }

    static func targetCell(_ target: Target, unit: MeasureUnit) -> ReportCell {
        switch target {
        case .value(let value): .number(display: value.formatted(unit: unit), value: value.description)
        case .betterThanStated(let value, let period):
            .text("Better than \(period.map { "\($0) " } ?? "")(\(value.formatted(unit: unit)))")
        default: .text(target.description)
        }
    }

    static func chartCell(_ row: PerformanceDashboard.Row, periodLabels: inout PeriodLabels) -> ReportCell {
        var points: [(label: String, value: ExactDecimal)] = []
        points.reserveCapacity(row.history.count)
        // Placeholders and values not due are printed, never charted.
        for observation in row.history where observation.isRateable {
            if let value = observation.value.comparableNumber {
                points.append((label: periodLabels[observation.period], value: value))
            }
        }
        guard !points.isEmpty else { return .empty }
        var target: ExactDecimal? = nil
        if case .value(let value) = row.assessment.target { target = value }
        return .chart(MeasureChart(history: points, target: target, higherIsBetter: row.measure.direction != .lower))
    }

    /// Period labels worked out once per document: a dashboard's charts label tens of thousands of
    /// points with a few dozen distinct periods.
    ///
    /// Histories run in period order, so the label wanted is usually the one after the last one
    /// given; that is checked first, before hashing the period.
    struct PeriodLabels {
        private var periods: [ReportingPeriod] = []
        private var labels: [String] = []
        private var indexOf: [ReportingPeriod: Int] = [:]
        private var next = 0

        /// The period's ``ReportingPeriod/description``.
        subscript(period: ReportingPeriod) -> String {
            mutating get {
                let index: Int
                if next < periods.count, periods[next] == period {
                    index = next
                } else if let known = indexOf[period] {
                    index = known
                } else {
                    index = periods.count
                    periods.append(period)
                    labels.append(period.description)
                    indexOf[period] = index
                }
                next = index + 1
                return labels[index]
            }
        }
    }

    /// The cells of a dashboard section's row: its outcome (left blank under a row of the same outcome),
    /// measure, figures, badges and trend.
    static func dashboardCells(
        _ rows: PerformanceDashboard.Rows,
        at place: Int,
        labels: RatingLabels,
        periodLabels: inout PeriodLabels
    ) -> [ReportCell] {
        let row = rows[place]
        let assessment = row.assessment
        let unit = row.measure.unit
        let previousOutcome = place > 0 ? rows[place - 1].successMeans : nil
        return [
            .text(row.successMeans == previousOutcome ? "" : (row.successMeans ?? "")),
            .text(row.measure.name),
            valueCell(assessment.latest, unit: unit, periodLabels: &periodLabels),
            targetCell(assessment.target, unit: unit),
            .text(row.measure.direction.description),
            valueCell(assessment.comparator, unit: unit, periodLabels: &periodLabels),
            nationalCell(assessment.latest?.national, unit: unit),
            .status(badge(assessment.rating, labels: labels)),
            .status(badge(assessment.directionOfTravel, labels: labels)),
            chartCell(row, periodLabels: &periodLabels),
        ]
    }

    /// Period labels that every row of a document's tables shares, whichever row is made first.
    final class SharedPeriodLabels: Sendable {
        private let labels = Mutex(PeriodLabels())

        /// Runs `body` with the labels.
        func withLock<Result>(_ body: (inout PeriodLabels) -> Result) -> Result {
            labels.withLock { body(&$0) }
        }
    }

    /// The note a £000 table needs when its rounded rows do not add up to its rounded total.
    static func roundingNote(_ amounts: [Money], total: Money) -> [String] {
        let roundedSum = amounts.map(\.roundedThousands).reduce(0, +)
        return roundedSum == total.roundedThousands ? [] : ["Figures may not sum due to rounding."]
    }
}

extension ReportDocument {
    /// The consistency audit as a document: the summary, the findings first, then every check.
    ///
    /// - Parameter audit: The audit.
    /// - Returns: The document.
    public static func audit(_ audit: ConsistencyAudit) -> ReportDocument {
        let columns = [
            ReportTable.Column("Where printed"), ReportTable.Column("Figure"),
            ReportTable.Column("Printed", alignment: .trailing),
            ReportTable.Column("Recomputed", alignment: .trailing),
            ReportTable.Column("Difference", alignment: .trailing),
            ReportTable.Column("Verdict", alignment: .center), ReportTable.Column("How recomputed"),
        ]
        func rows(_ checks: [ConsistencyAudit.Check]) -> [[ReportCell]] {
            checks.map { check in
                guard check.unit == .money else {
                    let difference = check.numberDifference ?? .zero
                    let printed = check.comparedWith.map { "\(check.printedText), against \($0)" } ?? check.printedText
                    return [
                        .text(check.source.description), .text(check.subject), .text(printed),
                        .number(display: check.recomputedText, value: check.recomputedNumber?.description ?? ""),
                        difference == .zero
                            ? .empty
                            : .number(display: check.differenceText, value: difference.description),
                        .status(badge(check.verdict)), .text(check.explanation),
                    ]
                }
                return [
                    .text(check.source.description), .text(check.subject), .text(check.printedText),
                    .number(
                        display: check.recomputed.formatted(.pounds(decimalPlaces: 0)),
                        value: check.recomputed.description
                    ),
                    check.difference == .zero
                        ? .empty
                        : .number(
                            display: check.difference.formatted(.pounds(decimalPlaces: 0)),
                            value: check.difference.description
                        ),
                    .status(badge(check.verdict)), .text(check.explanation),
                ]
            }
        }
        var blocks: [Block] = [.heading("Summary", level: 2), .paragraph(audit.summary)]
        blocks.append(
            .paragraph(
                "Each printed total and derived figure is recomputed from the transcribed rows. Held: equal, or equal at the printed precision. Rounding difference: off by no more than the rounding of the figures summed. Held on another reading: holds only if earlier years are folded into the first. Mismatch: a real difference. A finding is not an error in this report: it is the published record not adding up."
            )
        )
        let findings = audit.findings
        blocks.append(.heading("Findings", level: 2))
        if findings.isEmpty {
            blocks.append(.paragraph("Every printed figure held."))
        } else {
            blocks.append(
                .table(
                    ReportTable(
                        name: "findings",
                        caption: "Figures that do not hold as printed",
                        columns: columns,
                        rows: rows(findings)
                    )
                )
            )
        }
        blocks.append(.heading("Every check", level: 2))
        blocks.append(
            .table(
                ReportTable(
                    name: "checks",
                    caption: "Every printed figure held against the recomputed one",
                    columns: columns,
                    rows: rows(audit.checks)
                )
            )
        )
        if !audit.ratingChecks.isEmpty {
            blocks += ratingCheckBlocks(audit)
        }

        return ReportDocument(name: "audit", title: "Consistency audit", subtitle: audit.council, blocks: blocks)
    }

    /// The published ratings and trends held against the rule: the disagreements, then every check.
    private static func ratingCheckBlocks(_ audit: ConsistencyAudit) -> [Block] {
        let columns = [
            ReportTable.Column("Where printed"), ReportTable.Column("Measure"), ReportTable.Column("Period"),
            ReportTable.Column("Value", alignment: .trailing), ReportTable.Column("Target", alignment: .trailing),
            ReportTable.Column("Tolerance", alignment: .trailing), ReportTable.Column("Printed"),
            ReportTable.Column("Rule gives"), ReportTable.Column("Verdict", alignment: .center),
            ReportTable.Column("Why"),
        ]
        func rows(_ checks: [RatingCheck]) -> [[ReportCell]] {
            checks.map { check in
                [
                    .text(check.source?.description ?? ""), .text(check.measureName), .text(check.period.description),
                    .text(check.value), .text(check.target), .text(check.tolerance),
                    .text(check.kind == .rating ? "Rating \(check.printed)" : "Trend \(check.printed)"),
                    .text(check.rule),
                    .status(
                        check.agrees
                            ? StatusBadge(label: "Agrees", code: "agrees", tone: .good, symbol: "✓")
                            : StatusBadge(label: "Disagrees", code: "disagrees", tone: .bad, symbol: "✗")
                    ),
                    .text(check.explanation),
                ]
            }
        }
        var blocks: [Block] = [.heading("Published ratings against the rule", level: 2)]
        let findings = audit.ratingFindings
        blocks.append(
            findings.isEmpty
                ? .paragraph("Every printed rating and trend agrees with the council's rule.")
                : .table(
                    ReportTable(
                        name: "rating-findings",
                        caption: "Printed ratings and trends that the council's rule does not give",
                        columns: columns,
                        rows: rows(findings)
                    )
                )
        )
        blocks.append(
            .table(
                ReportTable(
                    name: "rating-checks",
                    caption: "Every printed rating and trend held against the rule",
                    columns: columns,
                    rows: rows(audit.ratingChecks)
                )
            )
        )
        return blocks
    }

    static func badge(_ verdict: ConsistencyAudit.Verdict) -> StatusBadge {
        switch verdict {
        case .held: StatusBadge(label: "Held", code: "held", tone: .good, symbol: "✓")
        case .heldAtPrintedPrecision:
            StatusBadge(label: "Held (rounded)", code: "held-at-printed-precision", tone: .good, symbol: "✓")
        case .roundingDifference:
            StatusBadge(label: "Rounding difference", code: "rounding-difference", tone: .caution, symbol: "≈")
        case .heldOnAnotherReading:
            StatusBadge(label: "Held on another reading", code: "held-on-another-reading", tone: .caution, symbol: "↔")
        case .mismatch: StatusBadge(label: "Mismatch", code: "mismatch", tone: .bad, symbol: "✗")
        }
    }
}
