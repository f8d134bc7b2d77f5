#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// The library's JSON format: one versioned document holding every interchange table.
///
/// ```json
/// {
///   "formatVersion": 1,
///   "council": [{"council": "Nottinghamshire County Council", "plan_title": "Your Nottinghamshire Your Future"}],
///   "measures": [
///     {"id": "foia", "name": "% FOIA requests responded to within deadlines", "unit": "percentage", "good_is": "High"}
///   ]
/// }
/// ```
///
/// Each table is an array of row objects whose keys are the table's columns (``TableSchema``) and whose
/// values are strings (numbers and booleans are read as their literal text, so `31.5` stays exact).
/// Tables and empty cells may be left out. The library writes tables and keys in schema order, one row
/// per line, so the same data always gives the same bytes.
public enum JSONFormat: Sendable {
    /// The format version this library reads and writes.
    public static let formatVersion = 1

    /// The largest document read, in bytes (256 MiB).
    public static let maximumSize = 256 * 1024 * 1024

    /// Writes a model as a JSON document.
    ///
    /// - Parameter data: The model.
    /// - Returns: The document's UTF-8 bytes, ending in a newline.
    /// - Complexity: O(*n*) in the size of the model.
    public static func document(for data: PerformanceData) -> [UInt8] {
        document(tables: PerformanceDataWriter(data: data).tables())
    }

    static func document(tables: [TableRows]) -> [UInt8] {
        var text = "{\n  \"formatVersion\": \(formatVersion)"
        for table in tables where !table.rows.isEmpty {
            text += ",\n  \(JSONText.quoted(table.schema.name)): [\n"
            let rows = table.rows.map { row in
                let members = zip(table.schema.columns, row).compactMap { column, value in
                    value.isEmpty ? nil : "\(JSONText.quoted(column.name)): \(JSONText.quoted(value))"
                }
                return "    {" + members.joined(separator: ", ") + "}"
            }
            text += rows.joined(separator: ",\n") + "\n  ]"
        }
        text += "\n}\n"
        return Array(text.utf8)
    }

    /// Reads a model from a JSON document, reporting every problem.
    ///
    /// - Parameters:
    ///   - bytes: The document.
    ///   - file: The file name to use in diagnostics.
    /// - Returns: The validated model.
    /// - Throws: ``DataSourceError`` with every problem: syntax (with line and column), unknown tables
    ///   and columns, invalid values and broken references (with line, column and path).
    public static func read(_ bytes: [UInt8], file: String) throws(DataSourceError) -> PerformanceData {
        var reader = PerformanceDataReader(tables: try tableSet(bytes, file: file), file: file)
        return try reader.read().get()
    }

    /// Parses a document into the interchange tables: the version, then each table's rows.
    ///
    /// Problems of structure are collected in the set's diagnostics; a syntax error or a document that is
    /// not an object throws at once.
    static func tableSet(_ bytes: [UInt8], file: String) throws(DataSourceError) -> TableSet {
        func fail(_ code: Diagnostic.Code, at location: Diagnostic.Location, _ message: String) -> DataSourceError {
            DataSourceError(diagnostics: [Diagnostic(code: code, location: location, message: message)])
        }
        guard bytes.count <= maximumSize else {
            throw fail(
                .syntax,
                at: .init(file: file),
                "the file is \(bytes.count) bytes (expected at most \(maximumSize))"
            )
        }
        let root: JSONValue
        do {
            root = try JSONValue.parse(bytes)
        } catch {
            throw fail(.syntax, at: .init(file: file, line: error.line, column: error.column), error.message)
        }
        guard case .object(let members) = root else {
            throw fail(
                .structure,
                at: .init(file: file, line: 1, column: 1, path: "$"),
                "the document is not an object (expected {\"formatVersion\": 1, ...})"
            )
        }
        var set = TableSet()
        var sawVersion = false
        var seenKeys: Set<String> = []
        for member in members {
            let location = Diagnostic.Location(
                file: file,
                line: member.line,
                column: member.column,
                path: "$.\(member.key)"
            )
            func problem(_ message: String) {
                set.diagnostics.append(Diagnostic(code: .structure, location: location, message: message))
            }
            guard seenKeys.insert(member.key).inserted else {
                problem("\"\(member.key)\" appears twice")
                continue
            }
            if member.key == "formatVersion" {
                sawVersion = true
                if let found = unsupportedVersion(member.value) {
                    problem("unsupported formatVersion \(found) (expected the number \(formatVersion))")
                }
                continue
            }
            guard let schema = TableSchema.named(member.key) else {
                let names = TableSchema.all.map(\.name).joined(separator: ", ")
                problem("unknown table \"\(member.key)\" (expected one of \(names))")
                continue
            }
            guard case .array(let elements) = member.value else {
                problem("\(member.key) is not an array of rows")
                continue
            }
            set.tables[schema.name] = table(schema, rows: elements, file: file, diagnostics: &set.diagnostics)
        }
        if !sawVersion {
            set.diagnostics.append(
                Diagnostic(
                    code: .structure,
                    location: .init(file: file, line: 1, column: 1, path: "$"),
                    message: "no formatVersion (expected \"formatVersion\": \(formatVersion))"
                )
            )
        }
        return set
    }

