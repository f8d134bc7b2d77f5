import CouncilPerformance
import Foundation
import Testing

/// Change requests of January 2019 (001_d5bf26843e69f0c3.txt, item 5, Appendices A-C, paragraph 13).
@Suite struct ChangeRequestsOfJanuary2019Tests {
    @Test func reproducesEveryAppendixProfileTable() throws {
        let loaded = try ChangeRequestFixture.load()
        #expect(loaded.requests.map(\.id) == ["appendix-A", "appendix-B", "appendix-C"])
        let policy = ChangeControlPolicy()
        for request in loaded.requests {
            // The printed change of every year and the printed Total row hold.
            let arithmetic = policy.validate(request, projects: []).filter {
                $0.rule == .changeIsRevisedMinusExpected || $0.rule == .totalIsSumOfYears
            }
            #expect(arithmetic.isEmpty, "\(request.id): \(arithmetic)")
            let total = try #require(request.printedTotal)
            #expect(request.totalChange == total.printedChange)
        }
        // Appendix A (line 585): 6,010 / 6,010 / 0; B (654): 1,080 / 920 / -160; C (753): 686 / 589 / -97.
        let totals = loaded.requests.map { ($0.expected.total, $0.revised.total, $0.totalChange) }
        #expect(totals.map(\.0) == [Money(thousands: 6_010), Money(thousands: 1_080), Money(thousands: 686)])
        #expect(totals.map(\.1) == [Money(thousands: 6_010), Money(thousands: 920), Money(thousands: 589)])
        #expect(totals.map(\.2) == [.zero, Money(thousands: -160), Money(thousands: -97)])
    }

    @Test func eachRequestKeepsItsKindsRule() throws {
        let loaded = try ChangeRequestFixture.load()
        let policy = ChangeControlPolicy()
        for request in loaded.requests {
            let kindFindings = policy.validate(request, projects: []).filter {
                [.reProfileKeepsTotal, .writeOffLowersTotal, .alternativeDeliveryAccounts].contains($0.rule)
            }
            #expect(kindFindings.isEmpty, "\(request.id): \(kindFindings)")
        }
        let schoolTransport = loaded.requests[2]
        #expect(schoolTransport.alternativeDelivery == Money(thousands: 589))
        #expect(schoolTransport.writtenOff == Money(thousands: 97))
    }

    @Test func paragraph13FoldsContractsReviews2017Into2018() throws {
        let loaded = try ChangeRequestFixture.load()
        let printed = try ChangeRequestFixture.paragraph13()
        let years = try ["2018/19", "2019/20", "2020/21", "2021/22"].map { try FinancialYear($0) }
        let (strict, folded, difference) = NetImpactSummary.comparison(
            of: loaded.requests,
            extensions: loaded.extensions,
            years: years
        )
        // The folded reading reproduces every printed cell of paragraph 13.
        for year in years {
            let label = "\(year.startYear)/\(year.startYear + 1)"
            #expect(folded.changeRequests[year] == printed["Change Requests"]?[label] ?? .zero, "requests \(label)")
            #expect(
                folded.extensions[year] == printed["Extensions to previously approved savings"]?[label] ?? .zero,
                "extensions \(label)"
            )
            #expect(folded.total[year] == printed["Total"]?[label] ?? .zero, "total \(label)")
        }
        #expect(folded.overall == printed["Overall"]?["2018/19-2021/22"])
        #expect(folded.overallSentence == "an increase in savings targets of £2.281m between 2018/19 and 2021/22")
        // The strict reading leaves Contracts Review's 2017/18 +£150k out: 2018/19 is -£996k, not -£846k.
        let first = years[0]
        #expect(strict.changeRequests[first] == Money(thousands: -996))
        #expect(strict.earlierYears == Money(thousands: 150))
        #expect(strict.overall == Money(thousands: 2_131))
        #expect(difference == [first: Money(thousands: 150)])
        #expect(folded.earlierYears == .zero)
    }

    @Test func expectedProfilesAgainstTheSeptember2018StatusReport() throws {
        // The September 2018 report (003) is the nearest current profile the papers give.
        let loaded = try ChangeRequestFixture.load()
        let september = try StatusReportFixture.september2018()
        func project(_ name: String, as id: String) throws -> Project {
            var project = try #require(september.delivery.projects.first { $0.name == name })
            project.id = Project.ID(id)
            return project
        }
        let projects = [
            try project("Targeted Reviews", as: "Targeted Reviews"),
            try project("Contracts Review", as: "Contracts Review"),
            try project("Statutory School Transport", as: "Statutory School Transport"),
        ]
        let policy = ChangeControlPolicy()
        let findings = loaded.requests.flatMap { policy.validate($0, projects: projects) }
        // Targeted Reviews and School Transport expect what the September report holds. Contracts Review
        // expects 250 in 2017/18 and 830 in 2018/19; the September report carries 680 in 2018/19 only.
        #expect(findings.map(\.rule) == [.expectedMatchesCurrent, .expectedMatchesCurrent])
        #expect(findings.allSatisfy { $0.request == "appendix-B" })
        #expect(findings.map(\.year) == [try FinancialYear("2017/18"), try FinancialYear("2018/19")])
        #expect(findings.map(\.found) == [Money(thousands: 250), Money(thousands: 830)])
        #expect(findings.map(\.expected) == [.zero, Money(thousands: 680)])
        #expect(
            findings[1].description
                == "appendix-B [expected-matches-current-profile] 2018/19: the request expects £830k, but the project's current profile has £680k"
        )
    }
}

