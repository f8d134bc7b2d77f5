/// A small pull reader of the XML a workbook's parts are written in: elements, attributes, text, CDATA,
/// comments and processing instructions, with the five predefined entities and character references.
///
/// It reads no DTD: a `<!DOCTYPE` is refused, so no entity can expand (the billion laughs) and no
/// external entity can name another file. Names are given without their namespace prefix (`x:c` is
/// `c`), as SpreadsheetML parts may use any prefix. Nesting is limited to ``maximumDepth``.
struct XMLReader {
    /// A piece of the document.
    enum Event: Equatable {
        /// An element starts; a self-closing element is followed by its ``end(_:)``.
        case start(String, attributes: [String: String])
        /// An element ends.
        case end(String)
        /// Character data, entities decoded.
        case text(String)
    }

    /// Why a document was refused, and where.
    struct Failure: Error {
        /// The 1-based line.
        let line: Int
        /// What is wrong.
        let message: String
    }

    /// The deepest nesting of elements accepted.
    static let maximumDepth = 256

    private let bytes: [UInt8]
    private var position = 0
    private var open: [String] = []
    private var pendingEnd: String?

    /// Creates a reader over a document.
    ///
    /// - Parameter bytes: The document, UTF-8.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// The next event, or `nil` at the end of the document.
    ///
    /// - Throws: ``Failure`` at the first thing that is not well-formed XML, or at a DTD.
    mutating func next() throws(Failure) -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            open.removeLast()
            return .end(name)
        }
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                let text = try characterData()
                if open.isEmpty {
                    guard text.allSatisfy(\.isWhitespace) else { throw failure("text outside the root element") }
                    continue
                }
                return .text(text)
            }
            let marker = position + 1 < bytes.count ? bytes[position + 1] : 0
            if marker == UInt8(ascii: "?") {
                try skip(past: "?>", what: "processing instruction")
            } else if marker == UInt8(ascii: "!") {
                if matches("<!--") {
                    try skip(past: "-->", what: "comment")
                } else if matches("<![CDATA[") {
                    let start = position + 9
                    try skip(past: "]]>", what: "CDATA section")
                    return .text(String(decoding: bytes[start..<(position - 3)], as: UTF8.self))
                } else {
                    throw failure(
                        "a DTD or declaration (refused: workbooks have none, and its entities could expand without "
                            + "bound or read other files)"
                    )
                }
            } else if marker == UInt8(ascii: "/") {
                position += 2
                let name = readName()
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else {
                    throw failure("an end tag that does not close")
                }
                position += 1
                guard let last = open.last, last == name else {
                    throw failure("</\(name)> does not match the element open here")
                }
                open.removeLast()
                return .end(name)
            } else {
                return try startTag()
            }
        }
        if let last = open.last { throw failure("the document ends inside <\(last)> (it is truncated)") }
        return nil
    }

    /// The 1-based line the reader has reached, for locating a problem found above the XML.
    ///
    /// - Complexity: O(*n*) in the bytes read so far; ask only when reporting.
    var line: Int { failure("", at: position).line }

    /// The text inside the current element up to its end, consuming the end; nested elements' text
    /// is included (a rich-text run's), their tags dropped.
    mutating func text(until element: String) throws(Failure) -> String {
        var result = ""
        var depth = 0
        while let event = try next() {
            switch event {
            case .text(let text): result += text
            case .start: depth += 1
            case .end(let name):
                if depth == 0 && name == element { return result }
                depth -= 1
            }
        }
        return result
    }

    /// Skips the rest of the current element, through its end.
    mutating func skipElement() throws(Failure) {
        var depth = 0
        while let event = try next() {
            switch event {
            case .text: continue
            case .start: depth += 1
            case .end:
                if depth == 0 { return }
                depth -= 1
            }
        }
    }

    // MARK: - Pieces

    private mutating func startTag() throws(Failure) -> Event {
        position += 1
        let qualified = readName()
        guard !qualified.isEmpty else { throw failure("a \"<\" that starts no element (expected a name)") }
        var attributes: [String: String] = [:]
        while true {
            skipSpace()
            guard position < bytes.count else { throw failure("the document ends inside a tag (it is truncated)") }
            if bytes[position] == UInt8(ascii: ">") {
                position += 1
                break
            }
            if matches("/>") {
                position += 2
                pendingEnd = qualified
                break
            }
            // Namespace declarations are not attributes of the element (and `xmlns:r` must not shadow `r`).
            let isDeclaration = matches("xmlns")
            let name = readName()
            guard !name.isEmpty else { throw failure("a malformed attribute in <\(qualified)>") }
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
                throw failure("the attribute \(name) has no value")
            }
            position += 1
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'")
            else { throw failure("the attribute \(name)'s value is not quoted") }
            let quote = bytes[position]
            position += 1
            let start = position
            while position < bytes.count, bytes[position] != quote {
                guard bytes[position] != UInt8(ascii: "<") else { throw failure("a \"<\" inside an attribute value") }
                position += 1
            }
            guard position < bytes.count else { throw failure("the document ends inside a tag (it is truncated)") }
            let value = try decode(start..<position)
            position += 1
            if !isDeclaration { attributes[name] = value }
        }
        guard open.count < Self.maximumDepth else {
            throw failure("elements nest deeper than \(Self.maximumDepth) levels")
        }
        open.append(qualified)
        return .start(qualified, attributes: attributes)
    }

    private mutating func characterData() throws(Failure) -> String {
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "<") { position += 1 }
        return try decode(start..<position)
    }

    /// Decodes entity and character references in a range.
    private func decode(_ range: Range<Int>) throws(Failure) -> String {
        guard bytes[range].contains(UInt8(ascii: "&")) else {
            return String(decoding: bytes[range], as: UTF8.self)
        }
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "&") else {
                output.append(byte)
                index += 1
                continue
            }
            guard let semicolon = bytes[index..<range.upperBound].firstIndex(of: UInt8(ascii: ";")),
                semicolon - index <= 12
            else { throw failure("an \"&\" that starts no reference (expected &amp;)", at: index) }
            let name = String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)
            switch name {
            case "lt": output.append(UInt8(ascii: "<"))
            case "gt": output.append(UInt8(ascii: ">"))
            case "amp": output.append(UInt8(ascii: "&"))
            case "quot": output.append(UInt8(ascii: "\""))
            case "apos": output.append(UInt8(ascii: "'"))
            default:
                guard name.hasPrefix("#"), let scalar = Self.characterReference(name.dropFirst()) else {
                    throw failure(
                        "the entity &\(name); (refused: a workbook uses only the five predefined entities)",
                        at: index
                    )
                }
                output.append(contentsOf: String(Character(scalar)).utf8)
            }
            index = semicolon + 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func characterReference(_ body: Substring) -> Unicode.Scalar? {
        let value: UInt32? =
            body.hasPrefix("x") || body.hasPrefix("X") ? UInt32(body.dropFirst(), radix: 16) : UInt32(body, radix: 10)
        return value.flatMap(Unicode.Scalar.init)
    }

    /// Reads a name and gives its local part, without a namespace prefix (`x:c` is `c`).
    private mutating func readName() -> String {
        var start = position
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: ">"),
                UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: "\""), UInt8(ascii: "'"):
                return String(decoding: bytes[start..<position], as: UTF8.self)
            case UInt8(ascii: ":"):
                position += 1
                start = position
            default:
                position += 1
            }
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): position += 1
            default: return
            }
        }
    }

    private func matches(_ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return prefix.withUTF8Buffer { literal in
            for offset in 0..<count where bytes[position + offset] != literal[offset] { return false }
            return true
        }
    }

    private mutating func skip(past terminator: StaticString, what: String) throws(Failure) {
        let start = position
        position += 2
        while position < bytes.count {
            if matches(terminator) {
                position += terminator.utf8CodeUnitCount
                return
            }
            position += 1
        }
        throw failure("a \(what) that does not end (the document is truncated)", at: start)
    }

    private func failure(_ message: String, at offset: Int? = nil) -> Failure {
        let end = min(offset ?? position, bytes.count)
        let line = 1 + bytes[..<end].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        return Failure(line: line, message: message)
    }
}