    /// The version as found when it is not the one this library reads, else nil.
    private static func unsupportedVersion(_ value: JSONValue) -> String? {
        switch value {
        case .number(let literal) where literal == String(formatVersion): nil
        case .number(let literal): literal
        case .string(let text): JSONText.quoted(text)
        default: "that is not a number"
        }
    }

    /// Reads one table's rows: each an object whose keys are the schema's columns, each value text, a
    /// number, a boolean or null.
    private static func table(
        _ schema: TableSchema,
        rows elements: [JSONValue.Element],
        file: String,
        diagnostics: inout [Diagnostic]
    ) -> TableSet.Table {
        var rows = TableSet.Builder(file: file, columns: schema.columns.map(\.name))
        for (index, element) in elements.enumerated() {
            let rowPath = "$.\(schema.name)[\(index)]"
            guard case .object(let fields) = element.value else {
                let location = Diagnostic.Location(
                    file: file,
                    line: element.line,
                    column: element.column,
                    path: rowPath
                )
                diagnostics.append(Diagnostic(code: .structure, location: location, message: "row is not an object"))
                continue
            }
            rows.startRow(line: element.line, column: element.column, path: rowPath)
            for field in fields {
                let location = Diagnostic.Location(
                    file: file,
                    line: field.line,
                    column: field.column,
                    path: "\(rowPath).\(field.key)"
                )
                if rows.has(field.key) {
                    let message = "\"\(field.key)\" appears twice in one row"
                    diagnostics.append(Diagnostic(code: .structure, location: location, message: message))
                    continue
                }
                guard schema.column(field.key) != nil else {
                    let names = schema.columns.map(\.name).joined(separator: ", ")
                    let message = "unknown column \"\(field.key)\" in \(schema.name) (expected one of \(names))"
                    diagnostics.append(Diagnostic(code: .structure, location: location, message: message))
                    continue
                }
                guard let text = cellText(field.value) else {
                    let message = "\(field.key) is not text (expected a string)"
                    diagnostics.append(Diagnostic(code: .invalidValue, location: location, message: message))
                    continue
                }
                rows.set(field.key, text: text, line: field.line, column: field.column)
            }
        }
        return rows.build()
    }

    /// A cell's text: a string as it is, a number as its literal, a boolean as `true` or `false`, null as
    /// empty; nil for an array or an object.
    private static func cellText(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): text
        case .number(let literal): literal
        case .bool(let flag): flag ? "true" : "false"
        case .null: ""
        case .array, .object: nil
        }
    }
}

/// A data source that reads the library's JSON document from a file.
///
/// ```swift
/// let data = try await JSONDataSource(file: URL(filePath: "council.json")).load()
/// ```
public struct JSONDataSource: PerformanceDataSource {
    /// The document's location.
    public var file: URL

    /// Creates a source reading a JSON document.
    ///
    /// - Parameter file: The document's location.
    public init(file: URL) {
        self.file = file
    }

    /// Reads, parses and validates the document.
    ///
    /// - Returns: The validated model.
    /// - Throws: ``DataSourceError`` with every problem, including a file that cannot be read.
    public func load() async throws(DataSourceError) -> PerformanceData {
        let name = file.lastPathComponent
        let bytes = try FileAccess.read(file, name: name, limit: JSONFormat.maximumSize)
        if Task.isCancelled { throw FileAccess.cancelled(name) }
        return try JSONFormat.read(bytes, file: name)
    }
}

extension PerformanceData {
    /// Writes the data as a JSON document, atomically (a temporary file, then a rename).
    ///
    /// - Parameter url: Where to write.
    /// - Throws: ``FileWriteError`` with the path, the step and the reason when the file cannot be
    ///   written.
    public func writeJSON(to url: URL) throws(FileWriteError) {
        try AtomicFile.write(JSONFormat.document(for: self), to: url)
    }
}
