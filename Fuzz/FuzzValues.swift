// libFuzzer target: the value parsers, each given the input as text (Scripts/fuzz.sh).
import CouncilPerformance

/// libFuzzer's entry point: one input, which must never crash, hang or leak.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzValues(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? Money(text).formatted(.thousandsTable)
    _ = try? ExactDecimal(text)
    _ = try? FinancialYear(text)
    _ = try? ReportingPeriod(text).description
    _ = try? CalendarDate(text)
    _ = try? Target(text)
    _ = try? Tolerance(text)
    for unit in MeasureUnit.allCases {
        _ = try? MeasureValue(parsing: text, unit: unit)
    }
    return 0
}
