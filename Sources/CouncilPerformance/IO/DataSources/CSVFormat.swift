#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// The library's CSV format: a folder of tidy, long-format tables, one file per ``TableSchema``, with a
/// `datapackage.json` (Frictionless Table Schema) describing them.
///
/// Each file has one header row naming its columns (in any order; unknown columns are an error) and
/// one row per element. Only `council.csv` is required; a missing file is an empty table. Files are
/// RFC 4180, UTF-8 with or without a byte order mark, CRLF or LF. Money and numbers may be written the
/// way spreadsheets export them (`£1,080`, `31.0%`).
///
/// When `datapackage.json` is present its resources say which file holds which table; otherwise each
/// table is `<name>.csv`.
public enum CSVFormat: Sendable {
    /// The name of the package descriptor.
    public static let descriptorName = "datapackage.json"

    /// The largest file read, in bytes (1 GiB).
    public static let maximumFileSize = 1024 * 1024 * 1024

    /// The files of a model in the CSV format: one per non-empty table, plus `datapackage.json`.
    ///
    /// - Parameter data: The model.
    /// - Returns: File names and contents, in schema order, descriptor last.
    public static func files(for data: PerformanceData) -> [(name: String, bytes: [UInt8])] {
        let tables = PerformanceDataWriter(data: data).tables().filter { !$0.rows.isEmpty || $0.schema == .council }
        let writer = CSVWriter(
            options: CSVWriter.Options(includeByteOrderMark: false, lineEnding: .crlf, neutralizesFormulas: false)
        )
        var files: [(name: String, bytes: [UInt8])] = tables.map { table in
            let columns = table.writtenColumns()
            return (
                table.schema.fileName,
                writer.write(
                    header: columns.map { table.schema.columns[$0].name },
                    rows: table.rows.map { row in columns.map { row[$0] } }
                )
            )
        }
        // The descriptor describes the columns the files have.
        let written = tables.map { table in
            var schema = table.schema
            schema.columns = table.writtenColumns().map { table.schema.columns[$0] }
            return schema
        }
        files.append((descriptorName, descriptor(for: written, council: data.council)))
        return files
    }

    /// Reads a model from CSV files held in memory, keyed by file name.
    ///
    /// - Parameter files: File names and contents.
    /// - Returns: The validated model.
    /// - Throws: ``DataSourceError`` with every problem in every file.
    public static func read(files: [String: [UInt8]]) throws(DataSourceError) -> PerformanceData {
        try read(files: files, limit: maximumFileSize)
    }

    /// Reads a model from CSV files held in memory, refusing any over `limit` bytes as a file on disk
    /// over ``maximumFileSize`` is refused: a table's cells are byte ranges of its file, which hold
    /// positions below 2³².
    ///
    /// The read takes the files: once each is a table, the tables hold what they need of it, and they
    /// are let go before validation (``CSVDataSource`` passes its files this way, so that they are not
    /// held twice). Observations are read a part at a time (``TableSet/forEachPart(of:_:)``).
    ///
    /// - Parameters:
    ///   - files: File names and contents.
    ///   - limit: The most bytes a file may have.
    ///   - recordsPerPart: The most observation records whose cells are held at once (tests make it
    ///     small, to read a file in many parts).
    /// - Returns: The validated model.
    /// - Throws: ``DataSourceError`` with every problem in every file.
    static func read(
        files: consuming [String: [UInt8]],
        limit: Int,
        recordsPerPart: Int = 65_536
    ) throws(DataSourceError) -> PerformanceData {
        try read(inputs: files.mapValues { Input.bytes($0) }, limit: limit, recordsPerPart: recordsPerPart)
    }

    /// A file to read: held in memory, or open on disk to be read a window at a time.
    enum Input: Sendable {
        /// The file's bytes.
        case bytes([UInt8])
        /// The open file: the observations table is read from it a window at a time, so that a window,
        /// not the file, is held; any other table is read whole.
        case file(FileReader.OpenFile)
    }

