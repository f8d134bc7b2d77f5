/// The special-cause rule that classified a point, in order of priority.
///
/// When several rules mark the same point, the first in this order wins: ``beyondLimit``, ``trend``,
/// ``twoOfThree``, ``run`` (NHSRplotthedots, `R/ptd_calculate_point_type.R`, `ptd_special_cause_type`).
public enum SpecialCauseSignal: String, Sendable, Hashable, Codable, CaseIterable {
    /// The value is strictly above the upper or strictly below the lower process limit.
    case beyondLimit = "beyond-limit"
    /// The point belongs to 7 or more consecutive points each strictly higher (or lower) than the one before.
    case trend
    /// The point is one of at least two in three consecutive points beyond two thirds of the way to a limit
    /// (but not beyond it), with all three on the same side of the mean.
    case twoOfThree = "two-of-three"
    /// The point belongs to 7 or more consecutive points on the same side of the mean.
    case run

    /// Words for people: "beyond a process limit", "trend", and so on.
    public var label: String {
        switch self {
        case .beyondLimit: "beyond a process limit"
        case .trend: "trend of 7 or more points"
        case .twoOfThree: "two of three points near a limit"
        case .run: "run of 7 or more points on one side of the mean"
        }
    }
}
