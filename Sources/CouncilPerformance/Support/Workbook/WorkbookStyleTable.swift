/// The cell styles a workbook uses: style 0 is the default, then one for each number format and
/// weight, numbered in the order first used.
struct WorkbookStyleTable {
    private var styles: [(format: String?, bold: Bool)] = [(nil, false)]
    private var formats: [String] = []

    /// The index of the style for a number format and weight, added when new.
    mutating func index(format: String?, bold: Bool) -> Int {
        if let existing = styles.firstIndex(where: { $0.format == format && $0.bold == bold }) { return existing }
        if let format, !formats.contains(format) { formats.append(format) }
        styles.append((format, bold))
        return styles.count - 1
    }

    /// The styles part.
    func part() -> [UInt8] {
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        text += "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        if !formats.isEmpty {
            text += "<numFmts count=\"\(formats.count)\">"
            for (index, format) in formats.enumerated() {
                text += "<numFmt numFmtId=\"\(164 + index)\" formatCode=\"\(WorkbookWriter.escaped(format))\"/>"
            }
            text += "</numFmts>"
        }
        text += "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
        text += "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        text += "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        text += "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        text += "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        text += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        text += "<cellXfs count=\"\(styles.count)\">"
        for style in styles {
            let id = style.format.flatMap { formats.firstIndex(of: $0) }.map { 164 + $0 } ?? 0
            text += "<xf numFmtId=\"\(id)\" fontId=\"\(style.bold ? 1 : 0)\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
            text += id == 0 ? "" : " applyNumberFormat=\"1\""
            text += style.bold ? " applyFont=\"1\"/>" : "/>"
        }
        text += "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        return Array((text + "</styleSheet>").utf8)
    }
}
