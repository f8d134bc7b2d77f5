/// A calendar day with no time or time zone, such as the date of a committee decision.
///
/// Council papers date things by day ("7 January 2019", "by 31 March 2018"); a `CalendarDate` holds
/// exactly that, orders chronologically and encodes as ISO 8601 (`2019-01-07`).
public struct CalendarDate: Sendable, Hashable, Comparable, TextCodable {
    /// The year, for example 2019.
    public var year: Int
    /// The month, 1 (January) to 12 (December).
    public var month: Int
    /// The day of the month, from 1.
    public var day: Int

    /// Creates a date, checking that the day exists.
    ///
    /// - Parameters:
    ///   - year: The year, 1900 to 2999.
    ///   - month: The month, 1 to 12.
    ///   - day: The day of the month.
    /// - Throws: ``ValidationError`` when the day does not exist.
    public init(year: Int, month: Int, day: Int) throws(ValidationError) {
        guard (1900...2999).contains(year), (1...12).contains(month),
            day >= 1, day <= Self.daysIn(month: month, year: year)
        else {
            throw ValidationError(
                code: .invalidDate,
                found: "\(year)-\(month)-\(day)",
                expected: "a real calendar day between 1900 and 2999"
            )
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses an ISO 8601 date (`2019-01-07`) or a date as papers print it (`7 January 2019`,
    /// `31 March 2018`, `31st March 2018`, `28/11/2018`, `16.12.18`; numeric forms are day first).
    ///
    /// - Parameter text: The date text.
    /// - Throws: ``ValidationError`` naming the text when it is not a date.
    public init(_ text: String) throws(ValidationError) {
        let trimmed = text.trimmingWhitespace()
        let invalid = ValidationError(
            code: .invalidDate,
            found: trimmed,
            expected: "a real calendar day like 2019-01-07 or 7 January 2019"
        )
        let dashed = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        if dashed.count == 3, dashed[0].count == 4,
            let year = Int(dashed[0]), let month = Int(dashed[1]), let day = Int(dashed[2])
        {
            do { try self.init(year: year, month: month, day: day) } catch { throw invalid }
            return
        }
        // UK numeric forms: 28/11/2018, 16.12.18 (day first).
        let numeric = trimmed.split(whereSeparator: { $0 == "/" || $0 == "." })
        if numeric.count == 3, numeric.allSatisfy({ $0.allSatisfy(\.isNumber) && !$0.isEmpty }),
            let day = Int(numeric[0]), let month = Int(numeric[1]), let yearValue = Int(numeric[2]),
            numeric[2].count == 2 || numeric[2].count == 4
        {
            let year = numeric[2].count == 2 ? 2000 + yearValue : yearValue
            do { try self.init(year: year, month: month, day: day) } catch { throw invalid }
            return
        }
        let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "," })
        guard words.count == 3,
            let day = Int(words[0].prefix(while: \.isNumber)),
            let month = Month.number(named: String(words[1])),
            let year = Int(words[2])
        else { throw invalid }
        do { try self.init(year: year, month: month, day: day) } catch { throw invalid }
    }

    /// The number of days in a month, allowing for leap years.
    ///
    /// - Parameters:
    ///   - month: The month, 1 to 12.
    ///   - year: The year.
    /// - Returns: 28 to 31.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The ISO 8601 text, `YYYY-MM-DD`.
    public var description: String {
        let monthText = month < 10 ? "0\(month)" : "\(month)"
        let dayText = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(monthText)-\(dayText)"
    }

    /// The financial year the day falls in.
    public var financialYear: FinancialYear {
        FinancialYear(uncheckedStartYear: month >= 4 ? year : year - 1)
    }

    /// Orders dates chronologically.
    ///
    /// - Parameters:
    ///   - lhs: A date.
    ///   - rhs: Another date.
    /// - Returns: Whether `lhs` is before `rhs`.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Parses the canonical text JSON holds (the same as ``init(_:)``).
    ///
    /// - Parameter text: The text.
    /// - Returns: The value.
    /// - Throws: ``ValidationError`` when the text is not a value of this type.
    public static func parse(canonicalText text: String) throws(ValidationError) -> Self { try Self(text) }
}

/// Month names as council papers write them.
enum Month {
    static let shortNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let fullNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// The month number for a name such as `Sept`, `September`, `sep` or `SEP`.
    static func number(named name: String) -> Int? {
        let lower = name.lowercased().trimmingCharacters(in: ".")
        guard lower.count >= 3 else { return nil }
        for (index, full) in fullNames.enumerated() where full.lowercased().hasPrefix(lower) {
            return index + 1
        }
        return nil
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var text = Substring(self)
        while text.first == set { text.removeFirst() }
        while text.last == set { text.removeLast() }
        return String(text)
    }
}
