/// What a ``RatingScheme`` decides from: a value, its goal and the standard rules' verdict.
public struct RatingContext: Sendable, Hashable {
    /// The measure.
    public var measure: Measure
    /// The period rated.
    public var period: ReportingPeriod
    /// The value, unrounded.
    public var value: ExactDecimal
    /// What it was held against (the target, national figure, stated or comparison value), unrounded.
    public var goal: ExactDecimal
    /// Whether higher values are better for this rating.
    public var higherIsBetter: Bool
    /// The status the standard rules (target and bands) gave.
    public var standard: Rating.Status
    /// The value of the same period last year, if reported and rateable.
    public var samePeriodLastYear: ExactDecimal?

    /// Creates a context.
    ///
    /// - Parameters:
    ///   - measure: The measure.
    ///   - period: The period rated.
    ///   - value: The value.
    ///   - goal: What it was held against.
    ///   - higherIsBetter: Whether higher is better.
    ///   - standard: The standard status.
    ///   - samePeriodLastYear: Last year's value for the period, if any.
    public init(
        measure: Measure,
        period: ReportingPeriod,
        value: ExactDecimal,
        goal: ExactDecimal,
        higherIsBetter: Bool,
        standard: Rating.Status,
        samePeriodLastYear: ExactDecimal? = nil
    ) {
        self.measure = measure
        self.period = period
        self.value = value
        self.goal = goal
        self.higherIsBetter = higherIsBetter
        self.standard = standard
        self.samePeriodLastYear = samePeriodLastYear
    }

    /// How far the value is beyond its goal in the good direction (zero or more), or `nil` when it falls
    /// short.
    public var marginBeyondGoal: ExactDecimal? {
        let beyond = higherIsBetter ? value.subtracting(goal) : goal.subtracting(value)
        guard let beyond, !beyond.isNegative else { return nil }
        return beyond
    }

    /// Whether the value beats its goal by more than a percentage of the goal's magnitude, exactly.
    ///
    /// For a goal of 80 and 10%, a value of 88.000001 is beyond it (High is good) and 88 is not.
    ///
    /// - Parameter percent: The margin, as a percentage of the goal.
    /// - Returns: Whether the value is beyond the goal by more than the margin.
    public func isBeyondGoal(byMoreThanPercent percent: Int) -> Bool {
        guard let margin = marginBeyondGoal else { return false }
        // margin > |goal| * percent / 100, in integers: margin * 100 > |goal| * percent.
        return Int128(margin.units) * 100 > Int128(goal.units.magnitude) * Int128(percent)
    }

    /// Whether the value is better than the same period last year, or `nil` without last year's value.
    public var isBetterThanSamePeriodLastYear: Bool? {
        samePeriodLastYear.map { higherIsBetter ? value > $0 : value < $0 }
    }
}
