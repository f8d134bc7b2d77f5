import CouncilPerformance
import Foundation
import Testing

@Suite struct CSVFormatTests {
    static func example() throws -> PerformanceData {
        try JSONFormat.read(try JSONFormatTests.example(), file: "small-council.json")
    }

    static func files(_ data: PerformanceData) -> [String: [UInt8]] {
        Dictionary(uniqueKeysWithValues: CSVFormat.files(for: data).map { ($0.name, $0.bytes) })
    }

    @Test func roundTripsJSONToCSVToJSONByteForByte() throws {
        let json = try JSONFormatTests.example()
        let data = try JSONFormat.read(json, file: "small-council.json")
        let csv = Self.files(data)
        let reread = try CSVFormat.read(files: csv)
        #expect(reread == data)
        #expect(JSONFormat.document(for: reread) == JSONFormat.document(for: data))
        // The same model written twice gives the same bytes.
        #expect(CSVFormat.files(for: reread).map(\.bytes) == CSVFormat.files(for: data).map(\.bytes))
    }

    @Test func writesTidyTablesWithHeadersAndADataPackage() throws {
        let files = Self.files(try Self.example())
        #expect(files.keys.sorted().first == "activities.csv")
        #expect(
            files["tolerances.csv"].map { String(decoding: $0, as: UTF8.self) }
                == "measure,from,tolerance\r\nsickness,2018/19,0.5\r\n"
        )
        let savings = String(decoding: try #require(files["savings.csv"]), as: UTF8.self)
        #expect(savings.hasPrefix("project,year,cashable,at_risk\r\ntargeted-reviews,2018/19,2010000,-1967000\r\n"))
        let package = String(decoding: try #require(files["datapackage.json"]), as: UTF8.self)
        #expect(package.contains(#""name": "savings",\#n      "path": "savings.csv""#))
        #expect(
            package.contains(
                #"{"name": "project", "type": "string", "description": "The project (a `projects` id).", "constraints": {"required": true}}"#
            )
        )
    }