    /// Reads a model from CSV files in memory or on disk (``Input``), as ``read(files:limit:recordsPerPart:)``
    /// does.
    ///
    /// - Parameters:
    ///   - files: File names and contents.
    ///   - limit: The most bytes a file in memory may have (a file on disk was checked when opened).
    ///   - recordsPerPart: The most observation records whose cells are held at once.
    ///   - windowSize: The bytes a window of a file on disk holds (tests make it small, to cut records
    ///     at every place).
    /// - Returns: The validated model.
    /// - Throws: ``DataSourceError`` with every problem in every file.
    static func read(
        inputs files: consuming [String: Input],
        limit: Int,
        recordsPerPart: Int = 65_536,
        windowSize: Int = CSVDataSource.defaultWindowSize
    ) throws(DataSourceError) -> PerformanceData {
        let oversized = files.compactMap { file -> (name: String, size: Int)? in
            guard case .bytes(let bytes) = file.value, bytes.count > limit else { return nil }
            return (file.key, bytes.count)
        }
        guard oversized.isEmpty else {
            throw DataSourceError(
                diagnostics: oversized.sorted { $0.name < $1.name }.map { file in
                    let reason = FileReadError.Reason.tooLarge(size: file.size, limit: limit)
                    return Diagnostic(code: .unreadableFile, location: .init(file: file.name), message: "\(reason)")
                }
            )
        }
        var set = TableSet()
        let defaults: [String: String] = Dictionary(
            uniqueKeysWithValues: TableSchema.all.map { ($0.name, $0.fileName) }
        )
        var paths = defaults
        if case .bytes(let descriptor)? = files[descriptorName] {
            paths = readDescriptor(descriptor, defaults: defaults, into: &set)
            for schema in TableSchema.all {
                if let path = paths[schema.name], path != defaults[schema.name], files[path] == nil {
                    set.diagnostics.append(
                        Diagnostic(
                            code: .structure,
                            location: .init(file: descriptorName),
                            message:
                                "the \(schema.name) resource names \(path), which is missing (expected the file beside datapackage.json)"
                        )
                    )
                }
            }
        }
        for schema in TableSchema.all {
            guard let name = paths[schema.name] else { continue }
            let bytes: [UInt8]
            switch files[name] {
            case nil: continue
            case .bytes(let held)?: bytes = held
            case .file(let file)? where schema == .observations:
                set.tables[schema.name] = table(
                    reading: file,
                    name: name,
                    schema: schema,
                    recordsPerPart: recordsPerPart,
                    windowSize: windowSize,
                    into: &set
                )
                continue
            case .file(let file)?:
                do {
                    bytes = try file.readAll()
                } catch {
                    set.diagnostics.append(FileAccess.diagnostic(error, name: name))
                    continue
                }
            }
            set.tables[schema.name] = table(
                of: bytes,
                file: name,
                schema: schema,
                recordsPerPart: recordsPerPart,
                into: &set
            )
        }
        files = [:]
        let councilFile = paths[TableSchema.council.name] ?? TableSchema.council.fileName
        var builder = PerformanceDataReader(tables: consume set, file: councilFile, councilFile: councilFile)
        return try builder.read().get()
    }

    /// Copies each well-formed record's cells into a table, by the schema column each field belongs to.
    private struct TableSink: CSVRecordSink {
        var builder: TableSet.Builder
        /// For each column the table holds, the index of its field in a record.
        var fields: [Int] = []

        mutating func record(_ record: CSVRecordView) {
            builder.appendRecord(record, fields: fields)
        }
    }

    /// Reads one file into a table of the schema, reporting syntax and header problems.
    ///
    /// Records go straight from the parser into the table's flat storage as byte ranges of the file,
    /// so reading costs no allocation per record, and a cell's text is made only when it is read.
    private static func table(
        of bytes: [UInt8],
        file: String,
        schema: TableSchema,
        recordsPerPart: Int,
        into set: inout TableSet
    ) -> TableSet.Table {
        bytes.withUnsafeBufferPointer { buffer in
            table(of: buffer, keeping: bytes, file: file, schema: schema, recordsPerPart: recordsPerPart, into: &set)
        }
    }

