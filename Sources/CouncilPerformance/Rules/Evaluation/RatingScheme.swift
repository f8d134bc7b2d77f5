/// A council's rating rule that is not bands, written as code.
///
/// Bands (``Tolerance/bands(green:amber:)``) and the council's words (``RatingLabels``) are data; a rule
/// of another shape is a scheme. The standard rules decide first; the scheme sees what they decided and
/// the figures, and may give another status. Two examples councils use:
///
/// ```swift
/// /// Blue when the target is beaten by more than 10%.
/// struct BlueBeyondTenPercent: RatingScheme {
///     func status(for context: RatingContext) -> Rating.Status? {
///         context.isBeyondGoal(byMoreThanPercent: 10) ? .blue : nil
///     }
/// }
/// /// Amber, not red, for a miss that is still better than the same period last year.
/// struct AmberWhenBetterThanLastYear: RatingScheme {
///     func status(for context: RatingContext) -> Rating.Status? {
///         context.standard == .red && context.isBetterThanSamePeriodLastYear == true ? .amber : nil
///     }
/// }
/// let dashboard = PerformanceDashboard(data: data, scheme: BlueBeyondTenPercent())
/// ```
///
/// ## Implementation requirements
/// `status(for:)` is called once for every value the standard rules rated against a figure (not for
/// yes/no, deadline or unrated values). It must be a pure function of its context, so that the same data
/// always gives the same ratings; return `nil` to keep the standard status.
public protocol RatingScheme: Sendable {
    /// The status this scheme gives a value, or `nil` to keep ``RatingContext/standard``.
    ///
    /// - Parameter context: The value, what it was held against and what the standard rules decided.
    /// - Returns: A status, or `nil`.
    func status(for context: RatingContext) -> Rating.Status?
}
