/// A commitment of the Council Plan, such as "Commitment 6 - People are healthier", under one ambition.
public struct Commitment: Sendable, Hashable, Codable, Identifiable {
    /// The identifier type for commitments.
    public typealias ID = Identifier<Commitment>

    /// The commitment's identifier.
    public var id: ID
    /// The commitment's number in the plan (1 to 12 in Nottinghamshire's).
    public var number: Int
    /// The commitment as the plan words it, without the "Commitment N -" prefix.
    public var title: String
    /// The ambition the commitment serves.
    public var ambition: Ambition.ID

    /// Creates a commitment.
    ///
    /// - Parameters:
    ///   - id: The commitment's identifier.
    ///   - number: Its number in the plan.
    ///   - title: The commitment as the plan words it.
    ///   - ambition: The ambition it serves.
    public init(id: ID, number: Int, title: String, ambition: Ambition.ID) {
        self.id = id
        self.number = number
        self.title = title
        self.ambition = ambition
    }
}
