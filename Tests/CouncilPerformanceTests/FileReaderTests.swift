import CouncilPerformance
import Foundation
import Testing

@testable import CouncilPerformanceSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files that cannot be read, or are refused before they are read: each gives one located diagnostic
/// with the path, the step and the reason in words, and never quotes the file's contents.
@Suite struct FileReaderTests {
    /// A fresh folder, removed by the caller.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The valid example written out as a folder of CSV tables.
    static func csvFolder() throws -> URL {
        let folder = try folder()
        for (name, bytes) in try MalformedInputTests.baseFiles() {
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    static func messages(_ load: () async throws -> PerformanceData) async -> [String] {
        do {
            _ = try await load()
            return []
        } catch let error as DataSourceError {
            return error.diagnostics.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test func aMissingDocumentSaysThereIsNoSuchFile() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("council.json")
        let messages = await Self.messages { try await JSONDataSource(file: file).load() }
        #expect(messages == ["council.json: cannot read \(file.path) (open): no such file"])
    }

    @Test func aFolderGivenAsADocumentSaysItIsAFolder() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("council.json")
        try FileManager.default.createDirectory(at: file, withIntermediateDirectories: true)
        let messages = await Self.messages { try await JSONDataSource(file: file).load() }
        #expect(messages == ["council.json: cannot read \(file.path) (open): is a folder"])
    }

    @Test func aTableThatIsAFolderSaysItIsAFolder() async throws {
        let folder = try Self.csvFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = folder.appendingPathComponent("observations.csv")
        try FileManager.default.removeItem(at: table)
        try FileManager.default.createDirectory(at: table, withIntermediateDirectories: true)
        let messages = await Self.messages { try await CSVDataSource(directory: folder).load() }
        #expect(messages == ["observations.csv: cannot read \(table.path) (open): is a folder"])
    }

    @Test func aFIFOIsRefusedWithoutOpeningIt() async throws {
        let folder = try Self.csvFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = folder.appendingPathComponent("observations.csv")
        try FileManager.default.removeItem(at: table)
        try #require(mkfifo(table.path, 0o644) == 0)
        // Opening a FIFO for reading with no writer would block: the test finishing shows it was not.
        let messages = await Self.messages { try await CSVDataSource(directory: folder).load() }
        #expect(messages == ["observations.csv: cannot read \(table.path) (open): not a regular file (a FIFO)"])
    }

    @Test func aDeviceIsRefusedWithoutReadingIt() async {
        let file = URL(fileURLWithPath: "/dev/zero")
        let messages = await Self.messages { try await JSONDataSource(file: file).load() }
        #expect(messages == ["zero: cannot read /dev/zero (open): not a regular file (a device)"])
    }

    @Test func aSymbolicLinkOutOfTheDataFolderIsRefusedAndItsTargetIsNotQuoted() async throws {
        let folder = try Self.csvFolder()
        let outside = try Self.folder()
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: outside)
        }
        let secret = outside.appendingPathComponent("passwd")
        try Data("root:x:0:0:secret-first-line\n".utf8).write(to: secret)
        let table = folder.appendingPathComponent("observations.csv")
        try FileManager.default.removeItem(at: table)
        try FileManager.default.createSymbolicLink(at: table, withDestinationURL: secret)
        let messages = await Self.messages { try await CSVDataSource(directory: folder).load() }
        #expect(
            messages == [
                "observations.csv: cannot read \(table.path) (open): a symbolic link to a file outside the data folder"
            ]
        )
        #expect(!messages.joined().contains("secret-first-line"))
    }

    @Test func aSymbolicLinkWithinTheDataFolderIsRead() async throws {
        let folder = try Self.csvFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = folder.appendingPathComponent("observations.csv")
        let kept = folder.appendingPathComponent("observations-2018.csv.txt")
        try FileManager.default.moveItem(at: table, to: kept)
        try FileManager.default.createSymbolicLink(atPath: table.path, withDestinationPath: kept.lastPathComponent)
        let direct = try CSVFormat.read(files: MalformedInputTests.baseFiles())
        let linked = try await CSVDataSource(directory: folder).load()
        #expect(linked == direct)
    }

    @Test func aDanglingSymbolicLinkSaysThereIsNoSuchFile() async throws {
        let folder = try Self.csvFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = folder.appendingPathComponent("observations.csv")
        try FileManager.default.removeItem(at: table)
        try FileManager.default.createSymbolicLink(atPath: table.path, withDestinationPath: "gone.csv")
        let messages = await Self.messages { try await CSVDataSource(directory: folder).load() }
        #expect(messages == ["observations.csv: cannot read \(table.path) (open): no such file"])
    }

    @Test func anOversizedDocumentIsRefusedFromItsSizeBeforeItIsRead() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("council.json")
        // A sparse file: its size is on the file system, no bytes are on disk (or read).
        let size = JSONFormat.maximumSize + 1
        #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
        #expect(truncate(file.path, off_t(size)) == 0)
        let messages = await Self.messages { try await JSONDataSource(file: file).load() }
        #expect(
            messages == [
                "council.json: cannot read \(file.path) (open): the file is 268435457 bytes (expected at most 268435456)"
            ]
        )
    }

    @Test func everyReasonIsInWords() {
        let reasons: [(FileReadError.Reason, String)] = [
            (.init(code: ENOENT), "no such file"),
            (.init(code: EISDIR), "is a folder"),
            (.init(code: EACCES), "permission denied"),
            (.init(code: EPERM), "permission denied"),
            (.notARegularFile("a FIFO"), "not a regular file (a FIFO)"),
            (.linkOutsideFolder, "a symbolic link to a file outside the data folder"),
            (.init(code: EIO), "input/output error"),
        ]
        for (reason, words) in reasons {
            #expect(
                FileReadError(path: "data/council.csv", operation: "open", reason: reason).description
                    == "cannot read data/council.csv (open): \(words)"
            )
        }
        let writes: [(Int32, String)] = [
            (ENOSPC, "disk full"), (EACCES, "permission denied"), (EROFS, "read-only file system"),
            (EISDIR, "is a folder"), (ENOENT, "no such file or folder"), (ENOTDIR, "not a folder"),
        ]
        for (code, words) in writes {
            #expect(
                FileWriteError(path: "reports/dashboard.html", operation: "write", code: code).description
                    == "cannot write reports/dashboard.html (write): \(words)"
            )
        }
    }
}
