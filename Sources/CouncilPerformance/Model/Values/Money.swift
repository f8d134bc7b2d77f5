/// An exact amount of money in pounds sterling, held as a whole number of pence.
///
/// `Money` parses what council papers print and formats the way they print it. It never uses
/// floating point: amounts are kept unrounded and rounded only when formatted, half away from zero.
///
/// ```swift
/// let target = try Money("£25.6m")
/// let atRisk = try Money("(97)", in: .thousands)   // a cell of a £000s table
/// (target + atRisk).formatted(.millions(decimalPlaces: 3))  // "£25.503m"
/// ```
///
/// Parsed amounts are limited to ±£1 trillion, so that sums of up to 90,000 parsed amounts cannot
/// overflow. The arithmetic operators trap on overflow, as `Int`'s do; use
/// ``adding(_:)`` to detect it instead.
public struct Money: Sendable, Hashable, Comparable, TextCodable {
    /// The amount in pence.
    public private(set) var pence: Int64

    /// The largest magnitude a parsed amount may have, in pence: £1 trillion.
    public static let parseLimit: Int64 = 100_000_000_000_000

    /// Creates an amount from a whole number of pence.
    ///
    /// - Parameter pence: The amount in pence.
    public init(pence: Int64) {
        self.pence = pence
    }

    /// Creates an amount from a whole number of pounds.
    ///
    /// - Parameter pounds: The amount in pounds.
    public init(pounds: Int64) {
        self.pence = pounds * 100
    }

    /// Creates an amount from a whole number of thousands of pounds, as a £000s table prints it.
    ///
    /// - Parameter thousands: The amount in thousands of pounds.
    public init(thousands: Int64) {
        self.pence = thousands * 100_000
    }

    /// Zero pounds.
    public static let zero = Money(pence: 0)

    /// The unit an unsuffixed figure is counted in: pounds, or thousands of pounds in a £000s table.
    public enum Denomination: String, Sendable, Hashable, Codable, CaseIterable {
        /// Figures are pounds (`1,080` is £1,080).
        case pounds
        /// Figures are thousands of pounds, as in a "(£000)s" table (`1,080` is £1.08m).
        case thousands
        /// Figures are millions of pounds (`2.281` is £2.281m).
        case millions

        var penceMultiplier: Int64 {
            switch self {
            case .pounds: 100
            case .thousands: 100_000
            case .millions: 100_000_000
            }
        }
    }

    /// Parses an amount as council papers print it.
    ///
    /// Accepted forms include `£1.538m`, `£185k`, `£622.188m`, `£20m`, `£26.2m`, `£2bn`, `£1,080`,
    /// `-£846k`, `£-846k`, `−6,612` and accounting negatives such as `(97)`. A figure without a `k`, `m`
    /// or `bn` suffix is counted in `denomination`, so `1,080` in a £000s table is £1,080,000.
    ///
    /// - Parameters:
    ///   - text: The printed amount; surrounding white space is ignored.
    ///   - denomination: What an unsuffixed figure counts; pounds by default.
    /// - Throws: ``ValidationError`` with code ``ErrorCode/invalidMoney`` naming the text,
    ///   or ``ErrorCode/moneyOverflow`` when it is beyond ±£1 trillion or finer than a penny.
    /// - Complexity: O(*n*) in the length of `text`.
    public init(_ text: String, in denomination: Denomination = .pounds) throws(ValidationError) {
        // Fast path: a plain amount (`1080`, `-97`, `1,080.50`), as data files write it, parses
        // straight from its bytes; the general path below would read it the same way.
        if let units = ExactDecimal.parseUnits(text.utf8) {
            self.pence = try Self.pence(units: units, multiplier: denomination.penceMultiplier, text: text)
            return
        }
        var body = Substring(text.trimmingWhitespace())
        var invalid: ValidationError {
            ValidationError(
                code: .invalidMoney,
                found: text.trimmingWhitespace(),
                expected: "an amount like £1.538m, £185k, 1,080 or (97)"
            )
        }
        var negative = false
        if body.hasPrefix("("), body.hasSuffix(")") {
            negative = true
            body = body.dropFirst().dropLast()
        }
        var sawSign = false
        func takeSign() {
            guard !sawSign else { return }
            if let first = body.first, first == "-" || first == "\u{2212}" || first == "\u{2013}" || first == "+" {
                if first != "+" { negative.toggle() }
                body.removeFirst()
                sawSign = true
            }
        }
        takeSign()  // -£846k
        if body.first == "£" { body.removeFirst() }
        takeSign()  // £-846k
        var multiplier = denomination.penceMultiplier
        let lower = body.lowercased()
        if lower.hasSuffix("bn") {
            multiplier = 100_000_000_000
            body = body.dropLast(2)
        } else if lower.hasSuffix("m") {
            multiplier = Denomination.millions.penceMultiplier
            body = body.dropLast()
        } else if lower.hasSuffix("k") {
            multiplier = Denomination.thousands.penceMultiplier
            body = body.dropLast()
        }
        guard let first = body.first, first.isNumber || first == "." else { throw invalid }
        guard let units = ExactDecimal.parseUnits(body.utf8) else { throw invalid }
        let pence = try Self.pence(units: units, multiplier: multiplier, text: text)
        self.pence = negative ? -pence : pence
    }

