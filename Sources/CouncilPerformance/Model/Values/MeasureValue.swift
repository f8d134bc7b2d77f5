/// A value as a measure reports it: a number in the measure's unit, money, yes/no, or one of the
/// non-values council papers print instead of a number.
///
/// Council dashboards put more than numbers in the Latest and Previous columns: `n/a`, `-`, `None`
/// (zero for counts), `New Measure`, and paragraphs of narrative where a figure was not available.
/// `MeasureValue` keeps each of these distinct so that a rating can say *why* a row was not rated.
///
/// ```swift
/// let parsed = try MeasureValue.Parsed("27.5% (2017/18)", unit: .percentage)
/// parsed.value    // .number(27.5)
/// parsed.period   // 2017/18
/// ```
public enum MeasureValue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A number in the measure's unit (31.0 for `31.0%`, 8.42 for 8.42 days).
    case number(ExactDecimal)
    /// An amount of money.
    case money(Money)
    /// A yes/no answer.
    case boolean(Bool)
    /// Narrative text printed where a value would be.
    ///
    /// Held out of line, so that a value is 9 bytes (an 8-byte number and its case) rather than the 17
    /// a text would make every value of millions: narrative values are few.
    indirect case narrative(String)
    /// Printed as `n/a`: the measure does not apply for this period.
    case notApplicable
    /// Printed as `-` or left blank: no value is available.
    case missing
    /// Printed as `New Measure`: the first (baseline) year of a measure.
    case newMeasure

    /// The value as an exact number for comparison: numbers as they are, money in pounds, yes as 1
    /// and no as 0; `nil` for the non-values.
    public var comparableNumber: ExactDecimal? {
        switch self {
        case .number(let number): number
        case .money(let money): money.pounds
        case .boolean(let flag): ExactDecimal(units: flag ? ExactDecimal.scale : 0)
        case .narrative, .notApplicable, .missing, .newMeasure: nil
        }
    }

    /// Whether the value is a figure (a number, money or yes/no) rather than a non-value.
    public var isFigure: Bool { comparableNumber != nil }

    /// The value as text in canonical form: `31`, `£20m` style money as pounds, `Yes`, `n/a`, `-`,
    /// `New Measure` or the narrative.
    public var description: String {
        switch self {
        case .number(let number): number.description
        case .money(let money): money.formatted(.pounds(decimalPlaces: money.pence % 100 == 0 ? 0 : 2))
        case .boolean(let flag): flag ? "Yes" : "No"
        case .narrative(let text): text
        case .notApplicable: "n/a"
        case .missing: "-"
        case .newMeasure: "New Measure"
        }
    }

    /// Formats the value for a report in the measure's unit (`31.0%`, `£20m`, `8.42`).
    ///
    /// - Parameters:
    ///   - unit: The measure's unit.
    ///   - decimalPlaces: Decimal places for numbers; `nil` shows the value exactly.
    /// - Returns: Display text; rounding happens only here.
    public func formatted(unit: MeasureUnit, decimalPlaces: Int? = nil) -> String {
        switch self {
        case .number(let number):
            let text =
                decimalPlaces.map { number.formatted(decimalPlaces: $0, groupingSeparator: true) }
                ?? ExactDecimal.groupedDescription(number)
            return unit == .percentage ? text + "%" : text
        case .money(let money):
            guard let decimalPlaces else { return money.formatted(.compact) }
            if money.pence.magnitude >= 100_000_000 {
                return money.formatted(.millions(decimalPlaces: decimalPlaces))
            }
            return money.formatted(.pounds(decimalPlaces: decimalPlaces))
        default:
            return description
        }
    }

    /// The value as data files and machine-readable report cells write it: numbers and money as plain
    /// numbers (`75.26`, `1080000`), `yes`/`no`, `n/a`, `New Measure`; empty for a missing value and for
    /// narrative (which has its own column).
    public var dataText: String {
        switch self {
        case .number(let number): number.description
        case .money(let money): money.description
        case .boolean(let flag): flag ? "yes" : "no"
        case .notApplicable: "n/a"
        case .newMeasure: "New Measure"
        case .missing, .narrative: ""
        }
    }

    /// Parses a printed cell.
    ///
    /// - Parameters:
    ///   - text: The cell text.
    ///   - unit: The measure's unit.
    ///   - allowNarrative: Whether text that is clearly words (not a malformed number) becomes
    ///     ``narrative(_:)``; when `false`, such text is an error.
    /// - Throws: ``ValidationError`` with code `ValidationError.Code.invalidValue` naming the text
    ///   and an example of the unit, for example `"87,5%" is not a value of this measure (expected a
    ///   percentage like 87.5%)`.
    public init(parsing text: String, unit: MeasureUnit, allowNarrative: Bool = true) throws(ValidationError) {
        // Fast path: a plain number, the common case in data files, needs no other work.
        if let number = Self.plainNumber(text.utf8, unit: unit) {
            self = number
            return
        }
        let trimmed = text.trimmingWhitespace()
        let lower = trimmed.lowercased()
        switch lower {
        case "", "-", "\u{2013}", "\u{2014}":
            self = .missing
            return
        case "n/a", "na", "n.a.", "not applicable":
            self = .notApplicable
            return
        case "new measure", "new":
            self = .newMeasure
            return
        default:
            break
        }
        var invalid: ValidationError {
            ValidationError(code: .invalidValue, found: trimmed, expected: "a \(unit) like \(unit.example)")
        }
        switch unit {
        case .yesNo:
            switch lower {
            case "yes", "y", "true": self = .boolean(true)
            case "no", "n", "false": self = .boolean(false)
            default:
                guard allowNarrative, Self.isWords(trimmed) else { throw invalid }
                self = .narrative(trimmed)
            }
        case .currency:
            if let money = try? Money(trimmed) {
                self = .money(money)
            } else {
                guard allowNarrative, Self.isWords(trimmed) else { throw invalid }
                self = .narrative(trimmed)
            }
        case .percentage, .count, .days, .ratio, .number:
            if unit == .count, lower == "none" {
                self = .number(.zero)
                return
            }
            var body = Substring(trimmed)
            if unit == .percentage, body.hasSuffix("%") { body = body.dropLast() }
            if let units = ExactDecimal.parseUnits(body.utf8) {
                self = .number(ExactDecimal(units: units))
            } else if (lower == "yes" || lower == "no") && unit == .percentage {
                // A completion milestone printed as Yes/No on a percentage row.
                self = .boolean(lower == "yes")
            } else {
                guard allowNarrative, Self.isWords(trimmed) else { throw invalid }
                self = .narrative(trimmed)
            }
        }
    }

    /// The value of a cell's bytes when they are a plain number (an optional sign, digits with or without
    /// commas grouping them in threes, an optional fraction) in a numeric unit other than currency, as
    /// ``init(parsing:unit:allowNarrative:)`` reads it first; `nil` for anything else, which that
    /// initialiser reads from the cell's text.
    ///
    /// - Parameters:
    ///   - bytes: The cell's UTF-8 bytes, trimmed.
    ///   - unit: The measure's unit.
    package init?(plainNumber bytes: UnsafeBufferPointer<UInt8>, unit: MeasureUnit) {
        guard let number = Self.plainNumber(bytes, unit: unit) else { return nil }
        self = number
    }

    private static func plainNumber(_ bytes: some Collection<UInt8>, unit: MeasureUnit) -> MeasureValue? {
        guard unit.isNumeric, unit != .currency, let units = ExactDecimal.parseUnits(bytes) else { return nil }
        return .number(ExactDecimal(units: units))
    }

    /// Whether text reads as words rather than a malformed figure.
    ///
    /// Words have at least two letters in a row. `87,5%` is not words; `The Customer Access strategy ...` is.
    static func isWords(_ text: String) -> Bool {
        var run = 0
        for character in text {
            if character.isLetter {
                run += 1
                if run >= 2 { return true }
            } else {
                run = 0
            }
        }
        return false
    }

    /// A printed cell split into its value, the period it is tagged with (`27.5% (2017/18)`), and any
    /// other parenthesised annotation (`29 (Welbeck House, Lawn View)`).
    public struct Parsed: Sendable, Hashable {
        /// The value.
        public var value: MeasureValue
        /// The period printed beside the value, if any.
        public var period: ReportingPeriod?
        /// Other text printed in parentheses after the value, if any.
        public var annotation: String?

        /// Parses a printed cell, separating a trailing parenthesised period or annotation.
        ///
        /// - Parameters:
        ///   - text: The cell text.
        ///   - unit: The measure's unit.
        /// - Throws: ``ValidationError`` when the value part is not a value of `unit`.
        public init(_ text: String, unit: MeasureUnit) throws(ValidationError) {
            let trimmed = text.trimmingWhitespace()
            if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "("), open != trimmed.startIndex {
                let head = String(trimmed[..<open]).trimmingWhitespace()
                let inner = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
                if let headValue = try? MeasureValue(parsing: head, unit: unit, allowNarrative: false) {
                    value = headValue
                    if let period = try? ReportingPeriod(inner) {
                        self.period = period
                        annotation = nil
                    } else {
                        period = nil
                        annotation = inner.trimmingWhitespace()
                    }
                    return
                }
            }
            value = try MeasureValue(parsing: trimmed, unit: unit)
            period = nil
            annotation = nil
        }
    }
}

