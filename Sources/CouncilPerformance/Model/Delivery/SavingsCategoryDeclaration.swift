/// A council's own savings category, declared in the data with its name in words.
public struct SavingsCategoryDeclaration: Sendable, Hashable, Codable {
    /// The category.
    public var category: SavingsCategory
    /// Its name as the council prints it, such as `Mitigated by one-off funding`.
    public var name: String

    /// Creates a declaration.
    ///
    /// - Parameters:
    ///   - category: The category.
    ///   - name: Its printed name.
    public init(category: SavingsCategory, name: String) {
        self.category = category
        self.name = name
    }
}