    /// Pence from millionths of a denomination: `units * multiplier / 1_000_000`, which must be whole
    /// and within the parse limit.
    private static func pence(units: Int64, multiplier: Int64, text: String) throws(ValidationError) -> Int64 {
        let product = Int128(units) * Int128(multiplier)
        guard product % Int128(ExactDecimal.scale) == 0 else {
            throw ValidationError(
                code: .invalidMoney,
                found: text.trimmingWhitespace(),
                expected: "a whole number of pence"
            )
        }
        let pence = product / Int128(ExactDecimal.scale)
        guard pence.magnitude <= UInt128(parseLimit) else {
            throw ValidationError(
                code: .moneyOverflow,
                found: text.trimmingWhitespace(),
                expected: "an amount within ±£1 trillion"
            )
        }
        return Int64(pence)
    }

    /// How to print an amount.
    public enum Style: Sendable, Hashable {
        /// Pounds with thousands separators: `£1,080` (0 places) or `£1,080.50` (2 places).
        case pounds(decimalPlaces: Int)
        /// Thousands of pounds with a `k`: `£185k`.
        case thousands(decimalPlaces: Int)
        /// Millions of pounds with an `m`: `£1.538m`.
        case millions(decimalPlaces: Int)
        /// A cell of a £000s table: no symbol, thousands separators, `-6,612` for negatives.
        case thousandsTable
        /// As a covering report words an amount: `£25.6m` and `£3m` (millions to one place, `.0`
        /// dropped) from £1m, `£686k` from £1k, `£500` below.
        case compact
    }

    /// Formats the amount, rounding half away from zero only here.
    ///
    /// - Parameter style: How to print it.
    /// - Returns: The printed amount, such as `£25.6m` or `-6,612`.
    public func formatted(_ style: Style) -> String {
        switch style {
        case .pounds(let places):
            return Self.signed(Self.scaledText(pence, unitPence: 100, places: places), prefix: "£", suffix: "")
        case .thousands(let places):
            return Self.signed(Self.scaledText(pence, unitPence: 100_000, places: places), prefix: "£", suffix: "k")
        case .millions(let places):
            return Self.signed(
                Self.scaledText(pence, unitPence: 100_000_000, places: places),
                prefix: "£",
                suffix: "m"
            )
        case .thousandsTable:
            return Self.scaledText(pence, unitPence: 100_000, places: 0)
        case .compact:
            let magnitude = pence.magnitude
            if magnitude >= 99_950_000 {
                var text = Self.scaledText(pence, unitPence: 100_000_000, places: 1)
                if text.hasSuffix(".0") { text.removeLast(2) }
                return Self.signed(text, prefix: "£", suffix: "m")
            }
            if magnitude >= 100_000 {
                return Self.signed(Self.scaledText(pence, unitPence: 100_000, places: 0), prefix: "£", suffix: "k")
            }
            return Self.signed(Self.scaledText(pence, unitPence: 100, places: 0), prefix: "£", suffix: "")
        }
    }

    /// The amount rounded to whole thousands of pounds, half away from zero, as a £000s table shows it.
    public var roundedThousands: Int64 {
        let divisor: Int64 = 100_000
        let quotient = pence / divisor
        let remainder = pence % divisor
        if remainder.magnitude * 2 >= UInt64(divisor) {
            return quotient + (pence < 0 ? -1 : 1)
        }
        return quotient
    }

