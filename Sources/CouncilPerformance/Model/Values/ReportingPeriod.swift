/// A span of time a figure is reported for: a financial year, quarter, 4-monthly term or month.
///
/// Periods have canonical labels (`2018/19`, `Q2 2018/19`, `T1 2018/19`, `Sep 2018`), order by when
/// they end, and know their neighbours: ``previous`` for snapshot measures and ``sameLastYear`` for
/// cumulative ones, whose values run from 1 April to the end of the period (see ``yearToDate``).
///
/// ```swift
/// let period = try ReportingPeriod("Q2 15/16")
/// period.description           // "Q2 2015/16"
/// period.previous.description  // "Q1 2015/16"
/// try ReportingPeriod("M Sept", in: FinancialYear("2015/16")).description  // "Sep 2015"
/// ```
///
/// Council quarters: Q1 April to June, Q2 July to September, Q3 October to December, Q4 January to
/// March. Internal-audit terms: T1 April to July, T2 August to November, T3 December to March.
public struct ReportingPeriod: Sendable, Hashable, Comparable, TextCodable {
    /// How long a period is.
    public enum Granularity: Sendable, Hashable {
        /// A whole financial year.
        case year
        /// A financial quarter, 1 to 4.
        case quarter(Int)
        /// A 4-monthly term, 1 to 3.
        case term(Int)
        /// A calendar month, 1 (January) to 12 (December).
        case month(Int)
    }

    /// The months the period spans, in one 32-bit integer: its last month counted from year 0 (January
    /// of year 0 is month 0), shifted left 16 bits, then its first month (`sortKey(endMonth:startMonth:)`).
    ///
    /// A period is in every observation, target and history a report holds, millions of them for a
    /// large council: packed, it is 4 bytes rather than the 24 a year and an enumeration with a payload
    /// take. Month counts stay below 2¹⁶ for any year the library reads (``FinancialYear`` accepts 1900 to
    /// 2998, months below 36,000). No two periods span the same months, and the integers order as the
    /// periods do, so a period compares and hashes as one integer; its year and part are worked out from
    /// its months when asked.
    private let packed: UInt32

    /// The financial year the period falls in.
    public var financialYear: FinancialYear {
        // The financial year starts in April, month 3 of its start year.
        let start = startMonthIndex - 3
        return FinancialYear(uncheckedStartYear: start >= 0 ? start / 12 : (start - 11) / 12)
    }

    /// Which part of the year the period is.
    public var granularity: Granularity {
        let start = startMonthIndex
        let fromApril = start - (financialYear.startYear * 12 + 3)
        switch endMonthIndex - start {
        case 11: return .year
        case 2: return .quarter(fromApril / 3 + 1)
        case 3: return .term(fromApril / 4 + 1)
        default: return .month(fromApril >= 9 ? fromApril - 8 : fromApril + 4)
        }
    }

    /// Creates a period, checking that the quarter, term or month number exists.
    ///
    /// - Parameters:
    ///   - granularity: The part of the year.
    ///   - financialYear: The financial year.
    /// - Throws: ``ValidationError`` when the number is out of range.
    public init(_ granularity: Granularity, of financialYear: FinancialYear) throws(ValidationError) {
        let valid =
            switch granularity {
            case .year: true
            case .quarter(let number): (1...4).contains(number)
            case .term(let number): (1...3).contains(number)
            case .month(let number): (1...12).contains(number)
            }
        guard valid else {
            throw ValidationError(
                code: .invalidPeriod,
                found: "\(granularity)",
                expected: "quarter 1-4, term 1-3 or month 1-12"
            )
        }
        self.init(unchecked: granularity, of: financialYear)
    }

    init(unchecked granularity: Granularity, of financialYear: FinancialYear) {
        let april = financialYear.startYear * 12 + 3
        let (start, length) =
            switch granularity {
            case .year: (april, 12)
            case .quarter(let number): (april + (number - 1) * 3, 3)
            case .term(let number): (april + (number - 1) * 4, 4)
            // April (4) is the year's first month, March (3) its last.
            case .month(let month): (april + (month >= 4 ? month - 4 : month + 8), 1)
            }
        assert((0..<(1 << 16) - 12).contains(start), "a period's months are counted in 16 bits")
        packed = Self.key(endMonth: start + length - 1, startMonth: start)
    }

    /// A whole financial year as a period.
    ///
    /// - Parameter financialYear: The year.
    /// - Returns: The year-long period.
    public static func year(_ financialYear: FinancialYear) -> ReportingPeriod {
        ReportingPeriod(unchecked: .year, of: financialYear)
    }

