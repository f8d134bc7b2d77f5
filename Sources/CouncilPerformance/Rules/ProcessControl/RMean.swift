/// The arithmetic mean computed the way R's `mean()` computes it for doubles, so results match R bit for bit.
///
/// R (`src/main/summary.c`, `real_mean`) sums in extended precision (`long double`, 80-bit on x86-64),
/// divides by the count, then adds the mean of the residuals as a correction. `Float80` is used where Swift
/// has it (x86-64, not Windows); elsewhere the same two passes run in `Double`.
enum RMean {
    #if arch(x86_64) && !os(Windows)
    typealias Wide = Float80
    #else
    typealias Wide = Double
    #endif

    /// The mean of the values, or `nil` when there are none.
    ///
    /// R gives `NaN` for `mean(numeric(0))`. O(n).
    static func mean(_ values: some Collection<Double>) -> Double? {
        guard !values.isEmpty else { return nil }
        let count = Wide(values.count)
        var sum: Wide = 0
        for value in values {
            sum += Wide(value)
        }
        var mean = sum / count
        if Double(mean).isFinite {
            var residual: Wide = 0
            for value in values {
                residual += Wide(value) - mean
            }
            mean += residual / count
        }
        return Double(mean)
    }
}
