/// How one point on an XmR chart is classified.
///
/// A point is common cause unless one of the special-cause rules (see ``SpecialCauseSignal``) marks it. A special-cause
/// point is an improvement or a concern according to the measure's ``ImprovementDirection`` direction, or neutral
/// high or low when the measure has no preferred direction.
public enum PointType: String, Sendable, Hashable, Codable, CaseIterable {
    /// Variation expected from the process as it stands.
    case commonCause = "common-cause"
    /// Special cause in the direction of improvement.
    case specialCauseImprovement = "special-cause-improvement"
    /// Special cause in the direction of concern.
    case specialCauseConcern = "special-cause-concern"
    /// Special cause on the high side, for a measure with no preferred direction.
    case specialCauseNeutralHigh = "special-cause-neutral-high"
    /// Special cause on the low side, for a measure with no preferred direction.
    case specialCauseNeutralLow = "special-cause-neutral-low"

    /// Whether a special-cause rule marked the point.
    public var isSpecialCause: Bool { self != .commonCause }

    /// Words for people: "common cause", "special cause (improvement)", and so on.
    public var label: String {
        switch self {
        case .commonCause: "common cause"
        case .specialCauseImprovement: "special cause (improvement)"
        case .specialCauseConcern: "special cause (concern)"
        case .specialCauseNeutralHigh: "special cause (neutral, high)"
        case .specialCauseNeutralLow: "special cause (neutral, low)"
        }
    }
}
