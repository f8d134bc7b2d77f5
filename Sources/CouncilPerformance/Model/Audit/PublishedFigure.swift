/// A figure as a paper printed it, with what it claims to be, so that the paper can be held against
/// itself: a Totals row cell, a headline in a covering report, a cell of a net-impact table.
///
/// ```swift
/// let total = try PublishedFigure(
///     id: "asch-cashable-2018-19",
///     source: SourceReference(document: "003", location: "Appendix B line 984"),
///     claim: .portfolioTotal, subject: "asch", quantity: .cashable,
///     years: try .init("2018/19"), printed: "8,569", denomination: .thousands
/// )
/// total.amount      // £8,569,000
/// total.precision   // £1,000: the printed figure is to the nearest £000
/// ```
public struct PublishedFigure: Sendable, Hashable, Identifiable {
    /// The identifier type for published figures.
    public typealias ID = Identifier<PublishedFigure>

    /// What a figure claims to be.
    ///
    /// An open set: councils may add claims, which the audit reports as not recomputable.
    public struct Claim: OpenCode {
        /// The claim's stable name.
        public var rawValue: String

        /// Creates a claim from its name.
        ///
        /// - Parameter rawValue: The name.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// A portfolio's Totals row cell: the sum of its projects.
        public static let portfolioTotal = Claim("portfolio-total")
        /// A council-wide total: the sum of every project.
        public static let councilTotal = Claim("council-total")
        /// A programme's figure: the sum of its projects.
        public static let programmeTotal = Claim("programme-total")
        /// A total over the projects of one governance level (the subject).
        public static let governanceTotal = Claim("governance-total")
        /// A project row's printed total or net at risk.
        public static let projectTotal = Claim("project-total")
        /// A figure a covering report states in words, for the council (no subject) or a portfolio.
        public static let headline = Claim("headline")
        /// A cell of a net-impact table summing change requests and extensions by year.
        public static let netImpact = Claim("net-impact")
        /// A figure quoted in a report's text about a project.
        public static let text = Claim("text")
        /// A total over the projects of a named group (``ProjectGroup``; the group's id is the subject).
        public static let groupTotal = Claim("group-total")
        /// The sum of other printed figures (their ids, separated by `;`, are the subject).
        public static let sum = Claim("sum")
        /// One printed figure minus another (their ids, `first;second`, are the subject), such as a
        /// "still to be achieved" line.
        public static let difference = Claim("difference")

        /// All the claims the audit knows how to recompute.
        public static let known: [Claim] = [
            .portfolioTotal, .councilTotal, .programmeTotal, .governanceTotal, .projectTotal, .headline, .netImpact,
            .text, .groupTotal, .sum, .difference,
        ]
    }

    /// Which quantity a figure states.
    ///
    /// An open set, like ``Claim``.
    public struct Quantity: OpenCode {
        /// The quantity's stable name.
        public var rawValue: String

        /// Creates a quantity from its name.
        ///
        /// - Parameter rawValue: The name.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// Cashable benefits (savings targets).
        public static let cashable = Quantity("cashable")
        /// Projected at risk or slipping (positive), over-achieved (negative).
        public static let atRisk = Quantity("at-risk")
        /// Savings delivered in an alternative way.
        public static let alternativeDelivery = Quantity("alternative-delivery")
        /// Net at risk: at risk less alternative delivery.
        public static let netAtRisk = Quantity("net-at-risk")
        /// Over-achievement stated as a positive amount: the negative of net at risk.
        public static let overAchievement = Quantity("over-achievement")
        /// The change requests' row of a net-impact table.
        public static let requests = Quantity("requests")
        /// The extensions' row of a net-impact table.
        public static let extensions = Quantity("extensions")
        /// The total row of a net-impact table.
        public static let total = Quantity("total")

        /// The number of projects (in a group, portfolio, programme or the council).
        public static let count = Quantity("count")

        /// All the quantities the audit knows how to recompute, besides any savings category
        /// (``category(_:)``) and percentage (``percentage(of:)``).
        public static let known: [Quantity] = [
            .cashable, .atRisk, .alternativeDelivery, .netAtRisk, .overAchievement, .requests, .extensions, .total,
        ]

        /// The amount of a savings category, such as `achieved` or `not-achievable`.
        ///
        /// - Parameter category: The category.
        /// - Returns: The quantity.
        public static func category(_ category: SavingsCategory) -> Quantity {
            Quantity(category.rawValue)
        }

