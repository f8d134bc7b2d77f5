/// A cross-cutting approach of the Council Plan, such as "Spend money wisely".
public struct Approach: Sendable, Hashable, Codable, Identifiable {
    /// The identifier type for approaches.
    public typealias ID = Identifier<Approach>

    /// The approach's identifier.
    public var id: ID
    /// The approach as the plan words it.
    public var title: String

    /// Creates an approach.
    ///
    /// - Parameters:
    ///   - id: The approach's identifier.
    ///   - title: The approach as the plan words it.
    public init(id: ID, title: String) {
        self.id = id
        self.title = title
    }
}
