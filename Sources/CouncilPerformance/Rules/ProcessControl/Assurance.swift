/// Whether a process, as its limits stand, can be relied on to meet a target.
///
/// Judged on the process limits of the last point of a group (so of its last segment), with strict
/// comparisons (NHSRplotthedots, `R/ptd_calculate_assurance_type.R`): a target above the upper limit or
/// below the lower limit is met consistently or missed consistently, depending on the improvement
/// direction; anything else, including a target exactly on a limit, is ``inconsistent``.
public enum Assurance: String, Sendable, Hashable, Codable, CaseIterable {
    /// The whole range of common-cause variation is on the right side of the target.
    case consistentPass = "consistent-pass"
    /// The whole range of common-cause variation is on the wrong side of the target.
    case consistentFail = "consistent-fail"
    /// The target lies between the process limits (or on one), so it will be hit and missed at random.
    case inconsistent

    /// Words for people, used as the badge text on charts.
    public var label: String {
        switch self {
        case .consistentPass: "Consistently passes the target"
        case .consistentFail: "Consistently fails the target"
        case .inconsistent: "Hit and miss: target within the limits"
        }
    }
}
