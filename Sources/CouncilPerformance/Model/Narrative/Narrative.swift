/// Words a paper prints beside its figures: an activity's progress, an indicator's comment, a
/// highlight, an area for attention, a summary or a challenge, attached to what it is about, for a period.
///
/// Narrative is data like any figure: a report renders each piece in the order the data gives it, under
/// the subject it belongs to, and never writes words of its own in its place.
///
/// ```swift
/// let comment = Narrative(
///     subject: .measure("ict-call-duration"),
///     kind: .comment,
///     period: try ReportingPeriod("Q2 2018/19"),
///     text: "A target of 6 minutes (ICT industry practice) is allocated to each call."
/// )
/// ```
public struct Narrative: Sendable, Hashable, Codable {
    /// What the narrative is about.
    public var subject: NarrativeSubject
    /// What kind of text it is: progress, comment, highlight, and so on.
    public var kind: NarrativeKind
    /// The period it reports on, if it names one.
    public var period: ReportingPeriod?
    /// The report it was written for (such as `six-month-review`); `nil` when every report about the
    /// subject may show it.
    public var report: String?
    /// A heading printed with the text, such as `We have a healthy workforce`.
    public var title: String?
    /// The text, as printed.
    public var text: String
    /// The measures printed beside the text, in order; none when the paper prints no figures with it.
    public var measures: [Measure.ID]
    /// Where it was printed.
    public var source: SourceReference?

    /// Creates a piece of narrative.
    ///
    /// - Parameters:
    ///   - subject: What it is about.
    ///   - kind: What kind of text it is.
    ///   - period: The period it reports on.
    ///   - report: The report it was written for.
    ///   - title: A heading printed with it.
    ///   - text: The text.
    ///   - measures: The measures printed beside it.
    ///   - source: Where it was printed.
    public init(
        subject: NarrativeSubject,
        kind: NarrativeKind,
        period: ReportingPeriod? = nil,
        report: String? = nil,
        title: String? = nil,
        text: String,
        measures: [Measure.ID] = [],
        source: SourceReference? = nil
    ) {
        self.subject = subject
        self.kind = kind
        self.period = period
        self.report = report
        self.title = title
        self.text = text
        self.measures = measures
        self.source = source
    }

    /// Whether the narrative belongs in a report about a period: written for that report (or for any),
    /// and about that period (or about none).
    ///
    /// - Parameters:
    ///   - report: The report's name, or `nil` to accept narrative written for any report.
    ///   - period: The period reported, or `nil` to accept any period.
    /// - Returns: Whether it belongs.
    public func belongs(toReport report: String?, period: ReportingPeriod?) -> Bool {
        let reportMatches = report == nil || self.report == nil || self.report == report
        let periodMatches = period == nil || self.period == nil || self.period == period
        return reportMatches && periodMatches
    }
}

extension Sequence where Element == Narrative {
    /// The narrative about a subject, of the given kinds, in the order given.
    ///
    /// - Parameters:
    ///   - subject: The subject.
    ///   - kinds: The kinds wanted; every kind when empty.
    ///   - report: The report's name, or `nil` for narrative written for any report.
    ///   - period: The period, or `nil` for every period.
    /// - Returns: The matching narrative.
    /// - Complexity: O(*n*).
    public func about(
        _ subject: NarrativeSubject,
        kinds: Set<NarrativeKind> = [],
        report: String? = nil,
        period: ReportingPeriod? = nil
    ) -> [Narrative] {
        filter {
            $0.subject == subject && (kinds.isEmpty || kinds.contains($0.kind))
                && $0.belongs(toReport: report, period: period)
        }
    }
}
