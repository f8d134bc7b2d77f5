import CouncilPerformance
import Foundation
import Testing

/// `ReportSetWriter` leaves a folder with the earlier complete set or the new complete set, never a mix,
/// removes only what the library wrote, and sweeps what killed runs left.
@Suite struct ReportSetWriterTests {
    static func file(_ name: String, _ text: String) -> RenderedFile {
        RenderedFile(name: name, mediaType: "text/plain", bytes: Array(text.utf8))
    }

    static func parent() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("set-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func contents(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    static func text(_ url: URL) throws -> String {
        String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    @Test func writesTheSetAndItsManifestIntoANewFolder() throws {
        let parent = try Self.parent()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("reports")
        let urls = try ReportSetWriter.write([Self.file("a.md", "A"), Self.file("b.md", "B")], to: folder)
        #expect(urls.map(\.lastPathComponent) == ["a.md", "b.md"])
        #expect(try Self.contents(folder) == [".council-performance-manifest", "a.md", "b.md"])
        #expect(try Self.text(folder.appendingPathComponent(".council-performance-manifest")) == "a.md\nb.md\n")
        #expect(try Self.contents(parent) == ["reports"])
    }

    @Test func anEarlierRunsExtraFilesAreGoneAndTheUsersFilesStay() throws {
        let parent = try Self.parent()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("reports")
        try ReportSetWriter.write(
            [Self.file("dashboard.md", "old"), Self.file("savings-portfolio-3.csv", "old")],
            to: folder
        )
        try Data("mine".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("archive"),
            withIntermediateDirectories: true
        )
        try Data("kept".utf8).write(to: folder.appendingPathComponent("archive/2017.md"))
        // A temporary file of a write that was killed.
        try Data(count: 1000).write(to: folder.appendingPathComponent(".dashboard.md.\(UUID().uuidString).tmp"))

        try ReportSetWriter.write([Self.file("dashboard.md", "new")], to: folder)
        #expect(
            try Self.contents(folder) == [".council-performance-manifest", "archive", "dashboard.md", "notes.txt"]
        )
        #expect(try Self.text(folder.appendingPathComponent("dashboard.md")) == "new")
        #expect(try Self.text(folder.appendingPathComponent("notes.txt")) == "mine")
        #expect(try Self.text(folder.appendingPathComponent("archive/2017.md")) == "kept")
        #expect(try Self.contents(parent) == ["reports"])
    }

    @Test func aFolderWrittenBeforeManifestsKeepsItsFiles() throws {
        let parent = try Self.parent()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: folder.appendingPathComponent("changes.md"))
        try ReportSetWriter.write([Self.file("dashboard.md", "new")], to: folder)
        #expect(try Self.contents(folder) == [".council-performance-manifest", "changes.md", "dashboard.md"])
    }

    @Test func aFailurePartWayLeavesTheEarlierSetWholeAndSaysWhatWasNotWritten() throws {
        let parent = try Self.parent()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("reports")
        try ReportSetWriter.write([Self.file("a.md", "old A"), Self.file("b.md", "old B")], to: folder)
        let long = String(repeating: "x", count: 300) + ".md"
        let error = #expect(throws: ReportSetError.self) {
            try ReportSetWriter.write(
                [Self.file("a.md", "new A"), Self.file(long, "C"), Self.file("b.md", "new B")],
                to: folder
            )
        }
        #expect(
            error?.description == """
                cannot write the reports in \(folder.path): cannot write \(folder.path)/\(long) (create): \
                the name is too long
                nothing in \(folder.path) changed: its earlier reports, if any, are whole
                not written: a.md, \(long), b.md
                """
        )
        #expect(try Self.contents(folder) == [".council-performance-manifest", "a.md", "b.md"])
        #expect(try Self.text(folder.appendingPathComponent("a.md")) == "old A")
        #expect(try Self.text(folder.appendingPathComponent("b.md")) == "old B")
        #expect(try Self.contents(parent) == ["reports"])
    }

    @Test func aFileWhereTheFolderShouldBeIsATypedError() throws {
        let parent = try Self.parent()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("reports")
        try Data("x".utf8).write(to: folder)
        let error = #expect(throws: ReportSetError.self) {
            try ReportSetWriter.write([Self.file("a.md", "A")], to: folder)
        }
        #expect(
            error?.description == """
                cannot write the reports in \(folder.path): cannot write \(folder.path) (create folder): not a folder
                nothing in \(folder.path) changed: its earlier reports, if any, are whole
                not written: a.md
                """
        )
        #expect(try Self.contents(parent) == ["reports"])
    }

    @Test func aNameOutsideTheFolderIsRefused() throws {
        let parent = try Self.parent()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("reports")
        #expect(throws: ReportSetError.self) {
            try ReportSetWriter.write([Self.file("../escape.md", "A")], to: folder)
        }
        #expect(try Self.contents(parent) == [])
    }

    @Test func aKilledRunsStagingFolderIsSweptAndAFolderLeftAsideIsPutBack() throws {
        let parent = try Self.parent()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("reports")
        // A run killed while staging, and one killed between its two renames: the folder is aside.
        let staging = parent.appendingPathComponent(".reports.staging-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try Data(count: 10_000).write(to: staging.appendingPathComponent("dashboard.html"))
        let aside = parent.appendingPathComponent(".reports.previous-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: aside, withIntermediateDirectories: true)
        try Data("old.md\n".utf8).write(to: aside.appendingPathComponent(".council-performance-manifest"))
        try Data("old".utf8).write(to: aside.appendingPathComponent("old.md"))
        try Data("mine".utf8).write(to: aside.appendingPathComponent("notes.txt"))

        try ReportSetWriter.write([Self.file("dashboard.md", "new")], to: folder)
        #expect(try Self.contents(parent) == ["reports"])
        #expect(try Self.contents(folder) == [".council-performance-manifest", "dashboard.md", "notes.txt"])
    }

    @Test func writingTheSameSetTwiceGivesTheSameFolder() throws {
        let parent = try Self.parent()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("reports")
        let files = [Self.file("a.md", "A"), Self.file("sub/b.csv", "B")]
        try ReportSetWriter.write(files, to: folder)
        try ReportSetWriter.write(files, to: folder)
        #expect(try Self.contents(folder) == [".council-performance-manifest", "a.md", "sub"])
        #expect(try Self.text(folder.appendingPathComponent("sub/b.csv")) == "B")
    }
}
