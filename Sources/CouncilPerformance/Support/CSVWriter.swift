/// Writes RFC 4180 CSV that spreadsheets open safely.
///
/// Fields are quoted only when they must be: when they contain a comma, a quote, a carriage return or
/// a line feed, start or end with a space or tab, or are the only, empty field on their row. Quotes
/// inside quoted fields are doubled. The output is the same for the same input, byte for byte.
///
/// Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula, which lets text from a
/// data file call out to other programs (CSV injection). By default the writer prefixes such text
/// cells, and those starting with a tab or carriage return, with a single quote `'`, which spreadsheets
/// show as plain text. Cells marked as numbers keep their sign.
///
/// ```swift
/// let writer = CSVWriter()
/// let bytes = writer.write(
///     header: ["Measure", "Comment", "Change"],
///     rows: [[.text("FOIA"), .text("=HYPERLINK(\"x\")"), .number("-2.5")]]
/// )
/// String(decoding: bytes, as: UTF8.self)
/// // "Measure,Comment,Change\r\nFOIA,\"'=HYPERLINK(\"\"x\"\")\",-2.5\r\n"
/// ```
package struct CSVWriter: Sendable {
    /// The characters that end each line.
    package enum LineEnding: Sendable, Hashable {
        /// A carriage return then a line feed, as RFC 4180 specifies.
        case crlf
        /// A line feed alone, as Unix tools expect.
        case lf

        var bytes: [UInt8] {
            switch self {
            case .crlf: [CSVWriter.carriageReturn, CSVWriter.lineFeed]
            case .lf: [CSVWriter.lineFeed]
            }
        }
    }

    /// The layout and safety settings for a ``CSVWriter``.
    package struct Options: Sendable, Hashable {
        /// Whether to start the output with a UTF-8 byte order mark, which older Excel versions need to
        /// recognise UTF-8.
        package var includeByteOrderMark: Bool
        /// The characters that end each line.
        package var lineEnding: LineEnding
        /// Whether to prefix text cells that a spreadsheet would run as a formula with `'`.
        package var neutralizesFormulas: Bool

        /// Creates writer options.
        ///
        /// - Parameters:
        ///   - includeByteOrderMark: Whether to start with a UTF-8 byte order mark; `false` by default.
        ///   - lineEnding: The characters that end each line; CRLF by default, as RFC 4180 specifies.
        ///   - neutralizesFormulas: Whether to prefix formula-like text cells with `'`; `true` by default.
        package init(
            includeByteOrderMark: Bool = false,
            lineEnding: LineEnding = .crlf,
            neutralizesFormulas: Bool = true
        ) {
            self.includeByteOrderMark = includeByteOrderMark
            self.lineEnding = lineEnding
            self.neutralizesFormulas = neutralizesFormulas
        }
    }

    /// One cell of a row: text, or a number written as given.
    package enum Cell: Sendable, Hashable {
        /// Text, prefixed with `'` when it starts like a formula and formulas are neutralised.
        case text(String)
        /// A number such as `-2.5`, `1,080`, `31.0%` or `-£846k`, written without a prefix.
        ///
        /// A number cell is written as given when it holds only digits, `+`, `-`, `.`, `,`, `%`, spaces,
        /// the currency symbols `£`, `$` and `€`, and the letters `e`, `E`, `k`, `m`, `b` and `n` (for
        /// exponents and amounts like `£2bn`). Anything else cannot be a number, so it is treated as
        /// text, and a mislabelled cell cannot run as a formula.
        case number(String)
    }

    /// The writer's layout and safety settings.
    package var options: Options

    /// Creates a writer.
    ///
    /// - Parameter options: The layout and safety settings to use.
    package init(options: Options = Options()) {
        self.options = options
    }

    /// Writes a header line and rows of cells as CSV.
    ///
    /// - Parameters:
    ///   - header: The column names, written as text cells; when empty, no header line is written.
    ///   - rows: The rows to write, in order. An empty row is written as an empty line, which
    ///     ``CSVReader`` skips.
    /// - Returns: The CSV file's bytes, in UTF-8, with every line ended by ``Options/lineEnding``.
    /// - Complexity: O(*n*) in the total length of the cells.
    package func write(header: [String], rows: some Sequence<[Cell]>) -> [UInt8] {
        var output: [UInt8] = []
        write(header: header, rows: rows) { output.append(contentsOf: $0) }
        return output
    }

    /// Writes a header line and rows of cells as CSV a line at a time, for a file too large to hold.
    ///
    /// The bytes given to `emit`, one after another, are those the array-returning `write(header:rows:)`
    /// returns for the same rows.
    ///
    /// - Parameters:
    ///   - header: The column names, written as text cells; when empty, no header line is written.
    ///   - rows: The rows to write, in order.
    ///   - emit: Receives the byte order mark, if any, then each line with its ending; the bytes are
    ///     valid only during the call.
    package func write(
        header: [String],
        rows: some Sequence<[Cell]>,
        emit: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        if options.includeByteOrderMark {
            [0xEF, 0xBB, 0xBF].withUnsafeBufferPointer(emit)
        }
        let lineEnding = options.lineEnding.bytes
        var line: [UInt8] = []
        func emitLine(_ cells: [Cell]) {
            line.removeAll(keepingCapacity: true)
            append(cells, to: &line)
            line.append(contentsOf: lineEnding)
            line.withUnsafeBufferPointer(emit)
        }
        if !header.isEmpty { emitLine(header.map(Cell.text)) }
        for row in rows { emitLine(row) }
    }

    /// Writes a header line and rows of text as CSV.
    ///
    /// Every field is written as a ``Cell/text(_:)`` cell; write rows of ``Cell`` values instead to
    /// mark numbers, so that their signs are kept.
    ///
    /// - Parameters:
    ///   - header: The column names; when empty, no header line is written.
    ///   - rows: The rows to write, in order.
    /// - Returns: The CSV file's bytes, in UTF-8.
    /// - Complexity: O(*n*) in the total length of the fields.
    package func write(header: [String], rows: some Sequence<[String]>) -> [UInt8] {
        write(header: header, rows: rows.lazy.map { $0.map(Cell.text) })
    }

    private func append(_ row: [Cell], to output: inout [UInt8]) {
        for (index, cell) in row.enumerated() {
            if index > 0 { output.append(Self.comma) }
            append(cell, isOnlyCell: row.count == 1, to: &output)
        }
    }

    private func append(_ cell: Cell, isOnlyCell: Bool, to output: inout [UInt8]) {
        let text: String
        let prefixed: Bool
        switch cell {
        case .text(let value):
            text = value
            prefixed = options.neutralizesFormulas && Self.startsLikeFormula(value)
        case .number(let value):
            text = value
            prefixed = options.neutralizesFormulas && Self.startsLikeFormula(value) && !Self.isPlainNumber(value)
        }
        let utf8 = text.utf8
        let first = prefixed ? Self.apostrophe : utf8.first
        let last = utf8.last ?? first
        let needsQuotes =
            (isOnlyCell && first == nil)
            || first.map(Self.isSpaceOrTab) == true
            || last.map(Self.isSpaceOrTab) == true
            || utf8.contains(where: Self.isDelimiter) || utf8.contains(Self.quote)
        if needsQuotes { output.append(Self.quote) }
        if prefixed { output.append(Self.apostrophe) }
        if needsQuotes {
            for byte in utf8 {
                output.append(byte)
                if byte == Self.quote { output.append(Self.quote) }
            }
            output.append(Self.quote)
        } else {
            output.append(contentsOf: utf8)
        }
    }

    private static let apostrophe = UInt8(ascii: "'")

    private static func isSpaceOrTab(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    /// Whether a spreadsheet would treat text starting like this as a formula (OWASP's list).
    private static func startsLikeFormula(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        return "=+-@\t\r".utf8.contains(first)
    }

    /// Whether text holds only the characters of a number, so it cannot call a function.
    private static func isPlainNumber(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { "0123456789+-.,% £$€eEkmbn".unicodeScalars.contains($0) }
    }

    // The bytes that structure a CSV file, as the writer needs them (the reader in the IO layer has its
    // own, beside its UTF-8 checks, so that its hot loop compares with constants of its own module).
    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    fileprivate static let lineFeed = UInt8(ascii: "\n")
    fileprivate static let carriageReturn = UInt8(ascii: "\r")

    private static func isDelimiter(_ byte: UInt8) -> Bool {
        byte == comma || byte == lineFeed || byte == carriageReturn
    }
}
