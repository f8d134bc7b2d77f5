/// What a measure is aiming for, in the forms council dashboards print.
///
/// ```swift
/// try Target("61.0%")                    // .value(61)
/// try Target("Increase")                 // .increase
/// try Target("Higher than 14/15 (56%)")  // .betterThanStated(56, period: 2014/15)
/// try Target("by 31 March 2018")         // .deadline(2018-03-31)
/// ```
public enum Target: Sendable, Hashable, CustomStringConvertible {
    /// A figure to reach, in the measure's unit (pounds for money).
    case value(ExactDecimal)
    /// Better than the previous value (the comparison period's).
    case increase
    /// Lower than the previous value.
    case decrease
    /// At least as good as the previous value.
    case maintain
    /// Better than the national figure.
    case betterThanNational
    /// Better than a stated value, such as `Higher than 14/15 (56%)` or `<269`.
    case betterThanStated(ExactDecimal, period: ReportingPeriod?)
    /// Done (yes, or 100%) by a date, such as `by 31 March 2018`.
    case deadline(CalendarDate)
    /// The first (baseline) year of a new measure: not rated.
    case newMeasure
    /// No target (`-`, `n/a`): not rated.
    case none

    /// Parses a printed target cell.
    ///
    /// - Parameter text: The cell, such as `61.0%`, `7.0`, `£20m`, `Increase`, `Maintain`,
    ///   `Better than national`, `Higher than 14/15 (56%)`, `by 31 March 2018`, `New Measure`, `-`.
    /// - Throws: ``ValidationError`` with code ``ErrorCode/invalidTarget`` naming the text.
    public init(_ text: String) throws(ValidationError) {
        let trimmed = text.trimmingWhitespace()
        // Most targets are plain numbers, which no word or prefix below can start: read them first.
        if let first = trimmed.utf8.first,
            first == UInt8(ascii: "-") || first == UInt8(ascii: ".")
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first),
            let value = try? ExactDecimal(trimmed)
        {
            self = .value(value)
            return
        }
        let lower = trimmed.lowercased()
        var invalid: ValidationError {
            ValidationError(
                code: .invalidTarget,
                found: trimmed,
                expected:
                    "a target like 61.0%, Increase, Better than national, Higher than 14/15 (56%) or by 31 March 2018"
            )
        }
        switch lower {
        case "", "-", "\u{2013}", "n/a", "na", "none", "no target":
            self = .none
            return
        case "increase", "improve":
            self = .increase
            return
        case "decrease", "reduce":
            self = .decrease
            return
        case "maintain":
            self = .maintain
            return
        case "better than national", "better than national average", "above national", "below national":
            self = .betterThanNational
            return
        case "new measure", "new":
            self = .newMeasure
            return
        default:
            break
        }
        if lower.hasPrefix("by ") {
            let rest = String(trimmed.dropFirst(3))
            if let date = try? CalendarDate(rest) {
                self = .deadline(date)
                return
            }
            // "by March 2018": the last day of that month.
            let words = rest.split(separator: " ")
            if words.count == 2, let month = Month.number(named: String(words[0])), let year = Int(words[1]),
                let date = try? CalendarDate(
                    year: year,
                    month: month,
                    day: CalendarDate.daysIn(month: month, year: year)
                )
            {
                self = .deadline(date)
                return
            }
            throw invalid
        }
        for prefix in ["higher than ", "lower than ", "better than ", "more than ", "less than ", "<", ">"]
        where lower.hasPrefix(prefix) {
            let rest = trimmed.dropFirst(prefix.count).drop(while: \.isWhitespace)
            // "14/15 (56%)": a period then the value in parentheses, or a bare value.
            if let open = rest.firstIndex(of: "("), rest.hasSuffix(")") {
                let periodText = String(rest[..<open])
                let valueText = String(rest[rest.index(after: open)..<rest.index(before: rest.endIndex)])
                guard let period = try? ReportingPeriod(periodText),
                    let value = try? Self.number(valueText)
                else { throw invalid }
                self = .betterThanStated(value, period: period)
                return
            }
            guard let value = try? Self.number(String(rest)) else { throw invalid }
            self = .betterThanStated(value, period: nil)
            return
        }
        guard let value = try? Self.number(trimmed) else { throw invalid }
        self = .value(value)
    }

    private static func number(_ text: String) throws(ValidationError) -> ExactDecimal {
        var body = text.trimmingWhitespace()
        if body.hasSuffix("%") { body.removeLast() }
        if body.hasPrefix("£") || body.lowercased().hasSuffix("m") || body.lowercased().hasSuffix("k") {
            return try Money(body).pounds
        }
        return try ExactDecimal(body)
    }

    /// The canonical text, which ``init(_:)`` parses back: `61`, `Increase`, `Better than national`,
    /// `Better than 2014/15 (56)`, `by 2018-03-31`, `New Measure` or `-`.
    public var description: String {
        switch self {
        case .value(let value): value.description
        case .increase: "Increase"
        case .decrease: "Decrease"
        case .maintain: "Maintain"
        case .betterThanNational: "Better than national"
        case .betterThanStated(let value, let period):
            period.map { "Better than \($0) (\(value))" } ?? "Better than \(value)"
        case .deadline(let date): "by \(date)"
        case .newMeasure: "New Measure"
        case .none: "-"
        }
    }

    /// Whether the target can be rated against at all (not ``none`` or ``newMeasure``).
    public var isRateable: Bool {
        switch self {
        case .none, .newMeasure: false
        default: true
        }
    }
}

extension Target: TextCodable {
    /// Parses the canonical text JSON holds (the same as ``init(_:)``).
    ///
    /// - Parameter text: The text.
    /// - Returns: The value.
    /// - Throws: ``ValidationError`` when the text is not a value of this type.
    public static func parse(canonicalText text: String) throws(ValidationError) -> Self { try Self(text) }
}
