/// A scorecard: measures by period in columns, each with the target in force, its status by the
/// council's rule, and the comment printed beside it, as an ICT services scorecard prints its
/// indicators (`shared/seeds/003`, item 8: four quarters against the Q2 target).
///
/// ```swift
/// let scorecard = Scorecard(
///     data: data,
///     title: "ICT Services Overall Performance: Quarter 2 2018-19",
///     periods: try ["Q3 2017/18", "Q4 2017/18", "Q1 2018/19", "Q2 2018/19"].map { try ReportingPeriod($0) },
///     sections: [("Business Activity Indicator", ["ict-availability", "ict-changes"])]
/// )
/// ```
public struct Scorecard: Sendable, Hashable {
    /// One measure's row.
    public struct Row: Sendable, Hashable {
        /// The measure.
        public var measure: Measure
        /// Its value in each of the scorecard's periods, `nil` where none was reported.
        public var values: [Observation?]
        /// The assessment at the scorecard's last period: target in force, rating and direction.
        public var assessment: Assessment
        /// The comments printed beside it for the last period, in the order given.
        public var comments: [Narrative]
    }

    /// A group of rows under a heading, such as `Customer Indicator`.
    public struct Section: Sendable, Hashable {
        /// The heading.
        public var title: String
        /// The rows, in the order given.
        public var rows: [Row]
    }

    /// The council.
    public var council: String
    /// The title.
    public var title: String
    /// The periods, one column each, oldest first; the last is the one rated.
    public var periods: [ReportingPeriod]
    /// The sections.
    public var sections: [Section]
    /// Narrative about the whole scorecard (summaries, highlights) for its last period.
    public var narrative: [Narrative]
    /// Measure ids named in a section that the data does not have.
    public var missingMeasures: [Measure.ID]
    /// The council's words for ratings.
    public var labels: RatingLabels

    /// The period rated: the last column.
    public var asOf: ReportingPeriod? { periods.last }

    /// Builds a scorecard.
    ///
    /// - Parameters:
    ///   - data: The council's data.
    ///   - title: The title.
    ///   - periods: The columns, oldest first; the last is rated against the target then in force.
    ///   - sections: Headings and the measures under each, in order.
    ///   - report: The name narrative must be written for (or for any report) to be shown.
    ///   - scheme: A council's rule that is not bands, if any.
    ///
    /// A measure whose tolerance cannot apply to its target is shown not rated, with the reason.
    /// - Complexity: O(*m* × (*p* + *k* + *c*)) for *m* measures, *p* periods, *k* observations of a
    ///   measure and *c* pieces of narrative.
    public init(
        data: PerformanceData,
        title: String,
        periods: [ReportingPeriod],
        sections: [(title: String, measures: [Measure.ID])],
        report: String? = nil,
        scheme: (any RatingScheme)? = nil
    ) {
        council = data.council
        self.title = title
        self.periods = periods
        labels = data.ratingPolicy.labels
        let last = periods.last
        let index = data.observationIndex
        let observations = data.observations
        var missing: [Measure.ID] = []
        self.sections = sections.map { section in
            Section(
                title: section.title,
                rows: section.measures.compactMap { id in
                    guard let measure = data.plan.measure(id) else {
                        missing.append(id)
                        return nil
                    }
                    let own = index.observations(of: id).map { observations[$0] }
                    let values = periods.map { period in own.first { $0.period == period } }
                    let rated = last ?? own.last?.period ?? .year(FinancialYear(uncheckedStartYear: 2000))
                    return Row(
                        measure: measure,
                        values: values,
                        assessment: data.ratingPolicy.assessIsolated(
                            measure,
                            observations: own,
                            at: rated,
                            scheme: scheme
                        ),
                        comments: data.narratives.about(.measure(id), report: report, period: last)
                    )
                }
            )
        }
        missingMeasures = missing
        narrative = data.narratives.about(.report, report: report, period: last)
    }

    /// How many rows have each rating status, in the order blue, green, amber, red, not rated.
    public var statusCounts: [(status: Rating.Status, count: Int)] {
        let rows = sections.flatMap(\.rows)
        return [Rating.Status.blue, .green, .amber, .red, .notRated].map { status in
            (status, rows.count { $0.assessment.rating.status == status })
        }
    }
}
