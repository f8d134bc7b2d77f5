/// The performance dashboard as councils print it: per approach or commitment, "Success means |
/// Measure | Latest | Target | Good is | Previous | National" with a rating and direction of travel, a
/// summary, and exception-first highlights and areas for attention.
///
/// ```swift
/// let dashboard = try PerformanceDashboard(data: data, asOf: try ReportingPeriod("Q2 2018/19"))
/// dashboard.summary.sentence   // "12 of 35 measures rated: 7 green, 1 amber, 4 red."
/// ```
public struct PerformanceDashboard: Sendable, Hashable {
    /// One measure's row.
    public struct Row: Sendable, Hashable {
        /// The measure.
        public var measure: Measure
        /// The "success means" outcome the row sits under in its section, if any.
        public var successMeans: String?
        /// The measure's assessment at its latest reported period.
        public var assessment: Assessment
        /// The measure's reported values up to the dashboard's period, oldest first.
        public var history: [Observation]

        /// Creates a row.
        ///
        /// - Parameters:
        ///   - measure: The measure.
        ///   - successMeans: Its outcome in the section.
        ///   - assessment: Its assessment.
        ///   - history: Its values, oldest first.
        public init(measure: Measure, successMeans: String?, assessment: Assessment, history: [Observation]) {
            self.measure = measure
            self.successMeans = successMeans
            self.assessment = assessment
            self.history = history
        }
    }

    /// A group of rows under an approach or commitment.
    public struct Section: Sendable, Hashable {
        /// The heading, such as `Council plan approach - Spend money wisely`.
        public var title: String
        /// The approach or commitment, or `nil` for measures linked to neither.
        public var element: PlanElement?
        /// The rows, in plan order.
        public var rows: [Row]

        /// Creates a section.
        ///
        /// - Parameters:
        ///   - title: The heading.
        ///   - element: The approach or commitment.
        ///   - rows: The rows.
        public init(title: String, element: PlanElement?, rows: [Row]) {
            self.title = title
            self.element = element
            self.rows = rows
        }
    }

    /// How many measures were rated, and how.
    public struct Summary: Sendable, Hashable {
        /// Measures on the dashboard (each counted once).
        public var measures: Int
        /// Measures rated green, amber or red.
        public var rated: Int
        /// Green ratings.
        public var green: Int
        /// Amber ratings.
        public var amber: Int
        /// Red ratings.
        public var red: Int

        /// Creates a summary.
        ///
        /// - Parameters:
        ///   - measures: Measures on the dashboard.
        ///   - rated: Measures rated.
        ///   - green: Green ratings.
        ///   - amber: Amber ratings.
        ///   - red: Red ratings.
        public init(measures: Int, rated: Int, green: Int, amber: Int, red: Int) {
            self.measures = measures
            self.rated = rated
            self.green = green
            self.amber = amber
            self.red = red
        }

        /// The summary in words: rated of total, then green, amber and red.
        ///
        /// For example `12 of 35 measures rated: 7 green, 1 amber, 4 red.`
        public var sentence: String {
            "\(rated) of \(measures) measures rated: \(green) green, \(amber) amber, \(red) red."
        }
    }

    /// A measure picked for the highlights or areas for attention, with the reason.
    public struct Selection: Sendable, Hashable {
        /// The measure.
        public var measure: Measure.ID
        /// The measure's name.
        public var name: String
        /// Why it was picked, with the figures.
        public var reason: String

        /// Creates a selection.
        ///
        /// - Parameters:
        ///   - measure: The measure.
        ///   - name: Its name.
        ///   - reason: Why it was picked.
        public init(measure: Measure.ID, name: String, reason: String) {
            self.measure = measure
            self.name = name
            self.reason = reason
        }
    }

    /// The council.
    public var council: String
    /// The period the dashboard reports (each measure shows its latest value up to it).
    public var asOf: ReportingPeriod
    /// The sections: approaches, then commitments in number order, then unlinked measures.
    public var sections: [Section]
    /// The rating summary.
    public var summary: Summary
    /// Measures meeting target: improving ones first.
    public var highlights: [Selection]
    /// Measures needing attention: red, then amber, then worsening unrated ones.
    public var areasForAttention: [Selection]

    /// The most measures picked for each of highlights and areas for attention.
    public static let selectionLimit = 6