    private static func table(
        of buffer: UnsafeBufferPointer<UInt8>,
        keeping bytes: [UInt8],
        file: String,
        schema: TableSchema,
        recordsPerPart: Int,
        into set: inout TableSet
    ) -> TableSet.Table {
        let columns = schema.columns.map(\.name)
        let placeholder = TableSink(builder: TableSet.Builder(file: file, columns: columns))
        var parser = CSVParser(bytes: buffer, options: CSVReader.Options(), file: file, sink: placeholder)
        parser.parseHeader()
        let header = Header(parser, file: file, schema: schema)
        let partial = PartialTable(
            source: .bytes(bytes),
            file: file,
            columns: columns,
            held: header.known.map(\.column),
            fields: header.known.map(\.field),
            absentColumns: header.absent,
            expectedRows: expectedRows(
                lines: CSVSyntax.lineCount(buffer),
                bytes: buffer.count,
                width: header.known.count
            ),
            headerErrors: parser.errors.count,
            recordsPerPart: recordsPerPart
        )
        if schema == .observations && !parser.header.isEmpty {
            // The bulk of a council's files: read a part at a time as the reader asks, so that a part's
            // cells, not the file's, are held beside the observations being made.
            set.diagnostics += parser.errors.map(Self.diagnostic) + header.problems
            set.partialTables[schema.name] = partial
            return TableSet.Builder(file: file, columns: columns).build()
        }
        parser.sink = TableSink(
            builder: partial.builder(bytes: bytes, reserving: partial.expectedRows),
            fields: partial.fields
        )
        parser.parse()
        set.diagnostics += parser.errors.map(Self.diagnostic) + header.problems
        return parser.sink.builder.build()
    }

    /// Reads the observations table from a file on disk: its header now, its records a window at a time
    /// when the reader asks for them (``PartialTable/forEachPart(_:)``).
    ///
    /// The file is read once here to count its lines, a window at a time, so that the observations can
    /// be given room once; memory holds a window, never the file.
    private static func table(
        reading file: FileReader.OpenFile,
        name: String,
        schema: TableSchema,
        recordsPerPart: Int,
        windowSize: Int,
        into set: inout TableSet
    ) -> TableSet.Table {
        let columns = schema.columns.map(\.name)
        let empty = TableSet.Builder(file: name, columns: columns).build()
        do throws(FileReadError) {
            // The header, from a first window made larger until it holds the whole header record.
            var size = windowSize
            while true {
                let first = try window(of: file, at: 0, size: size)
                var parser = CSVParser(
                    bytes: UnsafeBufferPointer(start: nil, count: 0),
                    options: CSVReader.Options(),
                    file: name,
                    sink: TableSink(builder: TableSet.Builder(file: name, columns: columns))
                )
                first.bytes.withUnsafeBufferPointer { buffer in
                    parser.resume(with: buffer, endsInput: first.endsInput)
                    parser.parseHeader()
                }
                guard parser.hasReadHeader || !parser.needsInput else {
                    size *= 2
                    continue
                }
                guard !parser.header.isEmpty else {
                    // No header (an empty file, or a header with a problem): read as a file in memory is,
                    // so that every record's problems are reported alike.
                    let bytes = try file.readAll()
                    return table(of: bytes, file: name, schema: schema, recordsPerPart: recordsPerPart, into: &set)
                }
                let header = Header(parser, file: name, schema: schema)
                set.diagnostics += parser.errors.map(Self.diagnostic) + header.problems
                let lines = try lineCount(of: file, windowSize: windowSize)
                set.partialTables[schema.name] = PartialTable(
                    source: .file(file, windowSize: windowSize),
                    file: name,
                    columns: columns,
                    held: header.known.map(\.column),
                    fields: header.known.map(\.field),
                    absentColumns: header.absent,
                    expectedRows: expectedRows(lines: lines, bytes: file.size, width: header.known.count),
                    headerErrors: parser.errors.count,
                    recordsPerPart: recordsPerPart
                )
                return empty
            }
        } catch {
            set.diagnostics.append(FileAccess.diagnostic(error, name: name))
            return empty
        }
    }

