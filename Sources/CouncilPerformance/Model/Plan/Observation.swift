/// One reported value of a measure for a period, with the national comparator printed beside it.
public struct Observation: Sendable, Hashable, Codable {
    /// The measure observed.
    public var measure: Measure.ID
    /// The period the value belongs to.
    public var period: ReportingPeriod
    /// The value, or the non-value printed instead.
    public var value: MeasureValue
    /// The value's data-quality state; ``ValueStatus/final`` unless marked.
    ///
    /// Declared beside the value: rating reads the two together, so they share a cache line.
    public var status: ValueStatus
    /// The national figure printed for comparison, if any.
    public var national: MeasureValue?
    /// A note printed with the value, such as `Welbeck House, Lawn View`.
    public var note: String?
    /// Where the value was printed.
    public var source: SourceReference?
    /// The value as the paper printed it (`5:41 mins`, `63.2% (p)`, `83.0% (Spring Term 15)`), when that
    /// differs from how the library writes ``value``: reports show it, and ``value`` is what is rated.
    public var printed: String?

    /// Creates an observation.
    ///
    /// - Parameters:
    ///   - measure: The measure observed.
    ///   - period: The period the value belongs to.
    ///   - value: The value.
    ///   - national: The national comparator, if printed.
    ///   - note: A note printed with the value.
    ///   - source: Where the value was printed.
    ///   - status: The value's data-quality state.
    ///   - printed: The value as the paper printed it, if it differs from the library's form.
    public init(
        measure: Measure.ID,
        period: ReportingPeriod,
        value: MeasureValue,
        national: MeasureValue? = nil,
        note: String? = nil,
        source: SourceReference? = nil,
        status: ValueStatus = .final,
        printed: String? = nil
    ) {
        self.measure = measure
        self.period = period
        self.value = value
        self.national = national
        self.note = note
        self.source = source
        self.status = status
        self.printed = printed
    }

    /// Decodes an observation; one encoded before ``status`` existed is final, and one encoded before
    /// ``printed`` existed has no printed text.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a field is missing or malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            measure: try container.decode(Measure.ID.self, forKey: .measure),
            period: try container.decode(ReportingPeriod.self, forKey: .period),
            value: try container.decode(MeasureValue.self, forKey: .value),
            national: try container.decodeIfPresent(MeasureValue.self, forKey: .national),
            note: try container.decodeIfPresent(String.self, forKey: .note),
            source: try container.decodeIfPresent(SourceReference.self, forKey: .source),
            status: try container.decodeIfPresent(ValueStatus.self, forKey: .status) ?? .final,
            printed: try container.decodeIfPresent(String.self, forKey: .printed)
        )
    }

    private enum CodingKeys: String, CodingKey {
        case measure, period, value, national, note, source, status, printed
    }

    /// Whether the value is rated and compared: a value in a rated state (not a placeholder or not due).
    public var isRateable: Bool { status.isRated }
}
