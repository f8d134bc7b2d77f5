/// A figure a paper printed, of any kind, with what it claims about other figures: that it is the same
/// value as one printed elsewhere, their sum, difference, mean or percentage, a count of the rows of a
/// table, or (with no figure) that every item of one list appears in another, or that one figure is above
/// or below another.
///
/// ``PublishedFigure`` holds the savings tables' money against the projects; a claim holds everything
/// else a paper states: a measure's latest value printed in two dashboards, `67%` of milestones against
/// the 20 of 42 the comment lists, "nine projects were formally closed" against the list that follows.
/// Its operands are other printed figures (claims or published figures, by id) or values of the model.
///
/// ```swift
/// let dropped = try PublishedClaim(
///     id: "ict-calls-dropped-share",
///     source: SourceReference(document: "003", location: "item 8 appendix line 1325"),
///     kind: .percentage, subject: "% of service desk calls dropped, Q2 2018/19",
///     printed: "10.89 %", operands: ["ict-calls-dropped", "ict-calls-presented"]
/// )
/// dropped.value?.precision   // 0.01
/// ```
public struct PublishedClaim: Sendable, Hashable, Identifiable {
    /// The identifier type for claims; claims and published figures share one set of ids.
    public typealias ID = Identifier<PublishedClaim>

    /// What a claim says about its operands.
    ///
    /// An open set: councils may add kinds, which the audit reports as not recomputable.
    public struct Kind: OpenCode {
        /// The kind's stable name.
        public var rawValue: String

        /// Creates a kind from its name.
        ///
        /// - Parameter rawValue: The name.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// The same value as its one operand, printed elsewhere or held in the model.
        public static let sameAs = Kind("same-as")
        /// The sum of its operands.
        public static let sum = Kind("sum")
        /// Its first operand less its second.
        public static let difference = Kind("difference")
        /// Its first operand as a percentage of its second.
        public static let percentage = Kind("percentage")
        /// The mean of its operands.
        public static let mean = Kind("mean")
        /// The number of its operands' items: rows of a printed list, projects, milestones, measures, or the
        /// operands themselves when they are figures.
        public static let count = Kind("count")
        /// No figure: every item of its first operand appears in its second.
        public static let members = Kind("members")
        /// No check: one row of a printed list (``PublishedClaim/list``), which `count` and `members` read.
        public static let item = Kind("item")
        /// No figure: its first operand is greater than its second, as a text says when a figure rose, is
        /// above a target or is the highest of a series.
        public static let above = Kind("above")
        /// No figure: its first operand is less than its second, as a text says when a figure fell, is below
        /// a target or is the lowest of a series.
        public static let below = Kind("below")

        /// All the kinds the audit knows.
        public static let known: [Kind] = [
            .sameAs, .sum, .difference, .percentage, .mean, .count, .members, .item, .above, .below,
        ]

        /// Whether a claim of this kind compares two figures (`above`, `below`) rather than printing one.
        public var isComparison: Bool { self == .above || self == .below }

        /// Whether a claim of this kind must print a figure: a copy or a count.
        ///
        /// A sum, difference, mean or percentage printed nowhere is a working figure (295 changes less one
        /// failure), worked out from its operands for other claims and not checked itself.
        public var needsFigure: Bool { self == .sameAs || self == .count }
    }

    /// What a claim is held against: another printed figure, or a value or set of the model.
    public enum Operand: Sendable, Hashable, CustomStringConvertible {
        /// Another claim or a published figure, by id: its printed value.
        case figure(String)
        /// A measure's reported value for a period: `observation:<measure>@<period>`.
        case observation(Measure.ID, ReportingPeriod)
        /// The target in force for a measure in a period: `target:<measure>@<period>`.
        case target(Measure.ID, ReportingPeriod)
        /// The items of a printed list (claims of kind `item` with this ``PublishedClaim/list``): `list:<name>`.
        case list(String)
        /// The projects of a portfolio, programme or group, or every project: `projects:<id>`, `projects:*`.
        case projects(String)
        /// The milestones of a programme: `milestones:<programme>`.
        case milestones(String)
        /// The measures that contribute to a commitment or approach: `measures:<commitment or approach id>`.
        case measures(String)

