/// How a measure has changed since the value it is compared with: "not an indication of whether the
/// measure has or will achieve the target" (Nottinghamshire, 2015).
///
/// Measures with a polarity improve or worsen; contextual ones increase or decrease. When there is no
/// comparable value the answer is ``noComparison``, never ``noChange``.
public enum DirectionOfTravel: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Better than the comparison value.
    case improving
    /// Worse than the comparison value.
    case worsening
    /// The same as the comparison value, or within the dead band.
    case noChange = "no-change"
    /// Higher than the comparison value (contextual measure).
    case increasing
    /// Lower than the comparison value (contextual measure).
    case decreasing
    /// Nothing comparable to compare with.
    case noComparison = "no-comparison"

    /// Compares a value with the one before it.
    ///
    /// - Parameters:
    ///   - latest: The latest value.
    ///   - comparator: The previous period's value (snapshot) or the same period last year's
    ///     (cumulative), if reported.
    ///   - direction: The measure's polarity.
    ///   - deadBand: Changes of at most this size count as no change; zero by default.
    /// - Returns: The direction of travel.
    public static func between(
        _ latest: MeasureValue?,
        and comparator: MeasureValue?,
        direction: Direction,
        deadBand: ExactDecimal = .zero
    ) -> DirectionOfTravel {
        guard let current = latest?.comparableNumber, let previous = comparator?.comparableNumber,
            let change = current.subtracting(previous)
        else { return .noComparison }
        if change.magnitude <= deadBand.magnitude { return .noChange }
        switch direction {
        case .contextual:
            return change.isNegative ? .decreasing : .increasing
        case .higher, .yes:
            return change.isNegative ? .worsening : .improving
        case .lower:
            return change.isNegative ? .improving : .worsening
        }
    }

    /// The label reports print: `Improving`, `Worsening`, `No change`, `Increasing`, `Decreasing` or
    /// `No comparison`.
    public var description: String {
        switch self {
        case .improving: "Improving"
        case .worsening: "Worsening"
        case .noChange: "No change"
        case .increasing: "Increasing"
        case .decreasing: "Decreasing"
        case .noComparison: "No comparison"
        }
    }
}