        /// A category as a percentage of the target, such as `percentage-achieved`.
        ///
        /// - Parameter category: The category.
        /// - Returns: The quantity.
        public static func percentage(of category: SavingsCategory) -> Quantity {
            Quantity("percentage-\(category.rawValue)")
        }

        /// The category a percentage quantity is of (`achieved` for `percentage-achieved`), if it is one.
        public var percentageCategory: SavingsCategory? {
            rawValue.hasPrefix("percentage-") ? SavingsCategory(String(rawValue.dropFirst(11))) : nil
        }

        /// Whether the quantity is a number (a count or a percentage) rather than money.
        public var isNumber: Bool { self == .count || percentageCategory != nil }
    }

    /// The figure's identifier.
    public var id: ID
    /// Where it was printed.
    public var source: SourceReference
    /// What it claims to be.
    public var claim: Claim
    /// What it is about: a portfolio, programme, project or governance level; `nil` for the council.
    public var subject: String?
    /// Which quantity it states.
    public var quantity: Quantity
    /// The financial years it covers.
    public var years: ClosedRange<FinancialYear>
    /// The figure as printed, such as `-6,612` or `£25.6m`.
    public var printed: String
    /// What an unsuffixed printed figure counts (pounds, or thousands in a £000s table).
    public var denomination: Money.Denomination
    /// A note, such as the sentence a figure was quoted in.
    public var note: String?
    /// The month an in-year figure was reported at, or `nil` for the plan or the outturn.
    public var asAt: ReportingPeriod?
    /// The printed figure as an exact amount; zero for a count or a percentage (see ``number``).
    public let amount: Money
    /// The printed figure as an exact number, for a count or a percentage (`87.5%` is 87.5); `nil` for money.
    public let number: ExactDecimal?

    /// Creates a published figure, parsing the printed text.
    ///
    /// - Parameters:
    ///   - id: The figure's identifier.
    ///   - source: Where it was printed.
    ///   - claim: What it claims to be.
    ///   - subject: What it is about, or `nil` for the council.
    ///   - quantity: Which quantity it states.
    ///   - years: The years it covers.
    ///   - printed: The figure as printed.
    ///   - denomination: What an unsuffixed figure counts.
    ///   - note: A note.
    ///   - asAt: The month an in-year figure was reported at.
    /// - Throws: ``ValidationError`` when the printed text is not an amount of money, or not a number for a
    ///   count or a percentage.
    public init(
        id: ID,
        source: SourceReference,
        claim: Claim,
        subject: String? = nil,
        quantity: Quantity,
        years: ClosedRange<FinancialYear>,
        printed: String,
        denomination: Money.Denomination,
        note: String? = nil,
        asAt: ReportingPeriod? = nil
    ) throws(ValidationError) {
        self.id = id
        self.source = source
        self.claim = claim
        self.subject = subject
        self.quantity = quantity
        self.years = years
        self.printed = printed
        self.denomination = denomination
        self.note = note
        self.asAt = asAt
        if quantity.isNumber {
            var text = printed.trimmingWhitespace()
            if text.hasSuffix("%") { text.removeLast() }
            self.number = try ExactDecimal(text.trimmingWhitespace())
            self.amount = .zero
        } else {
            self.number = nil
            self.amount = try Money(printed, in: denomination)
        }
    }

    /// The precision of a printed count or percentage: one unit of its last printed digit (`87.5%` is to
    /// the nearest 0.1; `12` to the nearest 1).
    public var numberPrecision: ExactDecimal {
        var text = printed.trimmingWhitespace()
        if text.hasSuffix("%") { text.removeLast() }
        let places = min(decimals(in: text), ExactDecimal.fractionDigits)
        return ExactDecimal(units: ExactDecimal.scale / Self.power(places))
    }

    /// The precision of the printed figure: one unit of its last printed digit (`£25.6m` is to the
    /// nearest £100,000; `-6,612` in a £000s table to the nearest £1,000; `£686k` to the nearest £1,000).
    public var precision: Money {
        var body = printed.trimmingWhitespace().lowercased()
        var unit = denomination
        if body.hasSuffix("bn") {
            return Money(pence: 100_000_000_000 / Self.power(decimals(in: String(body.dropLast(2)))))
        }
        if body.hasSuffix("m") {
            unit = .millions
            body.removeLast()
        } else if body.hasSuffix("k") {
            unit = .thousands
            body.removeLast()
        }
        let unitPence: Int64 =
            switch unit {
            case .pounds: 100
            case .thousands: 100_000
            case .millions: 100_000_000
            }
        return Money(pence: max(unitPence / Self.power(decimals(in: body)), 1))
    }