    /// Builds the dashboard.
    ///
    /// - Parameters:
    ///   - data: The council's data.
    ///   - asOf: The period to report; the latest period with an observation when `nil`.
    /// - Throws: ``EvaluationError`` when a measure's tolerance cannot apply to its target.
    /// - Complexity: O(*m* × *o*) for *m* measures and *o* observations.
    public init(data: PerformanceData, asOf: ReportingPeriod? = nil) throws(EvaluationError) {
        let plan = data.plan
        let period =
            asOf ?? data.observations.map(\.period).max()
            ?? .year(plan.firstYear ?? FinancialYear(uncheckedStartYear: 2000))
        council = data.council
        self.asOf = period
        // Each measure's history and assessment live in a slot: its position in the plan. Measures
        // that share an id share the later one's slot, as they would share an entry keyed by id.
        let slotOfID = Dictionary(
            plan.measures.enumerated().map { ($0.element.id, $0.offset) },
            uniquingKeysWith: { _, later in later }
        )
        let histories = Self.histories(
            of: data.observations,
            upTo: period,
            slotOfID: slotOfID,
            slotCount: plan.measures.count
        )
        var slotAssessments = [Assessment?](repeating: nil, count: plan.measures.count)
        for measure in plan.measures {
            guard let slot = slotOfID[measure.id] else { continue }
            let history = histories[slot]
            let latestPeriod = history.last(where: { $0.value != .missing })?.period ?? period
            // `assess` uses the first observation at the period and the first at its comparison period;
            // hand it just those two rather than the whole history.
            let comparisonPeriod = measure.comparisonPeriod(for: latestPeriod)
            let used = [
                history.firstIndex { $0.period == latestPeriod },
                history.firstIndex { $0.period == comparisonPeriod },
            ]
            slotAssessments[slot] = try data.ratingPolicy.assess(
                measure,
                observations: used.compactMap { $0.map { history[$0] } },
                at: latestPeriod
            )
        }
        func row(_ measure: Measure, in element: PlanElement?) -> Row? {
            guard let slot = slotOfID[measure.id], let assessment = slotAssessments[slot] else { return nil }
            let outcome =
                element.flatMap { element in
                    plan.outcomes.first { $0.element == element && measure.outcomes.contains($0.id) }?.text
                } ?? plan.outcomes.first { measure.outcomes.contains($0.id) }?.text
            return Row(measure: measure, successMeans: outcome, assessment: assessment, history: histories[slot])
        }
        var sections: [Section] = []
        var placed: Set<Measure.ID> = []
        for approach in plan.approaches {
            let measures = plan.measures(for: .approach(approach.id))
            guard !measures.isEmpty else { continue }
            placed.formUnion(measures.map(\.id))
            sections.append(
                Section(
                    title: "Council plan approach - \(approach.title)",
                    element: .approach(approach.id),
                    rows: measures.compactMap { row($0, in: .approach(approach.id)) }
                )
            )
        }
        for commitment in plan.commitments.sorted(by: { $0.number < $1.number }) {
            let measures = plan.measures(for: .commitment(commitment.id))
            guard !measures.isEmpty else { continue }
            placed.formUnion(measures.map(\.id))
            sections.append(
                Section(
                    title: "Commitment \(commitment.number) - \(commitment.title)",
                    element: .commitment(commitment.id),
                    rows: measures.compactMap { row($0, in: .commitment(commitment.id)) }
                )
            )
        }
        let unplaced = placed.isEmpty ? plan.measures : plan.measures.filter { !placed.contains($0.id) }
        if !unplaced.isEmpty {
            sections.append(
                Section(title: "Other measures", element: nil, rows: unplaced.compactMap { row($0, in: nil) })
            )
        }
        self.sections = sections

        // Every measure has a slot, so this is one assessment per measure, in plan order.
        let assessments = plan.measures.compactMap { slotOfID[$0.id].flatMap { slotAssessments[$0] } }
        let statuses = assessments.map(\.rating.status)
        summary = Summary(
            measures: assessments.count,
            rated: statuses.filter { $0 != .notRated }.count,
            green: statuses.filter { $0 == .green }.count,
            amber: statuses.filter { $0 == .amber }.count,
            red: statuses.filter { $0 == .red }.count
        )
        // Rank first, and word the reasons only for the measures picked.
        var attention: [(rank: Int, order: Int)] = []
        var highlights: [(rank: Int, order: Int)] = []
        for (order, assessment) in assessments.enumerated() {
            switch assessment.rating.status {
            case .red: attention.append((0, order))
            case .amber: attention.append((1, order))
            case .green: highlights.append((assessment.directionOfTravel == .improving ? 0 : 1, order))
            case .notRated where assessment.directionOfTravel == .worsening: attention.append((2, order))
            case .notRated: break
            }
        }
        func selections(_ picks: [(rank: Int, order: Int)]) -> [Selection] {
            picks.sorted { ($0.rank, $0.order) < ($1.rank, $1.order) }.prefix(Self.selectionLimit).compactMap { pick in
                let assessment = assessments[pick.order]
                guard let measure = plan.measures.first(where: { $0.id == assessment.measure }) else { return nil }
                let figures = Self.figures(assessment.rating.explanation, unit: measure.unit)
                let travel = Self.travel(assessment, unit: measure.unit)
                let reason =
                    switch assessment.rating.status {
                    case .red: "Red: \(figures)\(travel)"
                    case .amber: "Amber, within tolerance: \(figures)\(travel)"
                    case .green: "Green: \(figures)\(travel)"
                    case .notRated: "Not rated, but worsening\(travel)"
                    }
                return Selection(measure: measure.id, name: measure.name, reason: reason)
            }
        }
        self.highlights = selections(highlights)
        areasForAttention = selections(attention)
    }

