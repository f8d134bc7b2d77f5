/// An identity between savings categories that a council's tables obey, such as
/// target = achieved + delayed + not achievable.
///
/// Identities are data (the `savings_identities` table); ``ConsistencyAudit`` checks each for every
/// project, every group and every set of printed totals it covers.
///
/// ```swift
/// let mandates = SavingsIdentity(name: "mandates", total: .target, parts: [.achieved, .delayed, .notAchievable])
/// mandates.description  // "target = achieved + delayed + not-achievable"
/// ```
public struct SavingsIdentity: Sendable, Hashable, Codable {
    /// The identity's name, such as `mandates`.
    public var name: String
    /// The category that is the total.
    public var total: SavingsCategory
    /// The categories that sum to it.
    public var parts: [SavingsCategory]

    /// Creates an identity.
    ///
    /// - Parameters:
    ///   - name: Its name.
    ///   - total: The total's category.
    ///   - parts: The parts' categories.
    public init(name: String, total: SavingsCategory, parts: [SavingsCategory]) {
        self.name = name
        self.total = total
        self.parts = parts
    }

    /// Every category the identity names, the total first.
    public var categories: [SavingsCategory] { [total] + parts }

    /// `target = achieved + delayed + not-achievable`.
    public var description: String {
        "\(total) = " + parts.map(\.rawValue).joined(separator: " + ")
    }
}
