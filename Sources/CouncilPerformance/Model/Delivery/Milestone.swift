/// A milestone of a programme or project: what is to happen, when (as written and, where it can be read,
/// as dates), and how delivery stands.
public struct Milestone: Sendable, Hashable, Codable {
    /// What is to happen.
    public var description: String
    /// When, as the paper writes it and as far as it can be read.
    public var implementationDate: MilestoneDate
    /// The delivery status narrative, key updates and risks.
    public var deliveryStatus: String?

    /// Creates a milestone.
    ///
    /// - Parameters:
    ///   - description: What is to happen.
    ///   - implementationDate: When, as written.
    ///   - deliveryStatus: The delivery status narrative.
    public init(description: String, implementationDate: MilestoneDate, deliveryStatus: String? = nil) {
        self.description = description
        self.implementationDate = implementationDate
        self.deliveryStatus = deliveryStatus
    }
}

/// A milestone's implementation date as written ("Autumn 2018", "November 18 to April 19") and, where it
/// can be read, the span of days it names.
///
/// Readable forms: a month and year (`November 2018`, `Nov 18`, `Sept 2018`), a season and year
/// (`Autumn 2018`: September to November; `Winter 2018`: December 2018 to February 2019), a financial
/// year or quarter (`2018/19`, `Q3 2018/19`), and a range of these joined by `to`, `-` or `–`
/// (`November 18 to April 19`, `Oct – Nov 18`). Anything else (`Ongoing`, `Complete`, two dates for two
/// sites) keeps its text with no span.
public struct MilestoneDate: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The date as written.
    public var text: String
    /// The first day the text names, if it can be read.
    public var start: CalendarDate?
    /// The last day the text names, if it can be read.
    public var end: CalendarDate?

    /// Reads a date as written.
    ///
    /// - Parameter text: The implementation date as printed.
    public init(_ text: String) {
        self.text = text
        let span = Self.span(of: text.trimmingWhitespace())
        self.start = span?.start
        self.end = span?.end
    }

    /// The text as written.
    public var description: String { text }

    private static func span(of text: String) -> (start: CalendarDate, end: CalendarDate)? {
        for separator in [" to ", " – ", " - ", "–"] where text.contains(separator) {
            let parts = text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 else { return nil }
            var left = parts[0].trimmingWhitespace()
            let right = parts[1].trimmingWhitespace().trimmingCharacters(in: "–").trimmingWhitespace()
            guard let last = single(right) else { return nil }
            // "Oct – Nov 18": the left side borrows the right side's year.
            if single(left) == nil, Month.number(named: left) != nil { left += " \(last.end.year % 100)" }
            guard let first = single(left), first.start <= last.end else { return nil }
            return (first.start, last.end)
        }
        return single(text)
    }

    private static func single(_ text: String) -> (start: CalendarDate, end: CalendarDate)? {
        if let period = try? ReportingPeriod(text) {
            return (period.firstDay, period.lastDay)
        }
        let words = text.split(separator: " ").map(String.init)
        guard words.count == 2, let year = fullYear(words[1]) else { return nil }
        if let month = Month.number(named: words[0]),
            let period = try? ReportingPeriod("\(Month.shortNames[month - 1]) \(year)")
        {
            return (period.firstDay, period.lastDay)
        }
        let seasons: [String: (Int, Int)] = ["spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 14)]
        guard let (from, to) = seasons[words[0].lowercased()],
            let start = try? CalendarDate(year: year, month: from, day: 1)
        else { return nil }
        let endYear = to > 12 ? year + 1 : year
        let endMonth = to > 12 ? to - 12 : to
        guard
            let end = try? CalendarDate(
                year: endYear,
                month: endMonth,
                day: CalendarDate.daysIn(month: endMonth, year: endYear)
            )
        else { return nil }
        return (start, end)
    }

    private static func fullYear(_ text: String) -> Int? {
        guard text.allSatisfy(\.isNumber), let value = Int(text) else { return nil }
        switch text.count {
        case 2: return 2000 + value
        case 4: return value
        default: return nil
        }
    }
}
