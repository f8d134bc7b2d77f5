/// A rating as decided, before its explanation is worded.
///
/// Rating millions of observations needs only the status; building each explanation's sentences
/// would cost more than the decision itself. ``RatingPolicy`` decides a verdict, and ``rating`` words
/// it when a report needs the ``Rating``.
struct RatingVerdict: Sendable {
    /// What the latest value was held against, worded only when needed.
    enum GoalLabel: Sendable {
        case target
        case national
        /// A stated value, with the period it was stated for, if given.
        case stated(ReportingPeriod?)
        /// The value of the comparison period, for an `Increase`, `Decrease` or `Maintain` target.
        case trend(Target, ReportingPeriod)

        /// The label as the explanation prints it, such as `target` or `Increase on Q4 2019/20 value`.
        var text: String {
            switch self {
            case .target: "target"
            case .national: "national"
            case .stated(let period): period.map { "stated value (\($0))" } ?? "stated value"
            case .trend(let target, let period): "\(target) on \(period) value"
            }
        }
    }

    /// A comparison of the latest value with a goal, and the amber band below it.
    struct Comparison: Sendable {
        var higherIsBetter: Bool
        /// Whether the latest value must pass the goal, not just equal it.
        var strict: Bool
        var label: GoalLabel
        var latest: ExactDecimal
        var goal: ExactDecimal
        var tolerance: Tolerance

    }

    /// How the rating is explained.
    enum Wording: Sendable {
        case notRated(Rating.Reason)
        case yesIsGood
        case deadline(CalendarDate)
        case comparison(Comparison)
    }

    var status: Rating.Status
    var reason: Rating.Reason? = nil
    var wording: Wording
    /// What the standard rules gave, when a council's ``RatingScheme`` gave another status.
    var standardStatus: Rating.Status? = nil

    /// A measure or value that is not rated, for a reason.
    static func notRated(_ reason: Rating.Reason) -> RatingVerdict {
        RatingVerdict(status: .notRated, reason: reason, wording: .notRated(reason))
    }

    /// The rating with its worded explanation.
    var rating: Rating {
        Rating(status: status, reason: reason, explanation: explanation)
    }

    private var explanation: Rating.Explanation {
        switch wording {
        case .notRated(let reason):
            return Rating.Explanation(rule: "Not rated: \(reason)")
        case .yesIsGood:
            return Rating.Explanation(rule: "Yes is good: met when the answer is yes")
        case .deadline(let deadline):
            return Rating.Explanation(rule: "Deadline \(deadline): met when done (yes or 100%) by then")
        case .comparison(let comparison):
            let label = comparison.label.text
            // The band edges, for a value that missed its goal: the rule decided without wording them.
            let missed =
                comparison.higherIsBetter
                ? (comparison.strict ? comparison.latest <= comparison.goal : comparison.latest < comparison.goal)
                : (comparison.strict ? comparison.latest >= comparison.goal : comparison.latest > comparison.goal)
            var isBands = false
            if case .bands = comparison.tolerance { isBands = true }
            var rule =
                comparison.higherIsBetter
                ? "High is good: met when latest \(comparison.strict ? ">" : "≥") \(label)"
                : "Low is good: met when latest \(comparison.strict ? "<" : "≤") \(label)"
            if let standardStatus {
                rule += "; the council's scheme gives \(status) where the standard rules give \(standardStatus)"
            }
            return Rating.Explanation(
                rule: rule,
                latest: comparison.latest,
                comparedWith: comparison.goal,
                comparedWithLabel: label,
                tolerance: comparison.tolerance,
                greenLimit: missed && isBands
                    ? RatingPolicy.displayLimit(
                        of: comparison.tolerance.greenMargin,
                        goal: comparison.goal,
                        higherIsBetter: comparison.higherIsBetter
                    )
                    : nil,
                amberLimit: missed && status != .green
                    ? RatingPolicy.displayLimit(
                        of: comparison.tolerance.amberMargin,
                        goal: comparison.goal,
                        higherIsBetter: comparison.higherIsBetter
                    )
                    : nil
            )
        }
    }
}
