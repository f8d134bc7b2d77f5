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

    @Test func theSecondReadingFindsWhatTheFirstMissed() async throws {
        let audit = try await Self.audit()
        // 001 line 1458: apprenticeship opportunities "Total: 4,720", but the age bands add to 4,680.
        let bands = try Self.check(audit, "item 8 appendix line 1458", "4,720")
        #expect(bands.verdict == .mismatch)
        #expect(bands.differenceText == "+40")
        // 001 lines 838 and 855: 29 long term households and four more being assessed is 33, not "up to 32";
        // the table's own total (63, line 843) and the net increase of five since 2016 (line 853) hold.
        let upTo = try Self.check(audit, "item 6 paragraph 13 line 855", "32")
        #expect(upTo.verdict == .mismatch)
        #expect(upTo.recomputedNumber == (try ExactDecimal("33")))
        #expect(try Self.check(audit, "item 6 paragraph 9 line 843", "63").verdict == .held)
        #expect(try Self.check(audit, "item 6 paragraph 11 line 853", "five").verdict == .held)
        // 001 line 635: £1.08m of £3.556m is 30.37%, printed 30.3% (cut off, not rounded).
        #expect(try Self.check(audit, "Appendix B question 2 line 635", "30.3%").verdict == .roundingDifference)
        // 003 line 1090 against 001 line 478: £117k delivered against a £60k target is £57k over, printed £56k.
        #expect(try Self.check(audit, "Appendix C line 1090", "£56k").verdict == .roundingDifference)
        // 001 line 1794: "nearly 1,800" people against 1,856 in the table (line 1545), whose increase of 804 the
        // same paragraph quotes as 800.
        #expect(try Self.check(audit, "item 8 appendix B line 1794", "1,800").verdict == .mismatch)
        // 001 lines 1361 and 1349: the free school meals measure printed at 48.2% and at 47.6% for 2016/17.
        #expect(try Self.check(audit, "item 8 appendix line 1361", "48.2%").verdict == .mismatch)
        // 003 line 1329: 2.42 days "the lowest reported since April 2014" beside 1.42 in Q1; paragraph 11
        // (line 1217) calls it "above the corporate annual target level", which is 3.50.
        #expect(try Self.check(audit, "item 8 appendix line 1329", "2.42").verdict == .mismatch)
        #expect(try Self.check(audit, "item 8 paragraph 11 line 1217", "2.42").verdict == .mismatch)
        // 001 paragraph 8 line 1273 against line 1474: smoking fell (15.7% to 15.1%) and Health Check uptake
        // rose, but overweight and inactive adults are printed at the same 2016/17 figure twice.
        let commitment6 = audit.checks.filter { $0.source.location == "item 8 paragraph 8 line 1273" }
        #expect(commitment6.map(\.printedText) == ["15.1%", "64.4%", "23.2%", "58.8%"])
        #expect(commitment6.map(\.verdict) == [.held, .mismatch, .mismatch, .held])
        // 001 line 1742: first call resolution 85% against the narrative's 70-80% (002 line 112), which
        // Commitment 9's 75% (001 line 1548) lies within.
        #expect(try Self.check(audit, "item 8 appendix line 1742", "85%").verdict == .mismatch)
        let within = audit.checks.filter { $0.source.location == "item 8 appendix line 1548" }
        #expect(within.map(\.verdict) == [.held, .held])
        // Sums and shares that hold: 003 lines 1320 and 1325 (13,363 - 1,456 = 11,907 calls), 003 line 346
        // (£4.1m), 003 line 780 (611 of 3,634 is 16.8%, printed 17%), 003 line 1089 (£443,944), 001 line 491
        // (£371k).
        #expect(try Self.check(audit, "item 8 appendix line 1320", "11,907").verdict == .held)
        #expect(try Self.check(audit, "item 5 paragraph 19 line 346", "£4.1million").verdict == .held)
        #expect(try Self.check(audit, "Appendix A line 780", "17%").verdict == .heldAtPrintedPrecision)
        #expect(try Self.check(audit, "Appendix C line 1089", "£443,944").verdict == .held)
        #expect(try Self.check(audit, "item 5 paragraph 9 line 491", "£371k").verdict == .held)
    }

    @Test func the2015PaperCountsElevenBuildingsAndSummarisesOneProjectFewer() async throws {
        let audit = ConsistencyAudit(data: try await NottinghamshireExampleTests.load("strategic-plan-2015"))
        // 000 line 1182: "to date 11 buildings have been vacated or disposed. (Detailed in Appendix A)";
        // Appendix A (lines 1356-1367) lists 12 properties, and its totals (line 1368) cover all 12.
        let buildings = try Self.check(audit, "item 7 paragraph 7 line 1182", "11")
        #expect(buildings.verdict == .mismatch)
        #expect(buildings.recomputedNumber == (try ExactDecimal("12")))
        #expect(try Self.check(audit, "item 7 Appendix A line 1368", "£3,110,767").verdict == .held)
        #expect(try Self.check(audit, "item 7 Appendix A line 1368", "£2,422,000").verdict == .held)
        // 000 line 1185: £2.42m and £3.11m are the totals at the printed precision.
        #expect(try Self.check(audit, "item 7 paragraph 8 line 1185", "£ 2.42 m").verdict == .heldAtPrintedPrecision)
        #expect(try Self.check(audit, "item 7 paragraph 8 line 1185", "£ 3.11 m").verdict == .heldAtPrintedPrecision)
        // 000 Appendix B's portfolio summaries (lines 741-979) leave out Joint Venture for Property Services,
        // which Appendix C lists under Place (line 1130).
        let summary = try Self.check(audit, "Appendix B Place summary lines 865-924", "135 items")
        #expect(summary.verdict == .mismatch)
        #expect(summary.explanation.hasSuffix("appb-projects: Joint Venture for Property Services"))
        #expect(audit.summary == "44 checks: 35 held, 5 rounding differences, 4 mismatches.")
    }

    @Test func theOverviewCountsChecksHeldAndMismatches() async throws {
        let audit = try await Self.audit()
        #expect(audit.summary.hasPrefix("\(audit.checks.count) checks: "))
        #expect(
            audit.summary
                == "289 checks: 260 held, 4 rounding differences, 3 held only on another reading, 22 mismatches."
        )
        #expect(audit.count(.mismatch) == 22)
        #expect(audit.count(.roundingDifference) == 4)
        #expect(audit.count(.heldOnAnotherReading) == 3)
    }
}
