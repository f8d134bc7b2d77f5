import CouncilPerformance
import ReportCommandLine
import Testing

/// A savings report about one group of projects (a directorate, a status group, the council's own).
@Suite struct SavingsGroupReportTests {
    @Test func aGroupNarrowsTheProjectsAndKeepsEverythingElse() async throws {
        let data = try await SavingsFiguresTests.mandates()
        let people = try #require(data.delivery.restricted(toGroup: "people"))
        #expect(people.projects.map(\.name) == ["Education", "Social Services"])
        #expect(people.groups == data.delivery.groups)
        #expect(people.portfolios == data.delivery.portfolios)
        #expect(data.delivery.restricted(toGroup: "nope") == nil)
    }

    @Test func theSavingsReportCanBeAboutAGroup() async throws {
        let data = try await SavingsFiguresTests.mandates()
        var run = ReportRun(data: data)
        run.savingsGroup = "people"
        let document = try #require(try run.document(.savings))
        let markdown = String(decoding: MarkdownRenderer().render(document)[0].bytes, as: UTF8.self)
        // Education 1,200 and Social Services 2,400 of the people directorates: 3,600 in all.
        #expect(markdown.contains("People directorates"))
        #expect(markdown.contains("| **Totals** | **3,600** |"))
        #expect(!markdown.contains("Environment"))
    }
}
