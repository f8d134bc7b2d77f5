/// A RAG rating of one measure for one period, with the reason when it is not rated and an explanation
/// of the rule, the values and the thresholds used.
///
/// Ratings are computed on unrounded values; ``Explanation/text`` rounds only for reading.
public struct Rating: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The rating itself.
    ///
    /// Every status has a text label, so no report needs colour to show it.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable, Comparable, CustomStringConvertible {
        /// Target met.
        case green
        /// Target missed, but within tolerance.
        case amber
        /// Target missed beyond tolerance.
        case red
        /// Target exceeded by a margin: a band some councils add above green. The standard rules never
        /// give it; a ``RatingScheme`` may.
        case blue
        /// Not rated; see ``Rating/reason``.
        case notRated = "not-rated"

        /// The label reports print: `Green`, `Amber`, `Red`, `Not rated`.
        public var description: String {
            switch self {
            case .green: "Green"
            case .amber: "Amber"
            case .red: "Red"
            case .blue: "Blue"
            case .notRated: "Not rated"
            }
        }

        private var severity: Int {
            switch self {
            case .red: 0
            case .amber: 1
            case .green: 2
            case .blue: 3
            case .notRated: 4
            }
        }

        /// Orders statuses exception-first: red, amber, green, blue, not rated.
        ///
        /// - Parameters:
        ///   - lhs: A status.
        ///   - rhs: Another status.
        /// - Returns: Whether `lhs` is the more severe.
        public static func < (lhs: Status, rhs: Status) -> Bool { lhs.severity < rhs.severity }
    }

    /// Why a measure was not rated.
    public enum Reason: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
        /// The measure has no polarity or is contextual.
        case contextual
        /// No target is in force for the period.
        case noTarget = "no-target"
        /// The measure is new: its first year is a baseline.
        case newMeasure = "new-measure"
        /// No value was reported for the period.
        case noValue = "no-value"
        /// The value is `n/a` for the period.
        case notApplicable = "not-applicable"
        /// Narrative was reported instead of a value.
        case narrative
        /// The target compares with a value (previous, national) that is not available.
        case noComparator = "no-comparator"
        /// The value and target cannot be compared (for example yes/no against a number).
        case incomparable
        /// A deadline target whose deadline has not yet passed, and which is not yet done.
        case deadlineNotReached = "deadline-not-reached"
        /// The value printed is a placeholder for data not yet available (``ValueStatus/noData``).
        case noData = "no-data"
        /// The measure is not due to report in the period (``ValueStatus/notDue``).
        case notDue = "not-due"
        /// The measure's latest value is older than the one due for its frequency.
        case notReportedThisPeriod = "not-reported-this-period"
        /// The measure's tolerance cannot apply to its target (a percentage of a target of zero).
        case toleranceCannotApply = "tolerance-cannot-apply"

        /// A sentence for reports.
        public var description: String {
            switch self {
            case .contextual: "contextual measure: reported, not rated"
            case .noTarget: "no target set"
            case .newMeasure: "new measure: baseline year"
            case .noValue: "no value reported for the period"
            case .notApplicable: "not applicable for the period"
            case .narrative: "narrative reported instead of a value"
            case .noComparator: "the value the target compares with is not available"
            case .incomparable: "the value and the target cannot be compared"
            case .deadlineNotReached: "deadline not yet reached"
            case .noData: "no data yet: the value printed is a placeholder"
            case .notDue: "not due this period"
            case .notReportedThisPeriod: "not reported this period"
            case .toleranceCannotApply: "the tolerance cannot apply to the target"
            }
        }
    }

    /// The rule, values and thresholds behind a rating.
    public struct Explanation: Sendable, Hashable, Codable {
        /// The rule applied, such as `High is good: met when latest ≥ target`.
        public var rule: String
        /// The latest value, unrounded, when it is a figure.
        public var latest: ExactDecimal?
        /// The figure the latest value was held against (the target, previous value or national
        /// figure), unrounded.
        public var comparedWith: ExactDecimal?
        /// What ``comparedWith`` is, such as `target` or `previous value (Q1 2018/19)`.
        public var comparedWithLabel: String?
        /// The tolerance in force.
        public var tolerance: Tolerance = .none
        /// The far edge of the green band, for a tolerance with bands (``Tolerance/bands(green:amber:)``),
        /// rounded to six decimal places for display; the rating itself compared exactly.
        public var greenLimit: ExactDecimal?
        /// The far edge of the amber band, rounded to six decimal places for display; the rating
        /// itself compared exactly.
        public var amberLimit: ExactDecimal?

        /// One sentence: the rule, then the figures.
        ///
        /// For example: `High is good: met when latest ≥ target. Latest 75, target 90; amber down to 85.5 (tolerance 5%).`
        public var text: String {
            var sentence = rule + "."
            if let latest {
                sentence += " Latest \(latest)"
                if let comparedWith {
                    sentence += ", \(comparedWithLabel ?? "target") \(comparedWith)"
                }
                switch (greenLimit, amberLimit) {
                case (let green?, let amber?):
                    sentence += "; green band to \(green), amber band to \(amber) (tolerance \(tolerance))"
                case (let green?, nil):
                    sentence += "; green band to \(green) (tolerance \(tolerance))"
                case (nil, let amber?):
                    sentence += "; amber band to \(amber) (tolerance \(tolerance))"
                case (nil, nil):
                    break
                }
                sentence += "."
            }
            return sentence
        }
    }

    /// The rating.
    public var status: Status
    /// Why it was not rated, when ``status`` is ``Status/notRated``.
    public var reason: Reason?
    /// The rule, values and thresholds used.
    public var explanation: Explanation
    /// The council's decision, when it set this rating by hand over the rule's.
    public var override: Override?

    /// A rating a council set by hand: what the rule gave, and why the council decided otherwise.
    public struct Override: Sendable, Hashable, Codable {
        /// The rating the rule gives.
        public var ruleStatus: Status
        /// Why the council overrode it.
        public var reason: String
    }

    /// This rating overridden by a council's decision: the status it decided, with the rule's rating and
    /// explanation kept beside it.
    ///
    /// - Parameters:
    ///   - status: The status the council decided.
    ///   - reason: Why.
    /// - Returns: The overridden rating.
    public func overridden(to status: Status, reason: String) -> Rating {
        Rating(
            status: status,
            reason: nil,
            explanation: Explanation(
                rule: "Overridden by the council: \(reason). The rule gives \(self.status): \(explanation.text)"
            ),
            override: Override(ruleStatus: self.status, reason: reason)
        )
    }

    /// A not-rated rating with its reason.
    ///
    /// - Parameter reason: Why the measure is not rated.
    /// - Returns: The rating.
    public static func notRated(_ reason: Reason) -> Rating {
        Rating(status: .notRated, reason: reason, explanation: Explanation(rule: "Not rated: \(reason)"))
    }

    /// `Green`, `Amber`, `Red`, or `Not rated (reason)`.
    public var description: String {
        reason.map { "\(status) (\($0))" } ?? status.description
    }
}
