/// Amounts of money by financial year: a project's cashable benefits, or its forecast at risk.
///
/// A profile is a sorted map from year to amount. Years with no entry count as zero; ``total`` is
/// always derived, never stored.
///
/// ```swift
/// let benefits: SavingsProfile = try [
///     FinancialYear("2018/19"): Money("2,010", in: .thousands),
///     FinancialYear("2019/20"): Money("2,000", in: .thousands),
/// ]
/// benefits.total.formatted(.thousandsTable)  // "4,010"
/// ```
public struct SavingsProfile: Sendable, Hashable, ExpressibleByDictionaryLiteral, CustomStringConvertible {
    /// The amounts by year, in year order, with no zero entries.
    public private(set) var entries: [(year: FinancialYear, amount: Money)]

    /// An empty profile: zero in every year.
    public init() {
        entries = []
    }

    /// Creates a profile from amounts by year; zero amounts are dropped and a repeated year is summed.
    ///
    /// - Parameter amounts: Pairs of year and amount.
    public init(_ amounts: some Sequence<(FinancialYear, Money)>) {
        entries = []
        for (year, amount) in amounts { self[year] += amount }
    }

    /// Creates a profile from a dictionary literal of years and amounts.
    ///
    /// - Parameter elements: Pairs of year and amount.
    public init(dictionaryLiteral elements: (FinancialYear, Money)...) {
        self.init(elements)
    }

    /// The amount for a year (zero when none is recorded).
    ///
    /// - Parameter year: The financial year.
    public subscript(year: FinancialYear) -> Money {
        get { entries.first { $0.year == year }?.amount ?? .zero }
        set {
            if let index = entries.firstIndex(where: { $0.year == year }) {
                if newValue == .zero {
                    entries.remove(at: index)
                } else {
                    entries[index].amount = newValue
                }
            } else if newValue != .zero {
                let position = entries.firstIndex { $0.year > year } ?? entries.endIndex
                entries.insert((year, newValue), at: position)
            }
        }
    }

    /// The years with a non-zero amount, in order.
    public var years: [FinancialYear] { entries.map(\.year) }

    /// The sum over all years.
    ///
    /// - Complexity: O(*n*) in the number of years.
    public var total: Money { entries.map(\.amount).sum }

    /// The sum over the given years only.
    ///
    /// - Parameter years: The years to include.
    /// - Returns: The sum of those years' amounts.
    public func total(over years: some Sequence<FinancialYear>) -> Money {
        years.map { self[$0] }.sum
    }

    /// Whether every year is zero.
    public var isEmpty: Bool { entries.isEmpty }

    /// The year-by-year sum of two profiles.
    ///
    /// - Parameters:
    ///   - lhs: A profile.
    ///   - rhs: Another profile.
    /// - Returns: The sum, year by year.
    public static func + (lhs: SavingsProfile, rhs: SavingsProfile) -> SavingsProfile {
        var result = lhs
        for (year, amount) in rhs.entries { result[year] += amount }
        return result
    }

    /// The year-by-year difference of two profiles.
    ///
    /// - Parameters:
    ///   - lhs: A profile.
    ///   - rhs: The profile to subtract.
    /// - Returns: The difference, year by year.
    public static func - (lhs: SavingsProfile, rhs: SavingsProfile) -> SavingsProfile {
        var result = lhs
        for (year, amount) in rhs.entries { result[year] += -amount }
        return result
    }

    /// Compares profiles year by year.
    ///
    /// - Parameters:
    ///   - lhs: A profile.
    ///   - rhs: Another profile.
    /// - Returns: Whether every year's amount is equal.
    public static func == (lhs: SavingsProfile, rhs: SavingsProfile) -> Bool {
        lhs.entries.elementsEqual(rhs.entries) { $0.year == $1.year && $0.amount == $1.amount }
    }

    /// Hashes the profile's years and amounts.
    ///
    /// - Parameter hasher: The hasher.
    public func hash(into hasher: inout Hasher) {
        for (year, amount) in entries {
            hasher.combine(year)
            hasher.combine(amount)
        }
    }

    /// `2018/19: £2,010,000; 2019/20: £2,000,000`.
    public var description: String {
        entries.map { "\($0.year): \($0.amount.formatted(.pounds(decimalPlaces: 0)))" }.joined(separator: "; ")
    }
}

extension Sequence where Element == SavingsProfile {
    /// The year-by-year sum of the profiles.
    ///
    /// - Complexity: O(*n* × *y*) for *n* profiles of *y* years.
    public var sum: SavingsProfile {
        reduce(SavingsProfile(), +)
    }
}

extension SavingsProfile: Codable {
    private struct YearKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Decodes a profile from an object keyed by year label: `{"2018/19": "2010000"}`.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError.dataCorrupted` when a key is not a financial year.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: YearKey.self)
        var pairs: [(FinancialYear, Money)] = []
        for key in container.allKeys {
            let year: FinancialYear
            do {
                year = try FinancialYear(key.stringValue)
            } catch {
                throw DecodingError.dataCorruptedError(
                    forKey: key,
                    in: container,
                    debugDescription: error.message
                )
            }
            pairs.append((year, try container.decode(Money.self, forKey: key)))
        }
        self.init(pairs)
    }

    /// Encodes the profile as an object keyed by year label, in year order.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError` when the encoder fails.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: YearKey.self)
        for (year, amount) in entries {
            try container.encode(amount, forKey: YearKey(stringValue: year.description))
        }
    }
}