    private func decimals(in text: String) -> Int {
        guard let point = text.firstIndex(of: ".") else { return 0 }
        return text[text.index(after: point)...].prefix(while: \.isNumber).count
    }

    private static func power(_ exponent: Int) -> Int64 {
        var result: Int64 = 1
        for _ in 0..<min(exponent, 12) { result *= 10 }
        return result
    }

    /// The figures a `sum` or `difference` names in its subject: ids separated by `;`.
    ///
    /// - Parameter subject: The subject.
    /// - Returns: The ids, in order.
    public static func figureIDs(in subject: String?) -> [ID] {
        (subject ?? "").split(separator: ";").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            .map { ID($0) }
    }

    /// Parses a span of years: `2018/19` or `2018/19-2020/21`.
    ///
    /// - Parameter text: The span.
    /// - Returns: The years.
    /// - Throws: ``ValidationError`` when either end is not a financial year or the span runs backwards.
    public static func years(_ text: String) throws(ValidationError) -> ClosedRange<FinancialYear> {
        let trimmed = text.trimmingWhitespace()
        // A span joins two years with "-" or "to"; a single year may itself contain "-" (2018-19).
        let parts =
            trimmed.split(separator: " to ").count == 2
            ? trimmed.split(separator: " to ").map(String.init)
            : Self.splitSpan(trimmed)
        if parts.count == 2 {
            let first = try FinancialYear(parts[0])
            let last = try FinancialYear(parts[1])
            guard first <= last else {
                throw ValidationError(
                    code: .invalidFinancialYear,
                    found: trimmed,
                    expected: "a span whose first year is not after its last"
                )
            }
            return first...last
        }
        let year = try FinancialYear(trimmed)
        return year...year
    }

    private static func splitSpan(_ text: String) -> [String] {
        // "2018/19-2020/21": split at the dash that has a full year on both sides.
        for (offset, character) in text.enumerated() where character == "-" || character == "\u{2013}" {
            let left = String(text.prefix(offset))
            let right = String(text.dropFirst(offset + 1))
            if (try? FinancialYear(left)) != nil, (try? FinancialYear(right)) != nil { return [left, right] }
        }
        return [text]
    }
}

extension ClosedRange where Bound == FinancialYear {
    /// The years of the span, in order.
    public var yearList: [FinancialYear] {
        var years: [FinancialYear] = []
        var year = lowerBound
        while year <= upperBound {
            years.append(year)
            year = year.next
        }
        return years
    }

    /// `2018/19` or `2018/19-2020/21`.
    public var label: String {
        lowerBound == upperBound ? lowerBound.description : "\(lowerBound)-\(upperBound)"
    }
}

extension PublishedFigure: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, source, claim, subject, quantity, years, printed, denomination, note, asAt
    }

    /// Decodes a figure, parsing its printed text and years.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError.dataCorrupted` when the printed text or years do not parse.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let yearsText = try container.decode(String.self, forKey: .years)
        do {
            try self.init(
                id: try container.decode(ID.self, forKey: .id),
                source: try container.decode(SourceReference.self, forKey: .source),
                claim: Claim(try container.decode(String.self, forKey: .claim)),
                subject: try container.decodeIfPresent(String.self, forKey: .subject),
                quantity: Quantity(try container.decode(String.self, forKey: .quantity)),
                years: try Self.years(yearsText),
                printed: try container.decode(String.self, forKey: .printed),
                denomination: try container.decode(Money.Denomination.self, forKey: .denomination),
                note: try container.decodeIfPresent(String.self, forKey: .note),
                asAt: try container.decodeIfPresent(ReportingPeriod.self, forKey: .asAt)
            )
        } catch let error as ValidationError {
            throw DecodingError.dataCorruptedError(forKey: .printed, in: container, debugDescription: error.message)
        }
    }

    /// Encodes the figure with its printed text and years as labels.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError` when the encoder fails.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(source, forKey: .source)
        try container.encode(claim.rawValue, forKey: .claim)
        try container.encodeIfPresent(subject, forKey: .subject)
        try container.encode(quantity.rawValue, forKey: .quantity)
        try container.encode(years.label, forKey: .years)
        try container.encode(printed, forKey: .printed)
        try container.encode(denomination, forKey: .denomination)
        try container.encodeIfPresent(note, forKey: .note)
        try container.encodeIfPresent(asAt, forKey: .asAt)
    }
}