    /// The amount in pounds as an exact decimal, for comparing money with measure targets.
    ///
    /// Amounts beyond ±£9.2 trillion, which no parsed figure reaches, are clamped.
    public var pounds: ExactDecimal {
        let (units, overflow) = pence.multipliedReportingOverflow(by: 10_000)
        if overflow { return ExactDecimal(units: pence < 0 ? .min : .max) }
        return ExactDecimal(units: units)
    }

    /// The amount as the canonical text used in data files: pounds with pence where needed (`1080000`,
    /// `-97000`, `12.5`).
    public var description: String { pounds.description }

    /// Adds two amounts, or returns `nil` on overflow.
    ///
    /// - Parameter other: The amount to add.
    /// - Returns: The exact sum, or `nil` when it does not fit.
    public func adding(_ other: Money) -> Money? {
        let (sum, overflow) = pence.addingReportingOverflow(other.pence)
        return overflow ? nil : Money(pence: sum)
    }

    /// Adds two amounts exactly.
    ///
    /// - Parameters:
    ///   - lhs: An amount.
    ///   - rhs: Another amount.
    /// - Returns: The exact sum.
    public static func + (lhs: Money, rhs: Money) -> Money { Money(pence: lhs.pence + rhs.pence) }

    /// Subtracts one amount from another exactly.
    ///
    /// - Parameters:
    ///   - lhs: An amount.
    ///   - rhs: The amount to subtract.
    /// - Returns: The exact difference.
    public static func - (lhs: Money, rhs: Money) -> Money { Money(pence: lhs.pence - rhs.pence) }

    /// Negates an amount.
    ///
    /// - Parameter amount: The amount to negate.
    /// - Returns: The amount with its sign reversed.
    public static prefix func - (amount: Money) -> Money { Money(pence: -amount.pence) }

    /// Adds an amount in place.
    ///
    /// - Parameters:
    ///   - lhs: The amount to add to.
    ///   - rhs: The amount to add.
    public static func += (lhs: inout Money, rhs: Money) { lhs.pence += rhs.pence }

    /// Orders amounts by value.
    ///
    /// - Parameters:
    ///   - lhs: An amount.
    ///   - rhs: Another amount.
    /// - Returns: Whether `lhs` is less than `rhs`.
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.pence < rhs.pence }

    /// Parses the canonical text JSON holds (the same as ``init(_:in:)`` with its default).
    ///
    /// - Parameter text: The text.
    /// - Returns: The value.
    /// - Throws: ``ValidationError`` when the text is not a value of this type.
    public static func parse(canonicalText text: String) throws(ValidationError) -> Self { try Self(text) }

    /// Divides `pence` by `unitPence` and prints the result with thousands separators.
    ///
    /// Keeps `places` decimals, rounding half away from zero. Uses 128-bit arithmetic, so no amount overflows.
    private static func scaledText(_ pence: Int64, unitPence: Int64, places: Int) -> String {
        let places = min(max(places, 0), 6)
        var placeScale: Int128 = 1
        for _ in 0..<places { placeScale *= 10 }
        let numerator = Int128(pence).magnitude * UInt128(placeScale)
        let denominator = UInt128(unitPence)
        var rounded = numerator / denominator
        if (numerator % denominator) * 2 >= denominator { rounded += 1 }
        let whole = rounded / UInt128(placeScale)
        let fraction = rounded % UInt128(placeScale)
        var text = ExactDecimal.grouped(String(whole))
        if places > 0 {
            let fractionText = String(fraction)
            text += "." + String(repeating: "0", count: places - fractionText.count) + fractionText
        }
        return (pence < 0 && rounded != 0) ? "-" + text : text
    }

    private static func signed(_ text: String, prefix: String, suffix: String) -> String {
        if text.hasPrefix("-") {
            return "-" + prefix + text.dropFirst() + suffix
        }
        return prefix + text + suffix
    }
}

extension Sequence where Element == Money {
    /// The exact sum of the amounts.
    ///
    /// - Complexity: O(*n*).
    public var sum: Money {
        reduce(.zero, +)
    }
}