        /// Reads an operand: a figure's id, or `<kind>:<reference>`.
        ///
        /// - Parameter text: The operand's text.
        /// - Throws: ``ValidationError`` when a model reference is malformed (a period that does not parse,
        ///   an empty reference).
        public init(_ text: String) throws(ValidationError) {
            let trimmed = text.trimmingWhitespace()
            guard let colon = trimmed.firstIndex(of: ":") else {
                guard !trimmed.isEmpty else {
                    throw ValidationError(code: .invalidValue, found: text, expected: "a figure's id or kind:reference")
                }
                self = .figure(trimmed)
                return
            }
            let prefix = String(trimmed[..<colon])
            let reference = String(trimmed[trimmed.index(after: colon)...]).trimmingWhitespace()
            let malformed = ValidationError(
                code: .invalidValue,
                found: trimmed,
                expected: "observation:<measure>@<period>, target:<measure>@<period>, list:<name>, projects:<id>, "
                    + "milestones:<programme> or measures:<commitment or approach>"
            )
            guard !reference.isEmpty else { throw malformed }
            switch prefix {
            case "observation", "target":
                let parts = reference.split(separator: "@", maxSplits: 1).map { String($0).trimmingWhitespace() }
                guard parts.count == 2, !parts[0].isEmpty else { throw malformed }
                let period = try ReportingPeriod(parts[1])
                self =
                    prefix == "observation"
                    ? .observation(Measure.ID(parts[0]), period) : .target(Measure.ID(parts[0]), period)
            case "list": self = .list(reference)
            case "projects": self = .projects(reference)
            case "milestones": self = .milestones(reference)
            case "measures": self = .measures(reference)
            default: throw malformed
            }
        }

        /// The operand as the data writes it.
        public var description: String {
            switch self {
            case .figure(let id): id
            case .observation(let measure, let period): "observation:\(measure)@\(period)"
            case .target(let measure, let period): "target:\(measure)@\(period)"
            case .list(let name): "list:\(name)"
            case .projects(let scope): "projects:\(scope)"
            case .milestones(let programme): "milestones:\(programme)"
            case .measures(let element): "measures:\(element)"
            }
        }

        /// Whether the operand is a set of items (for `count` and `members`) rather than a figure.
        public var isSet: Bool {
            switch self {
            case .list, .projects, .milestones, .measures: true
            case .figure, .observation, .target: false
            }
        }
    }

    /// The claim's identifier.
    public var id: ID
    /// Where the figure was printed.
    public var source: SourceReference
    /// What it claims.
    public var kind: Kind
    /// What the figure is, in words (`% of ICT changes successfully completed, Q2 2018/19`); for an item,
    /// the item as printed.
    public var subject: String
    /// The figure as printed; empty for `members`, `above`, `below` and for an item without a figure.
    public var printed: String
    /// What the figure counts, when the printed text alone does not say it.
    public var unit: PrintedValue.Kind?
    /// What an unsuffixed amount of money counts.
    public var denomination: Money.Denomination
    /// What it is held against, in order.
    public var operands: [Operand]
    /// For an item, the printed list it belongs to.
    public var list: String?
    /// A note, such as the sentence the figure was quoted in.
    public var note: String?
    /// The printed figure read as a number; `nil` when nothing was printed.
    public let value: PrintedValue?

