import CouncilPerformance
import Testing

/// The claims transcribed from the five Nottinghamshire papers (`Examples/nottinghamshire/Data/plan-2018/claims.csv`),
/// held against the other printed figures and the transcribed rows.
@Suite struct NottinghamshireClaimsTests {
    static func audit() async throws -> ConsistencyAudit {
        ConsistencyAudit(data: try await NottinghamshireExampleTests.load("plan-2018"))
    }

    static func check(
        _ audit: ConsistencyAudit,
        _ location: String,
        _ printed: String
    ) throws
        -> ConsistencyAudit.Check
    {
        try #require(audit.checks.first { $0.source.location == location && $0.printedText == printed })
    }

    @Test func theClaimsFindTheInconsistenciesOfTheText() async throws {
        let audit = try await Self.audit()
        // 003 line 1302: 295 changes with one failure is 99.66% successful, printed 99.44%.
        let changes = try Self.check(audit, "item 8 appendix line 1302", "99.44%")
        #expect(changes.verdict == .mismatch)
        #expect(changes.recomputedNumber == (try ExactDecimal("99.661017")))
        // 003 lines 1311 and 1315: 20 of 42 milestones completed is 47.6%, printed 67%; the list adds to 42.
        #expect(try Self.check(audit, "item 8 appendix line 1311", "67%").verdict == .mismatch)
        #expect(try Self.check(audit, "item 8 appendix line 1311", "42").verdict == .held)
        // 003 line 1325: 1,456 of 13,363 is 10.8958%, printed 10.89 % (cut off, not rounded).
        #expect(try Self.check(audit, "item 8 appendix line 1325", "10.89 %").verdict == .roundingDifference)
        // 003 line 1310: nine projects closed, scores averaging 8.22, printed 8.2/9.
        #expect(try Self.check(audit, "item 8 appendix line 1310", "Nine").verdict == .held)
        #expect(try Self.check(audit, "item 8 appendix line 1310", "8.2/9").verdict.isHeld)
        // 002 line 43: the influence measure printed a second time with the satisfaction measure's 64%.
        let duplicate = try Self.check(audit, "line 43", "64%")
        #expect(duplicate.verdict == .mismatch)
        #expect(duplicate.recomputedNumber == (try ExactDecimal("31")))
        // 001 paragraph 4 against its Appendix A: £1.538m and £1.552m; £982k and £0.477m.
        #expect(try Self.check(audit, "item 5 paragraph 4 line 443", "£1.538m").verdict == .mismatch)
        #expect(try Self.check(audit, "item 5 paragraph 4 line 443", "£982k").differenceText == "+£505,000")
        // 001 Appendix B's expected 830 for 2018/19 against 680 in the September 2018 table.
        #expect(try Self.check(audit, "Appendix B profile table line 653", "830").verdict == .mismatch)
        // 001 Appendix B: 3.1% of a £34.9 million budget is £1.08m (3.095%).
        #expect(try Self.check(audit, "Appendix B question 2 line 635", "3.1%").verdict == .heldAtPrintedPrecision)
    }

    @Test func theOverviewCountsChecksHeldAndMismatches() async throws {
        let audit = try await Self.audit()
        #expect(audit.summary.hasPrefix("\(audit.checks.count) checks: "))
        #expect(audit.count(.mismatch) == 13)
        #expect(audit.count(.roundingDifference) == 2)
        #expect(audit.count(.heldOnAnotherReading) == 3)
    }
}
