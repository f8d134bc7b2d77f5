/// What a change request does to a savings profile.
///
/// An open set: the kinds seen in the papers are static members, and a council may add its own.
public struct ChangeKind: OpenCode {
    /// The kind's stable name, such as `re-profile`.
    public var rawValue: String

    /// Creates a kind from its stable name; JSON holds the bare string (``OpenCode``).
    ///
    /// - Parameter rawValue: The kind's name.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Moves savings between years; the total is unchanged (Targeted Reviews, 001 Appendix A).
    public static let reProfile = ChangeKind("re-profile")
    /// Lowers the total by an amount written off (Contracts Review, 001 Appendix B).
    public static let writeOff = ChangeKind("write-off")
    /// Replaces undeliverable savings with savings found another way, writing off any remainder
    /// (Statutory School Transport, 001 Appendix C).
    public static let alternativeDelivery = ChangeKind("alternative-delivery")
    /// Raises a previously approved target (the extensions approved by service committees).
    public static let extensionOfTarget = ChangeKind("extension")
    /// Closes a project.
    public static let closure = ChangeKind("closure")
}
