/// A "success means" outcome: what success looks like for a commitment or approach.
///
/// For example "We have a healthy workforce". Key Measures of Success sit under outcomes.
public struct Outcome: Sendable, Hashable, Codable, Identifiable {
    /// The identifier type for outcomes.
    public typealias ID = Identifier<Outcome>

    /// The outcome's identifier.
    public var id: ID
    /// The outcome as the plan words it.
    public var text: String
    /// The commitment or approach the outcome belongs to.
    public var element: PlanElement

    /// Creates an outcome.
    ///
    /// - Parameters:
    ///   - id: The outcome's identifier.
    ///   - text: The outcome as the plan words it.
    ///   - element: The commitment or approach it belongs to.
    public init(id: ID, text: String, element: PlanElement) {
        self.id = id
        self.text = text
        self.element = element
    }
}
