/// An Office Open XML workbook (`.xlsx`) opened for reading: its sheets by name, shared strings, number
/// formats and date system, each part read through ``ZipArchive`` and ``XMLReader`` within limits.
struct ExcelWorkbook {
    /// A part or the archive that could not be read, and what was wrong.
    struct Failure: Error {
        /// The part, such as `xl/worksheets/sheet1.xml`; `nil` for the archive as a whole.
        let part: String?
        /// What is wrong.
        let message: String
    }

    /// A sheet of the workbook.
    struct Sheet {
        /// The name on its tab.
        let name: String
        /// The archive entry holding it.
        let part: String
    }

    /// The most shared strings a workbook may hold (a million; a sheet has at most 1,048,576 rows).
    static let maximumSharedStrings = 1_000_000

    /// The sheets, in the workbook's tab order.
    let sheets: [Sheet]
    /// The shared string table.
    let sharedStrings: [String]
    /// How each cell style shows numbers, by the cell's `s` index.
    let styles: [ExcelNumberStyle]
    /// Whether serial dates count from 1904 (an old Mac setting) rather than 1900.
    let uses1904Dates: Bool

    private let archive: ZipArchive
    private var budget: Int

    /// Opens a workbook.
    ///
    /// - Parameters:
    ///   - bytes: The `.xlsx` file.
    ///   - limits: What the archive may ask of the reader.
    /// - Throws: ``Failure`` when the file is not a workbook or a part of it is refused.
    init(bytes: [UInt8], limits: ZipArchive.Limits = ZipArchive.Limits()) throws(Failure) {
        do {
            archive = try ZipArchive(bytes: bytes, limits: limits)
        } catch {
            throw Failure(part: nil, message: error.message)
        }
        budget = limits.totalSize
        let workbookPart = try Self.officeDocument(in: archive, budget: &budget)
        let relationships = try Self.relationships(of: workbookPart, in: archive, budget: &budget)
        var sheets: [Sheet] = []
        var uses1904Dates = false
        var reader = XMLReader(try Self.part(workbookPart, in: archive, budget: &budget))
        var damaged = false
        do {
            while let event = try reader.next() {
                guard case .start(let name, let attributes) = event else { continue }
                if name == "workbookPr", let flag = attributes["date1904"] {
                    uses1904Dates = flag == "1" || flag == "true"
                } else if name == "sheet" {
                    guard let title = attributes["name"], let id = attributes["id"], let target = relationships[id]
                    else {
                        damaged = true
                        continue
                    }
                    sheets.append(Sheet(name: title, part: target))
                }
            }
        } catch {
            throw Failure(part: workbookPart, message: "line \(error.line): \(error.message)")
        }
        if damaged {
            throw Failure(part: workbookPart, message: "a sheet without a name or a part (the workbook is damaged)")
        }
        self.sheets = sheets
        self.uses1904Dates = uses1904Dates
        let types = try Self.relationshipTypes(of: workbookPart, in: archive, budget: &budget)
        var remaining = budget
        if let part = types["sharedStrings"] {
            sharedStrings = try Self.sharedStrings(try Self.part(part, in: archive, budget: &remaining), part: part)
        } else {
            sharedStrings = []
        }
        if let part = types["styles"] {
            styles = try ExcelNumberStyle.styles(try Self.part(part, in: archive, budget: &remaining), part: part)
        } else {
            styles = []
        }
        budget = remaining
    }

    /// A sheet's XML.
    ///
    /// - Parameter sheet: The sheet.
    /// - Returns: The part's bytes.
    /// - Throws: ``Failure`` when the part is missing or refused.
    mutating func bytes(of sheet: Sheet) throws(Failure) -> [UInt8] {
        try Self.part(sheet.part, in: archive, budget: &budget)
    }

    // MARK: - Parts

    private static func part(_ name: String, in archive: ZipArchive, budget: inout Int) throws(Failure) -> [UInt8] {
        let bytes: [UInt8]?
        do {
            bytes = try archive.data(of: name, budget: &budget)
        } catch {
            throw Failure(part: nil, message: error.message)
        }
        guard let bytes else {
            throw Failure(part: nil, message: "the workbook has no part \(name) (expected a .xlsx workbook)")
        }
        return bytes
    }

