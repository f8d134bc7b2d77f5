/// An error in how a measure is configured for rating, such as a relative tolerance on a target of zero.
///
/// These are configuration errors, not data errors: fixing them means changing the measure's target or
/// tolerance, or the plan's rating policy.
public struct EvaluationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable, extensible classification of this error (``ErrorCode``).
    public typealias Code = ErrorCode<EvaluationError>

    /// What kind of error this is.
    public var code: Code
    /// The measure being rated.
    public var measure: Measure.ID
    /// The period being rated.
    public var period: ReportingPeriod
    /// A sentence saying what is wrong and how to fix it.
    public var message: String

    /// `measure (period): message`.
    public var description: String { "\(measure) (\(period)): \(message)" }
}

extension ErrorCode where Domain == EvaluationError {
    /// A tolerance relative to the target cannot apply to a target of zero.
    public static let relativeToleranceWithZeroTarget: Self = "relative-tolerance-zero-target"
    /// A tolerance in percentage points applies only to percentage measures.
    public static let percentagePointsOnNonPercentage: Self = "percentage-points-non-percentage"
}
