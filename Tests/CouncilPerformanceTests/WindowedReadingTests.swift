import CouncilPerformance
import Foundation
import Testing

@testable import CouncilPerformanceIO
@testable import CouncilPerformanceSupport

/// A folder's observations are read from disk a window at a time: whatever the window size, so wherever
/// a window cuts a record (inside a quoted field, between CR and LF, after a byte order mark), the model
/// and every problem are as when the file is read whole.
@Suite struct WindowedReadingTests {
    /// Sizes that cut records everywhere (a window grows to its first line feed), and the default.
    static let windowSizes = [1, 2, 3, 5, 8, 13, 64, CSVDataSource.defaultWindowSize]

    /// Writes files into a new temporary folder.
    static func folder(_ files: [String: [UInt8]]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("windows-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, bytes) in files {
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    static func load(_ folder: URL, windowSize: Int) async -> Result<PerformanceData, DataSourceError> {
        do {
            return .success(try await CSVDataSource(directory: folder, windowSize: windowSize).load())
        } catch {
            return .failure(error)
        }
    }

    /// Observations with quoted notes holding line breaks (LF and CRLF), doubled quotes and non-ASCII
    /// text, in a file that starts with a byte order mark and ends without a line break.
    static let awkwardObservations = Array(
        ("\u{FEFF}measure,period,value,note\r\n"
            + "sickness,Q1 2018/19,8.42,\"two\nlines\"\r\n"
            + "sickness,Q2 2018/19,8.1,\"a \"\"quoted\"\" word\r\nand a CRLF\"\r\n"
            + "\r\n"
            + "sickness,Q3 2018/19,7.9,Café – Welbeck House\n"
            + "sickness,Q4 2018/19,7.5,\"\"").utf8
    )

    static func awkwardFiles() throws -> [String: [UInt8]] {
        var files = try MalformedInputTests.baseFiles()
        files["observations.csv"] = awkwardObservations
        return files
    }

    @Test func everyWindowSizeMakesTheModelOfOneRead() async throws {
        for files in [CSVFormatTests.files(try CSVFormatTests.example()), try Self.awkwardFiles()] {
            let whole = try CSVFormat.read(files: files)
            #expect(whole.observations.count >= 4)
            let folder = try Self.folder(files)
            defer { try? FileManager.default.removeItem(at: folder) }
            for size in Self.windowSizes {
                let read = try await Self.load(folder, windowSize: size).get()
                #expect(read == whole, "window of \(size) bytes")
            }
        }
        // The awkward notes came through as written.
        let notes = try CSVFormat.read(files: try Self.awkwardFiles()).observations.map { $0.note ?? "" }
        #expect(notes == ["two\nlines", "a \"quoted\" word\r\nand a CRLF", "Café – Welbeck House", ""])
    }

    /// The malformed-input corpus's CSV cases give their expected diagnostics from disk, whatever the
    /// window: problems are found, worded and located as in one read, and none twice.
    @Test func everyWindowSizeReportsTheCorpusProblemsOfOneRead() async throws {
        var checked = 0
        for name in MalformedInputTests.caseNames {
            let folderOfCase = MalformedInputTests.corpus.appendingPathComponent(name)
            guard case .csv(let files) = try MalformedInputTests.input(of: folderOfCase) else { continue }
            let expected = try MalformedInputTests.lines(of: folderOfCase.appendingPathComponent("expected.txt"))
            let folder = try Self.folder(files)
            defer { try? FileManager.default.removeItem(at: folder) }
            for size in [1, 7, CSVDataSource.defaultWindowSize] {
                guard case .failure(let error) = await Self.load(folder, windowSize: size) else {
                    Issue.record("\(name) loaded with a window of \(size) bytes")
                    continue
                }
                #expect(error.diagnostics.map(\.description) == expected, "\(name), window of \(size) bytes")
            }
            checked += 1
        }
        #expect(checked >= 40)
    }

    /// A quoted field left open runs to the end of the file: the window grows to hold it, and the
    /// problem is the one a whole read reports, at the quote.
    @Test func anUnterminatedQuoteIsReportedAtItsQuote() async throws {
        var files = try MalformedInputTests.baseFiles()
        files["observations.csv"] = Array(
            "measure,period,value,note\nsickness,Q1 2018/19,8.42,ok\nsickness,Q2 2018/19,8.1,\"open\nand on\n".utf8
        )
        let folder = try Self.folder(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        for size in Self.windowSizes {
            guard case .failure(let error) = await Self.load(folder, windowSize: size) else {
                Issue.record("loaded with a window of \(size) bytes")
                continue
            }
            #expect(
                error.diagnostics.map(\.description) == [
                    "observations.csv:3:25: unterminated quoted field (expected a closing \" before the end of the file)"
                ]
            )
        }
    }

    /// Records longer than the default window (a 6 MB note, and a 5 MB quoted note over several lines)
    /// make the window larger, and are refused where and as a read in memory refuses them; the rows
    /// around them load.
    @Test func recordsLongerThanTheDefaultWindowAreReportedAsInOneRead() async throws {
        var files = try MalformedInputTests.baseFiles()
        let long = String(repeating: "x", count: 6 * 1024 * 1024)
        let quoted = String(repeating: "y\n", count: 5 * 512 * 1024)
        files["observations.csv"] = Array(
            ("measure,period,value,note\nsickness,Q1 2018/19,8.42,ok\nsickness,Q2 2018/19,8.1,\(long)\n"
                + "sickness,Q3 2018/19,7.9,\"\(quoted)\"\nsickness,Q4 2018/19,7.5,ok\n").utf8
        )
        let inMemory = #expect(throws: DataSourceError.self) { try CSVFormat.read(files: files) }
        let folder = try Self.folder(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        guard case .failure(let fromDisk) = await Self.load(folder, windowSize: CSVDataSource.defaultWindowSize) else {
            Issue.record("loaded")
            return
        }
        #expect(fromDisk.diagnostics == inMemory?.diagnostics)
        #expect(
            fromDisk.diagnostics.map(\.description) == [
                "observations.csv:3:25: field is too large (expected at most 1,048,576 bytes in one field)",
                "observations.csv:4:25: field is too large (expected at most 1,048,576 bytes in one field)",
            ]
        )
    }

    /// A window holds whole lines: cut after its last line feed, or made larger until it has one.
    @Test func aWindowEndsAtALineFeedOrTheEndOfTheFile() throws {
        let folder = try Self.folder(["lines.csv": Array("ab\ncdef\r\nghijklmnop".utf8)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try FileReader.open(folder.appendingPathComponent("lines.csv").path, limit: 100)
        let first = try CSVFormat.window(of: file, at: 0, size: 5)
        #expect(first.bytes == Array("ab\n".utf8))
        #expect(!first.endsInput)
        // No line feed in 2 bytes from offset 3, nor in 4: the window doubles to 8 and is cut to 6.
        let second = try CSVFormat.window(of: file, at: 3, size: 2)
        #expect(second.bytes == Array("cdef\r\n".utf8))
        #expect(!second.endsInput)
        let last = try CSVFormat.window(of: file, at: 9, size: 5)
        #expect(last.bytes == Array("ghijklmnop".utf8))
        #expect(last.endsInput)
    }

    /// A file that grows past its limit after it was opened is refused by the read that finds it, not
    /// read on.
    @Test func aFileThatGrowsPastItsLimitIsRefusedByTheRead() throws {
        let folder = try Self.folder(["grows.csv": Array("a,b\n1,2\n".utf8)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("grows.csv").path
        let file = try FileReader.open(path, limit: 10)
        #expect(try file.read(at: 0, count: 100) == Array("a,b\n1,2\n".utf8))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("3,4\n".utf8))
        try handle.close()
        let error = #expect(throws: FileReadError.self) { try file.read(at: 4, count: 100) }
        #expect(error?.reason == .tooLarge(size: 11, limit: 10))
        #expect(error?.operation == "read")
        let whole = #expect(throws: FileReadError.self) { try file.readAll() }
        #expect(whole?.reason == .tooLarge(size: 11, limit: 10))
    }
}
