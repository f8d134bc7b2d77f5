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

    static func tableSet(_ bytes: [UInt8], file: String) throws(DataSourceError) -> TableSet {
        func fail(
            _ code: Diagnostic.Code,
            line: Int? = nil,
            column: Int? = nil,
            path: String? = nil,
            _ message: String
        )
            -> DataSourceError
        {
            DataSourceError(diagnostics: [
                Diagnostic(
                    code: code,
                    location: .init(file: file, line: line, column: column, path: path),
                    message: message
                )
            ])
        }
        guard bytes.count <= maximumSize else {
            throw fail(.syntax, "the file is \(bytes.count) bytes (expected at most \(maximumSize))")
        }
        let root: JSONValue
        do {
            root = try JSONValue.parse(bytes)
        } catch {
            throw fail(.syntax, line: error.line, column: error.column, error.message)
        }
        guard case .object(let members) = root else {
            throw fail(
                .structure,
                line: 1,
                column: 1,
                path: "$",
                "the document is not an object (expected {\"formatVersion\": 1, ...})"
            )
        }
        var set = TableSet()
        var sawVersion = false
        var seenKeys: Set<String> = []
        for member in members {
            let path = "$.\(member.key)"
            let location = Diagnostic.Location(file: file, line: member.line, column: member.column, path: path)
            guard seenKeys.insert(member.key).inserted else {
                set.diagnostics.append(
                    Diagnostic(code: .structure, location: location, message: "\"\(member.key)\" appears twice")
                )
                continue
            }
            if member.key == "formatVersion" {
                sawVersion = true
                if member.value != .number(String(formatVersion)) {
                    let found: String
                    switch member.value {
                    case .number(let literal): found = literal
                    case .string(let text): found = JSONText.quoted(text)
                    default: found = "that is not a number"
                    }
                    set.diagnostics.append(
                        Diagnostic(
                            code: .structure,
                            location: location,
                            message: "unsupported formatVersion \(found) (expected the number \(formatVersion))"
                        )
                    )
                }
                continue
            }
            guard let schema = TableSchema.named(member.key) else {
                set.diagnostics.append(
                    Diagnostic(
                        code: .structure,
                        location: location,
                        message:
                            "unknown table \"\(member.key)\" (expected one of \(TableSchema.all.map(\.name).joined(separator: ", ")))"
                    )
                )
                continue
            }
            guard case .array(let elements) = member.value else {
                set.diagnostics.append(
                    Diagnostic(code: .structure, location: location, message: "\(member.key) is not an array of rows")
                )
                continue
            }
            var rows = TableSet.Builder(file: file, columns: schema.columns.map(\.name))
            for (index, element) in elements.enumerated() {
                let rowPath = "\(path)[\(index)]"
                let rowLocation = Diagnostic.Location(
                    file: file,
                    line: element.line,
                    column: element.column,
                    path: rowPath
                )
                guard case .object(let fields) = element.value else {
                    set.diagnostics.append(
                        Diagnostic(code: .structure, location: rowLocation, message: "row is not an object")
                    )
                    continue
                }
                rows.startRow(line: element.line, column: element.column, path: rowPath)
                for field in fields {
                    if rows.has(field.key) {
                        set.diagnostics.append(
                            Diagnostic(
                                code: .structure,
                                location: .init(
                                    file: file,
                                    line: field.line,
                                    column: field.column,
                                    path: "\(rowPath).\(field.key)"
                                ),
                                message: "\"\(field.key)\" appears twice in one row"
                            )
                        )
                        continue
                    }
                    let cellLocation = Diagnostic.Location(
                        file: file,
                        line: field.line,
                        column: field.column,
                        path: "\(rowPath).\(field.key)"
                    )
                    guard schema.column(field.key) != nil else {
                        set.diagnostics.append(
                            Diagnostic(
                                code: .structure,
                                location: cellLocation,
                                message:
                                    "unknown column \"\(field.key)\" in \(schema.name) (expected one of \(schema.columns.map(\.name).joined(separator: ", ")))"
                            )
                        )
                        continue
                    }
                    let text: String
                    switch field.value {
                    case .string(let value): text = value
                    case .number(let literal): text = literal
                    case .bool(let flag): text = flag ? "true" : "false"
                    case .null: text = ""
                    case .array, .object:
                        set.diagnostics.append(
                            Diagnostic(
                                code: .invalidValue,
                                location: cellLocation,
                                message: "\(field.key) is not text (expected a string)"
                            )
                        )
                        continue
                    }
                    rows.set(field.key, text: text, line: field.line, column: field.column)
                }
            }
            set.tables[schema.name] = rows.build()
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
