/// How one observation rates at its own period, and its direction of travel.
///
/// This is what a benchmarking body or a data-quality pass needs for every observation of every
/// measure: the status and the reason, not the worded explanation a report prints. For one measure and
/// period with its explanation, use ``RatingPolicy/assess(_:observations:at:scheme:)``.
public struct ObservationRating: Sendable, Hashable {
    /// The observation's position in ``PerformanceData/observations``.
    public var observation: Int
    /// Green, amber, red or not rated.
    public var status: Rating.Status
    /// Why the observation is not rated (or, for a deadline not yet reached, not rated yet).
    public var reason: Rating.Reason?
    /// How the value moved since the measure's comparison period.
    public var directionOfTravel: DirectionOfTravel

    /// Creates an observation's rating.
    ///
    /// - Parameters:
    ///   - observation: The observation's position in ``PerformanceData/observations``.
    ///   - status: The rating's status.
    ///   - reason: Why it is not rated, if it is not.
    ///   - directionOfTravel: The direction of travel.
    public init(observation: Int, status: Rating.Status, reason: Rating.Reason?, directionOfTravel: DirectionOfTravel) {
        self.observation = observation
        self.status = status
        self.reason = reason
        self.directionOfTravel = directionOfTravel
    }
}

extension PerformanceData {
    /// Rates every observation at its own period, with its direction of travel.
    ///
    /// Each observation is rated as ``RatingPolicy/assess(_:observations:at:scheme:)`` would rate its measure
    /// at its period, with this data's ``ratingPolicy``: against the target in force then, compared
    /// where the target needs it with the observation of the measure's comparison period (the previous
    /// period for snapshot measures, the same period last year for cumulative ones). The explanation
    /// is not worded, which keeps rating millions of observations cheap.
    ///
    /// ```swift
    /// let ratings = try data.rateEveryObservation()
    /// let red = ratings.filter { $0.status == .red }.count
    /// ```
    ///
    /// - Parameter scheme: A council's rule that is not bands (``RatingScheme``); none by default.
    /// - Returns: One rating per observation of a measure in the plan, in the order of
    ///   ``observations``. Observations of measures not in the plan (which validation reports) are left
    ///   out. Validated data has at most one observation a measure and period; if there are two, each is
    ///   rated by its own value, and the first is the one later periods compare with.
    ///
    /// An observation whose measure's tolerance cannot apply to its target is not rated
    /// (``Rating/Reason/toleranceCannotApply``); the others are rated as usual.
    /// - Complexity: O(*n* log *k*) for *n* observations, at most *k* a measure, with
    ///   ``observationIndex`` built.
    public func rateEveryObservation(scheme: (any RatingScheme)? = nil) -> [ObservationRating] {
        let index = observationIndex
        var ratings = [ObservationRating?](repeating: nil, count: observations.count)
        var rated = Set<Measure.ID>()
        rated.reserveCapacity(plan.measures.count)
        for measure in plan.measures where rated.insert(measure.id).inserted {
            let positions = index.observations(of: measure.id)
            // What stays the same for every value of the measure is worked out once.
            let trendRule = measure.effectiveTrendRule
            let deadBand = ratingPolicy.deadBand(for: measure)
            func rateable(at period: ReportingPeriod?, before offset: Int) -> MeasureValue? {
                guard let period, let found = index.observation(among: positions, before: offset, at: period),
                    observations[found].isRateable
                else { return nil }
                return observations[found].value
            }
            for (offset, position) in positions.enumerated() {
                // Fields are read in place: copying each observation would cost more than rating it.
                let period = observations[position].period
                let value = observations[position].value
                let status = observations[position].status
                let comparator = rateable(at: trendRule.comparisonPeriod(for: period), before: offset)
                // A tolerance that cannot apply to a target leaves this value unrated, not the others.
                let verdict: RatingVerdict
                do {
                    verdict = try ratingPolicy.verdict(
                        measure,
                        value: value,
                        status: status,
                        national: observations[position].national,
                        comparator: comparator,
                        at: period,
                        scheme: scheme,
                        samePeriodLastYear: scheme == nil ? nil : rateable(at: period.sameLastYear, before: offset)
                    )
                } catch {
                    verdict = .notRated(.toleranceCannotApply)
                }
                let travel = RatingPolicy.directionOfTravel(
                    from: comparator,
                    to: status.isRated ? value : nil,
                    trendRule: trendRule,
                    direction: measure.direction,
                    deadBand: deadBand
                )
                ratings[position] = ObservationRating(
                    observation: position,
                    status: verdict.status,
                    reason: verdict.reason,
                    directionOfTravel: travel
                )
            }
        }
        return ratings.compactMap { $0 }
    }
}
