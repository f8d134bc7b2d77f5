/// How a measure's latest value compares with the national figure.
public enum BenchmarkComparison: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Better than national, given the measure's polarity.
    case better
    /// Worse than national.
    case worse
    /// Equal to national.
    case same
    /// No comparison: no national figure, no latest figure, or no polarity.
    case none

    /// Compares a latest value with the national figure.
    ///
    /// - Parameters:
    ///   - latest: The latest value.
    ///   - national: The national figure, if printed.
    ///   - direction: The measure's polarity.
    /// - Returns: The comparison.
    public static func between(
        _ latest: MeasureValue?,
        and national: MeasureValue?,
        direction: Direction
    ) -> BenchmarkComparison {
        guard let value = latest?.comparableNumber, let benchmark = national?.comparableNumber,
            let better = direction.isBetter(value, than: benchmark)
        else { return .none }
        if value == benchmark { return .same }
        return better ? .better : .worse
    }

    /// The label reports print: `Better than national`, `Worse than national`, `Same as national`, `-`.
    public var description: String {
        switch self {
        case .better: "Better than national"
        case .worse: "Worse than national"
        case .same: "Same as national"
        case .none: "-"
        }
    }
}
