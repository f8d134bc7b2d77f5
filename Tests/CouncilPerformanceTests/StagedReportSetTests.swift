import CouncilPerformance
import Foundation
import Testing

/// `StagedReportSet` writes each file as it is added, shows nothing in the folder until the commit, and
/// leaves the earlier set whole when it is abandoned or fails.
@Suite struct StagedReportSetTests {
    typealias Files = ReportSetWriterTests

    @Test func filesAddedOneByOneAppearOnlyAtTheCommit() throws {
        let parent = try Files.parent()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("reports")
        try ReportSetWriter.write([Files.file("a.md", "old A"), Files.file("old.csv", "old")], to: folder)

        let set = try StagedReportSet(directory: folder)
        try set.add(Files.file("a.md", "new A"))
        try set.add(Files.file("tables/b.csv", "B"))
        // Before the commit, the folder still holds the earlier set, whole.
        #expect(try Files.text(folder.appendingPathComponent("a.md")) == "old A")
        #expect(try Files.contents(folder) == [".council-performance-manifest", "a.md", "old.csv"])
        #expect(set.names == ["a.md", "tables/b.csv"])

        let urls = try set.commit()
        #expect(urls.map(\.path) == [folder.path + "/a.md", folder.path + "/tables/b.csv"])
        #expect(try Files.contents(folder) == [".council-performance-manifest", "a.md", "tables"])
        #expect(try Files.text(folder.appendingPathComponent("a.md")) == "new A")
        let manifest = folder.appendingPathComponent(".council-performance-manifest")
        #expect(try Files.text(manifest) == "a.md\ntables/b.csv\n")
        #expect(try Files.contents(parent) == ["reports"])
    }

    @Test func aSetNeverCommittedLeavesNothingBehind() throws {
        let parent = try Files.parent()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("reports")
        try ReportSetWriter.write([Files.file("a.md", "old A")], to: folder)
        do {
            let set = try StagedReportSet(directory: folder)
            try set.add(Files.file("a.md", "new A"))
            #expect(try Files.contents(parent).count == 2)  // the folder and the staging folder
        }
        #expect(try Files.contents(parent) == ["reports"])
        #expect(try Files.text(folder.appendingPathComponent("a.md")) == "old A")
    }

    @Test func aFailedAddAbandonsTheSetAndEveryLaterCallSaysWhy() throws {
        let parent = try Files.parent()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("reports")
        let set = try StagedReportSet(directory: folder)
        try set.add(Files.file("a.md", "A"))
        let first = #expect(throws: ReportSetError.self) { try set.add(Files.file("a.md", "again")) }
        #expect(
            first?.description == """
                cannot write the reports in \(folder.path): cannot write \(folder.path)/a.md (create): already exists
                nothing in \(folder.path) changed: its earlier reports, if any, are whole
                not written: a.md
                """
        )
        let later = #expect(throws: ReportSetError.self) { try set.commit() }
        #expect(later == first)
        #expect(try Files.contents(parent) == [])
    }

    /// A document whose pages run to several megabytes, so that a streamed page is written in several
    /// pieces: 12,000 rows with text to escape, figures and statuses.
    static func largeDocument() -> ReportDocument {
        let rows: [[ReportCell]] = (0..<12_000).map { row in
            [
                .text("Measure \(row) <adults> & \"carers\" – £ ‘quoted’"),
                .number(display: "\(row),\(row % 1000)", value: "\(row)\(row % 1000)"),
                .status(StatusBadge(label: "Red", code: "red", tone: .bad, symbol: "■")),
            ]
        }
        let table = ReportTable(
            name: "measures",
            caption: "Every measure",
            columns: [.init("Measure"), .init("Latest", alignment: .trailing), .init("Status")],
            rows: rows
        )
        let blocks: [ReportDocument.Block] = [.heading("All", level: 2), .table(table)]
        return ReportDocument(name: "dashboard", title: "Dashboard", blocks: blocks)
    }

    @Test(arguments: [false, true])
    func aPageRenderedIntoTheSetIsTheSameBytesAsRenderedWhole(byteOrderMark: Bool) throws {
        let parent = try Files.parent()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("reports")
        let document = Self.largeDocument()
        let csv = CSVRenderer(includeByteOrderMark: byteOrderMark)
        let reporter = MultiplexReporter([MarkdownRenderer(), HTMLRenderer(), csv, JSONRenderer(), ExcelRenderer()])
        let whole = reporter.render(document)
        #expect(whole.map(\.bytes.count).max() ?? 0 > 2 << 20)  // more than two buffers

        let set = try StagedReportSet(directory: folder)
        try reporter.render(document, into: set)
        #expect(set.names == whole.map(\.name))
        try set.commit()
        for file in whole {
            let written = try Data(contentsOf: folder.appendingPathComponent(file.name))
            #expect(Array(written) == file.bytes, "\(file.name)")
        }
    }

    @Test func aStreamedPageTakesItsNameAsAnAddedFileDoes() throws {
        let parent = try Files.parent()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("reports")
        let set = try StagedReportSet(directory: folder)
        try set.add(Files.file("dashboard.html", "added"))
        let error = #expect(throws: ReportSetError.self) { try HTMLRenderer().render(Self.largeDocument(), into: set) }
        #expect(
            error?.description == """
                cannot write the reports in \(folder.path): cannot write \(folder.path)/dashboard.html (create): already exists
                nothing in \(folder.path) changed: its earlier reports, if any, are whole
                not written: dashboard.html
                """
        )
        #expect(try Files.contents(parent) == [])
    }
}
