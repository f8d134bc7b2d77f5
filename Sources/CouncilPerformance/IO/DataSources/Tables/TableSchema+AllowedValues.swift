extension TableSchema.Column {
    /// The values a coded column accepts, when its description lists a closed set; `nil` otherwise.
    ///
    /// The values are the description's words in backticks before its first `;`, outside parentheses and
    /// after any colon
    /// (`percentage`, `count`, ... for `measures.unit`), so the template's lists come from the same
    /// definitions as the formats page. A description that leaves the set open (`such as`, `any`, a
    /// `<placeholder>`, or a table's values) lists none.
    public var allowedValues: [String]? {
        guard type == .code else { return nil }
        // The first clause, without its asides in parentheses.
        var clause = ""
        var depth = 0
        for character in summary.prefix(while: { $0 != ";" }) {
            if character == "(" { depth += 1 }
            if depth == 0 { clause.append(character) }
            if character == ")" { depth = max(0, depth - 1) }
        }
        // "How `savings_figures` amounts are printed: `positive` or `negative`": the values follow a colon.
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
