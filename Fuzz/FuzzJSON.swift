// libFuzzer target: the JSON reader, then a render of whatever loads (Scripts/fuzz.sh).
import CouncilPerformance

/// libFuzzer's entry point: one input, which must never crash, hang or leak.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let loaded = try? JSONFormat.read(bytes, file: "council.json") {
        FuzzRender.render(loaded)
    }
    return 0
}