    /// Each measure's observations up to `period`, oldest first, by slot (see ``init(data:asOf:)``).
    ///
    /// Observations of measures not in the plan are left out. Each history is allocated once, at its
    /// final size, and sorted only if it is out of order; the sort is stable, as `sorted(by:)` was.
    private static func histories(
        of observations: [Observation],
        upTo period: ReportingPeriod,
        slotOfID: [Measure.ID: Int],
        slotCount: Int
    ) -> [[Observation]] {
        let end = period.endMonthIndex
        var slots = [Int?](repeating: nil, count: observations.count)
        var counts = [Int](repeating: 0, count: slotCount)
        // A measure's observations usually come together, so its id is looked up once per run of them.
        var slotOf = RepeatingLookup(slotOfID)
        for (index, observation) in observations.enumerated() where observation.period.endMonthIndex <= end {
            guard let slot = slotOf(observation.measure) else { continue }
            slots[index] = slot
            counts[slot] += 1
        }
        var histories = counts.map { count in
            var history: [Observation] = []
            history.reserveCapacity(count)
            return history
        }
        for (index, slot) in slots.enumerated() {
            if let slot { histories[slot].append(observations[index]) }
        }
        for slot in histories.indices where !isInPeriodOrder(histories[slot]) {
            histories[slot].sort { $0.period < $1.period }
        }
        return histories
    }

    private static func isInPeriodOrder(_ history: [Observation]) -> Bool {
        history.indices.dropFirst().allSatisfy { !(history[$0].period < history[$0 - 1].period) }
    }

    /// Every row, once per measure, in section order.
    public var uniqueRows: [Row] {
        var seen: Set<Measure.ID> = []
        return sections.flatMap(\.rows).filter { seen.insert($0.measure.id).inserted }
    }

    private static func figures(_ explanation: Rating.Explanation, unit: MeasureUnit) -> String {
        guard let latest = explanation.latest else { return explanation.rule }
        var text = "latest \(display(latest, unit))"
        if let compared = explanation.comparedWith {
            text += " against \(explanation.comparedWithLabel ?? "target") \(display(compared, unit))"
        }
        return text
    }

    private static func travel(_ assessment: Assessment, unit: MeasureUnit) -> String {
        guard let previous = assessment.comparator, let before = previous.value.comparableNumber,
            let now = assessment.latest?.value.comparableNumber,
            assessment.directionOfTravel != .noComparison
        else { return "" }
        return
            "; \(assessment.directionOfTravel.description.lowercased()) since \(previous.period) (\(display(before, unit)) to \(display(now, unit)))"
    }

    static func display(_ value: ExactDecimal, _ unit: MeasureUnit) -> String {
        switch unit {
        case .percentage: return "\(ExactDecimal.groupedDescription(value))%"
        case .currency: return MeasureValue.money(Money(pence: value.units / 10_000)).formatted(unit: .currency)
        case .yesNo: return value == .zero ? "No" : "Yes"
        default: return ExactDecimal.groupedDescription(value)
        }
    }
}
