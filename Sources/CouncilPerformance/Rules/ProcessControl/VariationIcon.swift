/// The "Making Data Count" variation icon for a series, taken from its last point.
///
/// NHSRplotthedots (`R/geom_ptd_icon.R`, `ptd_get_icons`) reads the point type of the last point of each
/// facet and names the icon by the side the improvement or concern lies on, given the measure's direction:
/// a concern on a measure where higher is better is "concern low"; where lower is better, "concern high".
public enum VariationIcon: String, Sendable, Hashable, Codable, CaseIterable {
    /// The last point is common cause.
    case commonCause = "common-cause"
    /// The last point is a special-cause improvement on a measure where higher is better.
    case improvementHigh = "special-cause-improvement-high"
    /// The last point is a special-cause improvement on a measure where lower is better.
    case improvementLow = "special-cause-improvement-low"
    /// The last point is a special-cause concern on a measure where lower is better.
    case concernHigh = "special-cause-concern-high"
    /// The last point is a special-cause concern on a measure where higher is better.
    case concernLow = "special-cause-concern-low"
    /// The last point is a special cause on the high side of a neutral measure.
    case neutralHigh = "special-cause-neutral-high"
    /// The last point is a special cause on the low side of a neutral measure.
    case neutralLow = "special-cause-neutral-low"

    /// The icon for a last point of the given type on a measure with the given direction.
    ///
    /// - Parameters:
    ///   - pointType: The type of the series' last point.
    ///   - improvement: The measure's improvement direction.
    public init(lastPoint pointType: PointType, improvement: ImprovementDirection) {
        let higherIsBetter = improvement != .decrease
        switch pointType {
        case .commonCause: self = .commonCause
        case .specialCauseNeutralHigh: self = .neutralHigh
        case .specialCauseNeutralLow: self = .neutralLow
        case .specialCauseImprovement: self = higherIsBetter ? .improvementHigh : .improvementLow
        case .specialCauseConcern: self = higherIsBetter ? .concernLow : .concernHigh
        }
    }

    /// Words for people, used as the badge text on charts.
    public var label: String {
        switch self {
        case .commonCause: "Common cause variation"
        case .improvementHigh: "Special cause: improvement (high)"
        case .improvementLow: "Special cause: improvement (low)"
        case .concernHigh: "Special cause: concern (high)"
        case .concernLow: "Special cause: concern (low)"
        case .neutralHigh: "Special cause: neutral (high)"
        case .neutralLow: "Special cause: neutral (low)"
        }
    }
}
