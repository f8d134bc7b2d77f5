import CouncilPerformance
import Testing

/// Claims of every kind held against their operands, with figures worked out by hand.
///
/// Real figures come from the ICT Services appendix of the 5 November 2018 paper
/// (`shared/seeds/003_a8fb13e2ea6ec5bb.txt`): line 1302 (295 changes, one failure, printed 99.44%),
/// line 1310 (nine projects scored 9, 9, 9, 9, 8, 9, 8, 6 and 7 out of 9, printed 8.2), line 1321
/// (`5:41 mins` against a target of `6.00 mins`) and line 1325 (1,456 of 13,363 calls dropped, printed
/// `10.89 %`).
@Suite struct ClaimAuditTests {
    static let paper = SourceReference(document: "003", location: "item 8 appendix")

    static func claim(
        _ id: String,
        _ kind: PublishedClaim.Kind,
        _ printed: String,
        unit: PrintedValue.Kind? = nil,
        of operands: [String] = [],
        list: String? = nil
    ) throws -> PublishedClaim {
        var claim = try PublishedClaim(
            id: .init(id),
            source: paper,
            kind: kind,
            subject: id,
            printed: printed,
            unit: unit,
            operands: operands
        )
        claim.list = list
        return claim
    }

    static func audit(
        _ claims: [PublishedClaim],
        plan: CouncilPlan = CouncilPlan(title: "Plan"),
        observations: [Observation] = []
    )
        -> ConsistencyAudit
    {
        ConsistencyAudit(
            data: PerformanceData(council: "Council", plan: plan, observations: observations, publishedClaims: claims)
        )
    }

    static func verdict(_ claims: [PublishedClaim]) -> ConsistencyAudit.Verdict? {
        audit(claims).checks.last?.verdict
    }

    // MARK: - Printed values

    @Test(arguments: [
        ("5:41 mins", PrintedValue.Kind.time, "341", "1"),
        ("6.00 mins", .time, "360", "0.6"),
        ("10.89 %", .percentage, "10.89", "0.01"),
        ("£1.538m", .money, "1538000", "1000"),
        ("£686k", .money, "686000", "1000"),
        ("Nine", .count, "9", "1"),
        ("None", .count, "0", "1"),
        ("42", .count, "42", "1"),
        ("8.2", .number, "8.2", "0.1"),
        ("2.42 days", .days, "2.42", "0.01"),
        ("2018/19", .year, "2018", "1"),
    ])
    func readsFiguresOfEveryKindWithTheirPrecision(
        text: String,
        kind: PrintedValue.Kind,
        value: String,
        precision: String
    )
        throws
    {
        let printed = try PrintedValue(text)
        #expect(printed.kind == kind)
        #expect(printed.value == (try ExactDecimal(value)))
        #expect(printed.precision == (try ExactDecimal(precision)))
    }

    @Test func readsDatesYearsAndThousandsTablesWhenTold() throws {
        let date = try PrintedValue("31 March 2019")
        #expect(date.kind == .date)
        // 1 April 2019 is one day later: days are counted, so a difference of dates is in days.
        #expect((try PrintedValue("2019-04-01")).value.units - date.value.units == ExactDecimal.scale)
        #expect((try PrintedValue("2018", kind: .year)).value == (try ExactDecimal("2018")))
        let cell = try PrintedValue("-6,612", kind: .money, denomination: .thousands)
        #expect(cell.value == (try ExactDecimal("-6612000")))
        #expect(cell.precision == (try ExactDecimal("1000")))
    }

    @Test func refusesTextThatIsNotAFigureNamingIt() {
        let error = #expect(throws: ValidationError.self) { try PrintedValue("about half") }
        #expect(error?.found == "about half")
        #expect(#expect(throws: ValidationError.self) { try PrintedValue("12%", kind: .date) } != nil)
        #expect(#expect(throws: ValidationError.self) { try PublishedClaim.Operand("observation:x@Q9 2018/19") } != nil)
    }

    // MARK: - Same value printed twice

