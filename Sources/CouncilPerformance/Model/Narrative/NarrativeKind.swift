/// What kind of text a piece of narrative is; a council may name kinds of its own.
///
/// The standard kinds are those the papers print: an activity's progress, an indicator's comment, a
/// highlight, an area for attention, a summary, a challenge, and a key activity.
public struct NarrativeKind: OpenCode {
    /// The kind's code, such as `progress` or `area-for-attention`.
    public var rawValue: String

    /// Creates a kind from its code; JSON holds the bare string (``OpenCode``).
    ///
    /// - Parameter rawValue: The code: lower case words joined by `-`.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Progress made on an activity, milestone or project.
    public static let progress = NarrativeKind(rawValue: "progress")
    /// A comment printed beside an indicator's figures.
    public static let comment = NarrativeKind(rawValue: "comment")
    /// A highlight: something going well, picked out for the committee.
    public static let highlight = NarrativeKind(rawValue: "highlight")
    /// An area for attention: where delivery has not yet been matched by a change in the measure.
    public static let areaForAttention = NarrativeKind(rawValue: "area-for-attention")
    /// A summary of progress.
    public static let summary = NarrativeKind(rawValue: "summary")
    /// A challenge or pressure.
    public static let challenge = NarrativeKind(rawValue: "challenge")
    /// A key activity that supports delivery.
    public static let keyActivity = NarrativeKind(rawValue: "key-activity")

    /// The standard kinds, in the order a report shows them.
    public static let standard: [NarrativeKind] = [
        .summary, .highlight, .areaForAttention, .challenge, .keyActivity, .progress, .comment,
    ]

    /// The heading a report prints over narrative of this kind: `Areas for attention`.
    public var heading: String {
        switch self {
        case .progress: "Progress"
        case .comment: "Comments"
        case .highlight: "Highlights"
        case .areaForAttention: "Areas for attention"
        case .summary: "Summary"
        case .challenge: "Pressures and challenges"
        case .keyActivity: "Key activities"
        default:
            rawValue.split(separator: "-").joined(separator: " ").capitalisingFirstLetter
        }
    }
}

extension String {
    /// The string with its first letter in upper case.
    fileprivate var capitalisingFirstLetter: String { prefix(1).uppercased() + dropFirst() }
}
