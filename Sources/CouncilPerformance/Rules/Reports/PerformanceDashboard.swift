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
        /// The measure's reported values up to the dashboard's period, oldest first: a selection of the
        /// data's observations that shares their storage (`Array(history)` copies them).
        public var history: ObservationHistory

        /// Creates a row.
        ///
        /// - Parameters:
        ///   - measure: The measure.
        ///   - successMeans: Its outcome in the section.
        ///   - assessment: Its assessment.
        ///   - history: Its values, oldest first: an array literal, or `ObservationHistory(array)`.
        public init(measure: Measure, successMeans: String?, assessment: Assessment, history: ObservationHistory) {
            self.measure = measure
            self.successMeans = successMeans
            self.assessment = assessment
            self.history = history
        }
    }

    /// A section's rows: held, or made as they are read (``LazyRows``).
    ///
    /// A dashboard built from data makes its rows as they are read, from the assessments it holds once
    /// and the plan's measures: a large council's dashboard then holds no copy of a measure or an
    /// assessment a row, and a row read is the same every time.
    public typealias Rows = LazyRows<Row>

    /// A group of rows under an approach or commitment.
    public struct Section: Sendable, Hashable {
        /// The heading, such as `Council plan approach - Spend money wisely`.
        public var title: String
        /// The approach or commitment, or `nil` for measures linked to neither.
        public var element: PlanElement?
        /// The rows, in plan order.
        public var rows: Rows

        /// Creates a section.
        ///
        /// - Parameters:
        ///   - title: The heading.
        ///   - element: The approach or commitment.
        ///   - rows: The rows.
        public init(title: String, element: PlanElement?, rows: [Row]) {
            self.init(title: title, element: element, rows: Rows(rows))
        }

        /// Creates a section whose rows may be made as they are read.
        ///
        /// - Parameters:
        ///   - title: The heading.
        ///   - element: The approach or commitment.
        ///   - rows: The rows.
        public init(title: String, element: PlanElement?, rows: Rows) {
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
        /// Measures whose latest value is older than the one due for their frequency: shown, not rated.
        public var notReported: Int

        /// Creates a summary.
        ///
        /// - Parameters:
        ///   - measures: Measures on the dashboard.
        ///   - rated: Measures rated.
        ///   - green: Green ratings.
        ///   - amber: Amber ratings.
        ///   - red: Red ratings.
        ///   - notReported: Measures not reported this period.
        public init(measures: Int, rated: Int, green: Int, amber: Int, red: Int, notReported: Int = 0) {
            self.measures = measures
            self.rated = rated
            self.green = green
            self.amber = amber
            self.red = red
            self.notReported = notReported
        }

        /// The council's words for the statuses, for ``sentence``.
        public var labels: RatingLabels = .standard

        /// Counts assessments by status.
        ///
        /// - Parameters:
        ///   - assessments: One assessment per measure.
        ///   - labels: The council's words for the statuses; the library's by default.
        public init(_ assessments: [Assessment], labels: RatingLabels = .standard) {
            let statuses = assessments.map(\.rating.status)
            self.init(
                measures: assessments.count,
                rated: statuses.filter { $0 != .notRated }.count,
                green: statuses.filter { $0 == .green }.count,
                amber: statuses.filter { $0 == .amber }.count,
                red: statuses.filter { $0 == .red }.count,
                notReported: assessments.filter { $0.rating.reason == .notReportedThisPeriod }.count
            )
            self.labels = labels
        }

        /// The summary in words: rated of total, then green, amber and red, then any not reported.
        ///
        /// For example `12 of 35 measures rated: 7 green, 1 amber, 4 red.`, or with measures whose value is
        /// not the one due, `... 4 red; 3 not reported this period.`
        public var sentence: String {
            func word(_ key: String) -> String { labels.word(for: key).lowercased() }
            let counts =
                "\(rated) of \(measures) measures rated: \(green) \(word("green")), \(amber) \(word("amber")), "
                + "\(red) \(word("red"))"
            return notReported == 0 ? counts + "." : counts + "; \(notReported) not reported this period."
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

    /// The council's words for ratings and trends, for reports to print.
    public var labels: RatingLabels

    /// The most measures picked for each of highlights and areas for attention.
    public static let selectionLimit = 6

    /// Builds the dashboard.
    ///
    /// - Parameters:
    ///   - data: The council's data.
    ///   - asOf: The period to report; the latest period with an observation when `nil`.
    ///   - scheme: A council's rule that is not bands (``RatingScheme``), applied after the standard
    ///     rules; none by default.
    ///   - directionOfTravel: Where each row's direction of travel comes from: the latest value against
    ///     its comparison value (``DirectionOfTravel/Method/twoPoints``, the default), or the last point of
    ///     the measure's XmR chart (``DirectionOfTravel/Method/processControl``, see
    ///     ``PerformanceDashboard/Row/processChart()`` and ``DirectionOfTravel/init(lastPointOf:group:)``).
    ///
    /// A measure whose tolerance cannot apply to its target is not rated, with the reason
    /// (``Rating/Reason/toleranceCannotApply``); the others are rated as usual.
    /// - Complexity: O(*m* log *k* + *h*) for *m* measures of at most *k* observations each and *h*
    ///   observations shown, with ``PerformanceData/observationIndex`` built.
    public init(
        data: PerformanceData,
        asOf: ReportingPeriod? = nil,
        scheme: (any RatingScheme)? = nil,
        directionOfTravel: DirectionOfTravel.Method = .twoPoints
    ) {
        let period =
            asOf ?? data.observations.lazy.map(\.period).max()
            ?? .year(data.plan.firstYear ?? FinancialYear(uncheckedStartYear: 2000))
        council = data.council
        self.asOf = period
        labels = data.ratingPolicy.labels
        directionOfTravelMethod = directionOfTravel
        var assessed = Self.assessments(data, upTo: period, scheme: scheme)
        if directionOfTravel == .processControl {
            for (measure, slot) in zip(data.plan.measures, assessed.slots) where slot < assessed.assessments.count {
                let row = Row(
                    measure: measure,
                    successMeans: nil,
                    assessment: assessed.assessments[slot],
                    history: assessed.histories[slot]
                )
                assessed.assessments[slot].directionOfTravel =
                    row.processChart().map { DirectionOfTravel(lastPointOf: $0) } ?? .noComparison
            }
        }
        sections = Self.sections(data.plan, assessed: assessed)
        // One assessment per measure, in plan order: the slots' own array when no two measures share an id.
        let assessments =
            assessed.slots.count == assessed.assessments.count
            ? assessed.assessments : assessed.slots.map { assessed.assessments[$0] }
        summary = Summary(assessments, labels: labels)
        highlights = Self.selections(
            assessments.enumerated().compactMap { order, assessment in
                guard assessment.rating.status == .green || assessment.rating.status == .blue else { return nil }
                return (assessment.directionOfTravel == .improving ? 0 : 1, order)
            },
            of: assessments,
            in: data.plan,
            labels: labels,
            method: directionOfTravel
        )
        areasForAttention = Self.selections(
            assessments.enumerated().compactMap { order, assessment in
                switch assessment.rating.status {
                case .red: (0, order)
                case .amber: (1, order)
                case .notRated where assessment.directionOfTravel == .worsening: (2, order)
                case .green, .blue, .notRated: nil
                }
            },
            of: assessments,
            in: data.plan,
            labels: labels,
            method: directionOfTravel
        )
    }

    /// Each measure's assessment and history, by slot: what its rows show in every section.
    private struct Assessed {
        /// Each plan measure's slot, in plan order.
        ///
        /// Measures that share an id share the first one's slot, which holds the last one's assessment.
        var slots: [Int] = []
        /// Each measure id's slot.
        var slotOfID: [Measure.ID: Int] = [:]
        /// The assessment in each slot.
        var assessments: [Assessment] = []
        /// The history in each slot, oldest first.
        var histories: [ObservationHistory] = []
    }

    /// Each measure's assessment at its latest reported period up to `period`, and its history.
    ///
    /// Large values are kept in arrays by slot and copied once, into their rows.
    private static func assessments(
        _ data: PerformanceData,
        upTo period: ReportingPeriod,
        scheme: (any RatingScheme)?
    ) -> Assessed {
        let index = data.observationIndex
        let labels = data.ratingPolicy.labels
        // Ratings the council set by hand, by measure and period.
        var overrides: [Measure.ID: [ReportingPeriod: PublishedRating]] = [:]
        for published in data.publishedRatings where published.override != nil {
            overrides[published.measure, default: [:]][published.period] = published
        }
        var assessed = Assessed()
        var slotOfID: [Measure.ID: Int] = [:]
        slotOfID.reserveCapacity(data.plan.measures.count)
        assessed.assessments.reserveCapacity(data.plan.measures.count)
        assessed.histories.reserveCapacity(data.plan.measures.count)
        assessed.slots.reserveCapacity(data.plan.measures.count)
        // The observations each measure's assessment uses, in one buffer emptied for the next measure.
        var used: [Observation] = []
        used.reserveCapacity(3)
        for measure in data.plan.measures {
            let positions = index.observations(of: measure.id)
            let shown = index.observations(among: positions, endingBy: period)
            let latestPeriod =
                shown.last { data.observations[$0].value != .missing }.map { data.observations[$0].period } ?? period
            // `assess` uses the first observation at the period and the first at its comparison period;
            // hand it just those two rather than the whole history.
            // A scheme may compare with the same period last year too.
            let lastYear = scheme == nil ? nil : latestPeriod.sameLastYear
            used.removeAll(keepingCapacity: true)
            for wanted in [latestPeriod, measure.comparisonPeriod(for: latestPeriod), lastYear] {
                if let wanted, let found = index.observation(among: shown, at: wanted) {
                    used.append(data.observations[found])
                }
            }
            var assessment = data.ratingPolicy.assessIsolated(
                measure,
                observations: used,
                at: latestPeriod,
                scheme: scheme
            )
            if let reported = assessment.latest?.period {
                // Only the value due for the measure's frequency is current; an older one is shown, not rated.
                let due = (measure.frequency ?? ReportingFrequency(of: reported)).due(asOf: period)
                if reported != due {
                    assessment.rating = Rating(
                        status: .notRated,
                        reason: .notReportedThisPeriod,
                        explanation: Rating.Explanation(
                            rule: "Not rated: not reported this period (last reported \(reported); due \(due))"
                        )
                    )
                }
            }
            if !overrides.isEmpty, let reported = assessment.latest?.period,
                let published = overrides[measure.id]?[reported],
                let word = published.override,
                let status = labels.key(for: word, among: RatingLabels.ratingKeys).flatMap(
                    Rating.Status.init(rawValue:)
                )
            {
                assessment.rating = assessment.rating.overridden(to: status, reason: published.overrideReason ?? "")
            }
            let history = ObservationHistory(selecting: shown, from: data.observations)
            // One lookup a measure: a new id takes the next slot; a repeated one replaces its first slot's.
            let fresh = assessed.assessments.count
            if let earlier = slotOfID.updateValue(fresh, forKey: measure.id) {
                slotOfID[measure.id] = earlier
                assessed.assessments[earlier] = assessment
                assessed.histories[earlier] = history
                assessed.slots.append(earlier)
            } else {
                assessed.assessments.append(assessment)
                assessed.histories.append(history)
                assessed.slots.append(fresh)
            }
        }
        assessed.slotOfID = slotOfID
        return assessed
    }

    /// The sections: approaches, then commitments in number order, then measures linked to neither.
    ///
    /// Each section's rows are made as they are read, from the plan's measures and the assessments and
    /// histories by slot, which every section shares: a row costs the section its measure's place and
    /// slot, not a copy of its measure and assessment.
    private static func sections(_ plan: CouncilPlan, assessed: Assessed) -> [Section] {
        let slotOfID = assessed.slotOfID
        let (measures, assessments, histories) = (plan.measures, assessed.assessments, assessed.histories)
        func section(_ title: String, _ element: PlanElement?, _ places: some Sequence<Int>) -> Section {
            var entries: [(measure: UInt32, slot: UInt32)] = []
            // Outcomes are few, and most measures of a large council have none: only rows with one hold it.
            var successMeans: [Int: String] = [:]
            for place in places {
                let measure = measures[place]
                guard let slot = slotOfID[measure.id] else { continue }
                if !measure.outcomes.isEmpty, let text = plan.successMeans(of: measure, under: element) {
                    successMeans[entries.count] = text
                }
                entries.append((UInt32(place), UInt32(slot)))
            }
            let rows = Rows(count: entries.count) { [entries, successMeans] row in
                let (place, slot) = (Int(entries[row].measure), Int(entries[row].slot))
                return Row(
                    measure: measures[place],
                    successMeans: successMeans[row],
                    assessment: assessments[slot],
                    history: histories[slot]
                )
            }
            return Section(title: title, element: element, rows: rows)
        }
        var sections: [Section] = []
        var placed: Set<Measure.ID> = []
        let elements =
            plan.approaches.map { (PlanElement.approach($0.id), "Council plan approach - \($0.title)") }
            + plan.commitments.sorted { $0.number < $1.number }.map {
                (PlanElement.commitment($0.id), "Commitment \($0.number) - \($0.title)")
            }
        for (element, title) in elements {
            let places = plan.measureIndices(for: element)
            guard !places.isEmpty else { continue }
            placed.formUnion(places.lazy.map { measures[$0].id })
            sections.append(section(title, element, places))
        }
        let unplaced = measures.indices.lazy.filter { placed.isEmpty || !placed.contains(measures[$0].id) }
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
        labels: RatingLabels,
        method: DirectionOfTravel.Method
    ) -> [Selection] {
        picks.sorted { ($0.rank, $0.order) < ($1.rank, $1.order) }.prefix(selectionLimit).compactMap { pick in
            let assessment = assessments[pick.order]
            guard let measure = plan.measures.first(where: { $0.id == assessment.measure }) else { return nil }
            let figures = figures(assessment.rating.explanation, unit: measure.unit)
            let travel =
                method == .processControl
                ? processControlTravel(assessment) : travel(assessment, unit: measure.unit)
            let word = labels.word(for: assessment.rating.status.rawValue)
            let reason =
                switch assessment.rating.status {
                case .red, .green: "\(word): \(figures)\(travel)"
                case .amber: "\(word), within tolerance: \(figures)\(travel)"
                case .blue: "\(word), beyond target: \(figures)\(travel)"
                case .notRated: "\(word), but worsening\(travel)"
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