    @Test func aCopyHoldsExactlyAtTheCoarserPrecisionOrNot() throws {
        let first = try Self.claim("a", .item, "31.0%", list: "x")
        func copy(_ printed: String) throws -> ConsistencyAudit.Verdict? {
            Self.verdict([first, try Self.claim("b", .sameAs, printed, of: ["a"])])
        }
        #expect(try copy("31%") == .held)
        // 30.6% printed as 31% elsewhere: the coarser copy is the finer one rounded.
        let finer = try Self.claim("a", .item, "30.6%", list: "x")
        #expect(Self.verdict([finer, try Self.claim("b", .sameAs, "31%", of: ["a"])]) == .heldAtPrintedPrecision)
        // 30.5% may be 30.46% rounded, which is 30% to the nearest point: a rounding difference.
        let half = try Self.claim("a", .item, "30.5%", list: "x")
        #expect(Self.verdict([half, try Self.claim("b", .sameAs, "30%", of: ["a"])]) == .roundingDifference)
        // Two copies to the same precision that differ differ: 64% is not 31%, nor 32%.
        #expect(try copy("64%") == .mismatch)
        #expect(try copy("32.0%") == .mismatch)
    }

    @Test func aRoundingDifferenceIsNotAMismatchButTheSameGapBetweenCopiesIs() throws {
        // Three parts printed to one decimal place may each be 0.05 off: their sum 6.6 may be 6.75 or more
        // exactly, so a printed total of 6.7 is a rounding difference (gap 0.1 < 0.05 + 3 × 0.05) ...
        let parts = [
            try Self.claim("p1", .item, "1.1", list: "p"), try Self.claim("p2", .item, "2.2", list: "p"),
            try Self.claim("p3", .item, "3.3", list: "p"),
        ]
        let total = try Self.claim("total", .sum, "6.7", of: ["p1", "p2", "p3"])
        let audit = Self.audit(parts + [total])
        let check = try #require(audit.checks.last)
        #expect(check.verdict == .roundingDifference)
        #expect(check.recomputedNumber == (try ExactDecimal("6.6")))
        #expect(check.differenceText == "+0.1")
        // ... while a copy of 6.6 printed as 6.7, the same gap of 0.1 at the same precision, is a mismatch.
        let copy = try Self.claim("copy", .sameAs, "6.7", of: ["sum-printed"])
        let printed = try Self.claim("sum-printed", .item, "6.6", list: "q")
        #expect(Self.verdict([printed, copy]) == .mismatch)
        // A total of 6.9 is beyond any rounding of the parts.
        #expect(Self.verdict(parts + [try Self.claim("t", .sum, "6.9", of: ["p1", "p2", "p3"])]) == .mismatch)
    }

    // MARK: - Percentages, differences and means

    @Test func aPercentageIsHeldAgainstItsPartsByThePrintedPrecision() throws {
        // 003 line 1325: 1,456 of 13,363 calls dropped is 10.895757...%.
        let dropped = try Self.claim("dropped", .item, "1456", list: "calls")
        let presented = try Self.claim("presented", .item, "13,363", list: "calls")
        func share(_ printed: String) throws -> ConsistencyAudit.Check? {
            Self.audit([
                dropped, presented, try Self.claim("share", .percentage, printed, of: ["dropped", "presented"]),
            ])
            .checks.last
        }
        #expect(try share("10.90%")?.verdict == .heldAtPrintedPrecision)
        #expect(try share("10.9%")?.verdict == .heldAtPrintedPrecision)
        // The paper prints 10.89 %: the figure cut off, not rounded, which is a rounding difference.
        let printed = try #require(try share("10.89 %"))
        #expect(printed.verdict == .roundingDifference)
        #expect(printed.recomputedNumber == (try ExactDecimal("10.895757")))
        #expect(printed.explanation.hasSuffix("cut off, not rounded"))
        // 10.88% is as far from 10.8958 as 10.91% is, but neither rounds nor truncates to it.
        #expect(try share("10.88%")?.verdict == .mismatch)
        // 003 line 1302: 295 changes with one failure is 99.66% successful; the paper prints 99.44%.
        let changes = try Self.claim("changes", .item, "295", list: "c")
        let succeeded = try Self.claim("succeeded", .difference, "294", of: ["changes", "failed"])
        let failed = try Self.claim("failed", .item, "one", unit: .count, list: "c")
        let rate = try Self.claim("rate", .percentage, "99.44%", of: ["succeeded", "changes"])
        let audit = Self.audit([changes, failed, succeeded, rate])
        #expect(audit.checks.map(\.verdict) == [.held, .mismatch])
        #expect(audit.checks.last?.recomputedNumber == (try ExactDecimal("99.661017")))
        // Printed nowhere, the 294 is worked out, and named by the figures it comes from, not by their ids.
        let unprinted = try Self.claim("succeeded", .difference, "", of: ["changes", "failed"])
        let worked = try #require(Self.audit([changes, failed, unprinted, rate]).checks.last)
        #expect(worked.recomputedNumber == (try ExactDecimal("99.661017")))
        #expect(worked.explanation.hasPrefix("294 (worked out from 295 ("))
        #expect(!worked.explanation.contains("changes, failed"))
    }

