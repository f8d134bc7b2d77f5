extension ReportDocument {
    /// A review of progress against the Council Plan, in the plan's shape.
    ///
    /// Each ambition, its commitments with their narrative (summaries, highlights), what success means,
    /// the key measures and the key activities with their progress; then the cross-cutting approaches the
    /// same way. As a council's Council Plan review of progress prints it (`shared/seeds/001`, item 8).
    ///
    /// - Parameters:
    ///   - dashboard: The dashboard whose rows the measure tables show.
    ///   - data: The council's data, for the plan, activities and narrative.
    ///   - report: The name narrative must be written for (or for any report) to be shown.
    ///   - title: The title.
    ///   - ambitionLabel: The word before an ambition's number in its heading: `Ambition`, or `Priority`.
    ///   - commitmentLabel: The word before a commitment's number in its heading (`Commitment 6: People
    ///     are healthier`), or `nil` for the title alone, for a plan whose commitments carry their own
    ///     names (`Outcome 1.1`).
    ///   - includeUnlinked: Whether measures linked to no commitment or approach follow, as `Other measures`.
    /// - Returns: The document, named `council-plan-review`. An ambition's own narrative (summaries,
    ///   challenges) follows its commitments, as a paper closes each priority's page with them.
    public static func planReview(
        _ dashboard: PerformanceDashboard,
        data: PerformanceData,
        report: String? = nil,
        title: String = "Council Plan: review of progress",
        ambitionLabel: String = "Ambition",
        commitmentLabel: String? = "Commitment",
        includeUnlinked: Bool = true
    ) -> ReportDocument {
        let plan = data.plan
        let period = dashboard.asOf
        var blocks: [Block] = [.paragraph(dashboard.summary.sentence)]
        blocks += narrativeBlocks(data.narratives.about(.report, report: report, period: period), level: 2)
        var tableNumber = 0
        func element(_ element: PlanElement, heading: String, subject: NarrativeSubject) {
            blocks.append(.heading(heading, level: 3))
            blocks += narrativeBlocks(data.narratives.about(subject, report: report, period: period), level: 4)
            let outcomes = plan.outcomes(for: element)
            if !outcomes.isEmpty {
                blocks.append(.heading("Success means", level: 4))
                blocks.append(.list(outcomes.map(\.text)))
            }
            if let section = dashboard.sections.first(where: { $0.element == element }), !section.rows.isEmpty {
                tableNumber += 1
                blocks.append(
                    .table(
                        measureTable(
                            section.rows,
                            name: "measures-\(tableNumber)",
                            caption: "\(heading): key measures of success",
                            labels: dashboard.labels
                        )
                    )
                )
            }
            let activities = plan.strategies.flatMap(\.activities).filter { $0.contributesTo.contains(element) }
            if !activities.isEmpty {
                tableNumber += 1
                blocks.append(
                    .table(
                        activityTable(
                            activities,
                            name: "activities-\(tableNumber)",
                            caption: "\(heading): key activities"
                        )
                    )
                )
            }
        }
        for ambition in plan.ambitions {
            let number = ambition.number.map { "\(ambitionLabel) \($0): " } ?? ""
            blocks.append(.heading("\(number)\(ambition.title)", level: 2))
            for commitment in plan.commitments(for: ambition.id) {
                element(
                    .commitment(commitment.id),
                    heading: commitmentLabel.map { "\($0) \(commitment.number): \(commitment.title)" }
                        ?? commitment.title,
                    subject: .commitment(commitment.id)
                )
            }
            blocks += narrativeBlocks(data.narratives.about(.ambition(ambition.id), report: report, period: period))
        }
        if !plan.approaches.isEmpty {
            blocks.append(.heading("Council Plan approaches", level: 2))
            for approach in plan.approaches {
                element(.approach(approach.id), heading: approach.title, subject: .approach(approach.id))
            }
        }
        if includeUnlinked, let unlinked = dashboard.sections.first(where: { $0.element == nil }),
            !unlinked.rows.isEmpty
        {
            blocks.append(.heading(unlinked.title, level: 2))
            blocks.append(
                .table(
                    measureTable(
                        unlinked.rows,
                        name: "measures-other",
                        caption: "\(unlinked.title): key measures of success",
                        labels: dashboard.labels
                    )
                )
            )
        }
        blocks.append(ratingNote)
        return ReportDocument(
            name: "council-plan-review",
            title: title,
            subtitle: "\(data.council), as at \(period)",
            blocks: blocks
        )
    }

    /// A review led by its narrative, as a departmental strategy's six-month review prints it
    /// (`shared/seeds/001`, item 7): the report's own narrative, then each highlight and area for
    /// attention in the order given, under its commitment or approach, with the measures printed beside
    /// it (``Narrative/measures``).
    ///
    /// - Parameters:
    ///   - dashboard: The dashboard whose rows the measure tables show.
    ///   - data: The council's data, for the plan and narrative.
    ///   - report: The name narrative must be written for (or for any report) to be shown.
    ///   - title: The title.
    /// - Returns: The document, named `review`.
    public static func narrativeReview(
        _ dashboard: PerformanceDashboard,
        data: PerformanceData,
        report: String,
        title: String
    ) -> ReportDocument {
        let plan = data.plan
        let period = dashboard.asOf
        let pieces = data.narratives.filter { $0.belongs(toReport: report, period: period) && $0.report == report }
        var blocks = narrativeBlocks(pieces.filter { $0.subject == .report }, level: 2, kindHeadings: false)
        let rowsByMeasure = Dictionary(
            dashboard.sections.flatMap(\.rows).map { ($0.measure.id, $0) },
            uniquingKeysWith: { first, _ in first }
        )
        var kind: NarrativeKind?
        for (number, piece) in pieces.filter({ $0.subject != .report }).enumerated() {
            if piece.kind != kind {
                blocks.append(.heading(piece.kind.heading, level: 2))
                kind = piece.kind
            }
            let (heading, lead, _) = Self.subjectParts(piece.subject, plan: plan)
            blocks.append(.heading(piece.title ?? heading, level: 3))
            blocks.append(.paragraph(lead.map { "\($0): \(piece.text)" } ?? piece.text))
            let rows = piece.measures.compactMap { rowsByMeasure[$0] }
            if !rows.isEmpty {
                blocks.append(
                    .table(
                        measureTable(
                            rows,
                            name: "measures-\(number + 1)",
                            caption: "\(lead ?? heading): key measures of success",
                            labels: dashboard.labels
                        )
                    )
                )
            }
        }
        blocks.append(ratingNote)
        return ReportDocument(
            name: "review",
            title: title,
            subtitle: "\(data.council), as at \(period)",
            blocks: blocks
        )
    }

    /// A departmental strategy's activities and their progress, a table per commitment or approach they
    /// contribute to, in the strategy's order (`shared/seeds/002`, the progress table).
    ///
    /// - Parameters:
    ///   - strategy: The strategy.
    ///   - plan: The plan, for the elements' titles.
    /// - Returns: The blocks: a heading, then a table per element.
    public static func activityProgressBlocks(_ strategy: DepartmentalStrategy, plan: CouncilPlan) -> [Block] {
        var blocks: [Block] = [.heading("\(strategy.title): progress", level: 2)]
        var elements: [PlanElement?] = []
        for activity in strategy.activities where !elements.contains(activity.contributesTo.first) {
            elements.append(activity.contributesTo.first)
        }
        for (number, element) in elements.enumerated() {
            let activities = strategy.activities.filter { $0.contributesTo.first == element }
            let heading = element.map { subjectParts(NarrativeSubject($0), plan: plan).heading } ?? "Other activities"
            blocks.append(
                .table(activityTable(activities, name: "progress-\(number + 1)", caption: "\(heading): progress"))
            )
        }
        return blocks
    }

    /// The note on how ratings are made, shared by the reviews.
    private static let ratingNote = Block.note(
        "Ratings compare the latest value, unrounded, with the target in force for its period; amber is a miss within tolerance."
    )

    /// A table of measures as the papers print them: success means, measure, latest, target, good is,
    /// previous, national, and the rating; a column no row fills is left out.
    static func measureTable(
        _ rows: some Collection<PerformanceDashboard.Row>,
        name: String,
        caption: String,
        labels: RatingLabels
    ) -> ReportTable {
        // A column no row fills is left out, as a paper prints only the columns it has: "Success means"
        // when no measure is linked to an outcome, "Previous" and "National" when none was reported.
        let linked = rows.contains { $0.successMeans != nil }
        let previous = rows.contains { $0.assessment.comparator != nil }
        let national = rows.contains { $0.assessment.latest?.national != nil }
        var columns = linked ? [ReportTable.Column("Success means")] : []
        columns += [
            ReportTable.Column("Measure"), ReportTable.Column("Latest", alignment: .trailing),
            ReportTable.Column("Target", alignment: .trailing), ReportTable.Column("Good is", alignment: .center),
        ]
        if previous { columns.append(ReportTable.Column("Previous", alignment: .trailing)) }
        if national { columns.append(ReportTable.Column("National", alignment: .trailing)) }
        columns.append(ReportTable.Column("Rating", alignment: .center))
        var lastOutcome: String?
        var periodLabels = PeriodLabels()
        let cells = rows.map { row -> [ReportCell] in
            let assessment = row.assessment
            let unit = row.measure.unit
            let outcome = row.successMeans == lastOutcome ? "" : (row.successMeans ?? "")
            lastOutcome = row.successMeans
            var cells: [ReportCell] = linked ? [.text(outcome)] : []
            cells += [
                .text(row.measure.name), valueCell(assessment.latest, unit: unit, periodLabels: &periodLabels),
                targetCell(assessment.target, unit: unit), .text(row.measure.direction.description),
            ]
            if previous { cells.append(valueCell(assessment.comparator, unit: unit, periodLabels: &periodLabels)) }
            if national { cells.append(nationalCell(assessment.latest?.national, unit: unit)) }
            cells.append(.status(badge(assessment.rating, labels: labels)))
            return cells
        }
        // The measure heads its row, after the outcome it serves when there is one.
        return ReportTable(name: name, caption: caption, columns: columns, rows: cells, rowHeaderColumn: linked ? 1 : 0)
    }

    /// A table of activities: what the department will do, its key measures, and its progress.
    static func activityTable(
        _ activities: [DepartmentalStrategy.Activity],
        name: String,
        caption: String
    ) -> ReportTable {
        ReportTable(
            name: name,
            caption: caption,
            columns: [ReportTable.Column("Activity"), ReportTable.Column("Progress")],
            rows: activities.map {
                [.text($0.description), $0.progress.map(ReportCell.text) ?? .text("No progress reported.")]
            }
        )
    }

    /// A subject's heading (its commitment or approach), the lead-in for its text (an outcome's words),
    /// and the measures that go with it.
    static func subjectParts(
        _ subject: NarrativeSubject,
        plan: CouncilPlan
    ) -> (heading: String, lead: String?, measures: [Measure]) {
        func title(_ element: PlanElement) -> String {
            switch element {
            case .commitment(let id):
                plan.commitments.first { $0.id == id }.map { "Commitment \($0.number): \($0.title)" } ?? id.rawValue
            case .approach(let id):
                plan.approaches.first { $0.id == id }.map { "Council Plan approach: \($0.title)" } ?? id.rawValue
            }
        }
        switch subject {
        case .outcome(let id):
            guard let outcome = plan.outcomes.first(where: { $0.id == id }) else { return (id.rawValue, nil, []) }
            return (title(outcome.element), outcome.text, plan.measures(for: id))
        case .commitment(let id):
            return (title(.commitment(id)), nil, plan.measures(for: id))
        case .approach(let id):
            return (title(.approach(id)), nil, plan.measures(for: id))
        case .measure(let id):
            return (plan.measure(id)?.name ?? id.rawValue, nil, plan.measure(id).map { [$0] } ?? [])
        case .ambition(let id):
            return (plan.ambitions.first { $0.id == id }?.title ?? id.rawValue, nil, [])
        default:
            return (subject.description, nil, [])
        }
    }
}
