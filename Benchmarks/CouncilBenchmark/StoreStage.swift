import CouncilPerformance
import Foundation
import ReportCommandLine

/// The benchmark's store stage (Benchmarks/SPEC.md).
///
/// Every council is loaded from its CSV folder and imported into one new history store as one return,
/// then each is loaded back from the store and checked equal in count to the CSV load. Prints one JSON
/// line: the CSV loads and the store loads each summed over councils (as the job's `load` stage is), the
/// store loads' wall time, the import rate and the store's size.
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
        var csvLoad = 0.0
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
                var mark = clock.now
                let model = try await CSVDataSource(directory: data.appendingPathComponent(council)).load()
                csvLoad += (clock.now - mark).seconds
                mark = clock.now
                try store.importReturn(model, asOf: asOf, submittedBy: "council-benchmark", council: council)
                importing += (clock.now - mark).seconds
                observations += model.observations.count
            } catch {
                exitWithMessage("council-benchmark: \(council): \(error)\n", status: 1)
            }
        }
        // Loads back, as many at once as the CSV job runs (WAL readers do not block one another).
        let started = clock.now
        var storeLoad = 0.0
        do {
            try await withThrowingTaskGroup(of: (Int, Double).self) { group in
                var next = 0
                func add() {
                    let council = councils[next]
                    next += 1
                    group.addTask {
                        let began = ContinuousClock.now
                        let count = try await store.council(council).load().observations.count
                        return (count, (ContinuousClock.now - began).seconds)
                    }
                }
                for _ in 0..<min(max(workers, 1), councils.count) { add() }
                var loaded = 0
                while let (count, seconds) = try await group.next() {
                    loaded += count
                    storeLoad += seconds
                    if next < councils.count { add() }
                }
                guard loaded == observations else {
                    throw CouncilBenchmark.BenchmarkError(
                        message: "loaded \(loaded) observations back, not \(observations)"
                    )
                }
            }
        } catch {
            exitWithMessage("council-benchmark: \(error)\n", status: 1)
        }
        let loadWall = (clock.now - started).seconds
        var bytes = 0
        for suffix in ["", "-wal"] {
            let attributes = try? FileManager.default.attributesOfItem(atPath: path + suffix)
            bytes += (attributes?[.size] as? Int) ?? 0
        }
        let rate = importing > 0 ? Int(Double(observations) / importing) : 0
        print(
            "{\"csv_load_sequential\": \(CouncilBenchmark.format(csvLoad)), \"store_import\": \(CouncilBenchmark.format(importing)), "
                + "\"store_load\": \(CouncilBenchmark.format(storeLoad)), \"store_load_wall\": \(CouncilBenchmark.format(loadWall)), "
                + "\"observations\": \(observations), "
                + "\"import_observations_per_second\": \(rate), \"store_bytes\": \(bytes)}"
        )
    }
}
