/// A setting in force from a reporting period onwards, such as a target a committee set for 2018/19.
///
/// Targets and tolerances change during a plan's life; rating an old period must use the setting that
/// was in force then. A list of `EffectiveDated` values is a schedule: see
/// ``Swift/Array/inForce(at:)``.
public struct EffectiveDated<Value: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    /// The first period the setting applies to.
    public var from: ReportingPeriod
    /// The setting.
    public var value: Value

    /// Creates a setting in force from a period.
    ///
    /// - Parameters:
    ///   - from: The first period it applies to.
    ///   - value: The setting.
    public init(from: ReportingPeriod, value: Value) {
        self.from = from
        self.value = value
    }
}

extension Array {
    /// The setting in force at a period: the one with the latest start on or before the period's end.
    ///
    /// A setting from `2018/19` is in force for `Q2 2018/19`; one from `Q3 2018/19` is not.
    ///
    /// - Parameter period: The period being rated.
    /// - Returns: The setting in force, or `nil` when none had started.
    /// - Complexity: O(*n*) in the number of settings.
    @inlinable
    public func inForce<Value>(at period: ReportingPeriod) -> Value? where Element == EffectiveDated<Value> {
        var best: EffectiveDated<Value>? = nil
        for setting in self where setting.from.startMonthIndex <= period.startMonthIndex {
            if let current = best, current.from.startMonthIndex > setting.from.startMonthIndex { continue }
            best = setting
        }
        return best?.value
    }
}
