/// Which direction of movement in a measure counts as getting better.
///
/// The direction decides whether a special-cause point is an improvement or a concern, which variation icon
/// the chart shows, and whether a target is judged at all (a neutral measure has no assurance).
public enum ImprovementDirection: String, Sendable, Hashable, Codable, CaseIterable {
    /// Higher values are better (for example, the share of calls answered).
    case increase
    /// Lower values are better (for example, days taken to process a claim).
    case decrease
    /// Neither direction is better; special causes are reported as neutral high or low.
    case neutral

    /// `1` for ``increase``, `-1` for ``decrease`` and `0` for ``neutral``.
    var sign: Int {
        switch self {
        case .increase: 1
        case .decrease: -1
        case .neutral: 0
        }
    }
}
