/// A UK public-sector financial year, running from 1 April to 31 March, written `2018/19`.
///
/// ```swift
/// let year = try FinancialYear("18/19")
/// year.description   // "2018/19"
/// year.firstDay      // 2018-04-01
/// year.lastDay       // 2019-03-31
/// ```
///
/// Parsing accepts `2018/19`, `2018-19`, `2018–19`, `18/19`, `2018/2019`, `FY2018/19` and the century
/// turn `1999/00`, and rejects a pair that is not consecutive (`2018/20`). Two-digit start years from
/// 80 to 99 are read as 1980 to 1999, and 00 to 79 as 2000 to 2079.
public struct FinancialYear: Sendable, Hashable, Comparable, TextCodable {
    /// The calendar year in which the financial year starts (2018 for `2018/19`).
    public let startYear: Int

    /// Creates a financial year from the calendar year it starts in.
    ///
    /// - Parameter startYear: The starting calendar year, 1900 to 2998.
    /// - Throws: ``ValidationError`` when the year is out of range.
    public init(startYear: Int) throws(ValidationError) {
        guard (1900...2998).contains(startYear) else {
            throw ValidationError(
                code: .invalidFinancialYear,
                found: String(startYear),
                expected: "a starting year from 1900 to 2998"
            )
        }
        self.startYear = startYear
    }

    package init(uncheckedStartYear: Int) {
        self.startYear = uncheckedStartYear
    }

    /// Parses a financial year as papers and spreadsheets write it.
    ///
    /// - Parameter text: The text, such as `2018/19`.
    /// - Throws: ``ValidationError`` with code ``ErrorCode/invalidFinancialYear`` naming the
    ///   text and the accepted forms.
    public init(_ text: String) throws(ValidationError) {
        let trimmed = text.trimmingWhitespace()
        let invalid = ValidationError(
            code: .invalidFinancialYear,
            found: trimmed,
            expected: "a financial year like 2018/19, 2018-19, 18/19 or 2018/2019"
        )
        var body = Substring(trimmed)
        if body.lowercased().hasPrefix("fy") { body = body.dropFirst(2).drop(while: \.isWhitespace) }
        let parts = body.split(
            maxSplits: 1,
            omittingEmptySubsequences: false,
            whereSeparator: { $0 == "/" || $0 == "-" || $0 == "\u{2013}" }
        )
        guard parts.count == 2,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let first = Int(parts[0]), let second = Int(parts[1])
        else { throw invalid }
        let start: Int
        switch parts[0].count {
        case 4: start = first
        case 2: start = first >= 80 ? 1900 + first : 2000 + first
        default: throw invalid
        }
        let expectedEnd: Int
        switch parts[1].count {
        case 4: expectedEnd = start + 1
        case 2: expectedEnd = (start + 1) % 100
        default: throw invalid
        }
        guard second == expectedEnd else {
            throw ValidationError(
                code: .invalidFinancialYear,
                found: trimmed,
                expected: "consecutive years, like \(FinancialYear(uncheckedStartYear: start))"
            )
        }
        try self.init(startYear: start)
    }

    /// The financial year that contains a calendar day.
    ///
    /// - Parameter date: The day.
    public init(containing date: CalendarDate) {
        self = date.financialYear
    }

    /// The canonical label, such as `2018/19`.
    public var description: String {
        let end = (startYear + 1) % 100
        return "\(startYear)/\(end < 10 ? "0" : "")\(end)"
    }

    /// The short label used in dense tables, such as `18/19`.
    public var shortLabel: String {
        let start = startYear % 100
        let end = (startYear + 1) % 100
        return "\(start < 10 ? "0" : "")\(start)/\(end < 10 ? "0" : "")\(end)"
    }

    /// 1 April of the starting year.
    public var firstDay: CalendarDate {
        CalendarDate(uncheckedYear: startYear, month: 4, day: 1)
    }

    /// 31 March of the following year.
    public var lastDay: CalendarDate {
        CalendarDate(uncheckedYear: startYear + 1, month: 3, day: 31)
    }

    /// Whether the financial year contains a calendar day.
    ///
    /// - Parameter date: The day.
    /// - Returns: `true` from 1 April to 31 March inclusive.
    public func contains(_ date: CalendarDate) -> Bool {
        date >= firstDay && date <= lastDay
    }

    /// The financial year before this one.
    public var previous: FinancialYear { FinancialYear(uncheckedStartYear: startYear - 1) }

    /// The financial year after this one.
    public var next: FinancialYear { FinancialYear(uncheckedStartYear: startYear + 1) }

    /// Returns the year a number of years later (or earlier, when negative).
    ///
    /// - Parameter years: How many years to move.
    /// - Returns: The moved year.
    public func advanced(by years: Int) -> FinancialYear {
        FinancialYear(uncheckedStartYear: startYear + years)
    }

    /// Orders years chronologically.
    ///
    /// - Parameters:
    ///   - lhs: A year.
    ///   - rhs: Another year.
    /// - Returns: Whether `lhs` is earlier.
    public static func < (lhs: FinancialYear, rhs: FinancialYear) -> Bool {
        lhs.startYear < rhs.startYear
    }

    /// Parses the canonical text JSON holds (the same as ``init(_:)``).
    ///
    /// - Parameter text: The text.
    /// - Returns: The value.
    /// - Throws: ``ValidationError`` when the text is not a value of this type.
    public static func parse(canonicalText text: String) throws(ValidationError) -> Self { try Self(text) }
}

extension CalendarDate {
    init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }
}