    @Test func readsWhatSpreadsheetsExport() throws {
        var files = Self.files(try Self.example())
        // A byte order mark, LF line endings, a percentage with its sign and money with £ and commas.
        files["observations.csv"] = Array(
            "\u{FEFF}measure,period,value\nplanned-audits,Q2 2018/19,75.0%\ndebt,Q2 2018/19,\"£20,000,000\"\n\n".utf8
        )
        let data = try CSVFormat.read(files: files)
        #expect(
            data.observations.map(\.value) == [
                .number(ExactDecimal(units: 75_000_000)), .money(Money(pounds: 20_000_000)),
            ]
        )
    }

    /// Repeated cells read by their bytes give what their text gives.
    ///
    /// The loader reads a measure or period cell that repeats the last one's bytes, and a plain number,
    /// without making a string; a padded, quoted or out-of-order cell of the same measure, period or
    /// number is read as text. Both must give the same observations, in the same order.
    @Test func readsRepeatedCellsByTheirBytesAsTheirTextWouldBe() throws {
        var files = Self.files(try Self.example())
        let plain =
            "measure,period,value\n"
            + "sickness,Q1 2018/19,8.1\nsickness,Q2 2018/19,8.42\nplanned-audits,Q1 2018/19,92\n"
            + "planned-audits,Q2 2018/19,75\ndebt,Q1 2018/19,-\ndebt,Q2 2018/19,n/a\n"
        let mixed =
            "measure,period,value\n"
            + "sickness,Q1 2018/19,8.1\n sickness ,\"Q2 2018/19\", 8.42\nplanned-audits,Q1 2018/19,\"92\"\n"
            + "\"planned-audits\",Q2 2018/19 ,75\ndebt,Q1 2018/19,-\ndebt,  Q2 2018/19,n/a\n"
        files["observations.csv"] = Array(plain.utf8)
        let byBytes = try CSVFormat.read(files: files).observations
        files["observations.csv"] = Array(mixed.utf8)
        let byText = try CSVFormat.read(files: files).observations
        #expect(byBytes == byText)
        #expect(
            byBytes.map(\.measure.rawValue) == [
                "sickness", "sickness", "planned-audits", "planned-audits", "debt", "debt",
            ]
        )
        #expect(
            byBytes.map(\.period.description) == [
                "Q1 2018/19", "Q2 2018/19", "Q1 2018/19", "Q2 2018/19", "Q1 2018/19", "Q2 2018/19",
            ]
        )
        #expect(
            byBytes.map(\.value) == [
                .number(try ExactDecimal("8.1")), .number(try ExactDecimal("8.42")), .number(try ExactDecimal("92")),
                .number(try ExactDecimal("75")), .missing, .notApplicable,
            ]
        )
    }

    /// Cells are kept as ranges of the file's bytes until read; quoted cells with doubled quotes or line
    /// breaks, padded cells and columns in any order must read as their text all the same.
    @Test func readsQuotedPaddedAndReorderedCells() throws {
        var files = Self.files(try Self.example())
        files["observations.csv"] = Array(
            (" value ,period,measure,note\r\n"
                + "75%,Q2 2018/19,planned-audits,\"Audit plan \"\"revised\"\",\r\nsee minute 12\"\r\n"
                + " 8 , Q2 2018/19 ,sickness,\"\"\r\n").utf8
        )
        let data = try CSVFormat.read(files: files)
        #expect(data.observations.map(\.measure) == ["planned-audits", "sickness"])
        #expect(data.observations.map(\.note) == ["Audit plan \"revised\",\r\nsee minute 12", nil])
        #expect(
            data.observations.map(\.value) == [
                .number(ExactDecimal(units: 75_000_000)), .number(ExactDecimal(units: 8_000_000)),
            ]
        )

        // A problem after the multi-line cell is located on its own physical line and column.
        files["observations.csv"]?.append(contentsOf: Array("x,Q2 2018/19,sickness,\r\n".utf8))
        let error = #expect(throws: DataSourceError.self) { try CSVFormat.read(files: files) }
        #expect(
            error?.diagnostics.map(\.description) == [
                #"observations.csv:5:1: "x" is not a value of this measure (expected a number of days like 8.42)"#
            ]
        )
    }

    @Test func reportsEveryProblemInEveryFileSortedByLocation() throws {
        var files = Self.files(try Self.example())
        files["observations.csv"] = Array(
            "measure,period,value\r\nplanned-audits,Q2 2018/19,\"87,5%\"\r\nsickness,Q9 2018/19,8\r\nghost,Q2 2018/19,1\r\n"
                .utf8
        )
        files["targets.csv"] = Array("measure,from,target,colour\r\nsickness,2018/19,lots,red\r\n".utf8)
        let error = #expect(throws: DataSourceError.self) { try CSVFormat.read(files: files) }
        #expect(
            error?.diagnostics.map(\.description) == [
                #"observations.csv:2:27: "87,5%" is not a value of this measure (expected a percentage like 87.5%)"#,
                #"observations.csv:3:10: "Q9 2018/19" is not a reporting period (expected a period like 2018/19, Q2 2018/19, T1 2018/19, Sep 2018 or Y 14/15)"#,
                #"observations.csv:4:1: no measure "ghost" (expected an id from the measures table)"#,
                #"targets.csv:1:21: unknown column "colour" in targets (expected one of measure, from, target)"#,
                #"targets.csv:2:18: "lots" is not a target (expected a target like 61.0%, Increase, Better than national, Higher than 14/15 (56%) or by 31 March 2018)"#,
            ]
        )
    }

    @Test func followsTheDataPackageToRenamedFiles() throws {
        var files = Self.files(try Self.example())
        let package = String(decoding: try #require(files["datapackage.json"]), as: UTF8.self)
        files["datapackage.json"] = Array(
            package.replacingOccurrences(of: #""path": "savings.csv""#, with: #""path": "savings-2018.csv""#).utf8
        )
        files["savings-2018.csv"] = files.removeValue(forKey: "savings.csv")
        let data = try CSVFormat.read(files: files)
        #expect(data.delivery.projects[0].baseline.total == Money(thousands: 6_010))
    }

    @Test func loadsAndWritesFoldersAtomically() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cp-csv-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try Self.example()
        try data.writeCSV(to: folder)
        let loaded = try await CSVDataSource(directory: folder).load()
        #expect(loaded == data)
        let json = folder.appendingPathComponent("council.json")
        try data.writeJSON(to: json)
        #expect(try await JSONDataSource(file: json).load() == data)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            !$0.hasSuffix(".csv") && !$0.hasSuffix(".json")
        }
        #expect(leftovers.isEmpty)
    }

    @Test func aMissingFolderIsADiagnosticNotACrash() async {
        let error = await #expect(throws: DataSourceError.self) {
            try await CSVDataSource(directory: URL(fileURLWithPath: "/nonexistent/council")).load()
        }
        #expect(
            error?.diagnostics.map(\.description) == [
                "council.csv: the council table is missing (expected one row naming the council and its plan)"
            ]
        )
    }

    @Test func roundTripsSourcesOpenKindsAndPublishedFigures() throws {
        var data = try Self.example()
        data.observations[0].source = SourceReference(document: "002", location: "line 47, Commitment 6")
        data.changeRequests[0].kind = ChangeKind("virement")
        data.publishedFigures = [
            try PublishedFigure(
                id: "asch-cashable",
                source: SourceReference(document: "003", location: "Appendix B line 984"),
                claim: .portfolioTotal,
                subject: "asch",
                quantity: .cashable,
                years: PublishedFigure.years("2018/19-2020/21"),
                printed: "6,038",
                denomination: .thousands
            )
        ]
        let reread = try CSVFormat.read(files: Self.files(data))
        #expect(reread == data)
        #expect(try JSONFormat.read(JSONFormat.document(for: data), file: "x.json") == data)
        #expect(ConsistencyAudit(data: reread).checks.first?.verdict == .held)
    }
}
