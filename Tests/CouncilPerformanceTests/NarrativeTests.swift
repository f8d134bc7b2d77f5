import CouncilPerformance
import Foundation
import Testing

/// Narrative as data: parsed subjects and kinds, the `narratives` table in both syntaxes, located errors.
@Suite struct NarrativeTests {
    /// 001 line 1027 (six-month review, an area for attention) and 003 line 1316 (an ICT comment), cut short.
    static let rows =
        "subject,kind,period,report,title,text,source\r\n"
        + "commitment:c6,area-for-attention,Q2 2018/19,six-month-review,We have a healthy workforce,"
        + "The ongoing challenge of reducing levels of sickness based absence is still underway.,001 line 1027\r\n"
        + "measure:sickness,comment,Q2 2018/19,,,Absence is the lowest reported since April 2014.,003 line 1331\r\n"
        + "report,summary,,,,Two measures missed target.,\r\n"

    static func withNarrative(_ csv: String) throws -> [String: [UInt8]] {
        var files = CSVFormatTests.files(try CSVFormatTests.example())
        files["narratives.csv"] = Array(csv.utf8)
        return files
    }

    @Test(arguments: [
        ("report", NarrativeSubject.report),
        ("measure:sickness", .measure("sickness")),
        ("activity:audit-programme", .activity("audit-programme")),
        ("project:targeted-reviews", .project("targeted-reviews")),
        ("programme:asch-1804", .programme("asch-1804")),
        ("ambition:thrive", .ambition("thrive")),
        ("commitment:c6", .commitment("c6")),
        ("approach:spend-wisely", .approach("spend-wisely")),
        ("outcome:best-use", .outcome("best-use")),
    ])
    func parsesAndPrintsEverySubject(text: String, subject: NarrativeSubject) throws {
        #expect(try NarrativeSubject(text) == subject)
        #expect(subject.description == text)
    }

    @Test(arguments: ["", "measure:", "measure", "target:x", "Report"])
    func refusesAMalformedSubject(text: String) {
        #expect(throws: ValidationError.self) { try NarrativeSubject(text) }
    }

    @Test func readsTheTableInOrderAndRoundTripsThroughJSONExactly() throws {
        let data = try CSVFormat.read(files: try Self.withNarrative(Self.rows))
        #expect(data.narratives.map(\.kind) == [.areaForAttention, .comment, .summary])
        #expect(data.narratives[0].title == "We have a healthy workforce")
        #expect(data.narratives[0].report == "six-month-review")
        #expect(data.narratives[1].source?.description == "003 line 1331")
        #expect(data.narratives[2].period == nil)

        let json = JSONFormat.document(for: data)
        let text = String(decoding: json, as: UTF8.self)
        #expect(
            text.contains(
                #"{"subject": "measure:sickness", "kind": "comment", "period": "Q2 2018/19", "text": "Absence is the lowest reported since April 2014.", "source": "003 line 1331"}"#
            )
        )
        let reread = try JSONFormat.read(json, file: "written.json")
        #expect(reread == data)
        let csv = String(decoding: try #require(CSVFormatTests.files(reread)["narratives.csv"]), as: UTF8.self)
        #expect(csv == Self.rows)
    }

    @Test func selectsBySubjectKindReportAndPeriod() throws {
        let data = try CSVFormat.read(files: try Self.withNarrative(Self.rows))
        let q2 = try ReportingPeriod("Q2 2018/19")
        #expect(data.narratives.about(.commitment("c6"), report: "six-month-review", period: q2).count == 1)
        #expect(data.narratives.about(.commitment("c6"), report: "council-plan-review").isEmpty)
        #expect(data.narratives.about(.commitment("c6"), period: try ReportingPeriod("Q1 2018/19")).isEmpty)
        #expect(data.narratives.about(.measure("sickness"), kinds: [.highlight]).isEmpty)
        // Narrative with no period belongs to every period.
        #expect(data.narratives.about(.report, period: q2).map(\.text) == ["Two measures missed target."])
    }

    @Test func reportsEveryBadRowAtItsCell() throws {
        let csv =
            "subject,kind,period,text\r\n"
            + "measure:ghost,comment,,Text\r\n"
            + "target:x,comment,,Text\r\n"
            + "report,Big News,,Text\r\n"
            + "report,summary,Q9 2018/19,Text\r\n"
            + "report,summary,,\r\n"
        let error = #expect(throws: DataSourceError.self) { try CSVFormat.read(files: try Self.withNarrative(csv)) }
        #expect(
            error?.diagnostics.map(\.description) == [
                #"narratives.csv:2:1: no element "measure:ghost" (expected report, or the id of a measure, activity, project, programme, ambition, commitment, approach or outcome in the data)"#,
                #"narratives.csv:3:1: "target:x" is not an identifier (expected report, or measure, activity, project, programme, ambition, commitment, approach or outcome:<id>)"#,
                #"narratives.csv:4:8: "Big News" is not valid (expected a kind such as progress, comment, highlight, area-for-attention, summary or challenge)"#,
                #"narratives.csv:5:16: "Q9 2018/19" is not a reporting period (expected a period like 2018/19, Q2 2018/19, T1 2018/19, Sep 2018 or Y 14/15)"#,
                #"narratives.csv:6:17: text is empty (expected the text as printed)"#,
            ]
        )
    }

    @Test func namesTheStandardKindsHeadings() {
        #expect(NarrativeKind.areaForAttention.heading == "Areas for attention")
        #expect(NarrativeKind.challenge.heading == "Pressures and challenges")
        #expect(NarrativeKind(rawValue: "risk-to-delivery").heading == "Risk to delivery")
    }
}
