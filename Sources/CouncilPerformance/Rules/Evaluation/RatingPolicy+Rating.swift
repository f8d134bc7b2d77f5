/// The rating rules themselves: how a policy rates a measure's value and assesses a measure at a period.
extension RatingPolicy {
    /// Rates a measure's value for a period.
    ///
    /// - Parameters:
    ///   - measure: The measure, with its targets.
    ///   - latest: The observation for the period, if any.
    ///   - comparator: The observation for the comparison period, if any (used by `Increase`,
    ///     `Decrease` and `Maintain` targets).
    ///   - period: The period being rated.
    ///   - scheme: A council's rule that is not bands, applied after the standard rules; none by default.
    ///   - samePeriodLastYear: The observation of the same period last year, for a scheme that needs it.
    /// - Returns: The rating with its explanation.
    /// - Throws: ``EvaluationError`` when the tolerance cannot apply to the target (a relative
    ///   tolerance on a target of zero, percentage points on a measure that is not a percentage).
    public func rate(
        _ measure: Measure,
        latest: Observation?,
        comparator: Observation?,
        at period: ReportingPeriod,
        scheme: (any RatingScheme)? = nil,
        samePeriodLastYear: Observation? = nil
    ) throws(EvaluationError) -> Rating {
        try verdict(
            measure,
            value: latest?.value ?? .missing,
            status: latest?.status ?? .final,
            national: latest?.national,
            comparator: comparator.flatMap { $0.isRateable ? $0.value : nil },
            at: period,
            scheme: scheme,
            samePeriodLastYear: samePeriodLastYear.flatMap { $0.isRateable ? $0.value : nil }
        )
        .rating
    }

    /// Decides a rating without wording its explanation: ``rate(_:latest:comparator:at:scheme:samePeriodLastYear:)``
    /// words it; bulk rating (``PerformanceData/rateEveryObservation(scheme:)``) needs only the status and reason.
    ///
    /// - Parameters:
    ///   - measure: The measure, with its targets.
    ///   - value: The value for the period; `.missing` when there is none.
    ///   - status: The value's data-quality state: a placeholder or a value not due is not rated.
    ///   - national: The national figure printed beside it, if any.
    ///   - comparator: The value for the comparison period, if any.
    ///   - period: The period being rated.
    ///   - scheme: A council's rule that is not bands, applied after the standard rules.
    ///   - samePeriodLastYear: The value of the same period last year, for the scheme.
    /// - Returns: The verdict, to word with ``RatingVerdict/rating``.
    /// - Throws: ``EvaluationError`` when the tolerance cannot apply to the target.
    func verdict(
        _ measure: Measure,
        value: MeasureValue,
        status: ValueStatus,
        national: MeasureValue?,
        comparator: MeasureValue?,
        at period: ReportingPeriod,
        scheme: (any RatingScheme)? = nil,
        samePeriodLastYear: MeasureValue? = nil
    ) throws(EvaluationError) -> RatingVerdict {
        guard let scheme else {
            return try standardVerdict(
                measure,
                value: value,
                status: status,
                national: national,
                comparator: comparator,
                at: period
            )
        }
        var verdict = try standardVerdict(
            measure,
            value: value,
            status: status,
            national: national,
            comparator: comparator,
            at: period
        )
        // A council's scheme has the last word on a value rated against a figure.
        guard verdict.status != .notRated, case .comparison(let comparison) = verdict.wording else {
            return verdict
        }
        let context = RatingContext(
            measure: measure,
            period: period,
            value: comparison.latest,
            goal: comparison.goal,
            higherIsBetter: comparison.higherIsBetter,
            standard: verdict.status,
            samePeriodLastYear: samePeriodLastYear?.comparableNumber
        )
        if let decided = scheme.status(for: context), decided != verdict.status {
            verdict.standardStatus = verdict.status
            verdict.status = decided
        }
        return verdict
    }

