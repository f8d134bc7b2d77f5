/// The rules a council rates its measures by.
///
/// A policy holds the default tolerance and the dead band for direction of travel. Measures may override the tolerance (effective-dated) on ``Measure/tolerances``.
///
/// The rules, from the council dashboards in `shared/seeds`:
/// - High is good: met when latest ≥ target; Low is good: met when latest ≤ target; Yes is good: met
///   when the answer is yes (a Yes-is-good measure needs no separate target).
/// - A miss within the tolerance (boundary included) is amber, beyond it red.
/// - `Increase` and `Decrease` must beat the comparison value (previous period, or the same period
///   last year for cumulative measures); `Maintain` must equal or beat it; `Better than national`
///   must beat the national figure; `Higher than 14/15 (56%)` must beat the stated value. Equal is a
///   miss for these, so it is amber when any tolerance applies.
/// - A deadline target (`by 31 March 2018`) is met when the answer is yes (or 100%), red once the
///   deadline has passed without it, and not rated before then.
/// - Contextual measures, no target, `New Measure`, no value, `n/a` and narrative are not rated, each
///   with its reason.
///
/// ```swift
/// let policy = RatingPolicy.standard          // 5% of target
/// let assessment = try policy.assess(measure, observations: observations, at: period)
/// print(assessment.rating)                    // "Red"
/// print(assessment.rating.explanation.text)
/// ```
public struct RatingPolicy: Sendable, Hashable, Codable {
    /// The tolerance for measures that do not set their own.
    public var defaultTolerance: Tolerance
    /// Changes of at most this size count as "no change" in direction of travel.
    public var directionDeadBand: ExactDecimal
    /// The council's words for ratings and trends.
    public var labels: RatingLabels

    /// Creates a policy.
    ///
    /// - Parameters:
    ///   - defaultTolerance: The tolerance for measures without their own.
    ///   - directionDeadBand: The largest change that counts as no change; zero by default.
    ///   - labels: The council's words for ratings and trends; the library's by default.
    public init(
        defaultTolerance: Tolerance,
        directionDeadBand: ExactDecimal = .zero,
        labels: RatingLabels = .standard
    ) {
        self.defaultTolerance = defaultTolerance
        self.directionDeadBand = directionDeadBand
        self.labels = labels
    }

    /// Decodes a policy; one encoded before ``labels`` existed takes the library's words.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a field is missing or malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            defaultTolerance: try container.decode(Tolerance.self, forKey: .defaultTolerance),
            directionDeadBand: try container.decode(ExactDecimal.self, forKey: .directionDeadBand),
            labels: try container.decodeIfPresent(RatingLabels.self, forKey: .labels) ?? .standard
        )
    }

    private enum CodingKeys: String, CodingKey {
        case defaultTolerance, directionDeadBand, labels
    }

    /// The dead band for a measure: its own, else the policy's.
    ///
    /// - Parameter measure: The measure.
    /// - Returns: The largest change that counts as no change.
    public func deadBand(for measure: Measure) -> ExactDecimal {
        measure.directionDeadBand ?? directionDeadBand
    }

    /// The library's documented default: amber within 5% of the target, no dead band.
    public static let standard = RatingPolicy(defaultTolerance: .relativePercent(ExactDecimal(units: 5_000_000)))

    /// Strict rating: no tolerance, so every miss is red.
    public static let strict = RatingPolicy(defaultTolerance: .none)

    /// The tolerance in force for a measure at a period: its own override, else the default.
    ///
    /// - Parameters:
    ///   - measure: The measure.
    ///   - period: The period being rated.
    /// - Returns: The tolerance then in force.
    public func tolerance(for measure: Measure, at period: ReportingPeriod) -> Tolerance {
        measure.tolerances.inForce(at: period) ?? defaultTolerance
    }
}