    @Test func aMeanOfPrintedScoresHoldsAtThePrintedPrecision() throws {
        // 003 line 1310: nine projects scored 9, 9, 9, 9, 8, 9, 8, 6, 7 (74 / 9 = 8.222...), printed 8.2.
        let scores = try ["9", "9", "9", "9", "8", "9", "8", "6", "7"].enumerated().map {
            try Self.claim("score-\($0.offset)", .item, $0.element, list: "closed")
        }
        let mean = try Self.claim("index", .mean, "8.2", of: scores.map(\.id.rawValue))
        let check = try #require(Self.audit(scores + [mean]).checks.last)
        #expect(check.verdict == .heldAtPrintedPrecision)
        #expect(check.recomputedNumber == (try ExactDecimal("8.222222")))
        let wrong = try Self.claim("index", .mean, "8.3", of: scores.map(\.id.rawValue))
        #expect(Self.verdict(scores + [wrong]) == .mismatch)
    }

    // MARK: - Counts and lists

    @Test func aCountIsHeldAgainstTheRowsOfAList() throws {
        let items = try (1...9).map { try Self.claim("project-\($0)", .item, "", list: "closed") }
        #expect(Self.verdict(items + [try Self.claim("n", .count, "Nine", of: ["list:closed"])]) == .held)
        let ten = Self.audit(items + [try Self.claim("n", .count, "10", of: ["list:closed"])])
        #expect(ten.checks.last?.verdict == .mismatch)
        #expect(ten.checks.last?.differenceText == "+1")
        // "up to 12 places" is a count too: the count of the figures it names.
        #expect(Self.verdict(items + [try Self.claim("n", .count, "9", of: items.map(\.id.rawValue))]) == .held)
    }

