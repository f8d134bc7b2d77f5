/// Every observation's rating by the council's rule beside what its papers printed: one row per measure
/// and period, for BI tools and for checking.
///
/// ```swift
/// let table = RatingsTable(data: data)
/// table.rows.filter { $0.agrees == false }   // printed ratings the rule does not give
/// ```
public struct RatingsTable: Sendable, Hashable {
    /// One observation's row.
    public struct Row: Sendable, Hashable {
        /// The measure.
        public var measure: Measure.ID
        /// The period.
        public var period: ReportingPeriod
        /// The value as data files write it (empty for a missing value or narrative).
        public var value: String
        /// The value's data-quality state.
        public var status: ValueStatus
        /// The target in force, as data files write it (`97`, `Increase`); empty for none.
        public var target: String
        /// The tolerance in force (`5%`, `5%/10%`).
        public var tolerance: String
        /// The rating: the council's override where it set one, else the rule's.
        public var rating: Rating.Status
        /// The rule's own rating.
        public var ruleRating: Rating.Status
        /// Why the rule does not rate the value, if it does not.
        public var reason: Rating.Reason?
        /// The direction of travel by the measure's trend rule.
        public var trend: DirectionOfTravel
        /// The rating the paper printed, as printed.
        public var publishedRating: String?
        /// The trend the paper printed, as printed.
        public var publishedTrend: String?
        /// Why the council overrode the rule, when it did.
        public var overrideReason: String?
        /// Whether what was printed agrees with the rule; `nil` when nothing was printed.
        public var agrees: Bool?
    }

    /// The council.
    public var council: String
    /// One row per observation of a measure in the plan, in the data's order.
    public var rows: [Row]

    /// Rates every observation and sets it beside what was printed.
    ///
    /// - Parameters:
    ///   - data: The council's data.
    ///   - scheme: A council's rule that is not bands, if any.
    /// - Complexity: O(*n* log *k*) for *n* observations, at most *k* a measure.
    public init(data: PerformanceData, scheme: (any RatingScheme)? = nil) {
        council = data.council
        let labels = data.ratingPolicy.labels
        let ratings = data.rateEveryObservation(scheme: scheme)
        let checks = RatingCheck.checks(of: data, ratings: ratings)
        var published: [Measure.ID: [ReportingPeriod: PublishedRating]] = [:]
        for rating in data.publishedRatings { published[rating.measure, default: [:]][rating.period] = rating }
        var agreement: [Measure.ID: [ReportingPeriod: Bool]] = [:]
        // A row agrees when everything printed for it (rating and trend) does.
        for check in checks {
            let agreed = agreement[check.measure]?[check.period] ?? true
            agreement[check.measure, default: [:]][check.period] = agreed && check.agrees
        }
        let measures = Dictionary(data.plan.measures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        rows = ratings.compactMap { rated in
            let observation = data.observations[rated.observation]
            guard let measure = measures[observation.measure] else { return nil }
            let printed = published[measure.id]?[observation.period]
            let override = printed?.override.flatMap {
                labels.key(for: $0, among: RatingLabels.ratingKeys).flatMap(Rating.Status.init(rawValue:))
            }
            return Row(
                measure: measure.id,
                period: observation.period,
                value: observation.value.dataText,
                status: observation.status,
                target: Self.written(measure.target(at: observation.period)),
                tolerance: data.ratingPolicy.tolerance(for: measure, at: observation.period).description,
                rating: override ?? rated.status,
                ruleRating: rated.status,
                reason: rated.reason,
                trend: rated.directionOfTravel,
                publishedRating: printed?.rating,
                publishedTrend: printed?.trend,
                overrideReason: override == nil ? nil : printed?.overrideReason,
                agrees: agreement[measure.id]?[observation.period]
            )
        }
    }

    /// A target as data files write it; empty for none.
    private static func written(_ target: Target) -> String {
        target == .none ? "" : target.description
    }
}
