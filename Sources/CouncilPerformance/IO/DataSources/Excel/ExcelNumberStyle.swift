/// How a workbook cell's style shows a number: as a number, as a percentage, or as a date.
///
/// What changes the value a cell shows is kept: a percentage format shows 0.61 as `61.0%`, a date
/// format shows 43190 as 31 March 2018 (and 43313, 1 August 2018, as the month `Aug 2018` in a period
/// column, as a spreadsheet stores a typed `Aug 2018`). So is how a number is written where the text
/// itself is kept (a published figure printed `-6,612`): thousands separators, a currency symbol before
/// the digits, and trailing zeros up to the format's decimal places. A stored value is never rounded
/// to the format's places, so reading loses nothing.
enum ExcelNumberStyle: Equatable {
    /// How a number is written.
    struct Look: Equatable {
        /// Whether thousands are separated by commas (`#,##0`).
        var isGrouped = false
        /// The decimal places the format shows (`0.0` has one); fewer are padded with zeros.
        var decimalPlaces = 0
        /// A currency symbol written before the digits (`£`), or empty.
        var currency = ""

        /// A general number.
        static let general = Look()
    }

    /// A number.
    case number(Look)
    /// A percentage: the value times 100.
    case percentage(Look)
    /// A date.
    case date

    /// The style of a number format code, such as `0.0%`, `"£"#,##0` or `mmm yyyy`.
    ///
    /// - Parameter code: The format code.
    init(code: String) {
        // Only the first section (positive numbers) matters; quoted text, escapes and bracketed colours
        // or locales are not format characters, though a currency symbol in them is kept.
        var plain: [Character] = []
        var literal = ""
        var look = Look()
        var quoted = false
        var bracket: String?
        var escaped = false
        for character in code {
            if escaped {
                escaped = false
                if plain.isEmpty { literal.append(character) }
                continue
            }
            if var text = bracket {
                if character == "]" {
                    // `[$£-809]`: a currency symbol and a locale.
                    if text.hasPrefix("$"), plain.isEmpty {
                        literal += text.dropFirst().split(separator: "-", omittingEmptySubsequences: false).first ?? ""
                    }
                    bracket = nil
                } else {
                    text.append(character)
                    bracket = text
                }
                continue
            }
            switch character {
            case "\"": quoted.toggle()
            case _ where quoted:
                if plain.isEmpty { literal.append(character) }
            case "\\": escaped = true
            case "[": bracket = ""
            case ";":
                self = Self.classify(plain, literal: literal, look: &look)
                return
            case "£", "$", "€", "¥":
                if plain.isEmpty { literal.append(character) }
            default: plain.append(Character(character.lowercased()))
            }
        }
        self = Self.classify(plain, literal: literal, look: &look)
    }

    private static func classify(_ characters: [Character], literal: String, look: inout Look) -> ExcelNumberStyle {
        if characters.contains("d") || characters.contains("y") { return .date }
        look.currency = String(literal.filter { "£$€¥".contains($0) })
        if let firstPlaceholder = characters.firstIndex(where: { $0 == "#" || $0 == "0" }) {
            let lastPlaceholder = characters.lastIndex { $0 == "#" || $0 == "0" } ?? firstPlaceholder
            look.isGrouped = characters[firstPlaceholder...lastPlaceholder].contains(",")
            if let point = characters.firstIndex(of: "."), point > firstPlaceholder {
                look.decimalPlaces = characters[point...].dropFirst().prefix { $0 == "0" || $0 == "#" }.count
            }
        }
        return characters.contains("%") ? .percentage(look) : .number(look)
    }

    /// The style of a built-in number format, by its id (ECMA-376 Part 1, 18.8.30).
    ///
    /// - Parameter id: The `numFmtId`.
    init(builtIn id: Int) {
        switch id {
        case 2: self = .number(Look(decimalPlaces: 2))
        case 3, 5, 6, 37, 38: self = .number(Look(isGrouped: true))
        case 4, 7, 8, 39, 40: self = .number(Look(isGrouped: true, decimalPlaces: 2))
        case 9: self = .percentage(.general)
        case 10: self = .percentage(Look(decimalPlaces: 2))
        case 14...17, 22, 27...36, 50...58: self = .date
        default: self = .number(.general)
        }
    }

    /// The style of each cell format of a styles part, by index (the `s` of a cell).
    ///
    /// - Parameters:
    ///   - bytes: The styles part.
    ///   - part: Its name, for errors.
    /// - Returns: One style per `<xf>` of `<cellXfs>`.
    /// - Throws: ``ExcelWorkbook/Failure`` when the XML is not well-formed.
    static func styles(_ bytes: [UInt8], part: String) throws(ExcelWorkbook.Failure) -> [ExcelNumberStyle] {
        var reader = XMLReader(bytes)
        var codes: [Int: String] = [:]
        var formats: [Int] = []
        var inCellFormats = false
        do {
            while let event = try reader.next() {
                switch event {
                case .start("numFmt", let attributes):
                    if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] {
                        codes[id] = code
                    }
                case .start("cellXfs", _):
                    inCellFormats = true
                case .end("cellXfs"):
                    inCellFormats = false
                case .start("xf", let attributes) where inCellFormats:
                    formats.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
                default:
                    continue
                }
            }
        } catch {
            throw ExcelWorkbook.Failure(part: part, message: "line \(error.line): \(error.message)")
        }
        return formats.map { id in codes[id].map { ExcelNumberStyle(code: $0) } ?? ExcelNumberStyle(builtIn: id) }
    }
}