    @Test func membershipNamesEveryItemOfTheDetailMissingFromTheSummary() throws {
        var claims = try ["Carers", "Early Resolution", "Shared Lives"].enumerated().map {
            var item = try Self.claim("d\($0.offset)", .item, "", list: "detail")
            item.subject = $0.element
            return item
        }
        claims += try ["carers", "Early  resolution"].enumerated().map {
            var item = try Self.claim("s\($0.offset)", .item, "", list: "summary")
            item.subject = $0.element
            return item
        }
        claims.append(try Self.claim("summary-lists-all", .members, "", of: ["list:detail", "list:summary"]))
        let check = try #require(Self.audit(claims).checks.last)
        #expect(check.verdict == .mismatch)
        #expect(
            check.explanation.hasSuffix(
                "1 of 3 items of the printed list detail missing from the printed list summary: Shared Lives"
            )
        )
    }

    @Test func aComparisonHoldsWhenThePrintedFiguresBearItOut() throws {
        // 003 line 1329: 2.42 absence days in Q2, "the lowest reported since April 2014", beside 1.42 in Q1;
        // paragraph 11 calls it "above the corporate annual target level", which is 3.50.
        let figures = [
            try Self.claim("q1", .item, "1.42", list: "s003"), try Self.claim("q2", .item, "2.42", list: "s003"),
            try Self.claim("target", .item, "3.50", list: "s003"),
        ]
        let lowest = Self.audit(figures + [try Self.claim("lowest", .below, "", of: ["q2", "q1"])])
        let check = try #require(lowest.checks.last)
        #expect(check.verdict == .mismatch)
        #expect(check.printedText == "2.42")
        #expect(check.recomputedText == "1.42")
        #expect(check.differenceText == "+1")
        #expect(
            check.explanation == "stated below 1.42 (003, item 8 appendix); 2.42 (003, item 8 appendix) is above it"
        )
        #expect(Self.verdict(figures + [try Self.claim("above", .above, "", of: ["q2", "target"])]) == .mismatch)
        #expect(Self.verdict(figures + [try Self.claim("within", .below, "", of: ["q2", "target"])]) == .held)
        #expect(Self.verdict(figures + [try Self.claim("rose", .above, "", of: ["q2", "q1"])]) == .held)
        // 001 line 1474: overweight adults 64.4% (16/17) as latest and previous, "reductions" in paragraph 8.
        let same = [
            try Self.claim("latest", .item, "64.4%", list: "c6"),
            try Self.claim("previous", .item, "64.4%", list: "c6"),
        ]
        let fell = try Self.claim("fell", .below, "", of: ["latest", "previous"])
        let unchanged = try #require(Self.audit(same + [fell]).checks.last)
        #expect(unchanged.verdict == .mismatch)
        #expect(unchanged.explanation.hasSuffix("is equal to it"))
        // Money is not compared with a percentage.
        let pounds = try Self.claim("pounds", .item, "£64", list: "c6")
        let odd = Self.audit(same + [pounds, try Self.claim("x", .above, "", of: ["pounds", "latest"])])
        #expect(odd.checks.last?.explanation.hasPrefix("cannot recompute: £64") == true)
    }

    // MARK: - The model as operand

    static let plan: CouncilPlan = {
        let influence = Measure(
            id: "influence",
            name: "% of people who agree that they can influence decisions",
            unit: .percentage,
            direction: .higher,
            contributesTo: [.approach("people")]
        )
        var copy = influence
        copy.id = "influence-again"
        let duration = Measure(id: "call-duration", name: "Average call duration", unit: .number, direction: .lower)
        return CouncilPlan(
            title: "Plan",
            approaches: [Approach(id: "people", title: "People")],
            measures: [influence, copy, duration]
        )
    }()

    static func observation(_ measure: Measure.ID, _ value: String) throws -> Observation {
        Observation(
            measure: measure,
            period: try ReportingPeriod("Q2 2018/19"),
            value: .number(try ExactDecimal(value))
        )
    }

    @Test func aFigureIsHeldAgainstTheModelsValueOfAnyKind() throws {
        let values = [try Self.observation("influence", "31"), try Self.observation("call-duration", "341")]
        let claims = [
            try Self.claim("text", .sameAs, "31%", of: ["observation:influence@Q2 2018/19"]),
            try Self.claim("time", .sameAs, "5:41 mins", of: ["observation:call-duration@Q2 2018/19"]),
            try Self.claim("slow", .sameAs, "5:44 mins", of: ["observation:call-duration@Q2 2018/19"]),
            try Self.claim("missing", .sameAs, "31%", of: ["observation:influence@Q1 2018/19"]),
        ]
        let audit = Self.audit(claims, plan: Self.plan, observations: values)
        #expect(audit.checks.map(\.verdict) == [.held, .held, .mismatch, .mismatch, .held])
        #expect(audit.checks[2].differenceText == "+0:03 mins")
        #expect(audit.checks[3].explanation == "cannot recompute: no value of influence for Q1 2018/19")
        #expect(
            audit.checks[2].description
                == "003, item 8 appendix: slow: printed 5:44 mins, against 341 (the data, Average call duration, "
                + "Q2 2018/19), recomputed 5:41 mins (difference +0:03 mins): Mismatch; the same figure printed at 341 "
                + "(the data, Average call duration, Q2 2018/19)"
        )
    }

    // MARK: - Duplicates

    @Test func aMeasurePrintedTwiceWithDifferentFiguresIsAFinding() throws {
        // 002 lines 10 and 43: the influence measure printed at 31.0% and again at 64%.
        let differ = Self.audit(
            [],
            plan: Self.plan,
            observations: [
                try Self.observation("influence", "31"), try Self.observation("influence-again", "64"),
            ]
        )
        let check = try #require(differ.checks.first)
        #expect(differ.checks.count == 1)
        #expect(check.verdict == .mismatch)
        #expect(check.explanation.contains("Q2 2018/19 31% against 64%"))
        let same = Self.audit(
            [],
            plan: Self.plan,
            observations: [
                try Self.observation("influence", "31"), try Self.observation("influence-again", "31"),
            ]
        )
        #expect(same.checks.map(\.verdict) == [.held])
    }

    @Test func theSummaryCountsClaimChecks() throws {
        let audit = Self.audit([
            try Self.claim("a", .item, "31%", list: "x"), try Self.claim("b", .sameAs, "31%", of: ["a"]),
            try Self.claim("c", .sameAs, "64%", of: ["a"]),
        ])
        #expect(audit.summary == "2 checks: 1 held, 1 mismatch.")
    }
}

