import AllocatorTuning
import CouncilPerformance
import Foundation
import ReportCommandLine

/// `council-benchmark`: the national benchmark's job (Benchmarks/SPEC.md) with CouncilPerformance:
/// load every council's folder, validate, rate every observation, roll up savings, write one HTML
/// dashboard per council and one summary CSV.
@main
struct CouncilBenchmark {
    static let spec = CommandLineSpec(
        command: "council-benchmark",
        abstract: "Run the national benchmark job over a folder of generated councils.",
        options: [
            .init("data", valueName: "dir", help: "The folder of council folders (from Benchmarks/generate.py)."),
            .init("output", valueName: "dir", help: "Where to write summary.csv and dashboards/."),
            .init("workers", valueName: "n", help: "Councils processed at once; the number of cores by default."),
            .init(
                "store",
                valueName: "file",
                help: "Run the store stage instead: import every council into a new store, then load each back."
            ),
        ]
    )

    /// One council's results.
    struct Result: Sendable {
        var row: String
        var observations: Int
        var seconds: [String: Double]
    }

    static func main() async {
        // Keep memory one council frees for the next, rather than fault it back in page by page: by
        // default glibc returned it, costing 640,000 page faults and 1.6 s of system time on `national`
        // (Documentation/Performance.md).
        _ = council_keep_freed_memory()
        let parsed = spec.parseOrExit()
        if let store = parsed.values["store"], let dataPath = parsed.values["data"] {
            let workers = parsed.values["workers"].flatMap(Int.init) ?? ProcessInfo.processInfo.activeProcessorCount
            await StoreStage.run(data: URL(fileURLWithPath: dataPath), store: store, workers: workers)
            return
        }
        guard let dataPath = parsed.values["data"], let outputPath = parsed.values["output"] else {
            exitWithMessage("council-benchmark: --data and --output are required\n", status: 2)
        }
        let workers = parsed.values["workers"].flatMap(Int.init) ?? ProcessInfo.processInfo.activeProcessorCount
        let data = URL(fileURLWithPath: dataPath)
        let output = URL(fileURLWithPath: outputPath)
        let councils: [String]
        do {
            councils = try FileManager.default.contentsOfDirectory(atPath: data.path)
                .filter { !$0.hasPrefix(".") }
                .sorted()
            try FileManager.default.createDirectory(
                at: output.appendingPathComponent("dashboards"),
                withIntermediateDirectories: true
            )
        } catch {
            exitWithMessage("council-benchmark: \(error)\n", status: 1)
        }
        let clock = ContinuousClock()
        let started = clock.now
        var results = [Result?](repeating: nil, count: councils.count)
        do {
            try await withThrowingTaskGroup(of: (Int, Result).self) { group in
                var next = 0
                func add() {
                    let index = next
                    next += 1
                    group.addTask {
                        (index, try await run(council: councils[index], data: data, output: output))
                    }
                }
                for _ in 0..<min(max(workers, 1), councils.count) { add() }
                while let (index, result) = try await group.next() {
                    results[index] = result
                    if next < councils.count { add() }
                }
            }
        } catch {
            exitWithMessage("council-benchmark: \(error)\n", status: 1)
        }
        let header =
            "council,observations,green,amber,red,not_rated,improving,worsening,no_change,increasing,decreasing,no_comparison,"
            + "cashable_y1,cashable_y2,cashable_y3,cashable_y4,cashable_y5,at_risk_y1,at_risk_y2,at_risk_y3,at_risk_y4,at_risk_y5,net_at_risk"
        let rows = results.compactMap { $0?.row }
        do {
            try ReportWriter.write(
                RenderedFile(
                    name: "summary.csv",
                    mediaType: "text/csv",
                    bytes: Array(([header] + rows).map { $0 + "\n" }.joined().utf8)
                ),
                to: output
            )
        } catch {
            exitWithMessage("council-benchmark: \(error)\n", status: 1)
        }
        let total = (clock.now - started).seconds
        var stages: [String: Double] = [:]
        for result in results.compactMap({ $0 }) {
            for (stage, seconds) in result.seconds { stages[stage, default: 0] += seconds }
        }
        let observations = results.compactMap { $0?.observations }.reduce(0, +)
        let stageText = ["load", "evaluate", "rollup", "render"].map { "\"\($0)\": \(format(stages[$0] ?? 0))" }.joined(
            separator: ", "
        )
        print("{\(stageText), \"total\": \(format(total)), \"observations\": \(observations)}")
    }

    static func run(council: String, data: URL, output: URL) async throws -> Result {
        let clock = ContinuousClock()
        var seconds: [String: Double] = [:]
        var mark = clock.now
        func lap(_ stage: String) {
            let now = clock.now
            seconds[stage, default: 0] += (now - mark).seconds
            mark = now
        }
        let model: PerformanceData
        do {
            model = try await CSVDataSource(directory: data.appendingPathComponent(council)).load()
        } catch {
            throw BenchmarkError(message: "\(council):\n\(error)")
        }
        lap("load")

        // Counted by position in the summary's column order: a dictionary would hash twice an observation.
        var ratings = [Int](repeating: 0, count: statusColumns.count)
        var travels = [Int](repeating: 0, count: travelColumns.count)
        for rating in model.rateEveryObservation() {
            if let column = statusColumns.firstIndex(of: rating.status) { ratings[column] += 1 }
            if let column = travelColumns.firstIndex(of: rating.directionOfTravel) { travels[column] += 1 }
        }
        lap("evaluate")

        let totals = model.delivery.councilTotals()
        // Five consecutive years from the first with any amount, so that a year of nothing is a column
        // of zeros rather than shifting the later years left (Benchmarks/SPEC.md).
        let years = (totals.cashable.years + totals.atRisk.years).min().map { first in
            Array(sequence(first: first) { $0.next }.prefix(5))
        }
        lap("rollup")

        let dashboard = PerformanceDashboard(data: model)
        for file in HTMLRenderer().render(.dashboard(dashboard)) {
            // Dashboards are regenerated by rerunning the job, so they are not synced to storage one by
            // one (the pandas reference does not sync either); each is still written atomically.
            try ReportWriter.write(
                RenderedFile(name: "\(council).html", mediaType: file.mediaType, bytes: file.bytes),
                to: output.appendingPathComponent("dashboards"),
                sync: false
            )
        }
        lap("render")

        func pounds(_ money: Money) -> String { String(money.pence / 100) }
        var cells = [council, String(model.observations.count)]
        cells += ratings.map(String.init) + travels.map(String.init)
        cells += years?.map { pounds(totals.cashable[$0]) } ?? Array(repeating: "0", count: 5)
        cells += years?.map { pounds(totals.atRisk[$0]) } ?? Array(repeating: "0", count: 5)
        cells.append(pounds(totals.netAtRisk))
        return Result(row: cells.joined(separator: ","), observations: model.observations.count, seconds: seconds)
    }

    /// The summary's rating and direction-of-travel columns, in order.
    static let statusColumns: [Rating.Status] = [.green, .amber, .red, .notRated]
    static let travelColumns: [DirectionOfTravel] = [
        .improving, .worsening, .noChange, .increasing, .decreasing, .noComparison,
    ]

    struct BenchmarkError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    static func format(_ seconds: Double) -> String {
        let millis = Int((seconds * 1000).rounded())
        return "\(millis / 1000).\(String(repeating: "0", count: 3 - String(millis % 1000).count))\(millis % 1000)"
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) / 1e18
    }
}