extension ExactDecimal {
    /// The exact value as a report prints a figure of a measure in a unit.
    ///
    /// For example `61.5%`, `£25.6m`, `Yes` or `1,077`. Nothing is rounded.
    ///
    /// - Parameter unit: The measure's unit.
    /// - Returns: The printed figure.
    public func formatted(unit: MeasureUnit) -> String {
        switch unit {
        case .percentage: "\(Self.groupedDescription(self))%"
        case .currency: MeasureValue.money(Money(pence: units / 10_000)).formatted(unit: .currency)
        case .yesNo: self == .zero ? "No" : "Yes"
        default: Self.groupedDescription(self)
        }
    }

    /// The exact value with thousands separators (`1,077`, `75.26`).
    package static func groupedDescription(_ number: ExactDecimal) -> String {
        number.withDigits(grouped: true) { String(decoding: $0, as: UTF8.self) }
    }

    /// Writes the exact value's digits into a small buffer and hands them to `body`: the canonical text
    /// (``description``), with thousands separators when `grouped`.
    ///
    /// Reports print thousands of figures, so the digits are written right to left straight into the
    /// buffer rather than through intermediate strings; ``description``, ``groupedDescription(_:)`` and
    /// the HTML renderer all write them here.
    /// ``withDigits(grouped:_:)`` for a body that returns nothing, compiled here so that a renderer in
    /// another layer does not run the generic one unspecialised for every figure.
    package func writeDigits(grouped: Bool, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        withDigits(grouped: grouped, body)
    }

    package func withDigits<Result>(grouped: Bool, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let magnitude = units.magnitude
        var whole = magnitude / UInt64(Self.scale)
        var fraction = magnitude % UInt64(Self.scale)
        var fractionDigits = Self.fractionDigits
        while fraction != 0 && fraction % 10 == 0 {
            fraction /= 10
            fractionDigits -= 1
        }
        // At most 14 whole digits, 4 separators, a point, 6 fraction digits and a sign.
        let capacity = 32
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var start = capacity
            func put(_ byte: UInt8) {
                start -= 1
                buffer[start] = byte
            }
            if fraction != 0 {
                for _ in 0..<fractionDigits {
                    put(UInt8(ascii: "0") + UInt8(fraction % 10))
                    fraction /= 10
                }
                put(UInt8(ascii: "."))
            }
            var written = 0
            repeat {
                if grouped && written > 0 && written % 3 == 0 { put(UInt8(ascii: ",")) }
                put(UInt8(ascii: "0") + UInt8(whole % 10))
                whole /= 10
                written += 1
            } while whole != 0
            if units < 0 { put(UInt8(ascii: "-")) }
            return body(UnsafeBufferPointer(rebasing: buffer[start..<capacity]))
        }
    }
}
