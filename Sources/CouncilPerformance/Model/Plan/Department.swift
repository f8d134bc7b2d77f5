/// A council department, such as Resources or Children, Families and Cultural Services.
public struct Department: Sendable, Hashable, Codable, Identifiable {
    /// The identifier type for departments.
    public typealias ID = Identifier<Department>

    /// The department's identifier.
    public var id: ID
    /// The department's name.
    public var name: String

    /// Creates a department.
    ///
    /// - Parameters:
    ///   - id: The department's identifier.
    ///   - name: The department's name.
    public init(id: ID, name: String) {
        self.id = id
        self.name = name
    }
}
