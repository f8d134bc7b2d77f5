// libFuzzer target: the Excel workbook reader (ZIP, XML, sheets), then a render of whatever loads
// (Scripts/fuzz.sh).
import CouncilPerformance

/// libFuzzer's entry point: one input, which must never crash, hang or leak.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExcel(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let loaded = try? ExcelFormat.read(workbook: bytes, name: "council.xlsx") {
        FuzzRender.render(loaded)
    }
    return 0
}
