/// Writes sheets as an Office Open XML workbook (`.xlsx`): a ZIP archive of stored XML parts, the
/// same bytes for the same sheets.
///
/// Text is written inline in its cell (no shared string table), numbers as numbers with their number
/// format, header rows frozen, column widths set and list validations added. Excel, LibreOffice and
/// openpyxl open the result.
package enum WorkbookWriter {
    /// The most characters a cell holds (Excel's limit); longer text is cut there.
    package static let maximumCellLength = 32_767

    /// The workbook's bytes.
    ///
    /// - Parameter sheets: The sheets, in tab order; at least one is written (an empty one if none).
    /// - Returns: The `.xlsx` file.
    /// - Complexity: O(*n*) in the cells.
    package static func workbook(_ sheets: [WorkbookSheet]) -> [UInt8] {
        var bytes: [UInt8] = []
        workbook(sheets) {
            bytes.append(contentsOf: $0)
        } overwrite: { offset, replacement in
            bytes.replaceSubrange(offset..<offset + replacement.count, with: replacement)
        }
        return bytes
    }

    /// Writes the workbook out as it goes, a row at a time: no part of it is held whole.
    ///
    /// The file, once written, holds the bytes ``workbook(_:)`` returns. Each entry's local header is
    /// written first and its checksum and sizes filled in after its content (``ZipWriter``).
    ///
    /// - Parameters:
    ///   - sheets: The sheets, in tab order; at least one is written (an empty one if none).
    ///   - write: Appends bytes to the file; they are valid only during the call.
    ///   - overwrite: Replaces bytes already written, at an offset from the file's start.
    /// - Complexity: O(*n*) in the cells; memory O(1) beyond the sheets.
    package static func workbook(
        _ sheets: [WorkbookSheet],
        write: (UnsafeBufferPointer<UInt8>) -> Void,
        overwrite: (Int, [UInt8]) -> Void
    ) {
        let sheets = sheets.isEmpty ? [WorkbookSheet(name: "Sheet1", rows: [])] : sheets
        let names = tabNames(sheets.map(\.name))
        // The styles part comes before the sheets, so every style is numbered first, in the order the
        // sheets use them.
        var styles = WorkbookStyleTable()
        for sheet in sheets {
            if let known = sheet.styles {
                for style in known { _ = styles.index(format: style.format, bold: style.bold) }
            } else {
                for row in sheet.rows {
                    for cell in row { _ = style(of: cell, in: &styles) }
                }
            }
        }
        var archive = ZipWriter()
        let parts = [
            ("[Content_Types].xml", contentTypes(count: sheets.count)),
            ("_rels/.rels", Array(packageRelationships.utf8)),
            ("xl/workbook.xml", workbookPart(names)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(count: sheets.count)),
            ("xl/styles.xml", styles.part()),
        ]
        for (name, part) in parts {
            archive.add(name, write: write, overwrite: overwrite) { part.withUnsafeBufferPointer($0) }
        }
        for (index, sheet) in sheets.enumerated() {
            archive.add("xl/worksheets/sheet\(index + 1).xml", write: write, overwrite: overwrite) { write in
                worksheet(sheet, styles: &styles, write: write)
            }
        }
        archive.finish(emit: write)
    }

    /// The style of a cell, numbered in `styles` when new; `nil` for a cell written without one.
    private static func style(of cell: WorkbookSheet.Cell, in styles: inout WorkbookStyleTable) -> Int? {
        cell.style.map { styles.index(format: $0.format, bold: $0.bold) }
    }

    // MARK: - Names

    /// Valid, unique tab names: forbidden characters replaced, at most 31 characters, a number added to
    /// a repeat.
    package static func tabNames(_ names: [String]) -> [String] {
        var used: Set<String> = []
        return names.map { name in
            var base = String(name.map { "[]:*?/\\".contains($0) ? "-" : $0 })
            // A name may not start or end with an apostrophe.
            while base.hasPrefix("'") { base.removeFirst() }
            while base.hasSuffix("'") { base.removeLast() }
            if base.isEmpty { base = "Sheet" }
            var candidate = String(base.prefix(31))
            var number = 2
            while used.contains(candidate.lowercased()) {
                let suffix = " (\(number))"
                candidate = String(base.prefix(31 - suffix.count)) + suffix
                number += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }

    // MARK: - Parts

    private static let spreadsheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipNamespace =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    private static let packageRelationships =
        header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"

    private static func contentTypes(count: Int) -> [UInt8] {
        var text = header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        text += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        text += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        let main = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        text += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(main).sheet.main+xml\"/>"
        text += "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(main).styles+xml\"/>"
        for index in 1...count {
            text += "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" ContentType=\"\(main).worksheet+xml\"/>"
        }
        return Array((text + "</Types>").utf8)
    }

    private static func workbookPart(_ names: [String]) -> [UInt8] {
        var text = header + "<workbook xmlns=\"\(spreadsheetNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
        text += "<bookViews><workbookView/></bookViews><sheets>"
        for (index, name) in names.enumerated() {
            text += "<sheet name=\"\(escaped(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        return Array((text + "</sheets></workbook>").utf8)
    }

    private static func workbookRelationships(count: Int) -> [UInt8] {
        var text = header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for index in 1...count {
            text += "<Relationship Id=\"rId\(index)\" Type=\"\(relationshipNamespace)/worksheet\" "
            text += "Target=\"worksheets/sheet\(index).xml\"/>"
        }
        text += "<Relationship Id=\"rId\(count + 1)\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
        return Array((text + "</Relationships>").utf8)
    }

    /// Writes a sheet's part a row at a time: a sheet of a large council's dashboard is hundreds of
    /// megabytes of XML.
    private static func worksheet(
        _ sheet: WorkbookSheet,
        styles: inout WorkbookStyleTable,
        write: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        func part(_ text: String) {
            var text = text
            text.withUTF8(write)
        }
        var text = header + "<worksheet xmlns=\"\(spreadsheetNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
        text += "<sheetViews><sheetView workbookViewId=\"0\">"
        if sheet.frozenRows > 0 {
            let topLeft = "A\(sheet.frozenRows + 1)"
            text += "<pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"\(topLeft)\" activePane=\"bottomLeft\" "
            text += "state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"\(topLeft)\" sqref=\"\(topLeft)\"/>"
        }
        text += "</sheetView></sheetViews>"
        if !sheet.columnWidths.isEmpty {
            text += "<cols>"
            for (index, width) in sheet.columnWidths.enumerated() {
                text += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }
            text += "</cols>"
        }
        text += "<sheetData>"
        part(text)
        for (rowIndex, row) in sheet.rows.enumerated() {
            text = "<row r=\"\(rowIndex + 1)\">"
            for (columnIndex, cell) in row.enumerated() {
                let reference = "\(columnLetters(columnIndex + 1))\(rowIndex + 1)"
                let style = style(of: cell, in: &styles) ?? 0
                switch cell {
                case .empty:
                    continue
                case .text(let value):
                    text += "<c r=\"\(reference)\" t=\"inlineStr\"><is>\(textElement(value))</is></c>"
                case .heading(let value):
                    text += "<c r=\"\(reference)\" s=\"\(style)\" t=\"inlineStr\">"
                    text += "<is>\(textElement(value))</is></c>"
                case .number(let value, _):
                    text += "<c r=\"\(reference)\"\(style == 0 ? "" : " s=\"\(style)\"")><v>\(escaped(value))</v></c>"
                }
            }
            part(text + "</row>")
        }
        text = "</sheetData>"
        let lists = sheet.validations.compactMap { validation -> String? in
            guard let formula = listFormula(validation.values) else { return nil }
            let column = columnLetters(validation.column + 1)
            return "<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\" "
                + "sqref=\"\(column)\(sheet.frozenRows + 1):\(column)1048576\"><formula1>\(escaped(formula))</formula1>"
                + "</dataValidation>"
        }
        if !lists.isEmpty {
            text += "<dataValidations count=\"\(lists.count)\">\(lists.joined())</dataValidations>"
        }
        text += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        part(text + "</worksheet>")
    }

    /// A list validation's formula, `"a,b,c"`; `nil` when a value holds a comma or a quote, or the list
    /// is longer than the 255 characters a formula's list may be.
    private static func listFormula(_ values: [String]) -> String? {
        guard !values.isEmpty, !values.contains(where: { $0.contains(",") || $0.contains("\"") }) else { return nil }
        let formula = "\"" + values.joined(separator: ",") + "\""
        return formula.count <= 257 ? formula : nil
    }

    private static func textElement(_ value: String) -> String {
        let cut = value.count > maximumCellLength ? String(value.prefix(maximumCellLength)) : value
        let spaced = cut.first?.isWhitespace == true || cut.last?.isWhitespace == true || cut.contains("\n")
        return spaced ? "<t xml:space=\"preserve\">\(escaped(cut))</t>" : "<t>\(escaped(cut))</t>"
    }

    /// Text escaped for XML (``XMLText/escaped(_:)``).
    package static func escaped(_ text: String) -> String { XMLText.escaped(text) }

    /// A column's letters: `A` for 1, `AA` for 27.
    package static func columnLetters(_ column: Int) -> String {
        var letters: [Character] = []
        var remaining = max(column, 1)
        while remaining > 0 {
            letters.append(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8((remaining - 1) % 26))))
            remaining = (remaining - 1) / 26
        }
        return String(letters.reversed())
    }
}