@Suite struct ChangeControlRulesTests {
    static func year(_ text: String) -> FinancialYear { .fixture(text) }
    static func k(_ value: Int64) -> Money { Money(thousands: value) }

    static let project = Project(
        id: "targeted-reviews",
        name: "Targeted Reviews",
        portfolio: "asch",
        baseline: [year("2018/19"): k(2_010), year("2019/20"): k(2_000), year("2020/21"): k(2_000)]
    )

    /// Appendix A as a request: accelerate £2m from 2020/21 to 2019/20.
    static func reProfile(revised2020: Int64 = 0, printedChange2020: Int64? = -2_000) -> ChangeRequest {
        ChangeRequest(
            id: "appendix-A",
            project: "targeted-reviews",
            kind: .reProfile,
            profile: [
                .init(year: year("2018/19"), expected: k(2_010), revised: k(2_010), printedChange: .zero),
                .init(year: year("2019/20"), expected: k(2_000), revised: k(4_000), printedChange: k(2_000)),
                .init(
                    year: year("2020/21"),
                    expected: k(2_000),
                    revised: k(revised2020),
                    printedChange: printedChange2020.map(k)
                ),
            ],
            printedTotal: .init(year: year("2018/19"), expected: k(6_010), revised: k(6_010), printedChange: .zero)
        )
    }

    @Test func aValidReProfilePassesEveryRule() {
        #expect(ChangeControlPolicy().validate(Self.reProfile(), projects: [Self.project]).isEmpty)
    }

