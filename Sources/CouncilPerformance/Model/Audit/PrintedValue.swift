/// A figure of any kind exactly as a paper printed it, read as an exact number with its printed precision.
///
/// Papers print money (`£1.538m`, `-6,612` in a £000s table), percentages (`10.89 %`), counts (`42`,
/// `Nine`, `None`; a footnote mark such as `£719k*` is ignored), scores (`8.2/9`), days (`2.42 days`), times (`5:41 mins`, `6.00 mins`), dates (`31 March 2019`) and
/// years (`2018`, `2018/19`). A claim compares them as numbers, and tells a rounding from a real
/// difference by the precision the text was printed to: one unit of its last printed digit.
///
/// ```swift
/// let time = try PrintedValue("5:41 mins")
/// time.kind        // .time
/// time.value       // 341 (seconds)
/// time.precision   // 1 (second)
/// let share = try PrintedValue("10.89 %")
/// share.precision  // 0.01
/// ```
public struct PrintedValue: Sendable, Hashable, CustomStringConvertible {
    /// What a printed figure counts; the unit of ``value``.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        /// Money, in pounds (`£1.538m` is 1,538,000).
        case money
        /// A percentage, in percent (`87.5%` is 87.5).
        case percentage
        /// A count of things (`42`, `Nine`, `None`).
        case count
        /// A plain number (`8.42`, a score of `4.73`).
        case number
        /// A number of days (`2.42 days`).
        case days
        /// A length of time, in seconds (`5:41 mins` is 341; `6.00 mins` is 360).
        case time
        /// A calendar date, as a day number (days since 1 January 1970).
        case date
        /// A year, such as `2018`; a financial year `2018/19` counts as its first calendar year.
        case year