    /// Parses a period label as the papers print it.
    ///
    /// Accepted forms: `2018/19`, `Y 14/15`, `(2017/18)`, `Q2 15/16`, `Q2 2018/19`, `2018/19 Q2`,
    /// `T1 2018/19`, `Term 1 2018/19`, `Sep 2018`, `September 2018`; and, with `financialYear` as
    /// context, `Term 1`, `Q2`, `M Sept` and `Sept`.
    ///
    /// - Parameters:
    ///   - text: The label.
    ///   - financialYear: The year to use when the label gives none (for example the report's year).
    /// - Throws: ``ValidationError`` with code ``ErrorCode/invalidPeriod`` naming the text.
    public init(_ text: String, in financialYear: FinancialYear? = nil) throws(ValidationError) {
        let trimmed = text.trimmingWhitespace()
        let invalid = ValidationError(
            code: .invalidPeriod,
            found: trimmed,
            expected: "a period like 2018/19, Q2 2018/19, T1 2018/19, Sep 2018 or Y 14/15"
        )
        var body = trimmed
        if body.hasPrefix("("), body.hasSuffix(")") { body = String(body.dropFirst().dropLast()) }
        var words = body.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
        guard !words.isEmpty else { throw invalid }

        // Find the financial year among the words, if any.
        var year: FinancialYear? = nil
        var calendarYear: Int? = nil
        if let index = words.firstIndex(where: { (try? FinancialYear($0)) != nil }) {
            year = try? FinancialYear(words[index])
            words.remove(at: index)
        } else if let index = words.firstIndex(where: { $0.count == 4 && Int($0) != nil }) {
            calendarYear = Int(words[index])
            words.remove(at: index)
        }

        let granularity: Granularity
        switch words.count {
        case 0:
            guard let year else { throw invalid }
            self.init(unchecked: .year, of: year)
            return
        case 1, 2:
            let head = words[0].lowercased()
            let number = words.count == 2 ? Int(words[1]) : nil
            if head == "y" || head == "year", words.count == 1 {
                granularity = .year
            } else if head.count == 2, head.hasPrefix("q"), let quarter = Int(head.dropFirst()), words.count == 1 {
                granularity = .quarter(quarter)
            } else if head == "quarter", let number {
                granularity = .quarter(number)
            } else if head.count == 2, head.hasPrefix("t"), let term = Int(head.dropFirst()), words.count == 1 {
                granularity = .term(term)
            } else if head == "term", let number {
                granularity = .term(number)
            } else if head == "m", words.count == 2, let month = Month.number(named: words[1]) {
                granularity = .month(month)
            } else if words.count == 1, let month = Month.number(named: words[0]) {
                granularity = .month(month)
            } else {
                throw invalid
            }
        default:
            throw invalid
        }

        if case .month(let month) = granularity, let calendarYear {
            guard (1900...2999).contains(calendarYear) else { throw invalid }
            year = FinancialYear(uncheckedStartYear: month >= 4 ? calendarYear : calendarYear - 1)
        } else if calendarYear != nil {
            throw invalid
        }
        guard let resolved = year ?? financialYear else {
            throw ValidationError(
                code: .invalidPeriod,
                found: trimmed,
                expected: "a label with its year, like \"\(trimmed) 2018/19\", or a report year as context"
            )
        }
        do {
            try self.init(granularity, of: resolved)
        } catch {
            throw invalid
        }
    }

    /// The canonical label: `2018/19`, `Q2 2018/19`, `T1 2018/19` or `Sep 2018`.
    public var description: String {
        switch granularity {
        case .year: financialYear.description
        case .quarter(let number): "Q\(number) \(financialYear)"
        case .term(let number): "T\(number) \(financialYear)"
        case .month(let month): "\(Month.shortNames[month - 1]) \(calendarYear(ofMonth: month))"
        }
    }

    /// The first month of the period as a count of months since year 0 (for ordering and spans).
    @usableFromInline
    var startMonthIndex: Int { Int(packed & 0xFFFF) }

    /// The last month of the period as a count of months since year 0.
    var endMonthIndex: Int { Int(packed >> 16) }

    /// One integer that orders periods as ``<(_:_:)`` does and is equal exactly when they are: the last
    /// month, then the first (no two periods span the same months).
    var sortKey: UInt32 { packed }

    /// The key of a span of months; month indexes stay below 2¹⁶ for any year the library reads.
    static func key(endMonth: Int, startMonth: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: endMonth << 16 | startMonth)
    }

    /// The first day of the period.
    public var firstDay: CalendarDate {
        let index = startMonthIndex
        return CalendarDate(uncheckedYear: index / 12, month: index % 12 + 1, day: 1)
    }

    /// The last day of the period.
    public var lastDay: CalendarDate {
        let index = endMonthIndex
        let year = index / 12
        let month = index % 12 + 1
        return CalendarDate(uncheckedYear: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
    }

    /// The span a cumulative (year-to-date) figure for this period covers: 1 April to the period's end.
    public var yearToDate: ClosedRange<CalendarDate> {
        financialYear.firstDay...lastDay
    }

    /// The period of the same length immediately before this one (Q1 2018/19 before Q2 2018/19, Q4
    /// 2017/18 before Q1 2018/19).
    public var previous: ReportingPeriod {
        // Periods of one kind tile the years, so the one before spans as many months, just before.
        let length = endMonthIndex - startMonthIndex + 1
        return ReportingPeriod(packed: packed &- Self.key(endMonth: length, startMonth: length))
    }

    /// The same part of the previous financial year (Q2 2017/18 for Q2 2018/19).
    public var sameLastYear: ReportingPeriod {
        ReportingPeriod(packed: packed &- Self.key(endMonth: 12, startMonth: 12))
    }

    /// A period from its packed months.
    private init(packed: UInt32) {
        self.packed = packed
    }

    /// Orders periods by when they end, then by when they start (a year before its Q4 before March).
    ///
    /// - Parameters:
    ///   - lhs: A period.
    ///   - rhs: Another period.
    /// - Returns: Whether `lhs` sorts first.
    public static func < (lhs: ReportingPeriod, rhs: ReportingPeriod) -> Bool {
        lhs.packed < rhs.packed
    }

    /// Parses the canonical text JSON holds (the same as ``init(_:in:)`` with its default).
    ///
    /// - Parameter text: The text.
    /// - Returns: The value.
    /// - Throws: ``ValidationError`` when the text is not a value of this type.
    public static func parse(canonicalText text: String) throws(ValidationError) -> Self { try Self(text) }

    private func calendarYear(ofMonth month: Int) -> Int {
        month >= 4 ? financialYear.startYear : financialYear.startYear + 1
    }
}
