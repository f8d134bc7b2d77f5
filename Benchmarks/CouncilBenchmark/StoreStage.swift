import CouncilPerformance
import Foundation
import ReportCommandLine

/// The benchmark's store stage (Benchmarks/SPEC.md).
///
/// Every council is loaded from its CSV folder and imported into one new history store as one return.
/// Then every council is loaded from its CSV folder and from the store, each on the job's workers in the
/// same way, twice and alternating (CSV, store, CSV, store), and each store load is checked equal in
/// count to the CSV load. Prints one JSON line: the faster round of each route summed over councils (as
/// the job's `load` stage is), their wall times, the import time and rate, and the store's size.
enum StoreStage {
    static func run(data: URL, store path: String, workers: Int) async {
        let councils: [String]
        do {
            councils = try FileManager.default.contentsOfDirectory(atPath: data.path)
                .filter { !$0.hasPrefix(".") }
                .sorted()
            for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
                try FileManager.default.removeItem(atPath: path + suffix)
            }
        } catch {
            exitWithMessage("council-benchmark: \(error)\n", status: 1)
        }
        let clock = ContinuousClock()
        let store = SQLiteStore(path: path)
        var importing = 0.0
        var observations = 0
        let asOf: CalendarDate
        do {
            asOf = try CalendarDate("2020-03-31")
        } catch {
            exitWithMessage("council-benchmark: \(error)\n", status: 1)
        }
        // Imports one after another: a store has one writer at a time.
        for council in councils {
            do {
                let model = try await CSVDataSource(directory: data.appendingPathComponent(council)).load()
                let mark = clock.now
                try store.importReturn(model, asOf: asOf, submittedBy: "council-benchmark", council: council)
                importing += (clock.now - mark).seconds
                observations += model.observations.count
            } catch {
                exitWithMessage("council-benchmark: \(council): \(error)\n", status: 1)
            }
        }
        // Both routes are timed the same way on the same workers, alternating, so that a busy machine
        // slows both alike; the faster of two rounds of each is kept.
        var csv = Loads(summed: .infinity, wall: .infinity)
        var stored = Loads(summed: .infinity, wall: .infinity)
        do {
            for _ in 0..<2 {
                csv = min(
                    csv,
                    try await load(councils, workers: workers, expecting: observations) { council in
                        try await CSVDataSource(directory: data.appendingPathComponent(council)).load()
                    }
                )
                stored = min(
                    stored,
                    try await load(councils, workers: workers, expecting: observations) { council in
                        try await store.council(council).load()
                    }
                )
            }
        } catch {
            exitWithMessage("council-benchmark: \(error)\n", status: 1)
        }
        var bytes = 0
        for suffix in ["", "-wal"] {
            let attributes = try? FileManager.default.attributesOfItem(atPath: path + suffix)
            bytes += (attributes?[.size] as? Int) ?? 0
        }
        let rate = importing > 0 ? Int(Double(observations) / importing) : 0
        print(
            "{\"csv_load\": \(CouncilBenchmark.format(csv.summed)), \"csv_load_wall\": \(CouncilBenchmark.format(csv.wall)), "
                + "\"store_import\": \(CouncilBenchmark.format(importing)), "
                + "\"store_load\": \(CouncilBenchmark.format(stored.summed)), \"store_load_wall\": \(CouncilBenchmark.format(stored.wall)), "
                + "\"observations\": \(observations), "
                + "\"import_observations_per_second\": \(rate), \"store_bytes\": \(bytes)}"
        )
    }

    /// One round of loads: the load times summed over councils, and the round's wall time.
    struct Loads: Comparable {
        var summed: Double
        var wall: Double

        static func < (left: Loads, right: Loads) -> Bool { left.summed < right.summed }
    }

    /// Loads every council, as many at once as there are workers, and checks the observations' count.
    static func load(
        _ councils: [String],
        workers: Int,
        expecting observations: Int,
        _ loadCouncil: @escaping @Sendable (String) async throws -> PerformanceData
    ) async throws -> Loads {
        let started = ContinuousClock.now
        var summed = 0.0
        try await withThrowingTaskGroup(of: (Int, Double).self) { group in
            var next = 0
            func add() {
                let council = councils[next]
                next += 1
                group.addTask {
                    let began = ContinuousClock.now
                    let count = try await loadCouncil(council).observations.count
                    return (count, (ContinuousClock.now - began).seconds)
                }
            }
            for _ in 0..<min(max(workers, 1), councils.count) { add() }
            var loaded = 0
            while let (count, seconds) = try await group.next() {
                loaded += count
                summed += seconds
                if next < councils.count { add() }
            }
            guard loaded == observations else {
                throw CouncilBenchmark.BenchmarkError(message: "loaded \(loaded) observations, not \(observations)")
            }
        }
        return Loads(summed: summed, wall: (ContinuousClock.now - started).seconds)
    }
}