    /// The verdict of the standard rules: the target in force and the tolerance's bands.
    private func standardVerdict(
        _ measure: Measure,
        value: MeasureValue,
        status: ValueStatus,
        national: MeasureValue?,
        comparator: MeasureValue?,
        at period: ReportingPeriod
    ) throws(EvaluationError) -> RatingVerdict {
        guard measure.isRated else { return .notRated(.contextual) }
        switch status {
        case .noData: return .notRated(.noData)
        case .notDue: return .notRated(.notDue)
        case .final, .provisional, .estimated: break
        }
        let target = measure.target(at: period)
        switch target {
        case .none where measure.direction != .yes: return .notRated(.noTarget)
        case .newMeasure: return .notRated(.newMeasure)
        default: break
        }
        switch value {
        case .missing: return .notRated(.noValue)
        case .notApplicable: return .notRated(.notApplicable)
        case .narrative: return .notRated(.narrative)
        case .newMeasure: return .notRated(.newMeasure)
        case .number, .money, .boolean: break
        }
        if case .deadline(let date) = target {
            return Self.rateDeadline(value: value, unit: measure.unit, deadline: date, period: period)
        }
        if measure.direction == .yes {
            guard case .boolean(let answer) = value else { return .notRated(.incomparable) }
            return RatingVerdict(status: answer ? .green : .red, wording: .yesIsGood)
        }
        guard let latestNumber = value.comparableNumber, !Self.isBoolean(value) else {
            return .notRated(.incomparable)
        }

        // What the latest value is held against, and whether equal counts as met.
        let goal: ExactDecimal
        let label: RatingVerdict.GoalLabel
        let strict: Bool
        var direction = measure.direction
        switch target {
        case .value(let figure):
            (goal, label, strict) = (figure, .target, false)
        case .increase, .decrease, .maintain:
            guard let previous = comparator?.comparableNumber,
                let comparisonPeriod = measure.comparisonPeriod(for: period)
            else { return .notRated(.noComparator) }
            (goal, label, strict) = (previous, .trend(target, comparisonPeriod), target != .maintain)
            if target == .increase { direction = .higher }
            if target == .decrease { direction = .lower }
        case .betterThanNational:
            guard let national = national?.comparableNumber else { return .notRated(.noComparator) }
            (goal, label, strict) = (national, .national, true)
        case .betterThanStated(let figure, let statedPeriod):
            (goal, label, strict) = (figure, .stated(statedPeriod), true)
        case .none, .newMeasure, .deadline:
            return .notRated(.noTarget)
        }

        let tolerance = self.tolerance(for: measure, at: period)
        let higherIsBetter = direction != .lower
        let met =
            higherIsBetter
            ? (strict ? latestNumber > goal : latestNumber >= goal)
            : (strict ? latestNumber < goal : latestNumber <= goal)
        let comparison = RatingVerdict.Comparison(
            higherIsBetter: higherIsBetter,
            strict: strict,
            label: label,
            latest: latestNumber,
            goal: goal,
            tolerance: tolerance
        )
        if met { return RatingVerdict(status: .green, wording: .comparison(comparison)) }

        // A margin that cannot apply is the plan's error, reported with the measure and period.
        try Self.checkApplies(tolerance, goal: goal, label: label, measure: measure, period: period)
        // The bands, in units of 1e-14 (millionths times 1e8) so that every limit is exact. Their edges are
        // worked out again, for the explanation, only when a report words it.
        let latestScaled = Int128(latestNumber.units) * Self.bandScale
        func within(_ margin: Tolerance) -> Bool? {
            Self.limit(of: margin, goal: goal, higherIsBetter: higherIsBetter).map {
                higherIsBetter ? latestScaled >= $0 : latestScaled <= $0
            }
        }
        if case .bands(let green, _) = tolerance, within(green) == true {
            return RatingVerdict(status: .green, wording: .comparison(comparison))
        }
        let amber = within(tolerance.amberMargin) ?? false
        return RatingVerdict(status: amber ? .amber : .red, wording: .comparison(comparison))
    }

    /// Units of 1e-14 a millionth is scaled by, so that a percentage of a goal is exact.
    static let bandScale: Int128 = 100_000_000

    /// The edge of one margin below (High is good) or above a goal, in units of 1e-14; `nil` for no margin,
    /// or for one that cannot apply (``checkApplies(_:goal:label:measure:period:)`` says why).
    static func limit(of margin: Tolerance, goal: ExactDecimal, higherIsBetter: Bool) -> Int128? {
        let width: Int128
        switch margin {
        case .none, .bands: return nil
        case .absolute(let amount): width = Int128(amount.units) * bandScale
        case .percentagePoints(let points): width = Int128(points.units) * bandScale
        // |goal| * percent / 100 in units of 1e-14 is exactly |goal.units| * percent.units.
        case .relativePercent(let percent):
            guard goal != .zero else { return nil }
            width = Int128(goal.units.magnitude) * Int128(percent.units)
        }
        let goalScaled = Int128(goal.units) * bandScale
        return higherIsBetter ? goalScaled - width : goalScaled + width
    }

