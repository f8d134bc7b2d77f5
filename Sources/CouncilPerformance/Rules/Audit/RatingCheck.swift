/// A rating or trend a paper printed, held against what the council's own rule gives.
///
/// Published papers sometimes contradict their own rule (a value exactly on target printed Amber; two
/// rows equally short of target printed Green and Amber). Each check names the measure, the period, the
/// value, the target and tolerance in force, the printed word and the rule's, on one line.
public struct RatingCheck: Sendable, Hashable, CustomStringConvertible {
    /// What was printed: a rating or a trend.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A RAG rating.
        case rating
        /// A direction of travel.
        case trend
    }

    /// The measure.
    public var measure: Measure.ID
    /// The measure's name.
    public var measureName: String
    /// The period of the observation.
    public var period: ReportingPeriod
    /// Where the value was printed, if known.
    public var source: SourceReference?
    /// Whether a rating or a trend was printed.
    public var kind: Kind
    /// The value as reports print it, with its data-quality mark (`63.2% (p)`).
    public var value: String
    /// The target in force, as printed (`97`, `Increase`).
    public var target: String
    /// The tolerance in force (`5%`, `5%/10%`).
    public var tolerance: String
    /// The word the paper printed.
    public var printed: String
    /// The rule's word, in the council's words.
    public var rule: String
    /// Whether they agree.
    public var agrees: Bool
    /// Why the rule gives what it gives.
    public var explanation: String

    /// The check on one line, to be read aloud: where, what, the figures, both words and the verdict.
    ///
    /// For example `Dashboard, Q2 table: Level of sickness absence Q2 2018/19: value 97, target 97, tolerance
    /// 5%: printed rating Amber, the rule gives Green: disagrees`.
    public var description: String {
        let place = source.map { "\($0): " } ?? ""
        return "\(place)\(measureName) \(period): value \(value), target \(target), tolerance \(tolerance): "
            + "printed \(kind.rawValue) \(printed), the rule gives \(rule): \(agrees ? "agrees" : "disagrees")"
    }
}

extension RatingCheck {
    /// Every published rating and trend of the data held against the rule, in the data's order.
    ///
    /// - Parameters:
    ///   - data: The council's data, with its published ratings.
    ///   - ratings: Every observation's rating by the rule (``PerformanceData/rateEveryObservation(scheme:)``).
    /// - Returns: One check for each printed rating and each printed trend.
    /// - Complexity: O(*p* log *k*) for *p* published ratings of measures of at most *k* observations.
    static func checks(of data: PerformanceData, ratings: [ObservationRating]) -> [RatingCheck] {
        guard !data.publishedRatings.isEmpty else { return [] }
        let labels = data.ratingPolicy.labels
        let byObservation = Dictionary(ratings.map { ($0.observation, $0) }, uniquingKeysWith: { first, _ in first })
        let measures = Dictionary(data.plan.measures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var checks: [RatingCheck] = []
        for published in data.publishedRatings {
            guard let measure = measures[published.measure],
                let position = data.observationIndex.observation(of: published.measure, at: published.period),
                let rated = byObservation[position]
            else { continue }
            let observation = data.observations[position]
            let value = [observation.value.formatted(unit: measure.unit), observation.status.mark]
                .compactMap { $0 }.joined(separator: " ")
            let target = measure.target(at: observation.period)
            func check(_ kind: Kind, printed: String, ruleKey: String, agrees: Bool, why: String) -> RatingCheck {
                RatingCheck(
                    measure: measure.id,
                    measureName: measure.name,
                    period: observation.period,
                    source: observation.source,
                    kind: kind,
                    value: value,
                    target: Self.printed(target, unit: measure.unit),
                    tolerance: data.ratingPolicy.tolerance(for: measure, at: observation.period).description,
                    printed: printed,
                    rule: labels.word(for: ruleKey),
                    agrees: agrees,
                    explanation: why
                )
            }
            if let printed = published.rating, let key = labels.key(for: printed, among: RatingLabels.ratingKeys) {
                let ruleKey = rated.status.rawValue
                let why = rated.reason.map { "not rated: \($0)" } ?? "rated \(rated.status) by the rule"
                checks.append(check(.rating, printed: printed, ruleKey: ruleKey, agrees: key == ruleKey, why: why))
            }
            if let printed = published.trend, let key = labels.key(for: printed, among: RatingLabels.trendKeys) {
                let ruleKey = Self.key(of: rated.directionOfTravel)
                let agrees = key == ruleKey || Self.movement(of: rated.directionOfTravel, measure.direction) == key
                checks.append(
                    check(
                        .trend,
                        printed: printed,
                        ruleKey: ruleKey,
                        agrees: agrees,
                        why: "by \(measure.effectiveTrendRule.rawValue)"
                    )
                )
            }
        }
        return checks
    }

    /// A target as a report prints it: a figure in the measure's unit (`97%`), else its text.
    private static func printed(_ target: Target, unit: MeasureUnit) -> String {
        if case .value(let figure) = target { return figure.formatted(unit: unit) }
        return target.description
    }

    /// The label key of a direction of travel.
    package static func key(of travel: DirectionOfTravel) -> String {
        switch travel {
        case .improving: "improving"
        case .worsening: "worsening"
        case .noChange: "no-change"
        case .increasing: "increasing"
        case .decreasing: "decreasing"
        case .noComparison: "no-comparison"
        }
    }

    /// Which way the value moved, for a paper that prints arrows rather than better or worse.
    private static func movement(of travel: DirectionOfTravel, _ direction: Direction) -> String? {
        let lowerIsBetter = direction == .lower
        switch travel {
        case .improving: return lowerIsBetter ? "decreasing" : "increasing"
        case .worsening: return lowerIsBetter ? "increasing" : "decreasing"
        case .noChange: return "no-change"
        case .increasing, .decreasing, .noComparison: return nil
        }
    }
}
