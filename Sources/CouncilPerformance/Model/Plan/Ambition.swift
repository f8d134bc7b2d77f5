/// One of a Council Plan's top-level ambitions, such as "A great place to bring up your family".
public struct Ambition: Sendable, Hashable, Codable, Identifiable {
    /// The identifier type for ambitions.
    public typealias ID = Identifier<Ambition>

    /// The ambition's identifier.
    public var id: ID
    /// The ambition's number in the plan (1 to 4 in Nottinghamshire's), if it has one.
    public var number: Int?
    /// The ambition as the plan words it.
    public var title: String

    /// Creates an ambition.
    ///
    /// - Parameters:
    ///   - id: The ambition's identifier.
    ///   - number: Its number in the plan, if any.
    ///   - title: The ambition as the plan words it.
    public init(id: ID, number: Int? = nil, title: String) {
        self.id = id
        self.number = number
        self.title = title
    }
}
