/// One reported value of a measure for a period, with the national comparator printed beside it.
public struct Observation: Sendable, Hashable, Codable {
    // The stored properties are declared in the order that packs them into 40 bytes: the measure (16),
    // the value (9) and its status (1), the period (4) in the gap before the details reference (8).

    /// The measure observed.
    public var measure: Measure.ID
    /// The value, or the non-value printed instead.
    public var value: MeasureValue
    /// The value's data-quality state; ``ValueStatus/final`` unless marked.
    ///
    /// Declared beside the value: rating reads the two together, so they share a cache line.
    public var status: ValueStatus
    /// The period the value belongs to.
    public var period: ReportingPeriod
    /// The fields most observations do not give, held out of line (see ``Details``).
    private var details: Details?

    /// The national figure printed for comparison, if any.
    public var national: MeasureValue? {
        get { details?.fields.national }
        set { set(\.national, newValue) }
    }
    /// A note printed with the value, such as `Welbeck House, Lawn View`.
    public var note: String? {
        get { details?.fields.note }
        set { set(\.note, newValue) }
    }
    /// Where the value was printed.
    public var source: SourceReference? {
        get { details?.fields.source }
        set { set(\.source, newValue) }
    }
    /// The value as the paper printed it (`5:41 mins`, `63.2% (p)`, `83.0% (Spring Term 15)`), when that
    /// differs from how the library writes ``value``: reports show it, and ``value`` is what is rated.
    public var printed: String? {
        get { details?.fields.printed }
        set { set(\.printed, newValue) }
    }

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
        self.status = status
        // Nearly every observation has none of the four, and every one of a load passes here.
        if national == nil && note == nil && source == nil && printed == nil {
            details = nil
        } else {
            details = Details(DetailFields(national: national, note: note, source: source, printed: printed))
        }
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

    /// Encodes the observation, leaving out the fields it does not give.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: What the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(measure, forKey: .measure)
        try container.encode(period, forKey: .period)
        try container.encode(value, forKey: .value)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(national, forKey: .national)
        try container.encodeIfPresent(note, forKey: .note)
        try container.encodeIfPresent(source, forKey: .source)
        try container.encodeIfPresent(printed, forKey: .printed)
    }

    private enum CodingKeys: String, CodingKey {
        case measure, period, value, national, note, source, status, printed
    }

    /// The national figure, note, source and printed text, each optional.
    private struct DetailFields: Sendable, Hashable {
        var national: MeasureValue?
        var note: String?
        var source: SourceReference?
        var printed: String?
    }

    /// The detail fields of an observation that gives any of them.
    ///
    /// A council's observations are millions of rows, and most give none of these: out of line, they
    /// cost an observation one reference instead of about 80 bytes. Immutable, so an observation stays
    /// a value; setting one of the fields replaces the details.
    private final class Details: Sendable {
        let fields: DetailFields

        /// The details, or `nil` when none of the fields is given (every observation is made through
        /// here, so four `nil` checks, not an equality of the four optionals).
        init?(_ fields: DetailFields) {
            guard fields.national != nil || fields.note != nil || fields.source != nil || fields.printed != nil
            else { return nil }
            self.fields = fields
        }
    }

    /// The detail fields, all `nil` when the observation gives none.
    private var detailFields: DetailFields { details?.fields ?? DetailFields() }

    /// Replaces the details with one field changed.
    private mutating func set<Value>(_ field: WritableKeyPath<DetailFields, Value>, _ value: Value) {
        var fields = detailFields
        fields[keyPath: field] = value
        details = Details(fields)
    }

    /// Whether the value is rated and compared: a value in a rated state (not a placeholder or not due).
    public var isRateable: Bool { status.isRated }

    /// Whether two observations give the same measure, period, value, status and details.
    ///
    /// - Parameters:
    ///   - lhs: An observation.
    ///   - rhs: Another observation.
    /// - Returns: `true` when every field is equal.
    public static func == (lhs: Observation, rhs: Observation) -> Bool {
        lhs.measure == rhs.measure && lhs.period == rhs.period && lhs.value == rhs.value
            && lhs.status == rhs.status && lhs.detailFields == rhs.detailFields
    }

    /// Hashes every field that ``==(_:_:)`` compares.
    ///
    /// - Parameter hasher: The hasher.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(measure)
        hasher.combine(period)
        hasher.combine(value)
        hasher.combine(status)
        hasher.combine(detailFields)
    }
}
