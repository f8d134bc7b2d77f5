/// The data-quality state of a reported value.
///
/// Councils print a 0 or a dash as a placeholder for "no data yet", mark figures provisional (`p`) or
/// estimated, and leave a measure blank in a period it is not due. A placeholder is kept as printed but
/// never rated or compared; provisional and estimated values are rated, and reports say what they are.
public enum ValueStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// A final figure (the default).
    case final
    /// A provisional figure, which may be revised.
    case provisional
    /// An estimate.
    case estimated
    /// A placeholder for data not yet available: kept as printed, never rated or trended.
    case noData = "no-data"
    /// The measure is not due to report in this period: never rated or trended.
    case notDue = "not-due"

    /// Whether a value in this state is rated and compared.
    public var isRated: Bool {
        switch self {
        case .final, .provisional, .estimated: true
        case .noData, .notDue: false
        }
    }

    /// The mark reports print beside the value: `(p)`, `(e)`, `(no data)`, `(not due)`; none for final.
    public var mark: String? {
        switch self {
        case .final: nil
        case .provisional: "(p)"
        case .estimated: "(e)"
        case .noData: "(no data)"
        case .notDue: "(not due)"
        }
    }
}