    @Test func reportsEveryBrokenRuleNotJustTheFirst() {
        // Revised 2020/21 of 500 instead of 0: the printed change, the printed totals and the
        // re-profile's unchanged total all fail.
        let findings = ChangeControlPolicy().validate(Self.reProfile(revised2020: 500), projects: [Self.project])
        #expect(
            findings.map(\.rule) == [
                .changeIsRevisedMinusExpected, .totalIsSumOfYears, .totalIsSumOfYears, .reProfileKeepsTotal,
            ]
        )
        #expect(findings[0].year == Self.year("2020/21"))
        #expect(findings[0].message == "printed change -£2,000k, but revised minus expected is -£1,500k")
        #expect(findings[3].found == Self.k(500))
    }

    @Test func writeOffMustLowerTheTotalByTheAmountWrittenOff() {
        var request = ChangeRequest(
            id: "appendix-B",
            project: "contracts",
            kind: .writeOff,
            profile: [.init(year: Self.year("2018/19"), expected: Self.k(830), revised: Self.k(520))],
            writtenOff: Self.k(160)
        )
        let contracts = Project(
            id: "contracts",
            name: "Contracts Review",
            portfolio: "cfs",
            baseline: [Self.year("2018/19"): Self.k(830)]
        )
        let findings = ChangeControlPolicy().validate(request, projects: [contracts])
        #expect(findings.map(\.rule) == [.writeOffLowersTotal])
        #expect(findings.first?.message == "the total changes by -£310k, but £160k is written off")
        request.writtenOff = Self.k(310)
        #expect(ChangeControlPolicy().validate(request, projects: [contracts]).isEmpty)
    }

    @Test func alternativeDeliveryMustAccountForTheExpectedTotal() {
        let transport = Project(
            id: "sst",
            name: "Statutory School Transport",
            portfolio: "place",
            baseline: [Self.year("2018/19"): Self.k(686)]
        )
        var request = ChangeRequest(
            id: "appendix-C",
            project: "sst",
            kind: .alternativeDelivery,
            profile: [
                .init(year: Self.year("2018/19"), expected: Self.k(686), revised: .zero),
                .init(year: Self.year("2019/20"), expected: nil, revised: Self.k(719)),
                .init(year: Self.year("2020/21"), expected: nil, revised: Self.k(80)),
                .init(year: Self.year("2021/22"), expected: nil, revised: Self.k(-210)),
            ],
            writtenOff: Self.k(97)
        )
        #expect(
            ChangeControlPolicy().validate(request, projects: [transport]).map(\.message) == [
                "the request does not state how much is delivered another way"
            ]
        )
        request.alternativeDelivery = Self.k(589)
        #expect(ChangeControlPolicy().validate(request, projects: [transport]).isEmpty)
        request.alternativeDelivery = Self.k(500)
        #expect(
            ChangeControlPolicy().validate(request, projects: [transport]).map(\.rule) == [.alternativeDeliveryAccounts]
        )
    }

    @Test func requestsMustNameAnOpenProject() throws {
        let findings = ChangeControlPolicy().validate(Self.reProfile(), projects: [])
        #expect(findings.map(\.rule) == [.projectExists])
        var closed = Self.project
        closed.statusHistory = [StatusRecord(month: try ReportingPeriod("Sep 2018"), status: .closed)]
        #expect(
            ChangeControlPolicy().validate(Self.reProfile(), projects: [closed]).map(\.rule) == [
                .closedProjectTakesOnlyClosure
            ]
        )
        var closure = Self.reProfile()
        closure.kind = .closure
        #expect(
            !ChangeControlPolicy().validate(closure, projects: [closed]).contains {
                $0.rule == .closedProjectTakesOnlyClosure
            }
        )
    }

    @Test(arguments: [
        (Decision.Outcome.pending, Decision.Outcome.approved, true), (.pending, .rejected, true),
        (.pending, .deferred, true),
        (.pending, .pending, false), (.deferred, .pending, true), (.deferred, .approved, true),
        (.deferred, .rejected, true),
        (.deferred, .deferred, true), (.approved, .rejected, false), (.approved, .pending, false),
        (.approved, .approved, false),
        (.rejected, .approved, false), (.rejected, .deferred, false),
    ])
    func decisionTransitions(from: Decision.Outcome, to: Decision.Outcome, allowed: Bool) throws {
        var request = Self.reProfile()
        request.decision = Decision(outcome: from)
        if allowed {
            let decided = try request.deciding(Decision(outcome: to))
            #expect(decided.decision.outcome == to)
            #expect(decided.decisionHistory.last?.outcome == from)
        } else {
            let error = #expect(throws: ValidationError.self) { try request.deciding(Decision(outcome: to)) }
            #expect(error?.code == .ruleViolation)
        }
    }

    @Test func appliesOnlyApprovedRequestsAndOnlyOnce() throws {
        let decidedOn = try CalendarDate("2019-01-07")
        let pending = Self.reProfile()
        #expect(throws: ValidationError.self) { try ChangeLog().applying(pending, to: Self.project) }
        let rejected = try pending.deciding(Decision(outcome: .rejected))
        let rejectedError = #expect(throws: ValidationError.self) {
            try ChangeLog().applying(rejected, to: Self.project)
        }
        #expect(rejectedError?.found == "Rejected")
        let approved = try pending.deciding(
            Decision(outcome: .approved, date: decidedOn, decidedBy: "Improvement and Change Sub-Committee")
        )
        let log = try ChangeLog().applying(approved, to: Self.project)
        let twice = #expect(throws: ValidationError.self) { try log.applying(approved, to: Self.project) }
        #expect(twice?.found == "already applied")
        // The baseline is untouched; the current profile is baseline plus change.
        #expect(Self.project.baseline[Self.year("2019/20")] == Self.k(2_000))
        let current = log.currentProfile(of: Self.project)
        #expect(current[Self.year("2019/20")] == Self.k(4_000))
        #expect(current[Self.year("2020/21")] == .zero)
        #expect(current.total == Self.project.baseline.total)
        let entry = try #require(log.entries.first)
        #expect(entry.decidedBy == "Improvement and Change Sub-Committee")
        #expect(entry.decidedOn == decidedOn)
        #expect(entry.summary == "2019/20 +£2,000k; 2020/21 -£2,000k")
    }

    @Test func theLogReplaysIdenticallyAfterAJSONRoundTrip() throws {
        let approved = try Self.reProfile().deciding(Decision(outcome: .approved, date: try CalendarDate("2019-01-07")))
        let followUp = try ChangeRequest(
            id: "later",
            project: "targeted-reviews",
            kind: .writeOff,
            profile: [.init(year: Self.year("2019/20"), expected: Self.k(4_000), revised: Self.k(3_900))],
            writtenOff: Self.k(100)
        ).deciding(Decision(outcome: .approved))
        let log = try ChangeLog().applying(approved, to: Self.project).applying(followUp, to: Self.project)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(log)
        let decoded = try JSONDecoder().decode(ChangeLog.self, from: data)
        #expect(decoded == log)
        #expect(decoded.currentProfile(of: Self.project) == log.currentProfile(of: Self.project))
        #expect(decoded.currentProfile(of: Self.project)[Self.year("2019/20")] == Self.k(3_900))
        #expect(try encoder.encode(decoded) == data)
        // A log whose entries do not follow from each other is refused.
        let tampered = String(decoding: data, as: UTF8.self).replacingOccurrences(
            of: #""2019\/20":"3900000""#,
            with: #""2019\/20":"1""#
        )
        #expect(tampered != String(decoding: data, as: UTF8.self))
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ChangeLog.self, from: Data(tampered.utf8)) }
    }
}
