import CouncilPerformance
import Foundation
import Testing

/// `ReportWriter` writes each file whole or not at all, synced to storage or not.
@Suite struct AtomicFileTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test(arguments: [true, false])
    func replacesAFileWholeAndLeavesNoTemporaryFile(sync: Bool) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = RenderedFile(name: "dashboard.html", mediaType: "text/html", bytes: Array("old".utf8))
        let new = RenderedFile(
            name: "dashboard.html",
            mediaType: "text/html",
            bytes: Array(repeating: 0x41, count: 300_000)
        )
        try ReportWriter.write(old, to: folder, sync: sync)
        let url = try ReportWriter.write(new, to: folder, sync: sync)
        #expect(try Data(contentsOf: url) == Data(new.bytes))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["dashboard.html"])
    }

    @Test func writesAnEmptyFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try ReportWriter.write(RenderedFile(name: "empty.csv", mediaType: "text/csv", bytes: []), to: folder)
        #expect(try Data(contentsOf: url).isEmpty)
    }

    @Test func aFolderThatCannotHoldTheFileIsATypedError() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A file where the folder should be: creating the folder fails, so nothing is written.
        let blocker = folder.appendingPathComponent("reports")
        try Data("x".utf8).write(to: blocker)
        #expect(throws: (any Error).self) {
            try ReportWriter.write(RenderedFile(name: "a.csv", mediaType: "text/csv", bytes: [1]), to: blocker)
        }
        // A name that is a folder: the rename fails, and the temporary file is removed.
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("taken.csv"),
            withIntermediateDirectories: true
        )
        let error = #expect(throws: FileWriteError.self) {
            try ReportWriter.write(RenderedFile(name: "taken.csv", mediaType: "text/csv", bytes: [1]), to: folder)
        }
        #expect(error?.operation == "rename")
        #expect(error?.description.hasPrefix("cannot write \(folder.path)/taken.csv (rename): ") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["reports", "taken.csv"])
    }
}
