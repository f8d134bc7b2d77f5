/// Reading the `narratives` table.
extension PerformanceDataReader {
    /// Reads every narrative row, reporting a malformed subject or kind, and a subject that names no
    /// element of the data, at its cell.
    ///
    /// - Parameter data: The model read so far, whose identifiers the subjects must name.
    /// - Returns: The narrative, in row order.
    mutating func readNarratives(checkingAgainst data: PerformanceData) -> [Narrative] {
        let c = TableSchema.NarrativesColumns.self
        let rows = tables.rows(.narratives)
        // Most data sets have no narratives; the set of every element's identifier is then not built.
        guard !rows.isEmpty else { return [] }
        let known = KnownSubjects(data)
        var narratives: [Narrative] = []
        for row in rows {
            let subject = parse(row, c.subject) { (text) throws(ValidationError) in
                try NarrativeSubject(text)
            }
            let kind = parse(row, c.kind) { (text) throws(ValidationError) in try Self.narrativeKind(text) }
            let period = row.text(c.period).isEmpty ? nil : period(row, c.period)
            let body = text(row, c.text)
            guard let subject, let kind, let body else { continue }
            if !row.text(c.period).isEmpty && period == nil { continue }
            guard known.contains(subject) else {
                report(
                    .unknownReference,
                    at: row.location(c.subject),
                    "no element \"\(subject)\" (expected report, or the id of a measure, activity, project, "
                        + "programme, ambition, commitment, approach or outcome in the data)"
                )
                continue
            }
            let measures = list(row, c.measures).map { Measure.ID($0) }
            if let unknown = measures.first(where: { !known.contains(.measure($0)) }) {
                report(
                    .unknownReference,
                    at: row.location(c.measures),
                    "no measure \"\(unknown)\" (expected ids from the measures table)"
                )
                continue
            }
            let source = row.text(c.source)
            narratives.append(
                Narrative(
                    subject: subject,
                    kind: kind,
                    period: period,
                    report: row.text(c.report).isEmpty ? nil : row.text(c.report),
                    title: row.text(c.title).isEmpty ? nil : row.text(c.title),
                    text: body,
                    measures: measures,
                    source: source.isEmpty ? nil : SourceReference(document: source)
                )
            )
        }
        return narratives
    }

    /// A kind's code: lower-case letters and digits in words joined by `-`.
    private static func narrativeKind(_ text: String) throws(ValidationError) -> NarrativeKind {
        let words = text.split(separator: "-", omittingEmptySubsequences: false)
        let isCode = words.allSatisfy { word in
            !word.isEmpty && word.allSatisfy { ($0.isLetter && $0.isLowercase) || $0.isNumber }
        }
        guard isCode else {
            throw ValidationError(
                code: .invalidNarrativeKind,
                found: text,
                expected: "a kind such as progress, comment, highlight, area-for-attention, summary or challenge"
            )
        }
        return NarrativeKind(rawValue: text)
    }
}

/// The subjects a narrative may name: the report and every element of the data.
private struct KnownSubjects {
    private let names: Set<NarrativeSubject>

    init(_ data: PerformanceData) {
        var names: Set<NarrativeSubject> = [.report]
        let plan = data.plan
        names.formUnion(plan.measures.map { .measure($0.id) })
        names.formUnion(plan.strategies.flatMap(\.activities).map { .activity($0.id) })
        names.formUnion(plan.ambitions.map { .ambition($0.id) })
        names.formUnion(plan.commitments.map { .commitment($0.id) })
        names.formUnion(plan.approaches.map { .approach($0.id) })
        names.formUnion(plan.outcomes.map { .outcome($0.id) })
        names.formUnion(data.delivery.projects.map { .project($0.id) })
        names.formUnion(data.delivery.programmes.map { .programme($0.id) })
        self.names = names
    }

    func contains(_ subject: NarrativeSubject) -> Bool { names.contains(subject) }
}

extension ErrorCode where Domain == ValidationError {
    /// The text is not a narrative kind: lower-case words joined by `-`.
    public static let invalidNarrativeKind: Self = "invalid-narrative-kind"
}
