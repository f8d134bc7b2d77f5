// libFuzzer target: the CSV reader over one table chosen by the first byte, beside the other tables of
// a valid council, then a render of whatever loads (Scripts/fuzz.sh).
import CouncilPerformance

/// libFuzzer's entry point: one input, which must never crash, hang or leak.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let names = TableSchema.all.map(\.fileName) + [CSVFormat.descriptorName]
    let name = names[Int(bytes[0]) % names.count]
    var files = FuzzRender.baseFiles
    files[name] = Array(bytes.dropFirst())
    if let loaded = try? CSVFormat.read(files: files) {
        FuzzRender.render(loaded)
    }
    return 0
}
