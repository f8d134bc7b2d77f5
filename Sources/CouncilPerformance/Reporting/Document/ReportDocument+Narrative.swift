extension ReportDocument {
    /// Narrative as blocks, in the order given: a heading each time the kind changes (`Highlights`,
    /// `Areas for attention`), then each piece's title, if any, and its text; a title below the fourth
    /// heading level leads its paragraph instead.
    ///
    /// - Parameters:
    ///   - narratives: The narrative, in the order to show it.
    ///   - level: The level of the kinds' headings; titles are one level below.
    ///   - kindHeadings: Whether to head each run of a kind with the kind's heading.
    /// - Returns: The blocks; none for no narrative.
    public static func narrativeBlocks(_ narratives: [Narrative], level: Int = 3, kindHeadings: Bool = true) -> [Block]
    {
        var blocks: [Block] = []
        var kind: NarrativeKind?
        for narrative in narratives {
            if kindHeadings, narrative.kind != kind {
                blocks.append(.heading(narrative.kind.heading, level: level))
                kind = narrative.kind
            }
            // Headings go four levels deep; below that a title leads its paragraph.
            if let title = narrative.title, level < 4 {
                blocks.append(.heading(title, level: level + 1))
                blocks.append(.paragraph(narrative.text))
            } else {
                blocks.append(.paragraph(narrative.title.map { "\($0): \(narrative.text)" } ?? narrative.text))
            }
        }
        return blocks
    }

    /// Narrative as the text of one table cell: each piece's text, titled where it has a title, joined
    /// by a blank line.
    ///
    /// - Parameter narratives: The narrative.
    /// - Returns: A text cell, or empty for none.
    public static func narrativeCell(_ narratives: [Narrative]) -> ReportCell {
        guard !narratives.isEmpty else { return .empty }
        let texts = narratives.map { piece in piece.title.map { "\($0): \(piece.text)" } ?? piece.text }
        return .text(texts.joined(separator: "\n\n"))
    }
}
