/// A named group of projects of any kind: a status group ("delivered", "in progress"), a directorate,
/// a scheme, or any grouping a council prints totals over.
///
/// Groups are data (the `groups` and `group_members` tables). A project may belong to any number of
/// groups, and a printed total (`group-total`) or a report can be about any group.
///
/// ```swift
/// let delivered = ProjectGroup(id: "delivered", name: "Delivered", members: ["libraries", "waste"])
/// ```
public struct ProjectGroup: Sendable, Hashable, Codable, Identifiable {
    /// The identifier type for groups.
    public typealias ID = Identifier<ProjectGroup>

    /// The group's identifier.
    public var id: ID
    /// Its name as printed.
    public var name: String
    /// Its projects, in the order the data lists them.
    public var members: [Project.ID]

    /// Creates a group.
    ///
    /// - Parameters:
    ///   - id: The group's identifier.
    ///   - name: Its name as printed.
    ///   - members: Its projects.
    public init(id: ID, name: String, members: [Project.ID] = []) {
        self.id = id
        self.name = name
        self.members = members
    }
}