        /// Whether printed text of this kind can be read as one of another kind (a count as a plain number).
        package func isComparable(with other: Kind) -> Bool {
            // A bare number says no unit, so it may be a count, days or a score of any measure; never a date.
            self == other
                || (Set([self, other]).isDisjoint(with: [.date, .money])
                    && !Set([self, other]).isDisjoint(with: [.count, .number]))
        }
    }

    /// The text as printed.
    public var text: String
    /// What it counts.
    public var kind: Kind
    /// The value, in the kind's unit.
    public var value: ExactDecimal
    /// One unit of the last printed digit, in the kind's unit (`£1.538m` is to the nearest £1,000).
    public var precision: ExactDecimal

    /// Creates a value from its parts, for figures recomputed rather than printed.
    ///
    /// - Parameters:
    ///   - text: The text to show.
    ///   - kind: What it counts.
    ///   - value: The value.
    ///   - precision: The precision; zero for an exact figure.
    public init(text: String, kind: Kind, value: ExactDecimal, precision: ExactDecimal) {
        self.text = text
        self.kind = kind
        self.value = value
        self.precision = precision
    }

    /// Reads printed text.
    ///
    /// Without a kind the text says it: `£` or a `k`, `m` or `bn` suffix is money, `%` a percentage,
    /// `m:ss` or `mins` a time, `days` days, a date a date, `2018/19` a year, a whole number or a number
    /// word a count, anything else numeric a number. With a kind, bare numbers are read as that kind
    /// (`2018` as a year, `-6,612` in a £000s table as money).
    ///
    /// - Parameters:
    ///   - text: The printed text.
    ///   - kind: The kind, when the text alone does not say it.
    ///   - denomination: What an unsuffixed amount of money counts.
    /// - Throws: ``ValidationError`` naming the text when it is not a figure of the kind.
    public init(_ text: String, kind: Kind? = nil, denomination: Money.Denomination = .pounds) throws(ValidationError) {
        self.text = text
        // A footnote mark (`£719k*`) is not part of the figure.
        var body = text.trimmingWhitespace()
        while body.hasSuffix("*") || body.hasSuffix("†") { body = String(body.dropLast()).trimmingWhitespace() }
        let lower = body.lowercased()
        let invalid = ValidationError(
            code: .invalidNumber,
            found: body,
            expected: "a figure such as £1.5m, 10.89%, 42, 2.42 days, 5:41 mins, 31 March 2019 or 2018/19"
                + (kind.map { " (\($0.rawValue))" } ?? "")
        )
        if let number = Self.numberWord(lower), kind == nil || kind == .count || kind == .number {
            (self.kind, self.value, self.precision) = (kind ?? .count, Self.whole(number), Self.whole(1))
            return
        }
        let detected = kind ?? Self.detectKind(lower)
        switch detected {
        case .money:
            guard let (value, precision) = Self.money(lower, denomination: denomination) else { throw invalid }
            (self.value, self.precision) = (value, precision)
        case .percentage:
            guard let (value, precision) = Self.decimal(Self.strip(lower, suffixes: ["%", "percent"])) else {
                throw invalid
            }
            (self.value, self.precision) = (value, precision)
        case .time:
            guard let (value, precision) = Self.time(lower) else { throw invalid }
            (self.value, self.precision) = (value, precision)
        case .days:
            guard let (value, precision) = Self.decimal(Self.strip(lower, suffixes: ["days", "day"])) else {
                throw invalid
            }
            (self.value, self.precision) = (value, precision)
        case .date:
            guard let date = try? CalendarDate(body) else { throw invalid }
            (self.value, self.precision) = (Self.whole(Self.dayNumber(date)), Self.whole(1))
        case .year:
            if let year = try? FinancialYear(body) {
                (self.value, self.precision) = (Self.whole(year.startYear), Self.whole(1))
            } else if body.count == 4, let year = Int(body) {
                (self.value, self.precision) = (Self.whole(year), Self.whole(1))
            } else {
                throw invalid
            }
        case .count, .number:
            guard let (value, precision) = Self.decimal(lower) ?? Self.score(lower) else { throw invalid }
            (self.value, self.precision) = (value, precision)
        }
        self.kind = detected
    }

    /// The printed text.
    public var description: String { text }

    /// The value as reports show it, in the kind's own form (`£1,538,000`, `10.90%`, `5:41 mins`).
    ///
    /// - Parameters:
    ///   - kind: What it counts.
    ///   - value: The value.
    ///   - decimalPlaces: The decimal places to show.
    /// - Returns: The text.
    public static func display(_ kind: Kind, _ value: ExactDecimal, decimalPlaces: Int) -> String {
        let places = max(0, min(decimalPlaces, ExactDecimal.fractionDigits))
        switch kind {
        case .money:
            let text = value.magnitude.formatted(decimalPlaces: places, groupingSeparator: true)
            return (value.isNegative ? "-£" : "£") + text
        case .percentage: return value.formatted(decimalPlaces: places) + "%"
        case .days: return value.formatted(decimalPlaces: places) + " days"
        case .time:
            let seconds =
                (value.units + (value.isNegative ? -ExactDecimal.scale / 2 : ExactDecimal.scale / 2))
                / ExactDecimal.scale
            let sign = seconds < 0 ? "-" : ""
            let magnitude = seconds.magnitude
            let padded = magnitude % 60 < 10 ? "0\(magnitude % 60)" : "\(magnitude % 60)"
            return "\(sign)\(magnitude / 60):\(padded) mins"
        case .date:
            return date(dayNumber: (value.units / ExactDecimal.scale)).map(\.description) ?? value.description
        case .year, .count, .number:
            return value.formatted(decimalPlaces: places, groupingSeparator: kind == .count)
        }
    }

    /// The number of decimal places a precision shows (0.01 shows two).
    ///
    /// - Parameter precision: The precision.
    /// - Returns: The places, 0 to 6.
    public static func decimalPlaces(of precision: ExactDecimal) -> Int {
        var units = precision.units.magnitude
        var places = ExactDecimal.fractionDigits
        while places > 0, units > 0, units % 10 == 0 {
            units /= 10
            places -= 1
        }
        return units == 0 ? 0 : places
    }

    // MARK: - Reading

    private static func detectKind(_ lower: String) -> Kind {
        if lower.hasPrefix("£") || lower.hasPrefix("-£") || lower.hasPrefix("−£") { return .money }
        if lower.hasSuffix("%") || lower.hasSuffix("percent") { return .percentage }
        if lower.contains(":") || lower.hasSuffix("mins") || lower.hasSuffix("minutes") { return .time }
        if lower.hasSuffix("days") || lower.hasSuffix("day") { return .days }
        if (try? CalendarDate(lower)) != nil { return .date }
        if lower.contains("/"), (try? FinancialYear(lower)) != nil { return .year }
        if let last = lower.last, "kmn".contains(last), decimal(strip(lower, suffixes: ["bn", "k", "m"])) != nil {
            return .money
        }
        if score(lower) != nil { return .number }
        if let (_, precision) = decimal(lower), precision.units >= ExactDecimal.scale { return .count }
        return .number
    }

    /// A score out of a maximum, `8.2/9`: the score, to its printed precision.
    private static func score(_ lower: String) -> (ExactDecimal, ExactDecimal)? {
        let parts = lower.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, Int(parts[1]) != nil, (try? FinancialYear(lower)) == nil else { return nil }
        return decimal(String(parts[0]))
    }

    private static func strip(_ text: String, suffixes: [String]) -> String {
        for suffix in suffixes where text.hasSuffix(suffix) {
            return String(text.dropLast(suffix.count)).trimmingWhitespace()
        }
        return text
    }

    /// A plain decimal and one unit of its last digit.
    private static func decimal(_ text: String) -> (ExactDecimal, ExactDecimal)? {
        let body = String(text.map { $0 == "−" ? "-" : $0 }).trimmingWhitespace()
        guard let value = try? ExactDecimal(body) else { return nil }
        var places = 0
        if let point = body.firstIndex(of: ".") {
            places = body[body.index(after: point)...].prefix(while: \.isNumber).count
        }
        return (value, ExactDecimal(units: ExactDecimal.scale / power(min(places, ExactDecimal.fractionDigits))))
    }

    private static func money(_ lower: String, denomination: Money.Denomination) -> (ExactDecimal, ExactDecimal)? {
        var body = String(lower.filter { $0 != "£" }.map { $0 == "−" ? "-" : $0 }).trimmingWhitespace()
        var multiplier: Int64 =
            switch denomination {
            case .pounds: 1
            case .thousands: 1_000
            case .millions: 1_000_000
            }
        for (suffix, factor) in [
            ("billion", Int64(1_000_000_000)), ("million", 1_000_000), ("thousand", 1_000), ("bn", 1_000_000_000),
            ("m", 1_000_000), ("k", 1_000),
        ]
        where body.hasSuffix(suffix) {
            body = String(body.dropLast(suffix.count)).trimmingWhitespace()
            multiplier = factor
            break
        }
        guard let (value, precision) = decimal(body) else { return nil }
        let (scaled, overflow) = value.units.multipliedReportingOverflow(by: multiplier)
        guard !overflow else { return nil }
        return (ExactDecimal(units: scaled), ExactDecimal(units: precision.units * multiplier))
    }

    /// `5:41 mins` (minutes and seconds), `6.00 mins` or `6 minutes` (decimal minutes), in seconds.
    private static func time(_ lower: String) -> (ExactDecimal, ExactDecimal)? {
        let body = strip(lower, suffixes: ["minutes", "mins", "min"])
        let parts = body.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 2, let minutes = Int64(parts[0]), let seconds = Int64(parts[1]), parts[1].count == 2,
            (0..<60).contains(seconds)
        {
            return (ExactDecimal(units: (minutes * 60 + seconds) * ExactDecimal.scale), whole(1))
        }
        guard parts.count == 1, let (minutes, precision) = decimal(body) else { return nil }
        return (ExactDecimal(units: minutes.units * 60), ExactDecimal(units: precision.units * 60))
    }

    private static let numberWords = [
        "none": 0, "nil": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    ]

    private static func numberWord(_ lower: String) -> Int? { numberWords[lower] }

    package static func whole(_ integer: Int) -> ExactDecimal {
        ExactDecimal(units: Int64(integer) * ExactDecimal.scale)
    }

    private static func power(_ exponent: Int) -> Int64 {
        var result: Int64 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }

    /// Days since 1 January 1970 (proleptic Gregorian).
    static func dayNumber(_ date: CalendarDate) -> Int {
        CivilCalendar.daysSince1970(year: date.year, month: date.month, day: date.day)
    }

    private static func date(dayNumber: Int64) -> CalendarDate? {
        let civil = CivilCalendar.date(daysSince1970: Int(dayNumber))
        return try? CalendarDate(year: civil.year, month: civil.month, day: civil.day)
    }
}