    /// A file's window from an offset: whole lines, or the rest of the file.
    ///
    /// The window is `size` bytes cut after their last line feed, or the rest of the file when that is
    /// fewer; one with no line feed is made larger until it has one or reaches the end.
    ///
    /// - Parameters:
    ///   - file: The file.
    ///   - offset: Where the window starts: the start of a line.
    ///   - size: The bytes to read at first.
    /// - Returns: The window, and whether it reaches the end of the file.
    /// - Throws: ``FileReadError`` when the file cannot be read, or has grown past its limit.
    static func window(
        of file: FileReader.OpenFile,
        at offset: Int,
        size: Int
    ) throws(FileReadError) -> (bytes: [UInt8], endsInput: Bool) {
        var size = max(size, 1)
        while true {
            var bytes = try file.read(at: offset, count: size)
            if bytes.count < size { return (bytes, true) }
            if let last = bytes.lastIndex(of: CSVSyntax.lineFeed) {
                bytes.removeSubrange((last + 1)...)
                return (bytes, false)
            }
            size *= 2
        }
    }

    /// How many lines a file on disk has, counted a window at a time (at least 1 MiB: the count needs
    /// no whole lines).
    private static func lineCount(of file: FileReader.OpenFile, windowSize: Int) throws(FileReadError) -> Int {
        let size = max(windowSize, 1 << 20)
        var feeds = 0
        var offset = 0
        while true {
            let bytes = try file.read(at: offset, count: size)
            feeds += bytes.withUnsafeBufferPointer { CSVSyntax.lineCount($0) } - 1
            offset += bytes.count
            if bytes.count < size { return feeds + 1 }
        }
    }

    /// A file's header checked against its table's schema: the columns it gives, and its problems.
    private struct Header {
        /// Each known column's field index in a record and its index among the schema's columns.
        var known: [(field: Int, column: Int)] = []
        /// The required columns the header does not give.
        var absent: Set<String> = []
        /// Unknown and missing columns.
        var problems: [Diagnostic] = []

        init(_ parser: CSVParser<TableSink>, file: String, schema: TableSchema) {
            let columns = schema.columns.map(\.name)
            var problems: [Diagnostic] = []
            var known: [(field: Int, column: Int)] = []
            for (index, name) in parser.header.enumerated() {
                let column = name.trimmingWhitespace()
                if column.isEmpty {
                    // The reader has already reported an empty column name.
                    continue
                }
                if let position = columns.firstIndex(of: column) {
                    known.append((index, position))
                } else {
                    problems.append(
                        Diagnostic(
                            code: .structure,
                            location: headerLocation(parser.headerLocations, index, file: file),
                            message:
                                "unknown column \"\(column)\" in \(schema.name) (expected one of \(columns.joined(separator: ", ")))"
                        )
                    )
                }
            }
            var absent: Set<String> = []
            if !parser.header.isEmpty {
                for column in schema.columns
                where column.isRequired && !known.contains(where: { columns[$0.column] == column.name }) {
                    absent.insert(column.name)
                    problems.append(
                        Diagnostic(
                            code: .structure,
                            location: .init(file: file, line: 1, column: 1),
                            message: "no \(column.name) column (expected it in the header of \(schema.fileName))"
                        )
                    )
                }
            }
            self.known = known
            self.absent = absent
            self.problems = problems
        }
    }

    /// A syntax problem as a diagnostic.
    private static func diagnostic(_ error: CSVError) -> Diagnostic {
        Diagnostic(
            code: .syntax,
            location: .init(file: error.file, line: error.line, column: error.column),
            message: error.message
        )
    }