    /// The workbook part the package's relationships name (usually `xl/workbook.xml`).
    private static func officeDocument(in archive: ZipArchive, budget: inout Int) throws(Failure) -> String {
        guard archive.contains("_rels/.rels") else {
            if archive.contains("xl/workbook.xml") { return "xl/workbook.xml" }
            throw Failure(part: nil, message: "the ZIP archive holds no workbook (expected a .xlsx file)")
        }
        let types = try relationshipTypes(of: "", in: archive, budget: &budget)
        guard let part = types["officeDocument"] else {
            throw Failure(part: "_rels/.rels", message: "no office document (expected a .xlsx workbook)")
        }
        return part
    }

    /// The relationships of a part by id, each target resolved to an archive entry.
    private static func relationships(
        of part: String,
        in archive: ZipArchive,
        budget: inout Int
    ) throws(Failure) -> [String: String] {
        try relationshipEntries(of: part, in: archive, budget: &budget).reduce(into: [:]) { $0[$1.id] = $1.target }
    }

    /// The relationships of a part by the last word of their type (`officeDocument`, `sharedStrings`, ...).
    private static func relationshipTypes(
        of part: String,
        in archive: ZipArchive,
        budget: inout Int
    ) throws(Failure) -> [String: String] {
        try relationshipEntries(of: part, in: archive, budget: &budget).reduce(into: [:]) { result, entry in
            let type = entry.type.split(separator: "/").last.map(String.init) ?? ""
            if result[type] == nil { result[type] = entry.target }
        }
    }

    private static func relationshipEntries(
        of part: String,
        in archive: ZipArchive,
        budget: inout Int
    ) throws(Failure) -> [(id: String, type: String, target: String)] {
        let folder = part.split(separator: "/").dropLast().joined(separator: "/")
        let file = part.split(separator: "/").last.map(String.init) ?? ""
        let name = (folder.isEmpty ? "" : folder + "/") + "_rels/\(file).rels"
        guard archive.contains(name) else { return [] }
        var reader = XMLReader(try Self.part(name, in: archive, budget: &budget))
        var entries: [(id: String, type: String, target: String)] = []
        do {
            while let event = try reader.next() {
                guard case .start("Relationship", let attributes) = event,
                    attributes["TargetMode"] != "External",
                    let id = attributes["Id"], let type = attributes["Type"], let target = attributes["Target"]
                else { continue }
                entries.append((id, type, resolve(target, from: folder)))
            }
        } catch {
            throw Failure(part: name, message: "line \(error.line): \(error.message)")
        }
        return entries
    }

    /// An archive entry name for a relationship's target, relative to a folder unless it starts with `/`.
    private static func resolve(_ target: String, from folder: String) -> String {
        var steps = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for step in target.split(separator: "/") {
            if step == ".." {
                _ = steps.popLast()
            } else if step != "." {
                steps.append(String(step))
            }
        }
        return steps.joined(separator: "/")
    }

    /// The shared string table: each `<si>`'s text, rich-text runs joined, phonetic runs left out.
    private static func sharedStrings(_ bytes: [UInt8], part: String) throws(Failure) -> [String] {
        var reader = XMLReader(bytes)
        var strings: [String] = []
        do {
            while strings.count <= maximumSharedStrings, let event = try reader.next() {
                if case .start("si", _) = event { strings.append(try stringItem(&reader)) }
            }
        } catch {
            throw Failure(part: part, message: "line \(error.line): \(error.message)")
        }
        guard strings.count <= maximumSharedStrings else {
            throw Failure(
                part: part,
                message: "more than \(maximumSharedStrings) shared strings (expected a sheet's worth)"
            )
        }
        return strings
    }

    /// The text of a string item (`<si>` or `<is>`), read through its end: its `<t>` elements, in
    /// order, outside phonetic runs (`<rPh>`).
    static func stringItem(_ reader: inout XMLReader) throws(XMLReader.Failure) -> String {
        var text = ""
        var depth = 0
        while let event = try reader.next() {
            switch event {
            case .start("t", _):
                text += try reader.text(until: "t")
            case .start("rPh", _), .start("phoneticPr", _):
                try reader.skipElement()
            case .start:
                depth += 1
            case .end:
                if depth == 0 { return text }
                depth -= 1
            case .text:
                continue
            }
        }
        return text
    }
}