    /// The edge of a margin as an exact decimal for an explanation, rounded to six places.
    static func displayLimit(of margin: Tolerance, goal: ExactDecimal, higherIsBetter: Bool) -> ExactDecimal? {
        limit(of: margin, goal: goal, higherIsBetter: higherIsBetter).map { displayDecimal($0, scale: bandScale) }
    }

    /// Throws when a tolerance cannot apply to a goal: percentage points on a measure that is not a
    /// percentage, or a percentage of a goal of zero.
    private static func checkApplies(
        _ tolerance: Tolerance,
        goal: ExactDecimal,
        label: RatingVerdict.GoalLabel,
        measure: Measure,
        period: ReportingPeriod
    ) throws(EvaluationError) {
        if case .bands(let green, let amber) = tolerance {
            try checkApplies(green, goal: goal, label: label, measure: measure, period: period)
            try checkApplies(amber, goal: goal, label: label, measure: measure, period: period)
            return
        }
        switch tolerance {
        case .percentagePoints where measure.unit != .percentage:
            throw EvaluationError(
                code: .percentagePointsOnNonPercentage,
                measure: measure.id,
                period: period,
                message: "a tolerance of \(tolerance) needs a percentage measure; this one is a \(measure.unit)"
            )
        case .relativePercent(let percent) where goal == .zero && percent != .zero:
            throw EvaluationError(
                code: .relativeToleranceWithZeroTarget,
                measure: measure.id,
                period: period,
                message: "a tolerance of \(tolerance) of a \(label.text) of 0 is always 0; set an absolute tolerance"
            )
        default:
            return
        }
    }

    /// Assesses a measure for a period: its rating, direction of travel and benchmark comparison.
    ///
    /// - Parameters:
    ///   - measure: The measure.
    ///   - observations: Observations of the measure (others are ignored); at most one per period is
    ///     expected, and the first found is used.
    ///   - period: The period to assess.
    ///   - scheme: A council's rule that is not bands (``RatingScheme``), applied after the standard
    ///     rules; none by default.
    /// - Returns: The assessment.
    /// - Throws: ``EvaluationError`` when the measure's tolerance cannot apply to its target.
    /// - Complexity: O(*n*) in the number of observations.
    public func assess(
        _ measure: Measure,
        observations: some Sequence<Observation>,
        at period: ReportingPeriod,
        scheme: (any RatingScheme)? = nil
    ) throws(EvaluationError) -> Assessment {
        let comparisonPeriod = measure.comparisonPeriod(for: period)
        let lastYear = period.sameLastYear
        var latest: Observation? = nil
        var comparator: Observation? = nil
        var samePeriodLastYear: Observation? = nil
        for observation in observations where observation.measure == measure.id {
            if latest == nil, observation.period == period { latest = observation }
            if comparator == nil, observation.period == comparisonPeriod { comparator = observation }
            if samePeriodLastYear == nil, observation.period == lastYear { samePeriodLastYear = observation }
        }
        let rating = try rate(
            measure,
            latest: latest,
            comparator: comparator,
            at: period,
            scheme: scheme,
            samePeriodLastYear: samePeriodLastYear
        )
        return Assessment(
            measure: measure.id,
            period: period,
            latest: latest,
            comparator: comparator,
            target: measure.target(at: period),
            rating: rating,
            directionOfTravel: directionOfTravel(measure, from: comparator, to: latest),
            benchmark: BenchmarkComparison.between(latest?.value, and: latest?.national, direction: measure.direction)
        )
    }

