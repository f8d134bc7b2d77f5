import CouncilPerformance

/// Charts `values` as periods 1, 2, 3 and so on of one ungrouped series.
func chart(
    _ values: [Double],
    improvement: ImprovementDirection = .increase,
    target: Double? = nil,
    rebase: Set<Int> = [],
    fixAfter: Int? = nil,
    screenOutliers: Bool = false
) throws -> ProcessChart<Int> {
    let samples = values.enumerated().map { ProcessChart<Int>.Sample(period: $0.offset + 1, value: $0.element) }
    let options = ProcessChart<Int>.Options(
        improvement: improvement,
        target: target,
        rebase: rebase,
        fixAfter: fixAfter,
        screenOutliers: screenOutliers
    )
    return try ProcessChart(samples, options: options)
}

/// Whether two doubles agree to within 1e-12 relative (for figures worked by hand in decimal).
func isClose(_ actual: Double?, _ expected: Double) -> Bool {
    guard let actual else { return false }
    return abs(actual - expected) <= 1e-12 * max(1, abs(expected))
}

/// Shorthand for expected point types, one letter each: c common cause, i improvement, x concern,
/// h neutral high, l neutral low.
func types(_ code: String) -> [PointType] {
    code.compactMap { letter -> PointType? in
        switch letter {
        case "c": .commonCause
        case "i": .specialCauseImprovement
        case "x": .specialCauseConcern
        case "h": .specialCauseNeutralHigh
        case "l": .specialCauseNeutralLow
        default: nil
        }
    }
}

/// The baseline used by several tests: 0 and 1 alternating, 12 values.
///
///
/// mean = 6 / 12 = 0.5; moving ranges: eleven of |1 - 0| = 1, so mean moving range = 11 / 11 = 1;
/// limits 0.5 ± 2.66 = -2.16 and 3.16; near limits 0.5 ± 2 × (2.66 / 3) = 0.5 ± 1.77333... = -1.27333 and
/// 2.27333. (No moving range reaches 3.267, so screening changes nothing.)
let alternatingBaseline: [Double] = [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1]
