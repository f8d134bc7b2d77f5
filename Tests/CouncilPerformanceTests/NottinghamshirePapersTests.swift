import CouncilPerformance
import Foundation
import ReportCommandLine
import Testing

/// Each Nottinghamshire paper rendered in its own shape, held against the seed it reproduces: sentences
/// and figures the paper prints (file and line cited), and the number of rows its tables print.
@Suite struct NottinghamshirePapersTests {
    /// The paper's documents rendered as Markdown, joined.
    static func markdown(_ command: String) async throws -> (text: String, documents: [ReportDocument]) {
        let paper = try #require(NottinghamshirePapers.paper(command))
        let data = try await NottinghamshireExampleTests.load(paper.dataset)
        let documents = try paper.documents(data)
        let text = documents.flatMap { MarkdownRenderer().render($0) }.map(\.text).joined(separator: "\n")
        return (text, documents)
    }

    /// The body rows of every Markdown table whose caption passes the filter.
    static func tableRows(_ text: String, caption: (String) -> Bool = { _ in true }) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var rows: [String] = []
        var current = ""
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("**") && line.hasSuffix("**") { current = line }
            let isHeader = index + 1 < lines.count && lines[index + 1].hasPrefix("| ---")
            if line.hasPrefix("| ") && !line.hasPrefix("| ---") && !isHeader && caption(current) { rows.append(line) }
        }
        return rows
    }

    @Test func everyPaperHasItsOwnCommand() {
        let commands = NottinghamshirePapers.all.map(\.command)
        #expect(
            commands == [
                "council-plan-review", "six-month-review", "resources-dashboard", "ict-scorecard", "programmes",
                "improving-lives", "savings", "changes", "status-report-2015", "strategic-plan",
            ]
        )
        #expect(Set(commands).count == commands.count)
    }

    @Test func theICTScorecardHasFourQuartersAgainstTheQ2TargetWithItsComments() async throws {
        let (text, _) = try await Self.markdown("ict-scorecard")
        // 003 lines 1289-1290: the paper's columns.
        #expect(
            text.contains(
                "| Indicator | Actual Q3 2017/18 | Actual Q4 2017/18 | Actual Q1 2018/19 | Actual Q2 2018/19 | Q2 2018/19 target | Status | Comments |"
            )
        )
        // 003 line 1294: B001, 99.95% 99.88% 99.33% 99.81% against 99.80%.
        #expect(
            text.contains(
                "| Average Availability of Business Critical Services (B001) | 99.95% | 99.88% | 99.33% | 99.81% | 99.8% | ● Green |"
            )
        )
        // 003 line 1311: milestones delivered 67% against 85%, more than 10% short: red.
        #expect(
            text.contains("| Percentage of Project Milestones Delivered (B053) | 89% | 86% | 84% | 67% | 85% | ■ Red |")
        )
        // 003 line 1325: dropped calls 10.89% against 10%, low is good, within the key's 10%: amber.
        #expect(text.contains("| 7.3% | 7.47% | 13.14% | 10.89% | 10% | ▲ Amber |"))
        // 003 line 1321: call durations as printed (minutes:seconds), rated in seconds against 360.
        #expect(
            text.contains(
                "| Average Service Desk Call Duration (C011) | 5:44 mins | 6:04 mins | 5:51 mins | 5:41 mins | 360 | ● Green |"
            )
        )
        // 003 line 1329: the comment beside S003.
        #expect(text.contains("The absence score for this period is the lowest reported since April 2014."))
        // 003 lines 1311 and 1315: a comment split across the page break reads as one sentence.
        #expect(text.contains("below the target of 85%, as well as the previous quarter's score of 84%."))
        #expect(!text.contains(".."))
        // 16 indicator rows in the paper (003 lines 1294-1337); the satisfaction row prints two measures
        // (corporate / schools) in every cell, which the data keeps apart: 17 rows.
        #expect(Self.tableRows(text).count == 17)
        for group in [
            "Business Activity Indicators", "Customer Indicators", "Staff Indicators", "Financial Indicators",
        ] {
            #expect(text.contains("**\(group)**"))
        }
    }

    @Test func theSixMonthReviewHasItsHighlightsAndAreasForAttentionWithTheirMeasures() async throws {
        let (text, _) = try await Self.markdown("six-month-review")
        // 001 line 976: the context paragraph.
        #expect(
            text.contains("Notably during this period the Resource Department has been disestablished by the Council.")
        )
        // 001 lines 981-1007: four highlights, then (lines 1010-1027) two areas for attention.
        let highlights = try #require(text.range(of: "## Highlights"))
        let attention = try #require(text.range(of: "## Areas for attention"))
        #expect(highlights.upperBound < attention.lowerBound)
        #expect(text.contains("by ensuring the payment of all invoices are done so within timescales."))
        #expect(
            text.contains("Progress in this area is reflected in the high rates of Freedom of Information Act requests")
        )
        #expect(text.contains("the ongoing challenge of reducing levels of sickness based absence is still underway."))
        // 001 line 985: invoices 95% against 95%, previous 98%.
        #expect(
            text.contains(
                "| Payment of invoices within timescales | 95% (Q2 2018/19) | 95% | High | 98% (Q1 2018/19) |"
            )
        )
        // 001 line 1022: planned audits 75% against 90%.
        #expect(text.contains("| % of planned audits completed | 75% (Q2 2018/19) | 90% | High | 92% (Q1 2018/19) |"))
        // The paper's five small tables print 1 + 2 + 2 + 2 + 1 measure rows (001 lines 985-1031).
        #expect(Self.tableRows(text).count == 8)
    }

    @Test func theCouncilPlanReviewHasItsAmbitionsSummariesAndHighlights() async throws {
        let (text, _) = try await Self.markdown("council-plan-review")
        for ambition in [
            "A great place to bring up your family", "A great place to fulfil your ambition",
            "A great place to enjoy your later life", "A great place to start and grow your business",
        ] {
            #expect(text.contains("## Ambition"), "\(ambition)")
            #expect(text.contains(ambition))
        }
        for number in 1...12 { #expect(text.contains("### Commitment \(number): ")) }
        // 001 line 1279: commitment 9's summary.
        #expect(
            text.contains("The Council achieved one of the lowest rates of delayed transfers of care in the Country.")
        )
        // 001 lines 1283-1288: commitment 10's summary, joined across its printed lines.
        #expect(text.contains("including a Property Transformation Programme to look at how the Council's assets"))
        // 001 line 1808 (Appendix B, Place): a highlight under commitment 4.
        #expect(text.contains("Place: People leave education with better qualifications and skills"))
        #expect(text.components(separatedBy: "#### Summary").count - 1 == 12)
        // 001 line 1463: a key measure with its printed figures.
        #expect(text.contains("Success means"))
        #expect(!text.contains("## Other measures"))
    }

    @Test func theResourcesDashboardHasThePapersRowsAndItsProgressNarrative() async throws {
        let (text, _) = try await Self.markdown("resources-dashboard")
        // 002 lines 8-58: 35 measure rows; lines 67-141: the progress of the strategy's 34 activities.
        #expect(Self.tableRows(text) { !$0.contains("progress") }.count == 35)
        #expect(Self.tableRows(text) { $0.contains("progress") }.count == 34)
        // 002 line 20 (sickness absence 8.42 days against 7.0).
        #expect(text.contains("| Level of sickness absence | 8.42 (Q2 2018/19) | 7 | Low |"))
        // 002 line 89: the self-serve progress, as corrected (NOTES-plan.md).
        #expect(text.contains("self-serve"))
        #expect(text.contains("Phase 4 of the BRMI project was tendered and contracted for."))
    }

    @Test func theProgrammeMilestonesAreAll89GroupedByPortfolioAndProgramme() async throws {
        let (text, _) = try await Self.markdown("programmes")
        // 003 Appendix A (lines 675-930): 89 milestones.
        #expect(Self.tableRows(text).count == 89)
        #expect(text.contains("89 milestones in 19 programmes of 4 portfolios."))
        // 003 line 812: a milestone with its date as written.
        #expect(
            text.contains(
                "| Diagnostic Phase complete | April 2018 | Turner & Townsend Property Review Diagnostic stage is now complete."
            )
        )
        // 003 line 695: "Summer 2022" kept as printed.
        #expect(text.contains("| Summer 2022 |"))
    }

    @Test func theImprovingLivesTableHasItsProgrammesThenTheirProjects() async throws {
        let (text, documents) = try await Self.markdown("improving-lives")
        // 003 line 1076: the portfolio row: 17,831 target, -6,675 at risk, -6,697 net.
        #expect(text.contains("| **17,831** | **-6,675** | **-6,697** |"))
        // 003 line 1102: ASCH 1801, Experiencing Obstacles both months, 1,317, with its comment.
        #expect(text.contains("| **ASCH 1801** | **Early Resolution: Programme relates to interventions"))
        #expect(
            text.contains(
                "Early Resolution Programme is experiencing obstacles pending validation of year to date savings."
            )
        )
        // 003 line 1105: ASCH 1805: 3,838 target, 84 at risk, 84 net.
        #expect(text.contains("| **3,838** | **84** | **84** |"))
        // 003 line 1095: the Targeted Reviews narrative beside its project row.
        #expect(text.contains("The 2018/19 savings target of £2.010m is currently being over achieved by £1.968m."))
        // Projects in the paper's order under ASCH 1805 (003 lines 1106-1111): OT AR EO EO AR Closed.
        let table = try #require(documents.first?.tables.first)
        let codes = table.rows.suffix(6).map { $0[3].plainValue }
        #expect(codes == ["OT", "AR", "EO", "EO", "AR", "Closed"])
        // 003 lines 1076-1111: the portfolio row, 5 programmes and 23 projects (the paper's extra
        // "Promoting Independence Interventions" row, a grouping of three programmes, is not modelled).
        #expect(Self.tableRows(text).count == 29)
    }

    @Test func theStrategicPlanHasItsPrioritiesSummariesAndChallenges() async throws {
        let (text, _) = try await Self.markdown("strategic-plan")
        #expect(text.contains("## Priority 1: Supporting safe and thriving communities"))
        #expect(text.contains("### Outcome 1.1"))
        // 000 line 472: priority 1's summary; line 480: its first challenge.
        #expect(text.contains("The Looked After Children and Care Leavers strategy is in place"))
        #expect(text.contains("Ensure a wide range of services work consistently together"))
        // 000 line 539: restored where the extraction clipped the column (NOTES-plan.md).
        #expect(text.contains("During the summer, two new voluntary bus quality partnerships have been introduced"))
        // 000 line 456: the KSI indicator, 343 against 434, low is good, with its period as printed.
        #expect(
            text.contains(
                "| People killed or seriously injured in road traffic collisions | 343 (Y 14/15) | 434 | Low |"
            )
        )
        // 000 lines 647 and 651: labels kept as printed, the provisional "p" and the school term.
        #expect(text.contains("| 69.0% (Y 2015p) |"))
        #expect(text.contains("| 83.0% (Spring Term 15) |"))
        // 000 Appendix A: 34 key indicators and 24 milestones, each printed once.
        #expect(Self.tableRows(text).count == 58)
        #expect(text.components(separatedBy: "### Pressures and challenges").count - 1 == 5)
    }

    @Test func theSavingsReportsKeepThePrintedTotalsBesideTheSums() async throws {
        let data = try await NottinghamshireExampleTests.load("strategic-plan-2015")
        let document = try #require(try ReportRun(data: data).document(.savings))
        let text = try #require(MarkdownRenderer().render(document).first).text
        // 000 Appendix C line 1038: the high governance TOTALS row prints 8,501 for 2017/18; the rows sum
        // to 8,502 (£000), within the rounding of the rows.
        #expect(text.contains("| High governance projects cashable 2017/18 | 8,501 | 8,502 | ≈ Rounding difference |"))
        // Seven do not hold: the £1k rounding gaps, and Appendix B's Place and Resources totals 350 apart
        // because line 952 lists Contract Savings under Resources and Appendix C under Place.
        #expect(text.contains("31 of 38 printed totals hold"))
        let september = try await NottinghamshireExampleTests.load("plan-2018")
        let report = try #require(try ReportRun(data: september).document(.savings))
        let printed = try #require(report.tables.first { $0.name == "printed-totals" })
        // 003 Appendix B and C: the Totals rows (984, 1021, 1043, 1069), the Improving Lives row (1076)
        // and the programme rows (1102, 1105), every one of which holds.
        #expect(printed.rows.count == 48)
        #expect(printed.rows.allSatisfy { $0[4].plainValue == "held" })
    }

    @Test func the2015StatusReportHasItsGovernanceTablesAndPrintedTotals() async throws {
        let (text, _) = try await Self.markdown("status-report-2015")
        // 000 Appendix C: 33 high governance projects (lines 1000-1037), then 103 low and medium
        // (lines 1043-1157), each table closed by its totals.
        #expect(Self.tableRows(text) { $0.contains("High governance projects:") }.count == 34)
        #expect(Self.tableRows(text) { $0.contains("Low/Medium governance projects:") }.count == 104)
        // 000 line 1038, the high governance TOTALS row: 10,966 14,918 8,501 2,717 171, total 37,273; the
        // rows sum to 8,502 and 37,274 (£000), a rounding difference, and both figures are shown.
        #expect(text.contains("| **High governance projects Totals** |  |  | **10,966** | **14,918** | **8,502** |"))
        #expect(text.contains("| High governance projects cashable 2017/18 | 8,501 | 8,502 | ≈ Rounding difference |"))
        #expect(
            text.contains(
                "| High governance projects cashable 2015/16-2019/20 | 37,273 | 37,274 | ≈ Rounding difference |"
            )
        )
        // Lines 1038 and 1158: eleven printed cells each.
        #expect(Self.tableRows(text) { $0.contains("TOTALS rows as printed") }.count == 22)
    }
}
