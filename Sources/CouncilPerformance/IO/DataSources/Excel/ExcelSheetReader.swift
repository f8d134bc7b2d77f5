/// Reads a worksheet part row by row: each cell's value as the sheet holds it, with its place.
///
/// Rows come in the order the part lists them; a row's cells are placed by their references
/// (`C118`), or after the previous cell when a writer leaves references out. Merged ranges, listed
/// after the rows, are collected as the reader reaches them.
struct ExcelSheetReader {
    /// A cell's value as the sheet stores it.
    enum Value: Equatable {
        /// Text: a shared or inline string, or a formula's text result.
        case text(String)
        /// A number as the part writes it (`0.61`, `4.3190E4`), and how the cell's style shows it.
        case number(String, ExcelNumberStyle)
        /// `TRUE` or `FALSE`.
        case boolean(Bool)
        /// An error value such as `#DIV/0!`.
        case error(String)
        /// A formula with no cached value; the formula's text.
        case uncalculated(String)
        /// A date stored as ISO 8601 text (a cell of type `d`).
        case isoDate(String)
        /// A shared string index the table does not have.
        case missingSharedString(String)
    }

    /// A cell: its 1-based column and its value.
    struct Cell {
        /// The 1-based column (1 for A).
        let column: Int
        /// The value.
        let value: Value
    }

    /// A row: its 1-based number and its cells that hold something.
    struct Row {
        /// The 1-based row number.
        let number: Int
        /// The cells, in column order as listed.
        let cells: [Cell]
    }

    /// A part that is not a well-formed worksheet, and where.
    struct Failure: Error {
        /// The line of the part's XML.
        let line: Int
        /// What is wrong.
        let message: String
    }

    /// The most columns and rows a sheet has (Excel's own limits: XFD, 1,048,576).
    static let (maximumColumn, maximumRow) = (16_384, 1_048_576)

    private var reader: XMLReader
    private let sharedStrings: [String]
    private let styles: [ExcelNumberStyle]
    private var lastRow = 0
    /// The merged ranges met so far, such as `B4:C5`, with their top-left cell's row and column.
    private(set) var mergedRanges: [(range: String, row: Int, column: Int)] = []

    /// Creates a reader over a worksheet part.
    ///
    /// - Parameters:
    ///   - bytes: The part's XML.
    ///   - sharedStrings: The workbook's shared strings.
    ///   - styles: The workbook's cell styles by index.
    init(_ bytes: [UInt8], sharedStrings: [String], styles: [ExcelNumberStyle]) {
        reader = XMLReader(bytes)
        self.sharedStrings = sharedStrings
        self.styles = styles
    }

    /// The next row that lists any cell, or `nil` at the end of the part.
    ///
    /// - Throws: ``Failure`` when the XML is not well-formed or a reference is not a cell.
    mutating func nextRow() throws(Failure) -> Row? {
        do {
            while let event = try reader.next() {
                switch event {
                case .start("row", let attributes):
                    let number =
                        try attributes["r"].map { text throws(Failure) in
                            guard let number = Int(text), number > lastRow, number <= Self.maximumRow else {
                                throw Failure(
                                    line: reader.line,
                                    message: "row \(text) is out of order or beyond the sheet"
                                )
                            }
                            return number
                        } ?? lastRow + 1
                    lastRow = number
                    return Row(number: number, cells: try cells(ofRow: number))
                case .start("mergeCell", let attributes):
                    let range = attributes["ref"] ?? ""
                    let corner = range.split(separator: ":").first.map(String.init) ?? range
                    let (row, column) = Self.reference(corner) ?? (0, 0)
                    mergedRanges.append((range, row, column))
                default:
                    continue
                }
            }
        } catch let error as XMLReader.Failure {
            throw Failure(line: error.line, message: error.message)
        } catch let error as Failure {
            throw error
        } catch {
            throw Failure(line: reader.line, message: "\(error)")
        }
        return nil
    }

    /// The cells of the row just started, through its end.
    private mutating func cells(ofRow number: Int) throws -> [Cell] {
        var cells: [Cell] = []
        var nextColumn = 1
        while let event = try reader.next() {
            switch event {
            case .start("c", let attributes):
                var column = nextColumn
                if let reference = attributes["r"] {
                    guard let place = Self.reference(reference), place.row == number, place.column >= nextColumn
                    else {
                        throw Failure(
                            line: reader.line,
                            message: "the cell reference \(reference) is not a cell of row \(number) after the last"
                        )
                    }
                    column = place.column
                }
                nextColumn = column + 1
                let style = attributes["s"].flatMap { Int($0) }.flatMap { $0 < styles.count ? styles[$0] : nil }
                if let value = try value(type: attributes["t"] ?? "n", style: style ?? .number(.general)) {
                    cells.append(Cell(column: column, value: value))
                }
            case .end("row"):
                return cells
            default:
                continue
            }
        }
        return cells
    }

    /// A cell's value from its children, through the cell's end; `nil` for a cell that holds nothing.
    private mutating func value(type: String, style: ExcelNumberStyle) throws -> Value? {
        var raw: String?
        var formula: String?
        var inline: String?
        while let event = try reader.next() {
            switch event {
            case .start("v", _): raw = try reader.text(until: "v")
            case .start("f", _): formula = try reader.text(until: "f")
            case .start("is", _): inline = try ExcelWorkbook.stringItem(&reader)
            case .start: try reader.skipElement()
            case .end("c"):
                if let inline { return .text(inline) }
                // A formula's empty `<v/>` is no cached value, as openpyxl writes one.
                guard let raw, !(raw.isEmpty && formula != nil) else { return formula.map { .uncalculated($0) } }
                switch type {
                case "s":
                    guard let index = Int(raw), index >= 0, index < sharedStrings.count else {
                        return .missingSharedString(raw)
                    }
                    return sharedStrings[index].isEmpty ? nil : .text(sharedStrings[index])
                case "str", "inlineStr": return raw.isEmpty ? nil : .text(raw)
                case "b": return .boolean(raw == "1" || raw == "true")
                case "e": return .error(raw)
                case "d": return .isoDate(raw)
                default: return raw.isEmpty ? nil : .number(raw, style)
                }
            default:
                continue
            }
        }
        return nil
    }

    /// The row and column of a cell reference such as `C118` (`$C$118` too).
    ///
    /// - Parameter reference: The reference.
    /// - Returns: The 1-based row and column, or `nil` when it is not a cell within the sheet's limits.
    static func reference(_ reference: String) -> (row: Int, column: Int)? {
        var column = 0
        var row = 0
        var sawDigit = false
        for byte in reference.utf8 where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where !sawDigit:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where !sawDigit:
                column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
            case UInt8(ascii: "0")...UInt8(ascii: "9") where column > 0:
                sawDigit = true
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
            default:
                return nil
            }
            guard column <= maximumColumn, row <= maximumRow else { return nil }
        }
        return sawDigit && row > 0 ? (row, column) : nil
    }
}
