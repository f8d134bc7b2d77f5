extension TableSchema.Column {
    /// The values a coded column accepts, when its description lists a closed set; `nil` otherwise.
    ///
    /// The values are the description's words in backticks before its first `;` and after any colon
    /// (`percentage`, `count`, ... for `measures.unit`), so the template's lists come from the same
    /// definitions as the formats page. A description that leaves the set open (`such as`, `any`, a
    /// `<placeholder>`, or a table's values) lists none.
    public var allowedValues: [String]? {
        guard type == .code else { return nil }
        var clause = summary.split(separator: ";", maxSplits: 1).first.map(String.init) ?? summary
        // "How `savings_figures` amounts are printed: `positive` or `negative`": the values follow the colon.
        if let colon = clause.lastIndex(of: ":") { clause = String(clause[clause.index(after: colon)...]) }
        for open in ["such as", "any ", "or a `", "<"] where clause.contains(open) { return nil }
        var values: [String] = []
        var current: String?
        for character in clause {
            if character == "`" {
                if let word = current {
                    if !word.contains("."), !values.contains(word) { values.append(word) }
                    current = nil
                } else {
                    current = ""
                }
            } else if current != nil {
                current?.append(character)
            }
        }
        return values.count >= 2 ? values : nil
    }
}