    /// A CSV file read a part at a time (``TableSet/forEachPart(of:_:)``): its header is read and its
    /// problems reported when the set is made, its records when the reader asks for them.
    struct PartialTable: TableSet.PartialTable {
        /// Where the records are.
        enum Source: Sendable {
            /// The whole file, in memory.
            case bytes([UInt8])
            /// The file on disk, read a window of about `windowSize` bytes at a time.
            case file(FileReader.OpenFile, windowSize: Int)
        }
        let source: Source
        let file: String
        let columns: [String]
        /// The schema columns the file gives, in the order of `fields`.
        let held: [Int]
        /// For each held column, the index of its field in a record.
        let fields: [Int]
        let absentColumns: Set<String>
        /// At least as many rows as the file has, or 0 when unknown (``expectedRows(lines:bytes:width:)``).
        let expectedRows: Int
        /// The problems the header had, already reported when the set was made.
        let headerErrors: Int
        /// The most records a part holds.
        let recordsPerPart: Int

        fileprivate func builder(bytes: [UInt8], reserving rows: Int) -> TableSet.Builder {
            TableSet.Builder(
                file: file,
                columns: columns,
                held: held,
                bytes: bytes,
                absentColumns: absentColumns,
                expectedRows: rows
            )
        }

        /// Reads the records part by part, handing each part's table and the index of its first row in
        /// the whole file's rows to `body`.
        ///
        /// - Returns: The syntax problems of the records, and a read error of a file on disk.
        func forEachPart(_ body: (_ firstRow: Int, _ part: TableSet.Table) -> Void) -> [Diagnostic] {
            var parser = CSVParser(
                bytes: UnsafeBufferPointer(start: nil, count: 0),
                options: CSVReader.Options(),
                file: file,
                sink: TableSink(builder: builder(bytes: [], reserving: 0), fields: fields)
            )
            var firstRow = 0
            // Room for a part's rows once, when the file's line count is a fair bound on them.
            let room = expectedRows > 0 ? Swift.min(recordsPerPart, expectedRows) : 0
            /// Reads a window's records into parts; returns whether the parser needs the next window.
            func readParts(of bytes: [UInt8], endsInput: Bool) -> Bool {
                bytes.withUnsafeBufferPointer { buffer in
                    parser.resume(with: buffer, endsInput: endsInput)
                    var more = true
                    while more {
                        parser.sink.builder = builder(bytes: bytes, reserving: room)
                        more = parser.parse(records: recordsPerPart)
                        let part = parser.sink.builder.build()
                        body(firstRow, part)
                        firstRow += part.count
                    }
                    return parser.needsInput
                }
            }
            switch source {
            case .bytes(let bytes):
                _ = readParts(of: bytes, endsInput: true)
            case .file(let open, let windowSize):
                var offset = 0
                var size = windowSize
                do throws(FileReadError) {
                    while true {
                        let window = try CSVFormat.window(of: open, at: offset, size: size)
                        guard readParts(of: window.bytes, endsInput: window.endsInput) else { break }
                        // A record longer than the window is read again from a window twice the size.
                        size = parser.consumed == 0 ? size * 2 : windowSize
                        offset += parser.consumed
                    }
                } catch {
                    return parser.errors.dropFirst(headerErrors).map(CSVFormat.diagnostic)
                        + [FileAccess.diagnostic(error, name: file)]
                }
            }
            return parser.errors.dropFirst(headerErrors).map(CSVFormat.diagnostic)
        }
    }

    /// The rows to make a table's arrays for: the file's line count, unless arrays for that many rows
    /// would be more than four times the file (a file of mostly blank lines, which make no rows), when
    /// they grow as rows come instead.
    static func expectedRows(lines: Int, bytes: Int, width: Int) -> Int {
        // A row holds a start, a position and `width` cells, eight bytes or fewer each.
        lines * (width + 2) * 8 <= 4 * bytes ? lines : 0
    }

    /// Where a header name starts, as the reader found it.
    private static func headerLocation(
        _ locations: [CSVRecord.Location],
        _ index: Int,
        file: String
    ) -> Diagnostic.Location {
        guard index < locations.count else { return .init(file: file, line: 1, column: 1) }
        let location = locations[index]
        return .init(file: file, line: location.line, column: location.column)
    }

