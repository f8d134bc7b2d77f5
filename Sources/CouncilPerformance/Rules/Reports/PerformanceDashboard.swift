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

        /// Counts assessments by status.
        ///
        /// - Parameter assessments: One assessment per measure.
        public init(_ assessments: [Assessment]) {
            let statuses = assessments.map(\.rating.status)
            self.init(
                measures: assessments.count,
                rated: statuses.filter { $0 != .notRated }.count,
                green: statuses.filter { $0 == .green }.count,
                amber: statuses.filter { $0 == .amber }.count,
                red: statuses.filter { $0 == .red }.count
            )
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
    /// Where the rows' direction of travel came from: two points (the default) or each measure's XmR chart.
    public var directionOfTravelMethod: DirectionOfTravel.Method

    /// The most measures picked for each of highlights and areas for attention.
    public static let selectionLimit = 6

    /// Builds the dashboard.
    ///
    /// - Parameters:
    ///   - data: The council's data.
    ///   - asOf: The period to report; the latest period with an observation when `nil`.
    ///   - directionOfTravel: Where each row's direction of travel comes from: the latest value against
    ///     its comparison value (``DirectionOfTravel/Method/twoPoints``, the default), or the last point of
    ///     the measure's XmR chart (``DirectionOfTravel/Method/processControl``, see
    ///     ``PerformanceDashboard/Row/processChart()`` and ``DirectionOfTravel/init(lastPointOf:group:)``).
    /// - Throws: ``EvaluationError`` when a measure's tolerance cannot apply to its target.
    /// - Complexity: O(*m* log *k* + *h*) for *m* measures of at most *k* observations each and *h*
    ///   observations shown, with ``PerformanceData/observationIndex`` built.
    public init(
        data: PerformanceData,
        asOf: ReportingPeriod? = nil,
        directionOfTravel: DirectionOfTravel.Method = .twoPoints
    ) throws(EvaluationError) {
        let period =
            asOf ?? data.observations.map(\.period).max()
            ?? .year(data.plan.firstYear ?? FinancialYear(uncheckedStartYear: 2000))
        council = data.council
        self.asOf = period
        directionOfTravelMethod = directionOfTravel
        var rows = try Self.rows(data, upTo: period)
        if directionOfTravel == .processControl {
            for (id, row) in rows {
                rows[id]?.assessment.directionOfTravel =
                    row.processChart().map { DirectionOfTravel(lastPointOf: $0) } ?? .noComparison
            }
        }
        sections = Self.sections(data.plan, rows: rows)
        // One assessment per measure, in plan order.
        let assessments = data.plan.measures.compactMap { rows[$0.id]?.assessment }
        summary = Summary(assessments)
        highlights = Self.selections(
            assessments.enumerated().compactMap { order, assessment in
                guard assessment.rating.status == .green else { return nil }
                return (assessment.directionOfTravel == .improving ? 0 : 1, order)
            },
            of: assessments,
            in: data.plan,
            method: directionOfTravel
        )
        areasForAttention = Self.selections(
            assessments.enumerated().compactMap { order, assessment in
                switch assessment.rating.status {
                case .red: (0, order)
                case .amber: (1, order)
                case .notRated where assessment.directionOfTravel == .worsening: (2, order)
                case .green, .notRated: nil
                }
            },
            of: assessments,
            in: data.plan,
            method: directionOfTravel
        )
    }

    /// Each measure's row, without its section's outcome.
    ///
    /// A row holds the measure's assessment at its latest reported period up to `period`, and its
    /// history. Measures that share an id share the later one's row.
    private static func rows(
        _ data: PerformanceData,
        upTo period: ReportingPeriod
    ) throws(EvaluationError)
        -> [Measure.ID: Row]
    {
        let index = data.observationIndex
        var rows: [Measure.ID: Row] = [:]
        rows.reserveCapacity(data.plan.measures.count)
        for measure in data.plan.measures {
            let positions = index.observations(of: measure.id)
            let shown = index.observations(among: positions, endingBy: period)
            let latestPeriod =
                shown.last { data.observations[$0].value != .missing }.map { data.observations[$0].period } ?? period
            // `assess` uses the first observation at the period and the first at its comparison period;
            // hand it just those two rather than the whole history.
            let used = [latestPeriod, measure.comparisonPeriod(for: latestPeriod)].compactMap {
                index.observation(among: shown, at: $0).map { data.observations[$0] }
            }
            let assessment = try data.ratingPolicy.assess(measure, observations: used, at: latestPeriod)
            rows[measure.id] = Row(
                measure: measure,
                successMeans: nil,
                assessment: assessment,
                history: shown.map { data.observations[$0] }
            )
        }
        return rows
    }

    /// The sections: approaches, then commitments in number order, then measures linked to neither.
    private static func sections(_ plan: CouncilPlan, rows: [Measure.ID: Row]) -> [Section] {
        func section(_ title: String, _ element: PlanElement?, _ measures: [Measure]) -> Section {
            Section(
                title: title,
                element: element,
                rows: measures.compactMap { measure in
                    guard var row = rows[measure.id] else { return nil }
                    row.measure = measure
                    row.successMeans = plan.successMeans(of: measure, under: element)
                    return row
                }
            )
        }
        var sections: [Section] = []
        var placed: Set<Measure.ID> = []
        let elements =
            plan.approaches.map { (PlanElement.approach($0.id), "Council plan approach - \($0.title)") }
            + plan.commitments.sorted { $0.number < $1.number }.map {
                (PlanElement.commitment($0.id), "Commitment \($0.number) - \($0.title)")
            }
        for (element, title) in elements {
            let measures = plan.measures(for: element)
            guard !measures.isEmpty else { continue }
            placed.formUnion(measures.map(\.id))
            sections.append(section(title, element, measures))
        }
        let unplaced = placed.isEmpty ? plan.measures : plan.measures.filter { !placed.contains($0.id) }
        if !unplaced.isEmpty {
            sections.append(section("Other measures", nil, unplaced))
        }
        return sections
    }

    /// The measures picked, best ranked first then in plan order, with their reasons worded (only theirs).
    private static func selections(
        _ picks: [(rank: Int, order: Int)],
        of assessments: [Assessment],
        in plan: CouncilPlan,
        method: DirectionOfTravel.Method
    ) -> [Selection] {
        picks.sorted { ($0.rank, $0.order) < ($1.rank, $1.order) }.prefix(selectionLimit).compactMap { pick in
            let assessment = assessments[pick.order]
            guard let measure = plan.measures.first(where: { $0.id == assessment.measure }) else { return nil }
            let figures = figures(assessment.rating.explanation, unit: measure.unit)
            let travel =
                method == .processControl
                ? processControlTravel(assessment) : travel(assessment, unit: measure.unit)
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

    /// Every row, once per measure, in section order.
    public var uniqueRows: [Row] {
        var seen: Set<Measure.ID> = []
        return sections.flatMap(\.rows).filter { seen.insert($0.measure.id).inserted }
    }

    private static func figures(_ explanation: Rating.Explanation, unit: MeasureUnit) -> String {
        guard let latest = explanation.latest else { return explanation.rule }
        var text = "latest \(latest.formatted(unit: unit))"
        if let compared = explanation.comparedWith {
            text += " against \(explanation.comparedWithLabel ?? "target") \(compared.formatted(unit: unit))"
        }
        return text
    }

    private static func processControlTravel(_ assessment: Assessment) -> String {
        switch assessment.directionOfTravel {
        case .noComparison: ""
        case .noChange: "; common cause variation on its XmR chart"
        default: "; \(assessment.directionOfTravel.description.lowercased()): special cause on its XmR chart"
        }
    }

    private static func travel(_ assessment: Assessment, unit: MeasureUnit) -> String {
        guard let previous = assessment.comparator, let before = previous.value.comparableNumber,
            let now = assessment.latest?.value.comparableNumber,
            assessment.directionOfTravel != .noComparison
        else { return "" }
        return
            "; \(assessment.directionOfTravel.description.lowercased()) since \(previous.period) (\(before.formatted(unit: unit)) to \(now.formatted(unit: unit)))"
    }
}
