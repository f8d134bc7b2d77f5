/// How one observation rates at its own period, and its direction of travel.
///
/// This is what a benchmarking body or a data-quality pass needs for every observation of every
/// measure: the status and the reason, not the worded explanation a report prints. For one measure and
/// period with its explanation, use ``RatingPolicy/assess(_:observations:at:)``.
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
    /// Each observation is rated as ``RatingPolicy/assess(_:observations:at:)`` would rate its measure
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
    /// - Returns: One rating per observation of a measure in the plan, in the order of
    ///   ``observations``. Observations of measures not in the plan (which validation reports) are left
    ///   out. Validated data has at most one observation a measure and period; if there are two, each is
    ///   rated by its own value, and the first is the one later periods compare with.
    /// - Throws: ``EvaluationError`` when a tolerance cannot apply to a target.
    /// - Complexity: O(*n*) expected in the number of observations.
    public func rateEveryObservation() throws(EvaluationError) -> [ObservationRating] {
        // Observations by measure, so that each measure's comparators are found among its own.
        var positions: [Measure.ID: Int] = [:]
        positions.reserveCapacity(plan.measures.count)
        for (index, measure) in plan.measures.enumerated() where positions[measure.id] == nil {
            positions[measure.id] = index
        }
        var position = RepeatingLookup(positions)
        var members = [[Int]](repeating: [], count: plan.measures.count)
        for index in observations.indices {
            guard let measure = position(observations[index].measure) else { continue }
            members[measure].append(index)
        }

        var ratings = [ObservationRating?](repeating: nil, count: observations.count)
        var byPeriod: [ReportingPeriod: Int] = [:]
        for (measureIndex, indices) in members.enumerated() where !indices.isEmpty {
            let measure = plan.measures[measureIndex]
            // A measure has a few dozen observations at most, usually: a scan finds a comparator faster
            // than hashing its period. A long series gets a dictionary.
            let scans = indices.count <= periodScanLimit
            if !scans {
                byPeriod.removeAll(keepingCapacity: true)
                for index in indices where byPeriod[observations[index].period] == nil {
                    byPeriod[observations[index].period] = index
                }
            }
            func observation(at period: ReportingPeriod) -> Int? {
                scans ? indices.first { observations[$0].period == period } : byPeriod[period]
            }
            for index in indices {
                let period = observations[index].period
                let value = observations[index].value
                let comparator = observation(at: measure.comparisonPeriod(for: period)).map { observations[$0].value }
                let verdict = try ratingPolicy.verdict(
                    measure,
                    value: value,
                    national: observations[index].national,
                    comparator: comparator,
                    at: period
                )
                ratings[index] = ObservationRating(
                    observation: index,
                    status: verdict.status,
                    reason: verdict.reason,
                    directionOfTravel: DirectionOfTravel.between(
                        value,
                        and: comparator,
                        direction: measure.direction,
                        deadBand: ratingPolicy.directionDeadBand
                    )
                )
            }
        }
        return ratings.compactMap { $0 }
    }
}