    /// Creates a claim, reading the printed figure.
    ///
    /// - Parameters:
    ///   - id: The claim's identifier.
    ///   - source: Where it was printed.
    ///   - kind: What it claims.
    ///   - subject: What the figure is.
    ///   - printed: The figure as printed, or empty.
    ///   - unit: What the figure counts, when the text does not say it.
    ///   - denomination: What an unsuffixed amount of money counts.
    ///   - operands: What it is held against.
    ///   - list: For an item, its list.
    ///   - note: A note.
    /// - Throws: ``ValidationError`` when the printed text is not a figure (of the unit, when given), or a
    ///   claim that states a figure has none.
    public init(
        id: ID,
        source: SourceReference,
        kind: Kind,
        subject: String,
        printed: String,
        unit: PrintedValue.Kind? = nil,
        denomination: Money.Denomination = .pounds,
        operands: [Operand] = [],
        list: String? = nil,
        note: String? = nil
    ) throws(ValidationError) {
        self.id = id
        self.source = source
        self.kind = kind
        self.subject = subject
        self.printed = printed
        self.unit = unit
        self.denomination = denomination
        self.operands = operands
        self.list = list
        self.note = note
        let text = printed.trimmingWhitespace()
        if text.isEmpty {
            guard !kind.needsFigure else {
                throw ValidationError(code: .invalidValue, found: "", expected: "the figure a \(kind) claim prints")
            }
            self.value = nil
        } else {
            self.value = try PrintedValue(text, kind: unit, denomination: denomination)
        }
    }

    /// Creates a claim whose operands are written as text (`observation:m@Q2 2018/19`, ids).
    ///
    /// - Parameters:
    ///   - id: The claim's identifier.
    ///   - source: Where it was printed.
    ///   - kind: What it claims.
    ///   - subject: What the figure is.
    ///   - printed: The figure as printed, or empty.
    ///   - unit: What the figure counts, when the text does not say it.
    ///   - operands: What it is held against, as text.
    /// - Throws: ``ValidationError`` when the figure or an operand does not read.
    public init(
        id: ID,
        source: SourceReference,
        kind: Kind,
        subject: String,
        printed: String,
        unit: PrintedValue.Kind? = nil,
        operands: [String]
    ) throws(ValidationError) {
        var read: [Operand] = []
        for operand in operands { read.append(try Operand(operand)) }
        try self.init(
            id: id,
            source: source,
            kind: kind,
            subject: subject,
            printed: printed,
            unit: unit,
            operands: read
        )
    }
}

extension PublishedClaim: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, source, kind, subject, printed, unit, denomination, operands, list, note
    }

    /// Decodes a claim, reading its figure and operands.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError.dataCorrupted` when the figure or an operand does not read.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        do {
            var operands: [Operand] = []
            for text in try container.decodeIfPresent([String].self, forKey: .operands) ?? [] {
                operands.append(try Operand(text))
            }
            try self.init(
                id: try container.decode(ID.self, forKey: .id),
                source: try container.decode(SourceReference.self, forKey: .source),
                kind: Kind(try container.decode(String.self, forKey: .kind)),
                subject: try container.decode(String.self, forKey: .subject),
                printed: try container.decodeIfPresent(String.self, forKey: .printed) ?? "",
                unit: try container.decodeIfPresent(PrintedValue.Kind.self, forKey: .unit),
                denomination: try container.decodeIfPresent(Money.Denomination.self, forKey: .denomination) ?? .pounds,
                operands: operands,
                list: try container.decodeIfPresent(String.self, forKey: .list),
                note: try container.decodeIfPresent(String.self, forKey: .note)
            )
        } catch let error as ValidationError {
            throw DecodingError.dataCorruptedError(forKey: .printed, in: container, debugDescription: error.message)
        }
    }

    /// Encodes the claim with its figure as printed and its operands as text.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError` when the encoder fails.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(source, forKey: .source)
        try container.encode(kind.rawValue, forKey: .kind)
        try container.encode(subject, forKey: .subject)
        if !printed.isEmpty { try container.encode(printed, forKey: .printed) }
        try container.encodeIfPresent(unit, forKey: .unit)
        if denomination != .pounds { try container.encode(denomination, forKey: .denomination) }
        if !operands.isEmpty { try container.encode(operands.map(\.description), forKey: .operands) }
        try container.encodeIfPresent(list, forKey: .list)
        try container.encodeIfPresent(note, forKey: .note)
    }
}