    /// Assesses a measure as ``assess(_:observations:at:scheme:)`` does, but a tolerance that cannot apply to
    /// its target leaves it not rated (``Rating/Reason/toleranceCannotApply``, with the reason worded)
    /// rather than throwing: what a report over many measures needs, so that one measure's problem never
    /// stops the others being rated.
    ///
    /// - Parameters:
    ///   - measure: The measure.
    ///   - observations: Observations of the measure.
    ///   - period: The period to assess.
    ///   - scheme: A council's rule that is not bands, if any.
    /// - Returns: The assessment.
    public func assessIsolated(
        _ measure: Measure,
        observations: some Sequence<Observation>,
        at period: ReportingPeriod,
        scheme: (any RatingScheme)? = nil
    ) -> Assessment {
        do {
            return try assess(measure, observations: observations, at: period, scheme: scheme)
        } catch {
            // Assessed again with no tolerance only to fill in the other fields; the rating is replaced.
            var untolerated = self
            untolerated.defaultTolerance = .none
            var measureWithout = measure
            measureWithout.tolerances = []
            var assessment =
                (try? untolerated.assess(measureWithout, observations: observations, at: period))
                ?? Assessment(
                    measure: measure.id,
                    period: period,
                    latest: nil,
                    comparator: nil,
                    target: measure.target(at: period),
                    rating: .notRated(.toleranceCannotApply),
                    directionOfTravel: .noComparison,
                    benchmark: .none
                )
            assessment.rating = Rating(
                status: .notRated,
                reason: .toleranceCannotApply,
                explanation: Rating.Explanation(rule: "Not rated: \(error.message)")
            )
            return assessment
        }
    }

    /// A measure's direction of travel between two observations, by its trend rule and dead band.
    ///
    /// A placeholder or a value not due has no direction: either end gives ``DirectionOfTravel/noComparison``.
    ///
    /// - Parameters:
    ///   - measure: The measure.
    ///   - comparator: The observation of its comparison period, if any.
    ///   - latest: The latest observation, if any.
    /// - Returns: The direction of travel.
    public func directionOfTravel(
        _ measure: Measure,
        from comparator: Observation?,
        to latest: Observation?
    )
        -> DirectionOfTravel
    {
        Self.directionOfTravel(
            from: comparator.flatMap { $0.isRateable ? $0.value : nil },
            to: latest.flatMap { $0.isRateable ? $0.value : nil },
            trendRule: measure.effectiveTrendRule,
            direction: measure.direction,
            deadBand: deadBand(for: measure)
        )
    }

    /// The one home of the direction-of-travel rule: no direction without a trend rule, else the change
    /// between two rateable values against the dead band, by the measure's polarity.
    ///
    /// Bulk rating works `trendRule` and `deadBand` out once a measure and calls this for every value.
    static func directionOfTravel(
        from comparator: MeasureValue?,
        to latest: MeasureValue?,
        trendRule: TrendRule,
        direction: Direction,
        deadBand: ExactDecimal
    ) -> DirectionOfTravel {
        guard trendRule != .none else { return .noComparison }
        return DirectionOfTravel.between(latest, and: comparator, direction: direction, deadBand: deadBand)
    }

    private static func rateDeadline(
        value: MeasureValue,
        unit: MeasureUnit,
        deadline: CalendarDate,
        period: ReportingPeriod
    ) -> RatingVerdict {
        let done: Bool
        switch value {
        case .boolean(let answer): done = answer
        case .number(let number) where unit == .percentage: done = number >= ExactDecimal(units: 100_000_000)
        default: return .notRated(.incomparable)
        }
        if done { return RatingVerdict(status: .green, wording: .deadline(deadline)) }
        if period.lastDay > deadline { return RatingVerdict(status: .red, wording: .deadline(deadline)) }
        return RatingVerdict(status: .notRated, reason: .deadlineNotReached, wording: .deadline(deadline))
    }

    private static func isBoolean(_ value: MeasureValue) -> Bool {
        if case .boolean = value { return true }
        return false
    }

    /// Rounds a value held in units of 1e-14 to six decimal places, half away from zero, for display.
    static func displayDecimal(_ value: Int128, scale: Int128) -> ExactDecimal {
        let quotient = value / scale
        let remainder = value % scale
        let adjust: Int128 = remainder.magnitude * 2 >= UInt128(scale) ? (value < 0 ? -1 : 1) : 0
        let units = quotient + adjust
        guard units >= Int128(Int64.min), units <= Int128(Int64.max) else {
            return ExactDecimal(units: units < 0 ? .min : .max)
        }
        return ExactDecimal(units: Int64(units))
    }
}
