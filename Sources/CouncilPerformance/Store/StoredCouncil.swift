/// A council the history store holds returns for.
public struct StoredCouncil: Sendable, Hashable {
    /// The council's key in the store (what `--council` takes).
    public var key: String
    /// The council's name, as its latest return gives it.
    public var name: String
}