/// The `claims` table read from CSV: every bad row reported at its cell, the good ones kept.
@Suite struct ClaimTableTests {
    static let council = Array("council,plan_title\nExample Council,Our Plan\n".utf8)

    @Test func readsClaimsAndReportsEveryBadRowAtItsCell() throws {
        let claims = """
            id,document,location,kind,subject,printed,of,list
            a,003,line 1302,item,changes processed,295,,c
            b,003,line 1302,percentage,changes succeeded,99.44%,a;nowhere,
            c,003,line 1310,count,projects closed,about nine,list:c,
            d,003,line 1311,same-as,milestones,67%,observation:m@Q5 2018/19,
            a,003,line 1315,item,duplicate,1,,c
            e,003,line 1325,sum,total,,,
            """
        let error = #expect(throws: DataSourceError.self) {
            try CSVFormat.read(files: ["council.csv": Self.council, "claims.csv": Array(claims.utf8)])
        }
        #expect(
            error?.diagnostics.map(\.description) == [
                #"claims.csv:3:53: no claim or published figure "nowhere" (expected an id from claims or published_figures)"#,
                #"claims.csv:4:39: "about nine" is not a number (expected a figure such as £1.5m, 10.89%, 42, 2.42 days, 5:41 mins, 31 March 2019 or 2018/19)"#,
                #"claims.csv:5:40: "Q5 2018/19" is not a reporting period (expected a period like 2018/19, Q2 2018/19, T1 2018/19, Sep 2018 or Y 14/15)"#,
                #"claims.csv:6:1: "a" is already a claim or published figure (expected an id of its own)"#,
                #"claims.csv:7:28: a sum claim names 0 operands (expected at least one operand)"#,
            ]
        )
    }

    @Test func aComparisonNeedsTwoFigures() throws {
        let claims = """
            id,document,location,kind,subject,printed,of,list
            a,003,line 1329,item,absence Q2,2.42,,s003
            b,003,line 1329,below,lowest since April 2014,,a,
            c,003,line 1329,above,above target,,a;list:s003,
            """
        let error = #expect(throws: DataSourceError.self) {
            try CSVFormat.read(files: ["council.csv": Self.council, "claims.csv": Array(claims.utf8)])
        }
        #expect(
            error?.diagnostics.map(\.description) == [
                #"claims.csv:3:48: a below claim names 1 operand (expected two figures, stated;other)"#,
                #"claims.csv:4:37: an above claim names 2 operands (expected two figures, stated;other)"#,
            ]
        )
    }

    @Test func claimsRoundTripThroughCSVAndJSON() throws {
        var data = PerformanceData(council: "Example Council", plan: CouncilPlan(title: "Our Plan"))
        data.publishedClaims = [
            try ClaimAuditTests.claim("a", .item, "£1.552m", list: "text"),
            try ClaimAuditTests.claim("b", .sameAs, "£1.538m", of: ["a"]),
            try ClaimAuditTests.claim("c", .sameAs, "5:41 mins", of: ["observation:m@Q2 2018/19"]),
            try ClaimAuditTests.claim("d", .below, "", of: ["a", "target:m@Q2 2018/19"]),
        ]
        let csv = Dictionary(uniqueKeysWithValues: CSVFormat.files(for: data).map { ($0.name, $0.bytes) })
        #expect(try CSVFormat.read(files: csv).publishedClaims == data.publishedClaims)
        let json = JSONFormat.document(for: data)
        #expect(try JSONFormat.read(json, file: "council.json").publishedClaims == data.publishedClaims)
    }
}
