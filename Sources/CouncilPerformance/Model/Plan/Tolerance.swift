/// How far short of its target a measure may fall and still be amber rather than red, and, for councils
/// that rate that way, still be green.
///
/// A tolerance is declared in exactly one unit: an absolute amount in the measure's unit, a percentage
/// of the target, or percentage points (for percentage measures). A value that misses its target but
/// lies within the tolerance, boundary included, is amber; beyond it, red.
///
/// Two margins, green then amber, give bands: `5%/10%` is Green when on, above or within 5% of target,
/// Amber within 10%, Red beyond (boundaries included). One margin keeps its meaning: `5%` is `0/5%`.
///
/// ```swift
/// // 10% of a target of 80, High is good: 72 is amber, 71.9 is red.
/// let tolerance = try Tolerance("10%")
/// // Green down to 76 (5% short), amber down to 72, red below.
/// let bands = try Tolerance("5%/10%")
/// ```
public enum Tolerance: Sendable, Hashable, CustomStringConvertible {
    /// No tolerance: a miss is red.
    case none
    /// An absolute amount in the measure's unit (pounds for money).
    case absolute(ExactDecimal)
    /// A percentage of the target (10 means 10% of the target's magnitude).
    case relativePercent(ExactDecimal)
    /// Percentage points, for percentage measures (2 means two points).
    case percentagePoints(ExactDecimal)
    /// A green band and an amber band beyond it, each one of the forms above: a miss within `green`
    /// is green, within `amber` amber.
    indirect case bands(green: Tolerance, amber: Tolerance)

    /// How far short of target a value is still green: ``none`` unless the tolerance has bands.
    public var greenMargin: Tolerance {
        if case .bands(let green, _) = self { return green }
        return .none
    }

    /// Whether either margin is a percentage of the target, which a target of zero cannot take.
    public var isRelative: Bool {
        switch self {
        case .relativePercent(let percent): percent != .zero
        case .bands(let green, let amber): green.isRelative || amber.isRelative
        case .none, .absolute, .percentagePoints: false
        }
    }

    /// How far short of target a value is still amber.
    public var amberMargin: Tolerance {
        if case .bands(_, let amber) = self { return amber }
        return self
    }

    /// Parses `none`, `0.5` (absolute), `5%` (relative to the target) or `2pp` (percentage points), or two
    /// of them as green and amber bands: `5%/10%`, `0.5/1`, `2pp/5pp`.
    ///
    /// - Parameter text: The tolerance text.
    /// - Throws: ``ValidationError`` with code ``ErrorCode/invalidTolerance`` when the text
    ///   is not one of these forms, an amount is negative, or a green band of the same form is wider
    ///   than its amber band.
    public init(_ text: String) throws(ValidationError) {
        let trimmed = text.trimmingWhitespace()
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2 {
            guard parts.allSatisfy({ !String($0).trimmingWhitespace().isEmpty }) else {
                throw ValidationError(
                    code: .invalidTolerance,
                    found: trimmed,
                    expected: "a green band and an amber band, like 5%/10%"
                )
            }
            let green = try Self(margin: String(parts[0]), in: trimmed)
            let amber = try Self(margin: String(parts[1]), in: trimmed)
            guard !Self.isWider(green, than: amber) else {
                throw ValidationError(
                    code: .invalidTolerance,
                    found: trimmed,
                    expected: "a green band no wider than its amber band, like 5%/10%"
                )
            }
            self = .bands(green: green, amber: amber)
            return
        }
        self = try Self(margin: trimmed, in: trimmed)
    }

    /// Parses one margin of a tolerance written `text`.
    private init(margin: String, in text: String) throws(ValidationError) {
        let trimmed = margin.trimmingWhitespace()
        let lower = trimmed.lowercased()
        let invalid = ValidationError(
            code: .invalidTolerance,
            found: text,
            expected: "none, an absolute amount like 0.5, a percentage of target like 5%, points like 2pp, "
                + "or green and amber bands like 5%/10%"
        )
        if lower == "none" || lower == "0" || lower.isEmpty {
            self = .none
            return
        }
        let make: (ExactDecimal) -> Tolerance
        var body = Substring(lower)
        if body.hasSuffix("pp") {
            body = body.dropLast(2)
            make = Tolerance.percentagePoints
        } else if body.hasSuffix("%") {
            body = body.dropLast()
            make = Tolerance.relativePercent
        } else {
            make = Tolerance.absolute
        }
        guard let units = ExactDecimal.parseUnits(body.utf8), units >= 0 else { throw invalid }
        self = make(ExactDecimal(units: units))
    }

    /// The canonical text, which ``init(_:)`` parses back: `none`, `0.5`, `5%`, `2pp` or `5%/10%`.
    public var description: String {
        switch self {
        case .none: "none"
        case .absolute(let amount): amount.description
        case .relativePercent(let percent): "\(percent)%"
        case .percentagePoints(let points): "\(points)pp"
        case .bands(let green, let amber): "\(green)/\(amber)"
        }
    }

    /// Whether `green` is a wider band than `amber` of the same form (bands of different forms cannot be
    /// compared without a target, so they are left to the rating).
    private static func isWider(_ green: Tolerance, than amber: Tolerance) -> Bool {
        switch (green, amber) {
        case (.absolute(let g), .absolute(let a)), (.relativePercent(let g), .relativePercent(let a)),
            (.percentagePoints(let g), .percentagePoints(let a)):
            a < g
        case (.bands, _), (_, .bands): true
        case (.none, _), (_, .none): false
        default: false
        }
    }
}

extension Tolerance: TextCodable {
    /// Parses the canonical text JSON holds (the same as ``init(_:)``).
    ///
    /// - Parameter text: The text.
    /// - Returns: The value.
    /// - Throws: ``ValidationError`` when the text is not a value of this type.
    public static func parse(canonicalText text: String) throws(ValidationError) -> Self { try Self(text) }
}
