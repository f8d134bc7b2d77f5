/// An element of the data, or one of its fields: what a reader records a location for and what
/// validation asks to locate, typed so that both sides name it the same way.
struct ElementKey: Sendable, Hashable, CustomStringConvertible {
    /// The element's kind.
    var kind: ElementKind
    /// The element's identifier (for an activity, `strategy/activity`).
    var id: String
    /// A position within the element's kind, for elements without identifiers of their own (a
    /// measure's second target).
    var position: Int?
    /// The field, when the problem is in one cell of the element's row.
    var field: String?

    init(_ kind: ElementKind, _ id: some CustomStringConvertible, position: Int? = nil, field: String? = nil) {
        self.kind = kind
        self.id = id.description
        self.position = position
        self.field = field
    }

    /// The key as a path, such as `measure:m1.owner` or `target:m1/0`: where a problem is in data that
    /// came from no file.
    var description: String {
        var key = "\(kind.rawValue):\(id)"
        if let position { key += "/\(position)" }
        if let field { key += ".\(field)" }
        return key
    }
}
