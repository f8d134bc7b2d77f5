/// One reported value of a measure for a period, with the national comparator printed beside it.
public struct Observation: Sendable, Hashable, Codable {
    /// The measure observed.
    public var measure: Measure.ID
    /// The period the value belongs to.
    public var period: ReportingPeriod
    /// The value, or the non-value printed instead.
    public var value: MeasureValue
    /// The national figure printed for comparison, if any.
    public var national: MeasureValue?
    /// A note printed with the value, such as `Welbeck House, Lawn View`.
    public var note: String?
    /// Where the value was printed.
    public var source: SourceReference?

    /// Creates an observation.
    ///
    /// - Parameters:
    ///   - measure: The measure observed.
    ///   - period: The period the value belongs to.
    ///   - value: The value.
    ///   - national: The national comparator, if printed.
    ///   - note: A note printed with the value.
    ///   - source: Where the value was printed.
    public init(
        measure: Measure.ID,
        period: ReportingPeriod,
        value: MeasureValue,
        national: MeasureValue? = nil,
        note: String? = nil,
        source: SourceReference? = nil
    ) {
        self.measure = measure
        self.period = period
        self.value = value
        self.national = national
        self.note = note
        self.source = source
    }
}
