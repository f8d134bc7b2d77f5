/// The evaluation of one measure for one period: what was reported, what it was held against, and the
/// resulting rating, direction of travel and benchmark comparison.
public struct Assessment: Sendable, Hashable, Codable {
    /// The measure assessed.
    public var measure: Measure.ID
    /// The period assessed.
    public var period: ReportingPeriod
    /// The observation for the period, if reported.
    public var latest: Observation?
    /// The observation it is compared with (previous period, or same period last year), if reported.
    public var comparator: Observation?
    /// The target in force for the period.
    public var target: Target
    /// The RAG rating with its explanation.
    public var rating: Rating
    /// The direction of travel since the comparison period.
    public var directionOfTravel: DirectionOfTravel
    /// The comparison with the national figure.
    public var benchmark: BenchmarkComparison
}
