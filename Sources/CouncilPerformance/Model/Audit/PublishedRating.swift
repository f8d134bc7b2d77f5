/// What a paper printed as an observation's rating and trend, and a rating the council set by hand.
///
/// Published papers print their own RAG and trend, sometimes against their own rule (a value exactly on
/// target printed Amber). Kept beside what the rule gives, the consistency audit can say where they
/// differ. An override is the council's decision, with its reason: reports show it as overridden, with
/// the rule's own rating beside it. Ratings and trends are the council's words, read through its
/// ``RatingLabels``.
public struct PublishedRating: Sendable, Hashable, Codable {
    /// The measure.
    public var measure: Measure.ID
    /// The period of the observation.
    public var period: ReportingPeriod
    /// The rating as printed, such as `Green` or `On track`.
    public var rating: String?
    /// The trend as printed, such as `Better` or `↑`.
    public var trend: String?
    /// The rating the council decided by hand, overriding the rule's.
    public var override: String?
    /// Why the council overrode the rule; required with ``override``.
    public var overrideReason: String?

    /// Creates a published rating.
    ///
    /// - Parameters:
    ///   - measure: The measure.
    ///   - period: The period of the observation.
    ///   - rating: The rating as printed.
    ///   - trend: The trend as printed.
    ///   - override: A rating decided by hand.
    ///   - overrideReason: Why.
    public init(
        measure: Measure.ID,
        period: ReportingPeriod,
        rating: String? = nil,
        trend: String? = nil,
        override: String? = nil,
        overrideReason: String? = nil
    ) {
        self.measure = measure
        self.period = period
        self.rating = rating
        self.trend = trend
        self.override = override
        self.overrideReason = overrideReason
    }
}
