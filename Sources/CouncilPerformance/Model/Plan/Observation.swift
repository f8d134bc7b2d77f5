/// One reported value of a measure for a period, with the national comparator printed beside it.
public struct Observation: Sendable, Hashable, Codable {
    // The stored properties are declared in the order that packs them into 32 bytes: the measure (16),
    // the value or the box holding it with the details (9), the status (1) and the period (4).

    /// The measure observed.
    public var measure: Measure.ID
    /// The value, inline; or, for a narrative value or an observation that gives a detail field, a box
    /// holding the value and the details.
    private var content: Content
    /// The value's data-quality state; ``ValueStatus/final`` unless marked.
    ///
    /// Declared beside the value: rating reads the two together, so they share a cache line.
    public var status: ValueStatus
    /// The period the value belongs to.
    public var period: ReportingPeriod

    /// The value, or the non-value printed instead.
    public var value: MeasureValue {
        get {
            switch content {
            case .number(let number): .number(number)
            case .money(let money): .money(money)
            case .boolean(let flag): .boolean(flag)
            case .notApplicable: .notApplicable
            case .missing: .missing
            case .newMeasure: .newMeasure
            case .boxed(let boxed): boxed.value
            }
        }
        set { content = Content(newValue, detailFields) }
    }

    /// The national figure printed for comparison, if any.
    public var national: MeasureValue? {
        get { boxed?.fields.national }
        set { set(\.national, newValue) }
    }
    /// A note printed with the value, such as `Welbeck House, Lawn View`.
    public var note: String? {
        get { boxed?.fields.note }
        set { set(\.note, newValue) }
    }
    /// Where the value was printed.
    public var source: SourceReference? {
        get { boxed?.fields.source }
        set { set(\.source, newValue) }
    }
    /// The value as the paper printed it (`5:41 mins`, `63.2% (p)`, `83.0% (Spring Term 15)`), when that
    /// differs from how the library writes ``value``: reports show it, and ``value`` is what is rated.
    public var printed: String? {
        get { boxed?.fields.printed }
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
        self.status = status
        // Nearly every observation has none of the four, and every one of a load passes here.
        if national == nil && note == nil && source == nil && printed == nil {
            content = Content(value, nil)
        } else {
            content = Content(value, DetailFields(national: national, note: note, source: source, printed: printed))
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

        /// Whether none of the four is given.
        var isEmpty: Bool { national == nil && note == nil && source == nil && printed == nil }
    }

    /// An observation's value in 9 bytes: a value that fits in 8 inline, and anything else (a narrative
    /// value, or a value with detail fields) boxed.
    ///
    /// A council's observations are millions of rows, and nearly all are a number without details: inline,
    /// an observation is 32 bytes rather than 40 with a reference for the details beside the value.
    private enum Content: Sendable {
        case number(ExactDecimal)
        case money(Money)
        case boolean(Bool)
        case notApplicable
        case missing
        case newMeasure
        case boxed(Boxed)

        /// The content for a value and its detail fields (`nil` or empty for none).
        init(_ value: MeasureValue, _ fields: DetailFields?) {
            guard fields?.isEmpty ?? true else {
                self = .boxed(Boxed(value: value, fields: fields ?? DetailFields()))
                return
            }
            switch value {
            case .number(let number): self = .number(number)
            case .money(let money): self = .money(money)
            case .boolean(let flag): self = .boolean(flag)
            case .notApplicable: self = .notApplicable
            case .missing: self = .missing
            case .newMeasure: self = .newMeasure
            case .narrative: self = .boxed(Boxed(value: value, fields: DetailFields()))
            }
        }
    }

    /// A value that does not fit inline, and the detail fields.
    ///
    /// Immutable, so an observation stays a value; setting the value or a field makes new content.
    private final class Boxed: Sendable {
        let value: MeasureValue
        let fields: DetailFields

        init(value: MeasureValue, fields: DetailFields) {
            self.value = value
            self.fields = fields
        }
    }

    /// The box, when the observation has one.
    private var boxed: Boxed? {
        if case .boxed(let boxed) = content { return boxed }
        return nil
    }

    /// The detail fields, all `nil` when the observation gives none.
    private var detailFields: DetailFields { boxed?.fields ?? DetailFields() }

    /// Replaces the content with one detail field changed.
    private mutating func set<Value>(_ field: WritableKeyPath<DetailFields, Value>, _ value: Value) {
        var fields = detailFields
        fields[keyPath: field] = value
        content = Content(self.value, fields)
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
