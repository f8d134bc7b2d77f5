import CouncilPerformance
import Foundation
import ReportCommandLine
import Testing

/// Savings trackers of any council: categories, in-year figures, identities, groups, denominations and
/// printed totals of any quantity.
///
/// The fixture `Fixtures/Examples/savings-mandates` is an invented savings-mandate table (five
/// directorates, £000, Documentation/SavingsTrackers.md), with every figure below worked out by hand:
///
/// | directorate | budget | M2 | M6 | M9 | outturn | delayed | not achievable | % achieved |
/// | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
/// | Education | 1,200 | 150 | 520 | 840 | 1,050 | 100 | 50 | 87.5% |
/// | Social Services | 2,400 | 300 | 1,100 | 1,650 | 2,000 | 250 | 150 | 83.3% |
/// | Environment | 900 | 120 | 450 | 700 | 900 | 0 | 0 | 100.0% |
/// | Housing | 600 | 50 | 200 | 380 | 450 | 120 | 30 | 75.0% |
/// | Resources | 1,100 | 200 | 600 | 850 | 1,010 | 60 | 30 | 91.8% |
/// | Total | 6,200 | 820 | 2,870 (printed 2,780) | 4,420 | 5,410 | 530 | 260 | 87.3% |
@Suite struct SavingsFiguresTests {
    static func mandates() async throws -> PerformanceData {
        try await CSVDataSource(directory: fixturesDirectory.appendingPathComponent("Examples/savings-mandates")).load()
    }