    private static func descriptor(for tables: [TableSchema], council: String) -> [UInt8] {
        var text = "{\n  \"profile\": \"tabular-data-package\",\n"
        text += "  \"name\": \(JSONText.quoted(slug(council))),\n"
        text += "  \"title\": \(JSONText.quoted(council)),\n"
        text += "  \"councilPerformanceFormatVersion\": \(JSONFormat.formatVersion),\n"
        text += "  \"resources\": [\n"
        text += tables.map { table in
            var resource = "    {\n      \"name\": \(JSONText.quoted(table.name)),\n"
            resource += "      \"path\": \(JSONText.quoted(table.fileName)),\n"
            resource += "      \"profile\": \"tabular-data-resource\",\n      \"format\": \"csv\",\n"
            resource += "      \"mediatype\": \"text/csv\",\n      \"encoding\": \"utf-8\",\n"
            resource += "      \"description\": \(JSONText.quoted(table.summary)),\n"
            resource += "      \"schema\": {\n        \"fields\": [\n"
            resource += table.columns.map { column in
                var field =
                    "          {\"name\": \(JSONText.quoted(column.name)), \"type\": \"\(column.type.frictionlessType)\""
                if column.type.frictionlessType == "date" { field += ", \"format\": \"%Y-%m-%d\"" }
                field += ", \"description\": \(JSONText.quoted(column.summary))"
                if column.isRequired { field += ", \"constraints\": {\"required\": true}" }
                return field + "}"
            }.joined(separator: ",\n")
            resource += "\n        ]\n      }\n    }"
            return resource
        }.joined(separator: ",\n")
        text += "\n  ]\n}\n"
        return Array(text.utf8)
    }

    private static func slug(_ text: String) -> String {
        let lower = text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        return String(lower).split(separator: "-").joined(separator: "-")
    }

    /// Reads the resources of a descriptor: which file holds which table.
    private static func readDescriptor(
        _ bytes: [UInt8],
        defaults: [String: String],
        into set: inout TableSet
    )
        -> [String: String]
    {
        func problem(_ line: Int?, _ column: Int?, _ path: String?, _ message: String) {
            set.diagnostics.append(
                Diagnostic(
                    code: .structure,
                    location: .init(file: descriptorName, line: line, column: column, path: path),
                    message: message
                )
            )
        }
        let root: JSONValue
        do {
            root = try JSONValue.parse(bytes)
        } catch {
            problem(error.line, error.column, nil, error.message)
            return defaults
        }
        guard case .object(let members) = root,
            let resources = members.first(where: { $0.key == "resources" }),
            case .array(let elements) = resources.value
        else {
            problem(1, 1, "$", "no resources array (expected a Frictionless data package)")
            return defaults
        }
        var paths = defaults
        for (index, element) in elements.enumerated() {
            guard case .object(let fields) = element.value,
                case .string(let name)? = fields.first(where: { $0.key == "name" })?.value,
                case .string(let path)? = fields.first(where: { $0.key == "path" })?.value
            else {
                problem(element.line, element.column, "$.resources[\(index)]", "a resource needs a name and a path")
                continue
            }
            guard TableSchema.named(name) != nil else {
                problem(
                    element.line,
                    element.column,
                    "$.resources[\(index)].name",
                    "unknown table \"\(name)\" (expected one of \(TableSchema.all.map(\.name).joined(separator: ", ")))"
                )
                continue
            }
            guard !path.contains("/"), !path.contains("\\"), !path.hasPrefix(".") else {
                problem(
                    element.line,
                    element.column,
                    "$.resources[\(index)].path",
                    "\"\(path)\" is not a file in this folder"
                )
                continue
            }
            paths[name] = path
        }
        return paths
    }
}

/// A data source that reads the library's CSV format from a folder.
///
/// ```swift
/// let data = try await CSVDataSource(directory: URL(filePath: "data/example")).load()
/// ```
public struct CSVDataSource: PerformanceDataSource {
    /// The folder holding the tables.
    public var directory: URL
    /// How many bytes of the observations file are read at a time: about 4 MiB by default (``defaultWindowSize``).
    ///
    /// The observations are a council's largest file, so it is read from disk a window at a time, cut
    /// after a line feed, rather than held whole; a record longer than a window is read from a window made
    /// larger. Any size gives the same model and the same diagnostics; a smaller one holds less and reads
    /// more often.
    public var windowSize: Int

