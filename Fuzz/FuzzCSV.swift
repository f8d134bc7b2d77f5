// libFuzzer target: the CSV reader over one table chosen by the first byte, beside the other tables of
// a valid council, then a render of whatever loads (Scripts/fuzz.sh). An observations table is also
// read from disk in small windows, which must give exactly what one read in memory gives.
import CouncilPerformance
import Foundation

/// libFuzzer's entry point: one input, which must never crash, hang or leak.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let names = TableSchema.all.map(\.fileName) + [CSVFormat.descriptorName]
    let name = names[Int(bytes[0]) % names.count]
    var files = FuzzRender.baseFiles
    files[name] = Array(bytes.dropFirst())
    let inMemory = Result { () throws(DataSourceError) in try CSVFormat.read(files: files) }
    if name == TableSchema.observations.fileName {
        // A window of 64 to 2,104 bytes cuts records all through a file, in quoted fields and long records
        // (a window is a part of the table, so much smaller ones spend the run on making parts).
        let window = Int(bytes.last ?? 0) * 8 + 64
        let fromDisk = readFromDisk(files, windowSize: window)
        switch (fromDisk, inMemory) {
        case (.success(let disk), .success(let memory)) where disk == memory: break
        case (.failure(let disk), .failure(let memory)) where disk.diagnostics == memory.diagnostics: break
        default: fatalError("windows of \(window) bytes read \(fromDisk), one read in memory \(inMemory)")
        }
    }
    if case .success(let loaded) = inMemory {
        FuzzRender.render(loaded)
    }
    return 0
}

/// Writes the files into a temporary folder and reads it as ``CSVDataSource`` does, a window at a time.
func readFromDisk(_ files: [String: [UInt8]], windowSize: Int) -> Result<PerformanceData, DataSourceError> {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-csv-\(getpid())")
    try? FileManager.default.removeItem(at: folder)
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, bytes) in files {
        FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data(bytes))
    }
    return Result { () throws(DataSourceError) in try CSVFormat.read(directory: folder, windowSize: windowSize) }
}