    @Test func aThousandsTableLoadsAsPrinted() async throws {
        let year = try FinancialYear("2015/16")
        let data = try await Self.mandates()
        let education = try #require(data.delivery.projects.first)
        // "1,200" in a table whose first row says thousands is £1,200,000, exactly.
        #expect(education.figures[.target, year] == Money(thousands: 1_200))
        #expect(education.figures[.achieved, year, asAt: try ReportingPeriod("Sep 2015")] == Money(thousands: 520))
        #expect(education.figures[.achieved, year] == Money(thousands: 1_050))
        #expect(education.amount(of: .notAchievable, over: [year]) == Money(thousands: 50))
        #expect(
            data.delivery.identities == [
                SavingsIdentity(name: "mandates", total: .target, parts: [.achieved, .delayed, .notAchievable])
            ]
        )
        #expect(data.delivery.groups.map(\.members.count) == [2, 3])
    }

    @Test func theAuditFindsTheOneInconsistentPrintedTotalLocated() async throws {
        let audit = ConsistencyAudit(data: try await Self.mandates())
        let findings = audit.findings
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.source.location == "Appendix 1 Table 2, Total row, Month 6 column")
        #expect(finding.printed == Money(thousands: 2_780))
        #expect(finding.recomputed == Money(thousands: 2_870))
        #expect(finding.verdict == .mismatch)
        #expect(
            finding.description
                == "Savings mandates outturn 2015/16, Cabinet 14 June 2016, Appendix 1 Table 2, Total row, Month 6 column: council achieved 2015/16 as at Sep 2015: printed 2,780 (£2,780,000), recomputed £2,870,000 (difference -£90,000): Mismatch"
        )
        // 17 printed figures, 5 directorates and 2 groups obey the identity, and the printed Total row does.
        #expect(audit.checks.count == 25)
        #expect(audit.summary == "25 checks: 24 held, 1 mismatch.")
    }

    @Test func percentagesCountsDifferencesAndGroupsAreRecomputed() async throws {
        let audit = ConsistencyAudit(data: try await Self.mandates())
        func check(_ location: String) -> ConsistencyAudit.Check? {
            audit.checks.first { $0.source.location == "Appendix 1 Table 2, \(location)" }
        }
        // Social Services: 2,000 / 2,400 = 83.3333...%, printed 83.3%: held at the printed precision.
        let social = try #require(check("Social Services row, % achieved column"))
        #expect(social.unit == .percentage)
        #expect(social.recomputedNumber == ExactDecimal(units: 83_333_333))
        #expect(social.verdict == .heldAtPrintedPrecision)
        // Council: 5,410 / 6,200 = 87.2580...%, printed 87.3%.
        #expect(check("Total row, % achieved column")?.recomputedNumber == ExactDecimal(units: 87_258_065))
        // Still to be achieved: printed 6,200 - 5,410 = 790.
        #expect(check("Still to be achieved line")?.recomputed == Money(thousands: 790))
        #expect(check("People subtotal, Budget column")?.recomputed == Money(thousands: 3_600))
        #expect(check("Place subtotal, number of directorates")?.recomputedNumber == ExactDecimal(units: 3_000_000))
        let identity = audit.checks.first { $0.subject.hasPrefix("total-target mandates") }
        #expect(identity?.recomputed == Money(thousands: 6_200))
        #expect(identity?.verdict == .held)
    }

    @Test func anIdentityThatDoesNotHoldForAProjectIsAFinding() async throws {
        let year = try FinancialYear("2015/16")
        var data = try await Self.mandates()
        data.publishedFigures = []
        data.delivery.projects[3].figures[.delayed, year] = Money(thousands: 110)
        let audit = ConsistencyAudit(data: data)
        // Housing: 450 + 110 + 30 = 590, not 600; so is the Place group (2,600 against 2,590).
        #expect(audit.findings.map(\.source.location) == ["project housing", "group place"])
        #expect(audit.findings.first?.difference == Money(thousands: 10))
    }

    @Test func savingsPrintedNegativeAreReadAsSavings() async throws {
        let year = try FinancialYear("2015/16")
        var files = CSVFormatTests.files(try await Self.mandates())
        files["savings_figures.csv"] = Array(
            "project,year,category,amount,denomination,sign\r\neducation,2015/16,target,-1200,thousands,negative\r\n"
                .utf8
        )
        files["published_figures.csv"] = nil
        let data = try CSVFormat.read(files: files)
        #expect(data.delivery.projects[0].figures[.target, year] == Money(thousands: 1_200))
    }

    @Test func figuresRoundTripThroughJSONAndCSV() async throws {
        let data = try await Self.mandates()
        let json = JSONFormat.document(for: data)
        #expect(try JSONFormat.read(json, file: "council.json") == data)
        #expect(try CSVFormat.read(files: CSVFormatTests.files(data)) == data)
    }

    @Test func projectsWithoutFiguresEncodeAsBefore() throws {
        let year = try FinancialYear("2015/16")
        let project = Project(id: "p", name: "P", portfolio: "x")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(project), as: UTF8.self)
        #expect(!json.contains("figures"))
        #expect(try JSONDecoder().decode(Project.self, from: Data(json.utf8)) == project)
        var withFigures = project
        withFigures.figures[.achieved, year, asAt: try ReportingPeriod("Sep 2015")] = Money(thousands: 5)
        let encoded = String(decoding: try encoder.encode(withFigures.figures), as: UTF8.self)
        #expect(encoded == #"[{"amount":"5000","asAt":"Sep 2015","category":"achieved","year":"2015\/16"}]"#)
        #expect(try JSONDecoder().decode(Project.self, from: try encoder.encode(withFigures)) == withFigures)
    }

    @Test func theSavingsReportIsWrittenWithoutStatusesAndTracksTheYear() async throws {
        let data = try await Self.mandates()
        let document = try #require(try ReportRun(data: data).document(.savings))
        let markdown = String(decoding: MarkdownRenderer().render(document)[0].bytes, as: UTF8.self)
        #expect(markdown.contains("No monthly delivery statuses were given, so statuses"))
        // Achieved against the target of 6,200: 820 (13.2%), 2,870 (46.3%), 4,420 (71.3%), 5,410 (87.3%).
        #expect(markdown.contains("| Sep 2015 | 2,870 | 6,200 | 46.3% | █████████░░░░░░░░░░░ |"))
        #expect(markdown.contains("| Outturn | 5,410 | 6,200 | 87.3% | █████████████████░░░ |"))
        #expect(markdown.contains("| Totals | 6,200 | 5,410 | 530 | 260 |") || markdown.contains("**Totals**"))
        let tracker = SavingsTracker(delivery: data.delivery, year: try FinancialYear("2015/16"))
        #expect(tracker.categories == [.target, .achieved, .delayed, .notAchievable])
        #expect(tracker.inYear.map(\.achieved) == [820, 2_870, 4_420, 5_410].map { Money(thousands: $0) })
        #expect(tracker.gaps.isEmpty)
    }

    @Test func aCouncilWithoutFiguresOrStatusesIsToldWhatCannotBeShown() throws {
        let year = try FinancialYear("2018/19")
        let project = Project(id: "p", name: "Libraries", portfolio: "x", baseline: [year: Money(thousands: 100)])
        let delivery = CouncilDelivery(portfolios: [Portfolio(id: "x", name: "X")], projects: [project])
        let tracker = SavingsTracker(delivery: delivery, year: year)
        #expect(tracker.totals == [.cashable: Money(thousands: 100)])
        #expect(tracker.gaps == ["No figures were given as at a month, so in-year tracking cannot be shown."])
    }
}