    /// The window of the observations file read at a time unless a source says otherwise: 4 MiB.
    public static let defaultWindowSize = 4 * 1024 * 1024

    /// Creates a source reading a folder of CSV tables.
    ///
    /// - Parameters:
    ///   - directory: The folder.
    ///   - windowSize: The bytes of the observations file read at a time; at least 1.
    public init(directory: URL, windowSize: Int = defaultWindowSize) {
        self.directory = directory
        self.windowSize = max(windowSize, 1)
    }

    /// Reads, parses and validates every table in the folder.
    ///
    /// - Returns: The validated model.
    /// - Throws: ``DataSourceError`` with every problem in every file.
    public func load() async throws(DataSourceError) -> PerformanceData {
        try CSVFormat.read(directory: directory, windowSize: windowSize)
    }
}

extension CSVFormat {
    /// Reads, parses and validates every table in a folder, without an asynchronous context: what
    /// ``CSVDataSource/load()`` does.
    ///
    /// Each file is checked and opened first (a folder, a FIFO, a device, a file over ``maximumFileSize``
    /// or a symbolic link out of the folder is refused before it is read), and read when its table is:
    /// the observations a window of `windowSize` bytes at a time (``CSVDataSource/windowSize``). Reading
    /// stops, with nothing loaded, if the current task is cancelled.
    ///
    /// - Parameters:
    ///   - directory: The folder.
    ///   - windowSize: The bytes of the observations file read at a time; 4 MiB by default.
    /// - Returns: The validated model.
    /// - Throws: ``DataSourceError`` with every problem in every file.
    public static func read(
        directory: URL,
        windowSize: Int = CSVDataSource.defaultWindowSize
    ) throws(DataSourceError) -> PerformanceData {
        var files: [String: Input] = [:]
        var problems: [Diagnostic] = []
        var names = Set(TableSchema.all.map(\.fileName))
        let descriptor = directory.appendingPathComponent(descriptorName, isDirectory: false)
        if FileReader.exists(descriptor.path) {
            do {
                let bytes = try FileAccess.read(
                    descriptor,
                    name: descriptorName,
                    limit: JSONFormat.maximumSize,
                    inside: directory
                )
                files[descriptorName] = .bytes(bytes)
                if case .object(let members)? = try? JSONValue.parse(bytes),
                    case .array(let resources)? = members.first(where: { $0.key == "resources" })?.value
                {
                    for resource in resources {
                        if case .object(let fields) = resource.value,
                            case .string(let path)? = fields.first(where: { $0.key == "path" })?.value,
                            !path.contains("/"), !path.hasPrefix(".")
                        {
                            names.insert(path)
                        }
                    }
                }
            } catch {
                problems += error.diagnostics
            }
        }
        for name in names.sorted() {
            if Task.isCancelled { throw FileAccess.cancelled(name) }
            let url = directory.appendingPathComponent(name, isDirectory: false)
            guard FileReader.exists(url.path) else { continue }
            do {
                // Checked and opened now; read when its table is (the observations a window at a time).
                let file = try FileAccess.open(url, name: name, limit: maximumFileSize, inside: directory)
                files[name] = .file(file)
            } catch {
                problems += error.diagnostics
            }
        }
        guard problems.isEmpty else { throw DataSourceError(diagnostics: problems) }
        return try read(
            inputs: consume files,
            limit: maximumFileSize,
            windowSize: max(windowSize, 1)
        )
    }
}

extension PerformanceData {
    /// Writes the data as a folder of CSV tables with a `datapackage.json`, each file atomically.
    ///
    /// - Parameter directory: The folder; it is created if missing.
    /// - Throws: ``FileWriteError`` with the path, the step and the reason when a file or the folder
    ///   cannot be written.
    public func writeCSV(to directory: URL) throws(FileWriteError) {
        try AtomicFile.createDirectory(directory.path)
        for file in CSVFormat.files(for: self) {
            try AtomicFile.write(file.bytes, to: directory.appendingPathComponent(file.name, isDirectory: false))
        }
    }
}
