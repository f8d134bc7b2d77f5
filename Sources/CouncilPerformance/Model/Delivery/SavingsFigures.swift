/// A project's savings figures by category, financial year and, for in-year tracking, month.
///
/// Each entry is one figure as a tracker prints it: the target for 2015/16, the amount achieved at
/// September 2015, the amount delayed to a later year. An entry without a month (`asAt`) is the plan or
/// the outturn. Entries keep the order they were given in; amounts are exact.
///
/// ```swift
/// var figures = SavingsFigures()
/// figures[.target, year] = Money(thousands: 1_200)
/// figures[.achieved, year, asAt: september] = Money(thousands: 700)
/// figures.amount(.achieved, over: [year], asAt: september)  // £700,000
/// ```
public struct SavingsFigures: Sendable, Hashable, Codable, ExpressibleByArrayLiteral {
    /// One figure.
    public struct Entry: Sendable, Hashable, Codable {
        /// The category.
        public var category: SavingsCategory
        /// The financial year the saving belongs to.
        public var year: FinancialYear
        /// The month the figure was reported at, or `nil` for the plan or the outturn.
        public var asAt: ReportingPeriod?
        /// The amount, in pounds.
        public var amount: Money

        /// Creates an entry.
        ///
        /// - Parameters:
        ///   - category: The category.
        ///   - year: The financial year.
        ///   - asAt: The month reported at, or `nil`.
        ///   - amount: The amount.
        public init(category: SavingsCategory, year: FinancialYear, asAt: ReportingPeriod? = nil, amount: Money) {
            self.category = category
            self.year = year
            self.asAt = asAt
            self.amount = amount
        }

        private enum CodingKeys: String, CodingKey {
            case category, year, asAt, amount
        }

        /// Decodes an entry.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` when a field is missing or malformed.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                category: try container.decode(SavingsCategory.self, forKey: .category),
                year: try container.decode(FinancialYear.self, forKey: .year),
                asAt: try container.decodeIfPresent(ReportingPeriod.self, forKey: .asAt),
                amount: try container.decode(Money.self, forKey: .amount)
            )
        }

        /// Encodes an entry, leaving out an absent month.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: `EncodingError` when the encoder fails.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(category, forKey: .category)
            try container.encode(year, forKey: .year)
            try container.encodeIfPresent(asAt, forKey: .asAt)
            try container.encode(amount, forKey: .amount)
        }
    }

    /// The figures, in the order given.
    public private(set) var entries: [Entry]

    /// No figures.
    public init() {
        entries = []
    }

    /// Creates figures from entries; a later entry for the same category, year and month replaces an
    /// earlier one.
    ///
    /// - Parameter entries: The entries.
    public init(_ entries: some Sequence<Entry>) {
        self.entries = []
        for entry in entries { self[entry.category, entry.year, asAt: entry.asAt] = entry.amount }
    }

    /// Creates figures from an array literal of entries.
    ///
    /// - Parameter elements: The entries.
    public init(arrayLiteral elements: Entry...) {
        self.init(elements)
    }

    /// Decodes figures from an array of entries.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when an entry is malformed.
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode([Entry].self))
    }

    /// Encodes the figures as an array of entries, in order.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError` when the encoder fails.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(entries)
    }

    /// The figure for a category, year and month; `nil` when none was given.
    ///
    /// Setting `nil` removes the figure; setting an amount replaces it in place or appends it.
    ///
    /// - Parameters:
    ///   - category: The category.
    ///   - year: The financial year.
    ///   - asAt: The month, or `nil` for the plan or the outturn.
    public subscript(category: SavingsCategory, year: FinancialYear, asAt asAt: ReportingPeriod? = nil) -> Money? {
        get {
            entries.first { $0.category == category && $0.year == year && $0.asAt == asAt }?.amount
        }
        set {
            let index = entries.firstIndex { $0.category == category && $0.year == year && $0.asAt == asAt }
            switch (index, newValue) {
            case (let index?, let amount?): entries[index].amount = amount
            case (let index?, nil): entries.remove(at: index)
            case (nil, let amount?): entries.append(Entry(category: category, year: year, asAt: asAt, amount: amount))
            case (nil, nil): break
            }
        }
    }

    /// Whether there are no figures.
    public var isEmpty: Bool { entries.isEmpty }

    /// The categories given, in ``SavingsCategory`` order.
    public var categories: [SavingsCategory] { Set(entries.map(\.category)).sorted() }

    /// The years given, in order.
    public var years: [FinancialYear] { Set(entries.map(\.year)).sorted() }

    /// The months figures were reported at, in order.
    public var months: [ReportingPeriod] { Set(entries.compactMap(\.asAt)).sorted() }

    /// Whether any figure of a category is given.
    ///
    /// - Parameter category: The category.
    /// - Returns: Whether the category has a figure.
    public func contains(_ category: SavingsCategory) -> Bool {
        entries.contains { $0.category == category }
    }

    /// The sum of a category's figures over years at one month; `nil` when none of those years has a
    /// figure of the category at that month.
    ///
    /// - Parameters:
    ///   - category: The category.
    ///   - years: The years.
    ///   - asAt: The month, or `nil` for the plan or the outturn.
    /// - Returns: The sum.
    /// - Complexity: O(*n*) in the number of entries.
    public func amount(
        _ category: SavingsCategory,
        over years: [FinancialYear],
        asAt: ReportingPeriod? = nil
    )
        -> Money?
    {
        var total: Money? = nil
        for entry in entries where entry.category == category && entry.asAt == asAt && years.contains(entry.year) {
            total = (total ?? .zero) + entry.amount
        }
        return total
    }
}
