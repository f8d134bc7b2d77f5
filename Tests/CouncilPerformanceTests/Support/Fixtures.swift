import Foundation

/// Reads the tab-separated transcriptions of the Nottinghamshire papers under `Fixtures/`.
///
/// The fixtures are plain TSV (no quoting, no tabs inside cells), so a line split is an honest parser
/// for them; the library's own CSV reader is tested separately.
struct FixtureTable {
    let name: String
    let header: [String]
    let rows: [Row]

    struct Row {
        let table: String
        let cells: [String: String]

        subscript(_ column: String) -> String {
            cells[column] ?? ""
        }

        /// A £000s cell as an integer number of thousands; empty cells are `nil`.
        func thousands(_ column: String) -> Int64? {
            let text = self[column]
            return text.isEmpty || text == "-" ? nil : Int64(text)
        }
    }

    init(_ relativePath: String) throws {
        let url = fixturesDirectory.appendingPathComponent(relativePath)
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
        let header = lines.first?.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) ?? []
        self.name = relativePath
        self.header = header
        self.rows = lines.dropFirst().map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            var cells: [String: String] = [:]
            for (index, column) in header.enumerated() where index < fields.count {
                cells[column] = fields[index]
            }
            return Row(table: relativePath, cells: cells)
        }
    }

    /// The first row whose `column` equals `value`.
    func row(where column: String, is value: String) -> Row? {
        rows.first { $0[column] == value }
    }
}

/// The `Fixtures` folder beside this test target's sources.
let fixturesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .appendingPathComponent("Fixtures")
