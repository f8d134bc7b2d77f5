/// Reading observations and the ratings papers printed beside them.
extension PerformanceDataReader {
    private static let valueStatuses = Dictionary(
        uniqueKeysWithValues: ValueStatus.allCases.map { ($0.rawValue, $0) }
    )

    /// The published rating, published trend and override of an observation's row, if it has any:
    /// each word must be one of the council's (``RatingLabels``), and an override needs its reason.
    private mutating func readPublishedRating(
        _ row: TableSet.Row,
        measure: String,
        period: ReportingPeriod,
        labels: RatingLabels
    ) -> PublishedRating? {
        let c = TableSchema.ObservationsColumns.self
        func word(_ column: TableSchema.Column, among keys: [String], what: String) -> String? {
            let printed = row.text(column).trimmingWhitespace()
            guard !printed.isEmpty else { return nil }
            guard labels.key(for: printed, among: keys) != nil else {
                let words = keys.map { labels.word(for: $0) }.joined(separator: ", ")
                report(
                    .invalidValue,
                    at: row.location(column),
                    "\"\(printed)\" is not a \(what) (expected one of \(words))"
                )
                return nil
            }
            return printed
        }
        let rating = word(c.publishedRating, among: RatingLabels.ratingKeys, what: "rating")
        let trend = word(c.publishedTrend, among: RatingLabels.trendKeys, what: "trend")
        let override = word(c.ratingOverride, among: RatingLabels.ratingKeys, what: "rating")
        let reason = text(row, c.overrideReason)
        if override != nil, reason == nil {
            report(
                .missingValue,
                at: row.location(c.overrideReason),
                "a rating override needs its reason (expected override_reason beside rating_override)"
            )
        }
        guard rating != nil || trend != nil || override != nil else { return nil }
        return PublishedRating(
            measure: Measure.ID(measure),
            period: period,
            rating: rating,
            trend: trend,
            override: override,
            overrideReason: reason
        )
    }

    mutating func readObservations(
        plan: CouncilPlan,
        labels: RatingLabels
    )
        -> ([Observation], [PublishedRating])
    {
        var published: [PublishedRating] = []
        let c = TableSchema.ObservationsColumns.self
        var unitsByID: [String: MeasureUnit] = [:]
        for measure in plan.measures where unitsByID[measure.id.rawValue] == nil {
            unitsByID[measure.id.rawValue] = measure.unit
        }
        var units = RepeatingLookup(unitsByID)
        var observations: [Observation] = []
        observations.reserveCapacity(tables.rows(.observations).count)
        // The hot loop of a load: columns are looked up once, each distinct period label is parsed once,
        // and cells are read by position.
        func index(_ column: TableSchema.Column) -> Int { c.all.firstIndex(of: column) ?? 0 }
        let (measureColumn, periodColumn, valueColumn) = (c.measure, c.period, c.value)
        let (nationalColumn, noteColumn, sourceColumn) = (c.national, c.note, c.source)
        let (measureIndex, periodIndex, valueIndex) = (index(c.measure), index(c.period), index(c.value))
        let (narrativeIndex, nationalIndex, noteIndex) = (index(c.narrative), index(c.national), index(c.note))
        let (sourceIndex, sourceLocationIndex) = (index(c.source), index(c.sourceLocation))
        let (statusColumn, statusIndex) = (c.status, index(c.status))
        let printedIndex = index(c.printed)
        // The columns a paper's own rating is in: usually empty, so checked by position before anything is read.
        let publishedIndexes = [c.publishedRating, c.publishedTrend, c.ratingOverride, c.overrideReason].map(index)
        sourceMap.observationTable = tables.tables[TableSchema.observations.name]
        for row in tables.rows(.observations) {
            let measure = text(row, measureColumn, at: measureIndex)
            let period = period(row, periodColumn, at: periodIndex)
            guard let measure else { continue }
            guard let unit = units(measure) else {
                reportUnknown("measure", measure, from: .measures, row: row, at: c.measure)
                continue
            }
            let narrative = row.text(at: narrativeIndex)
            var value: MeasureValue? = .missing
            let valueText = row.text(at: valueIndex)
            if !valueText.isEmpty {
                do {
                    value = try MeasureValue(parsing: valueText, unit: unit, allowNarrative: false)
                } catch {
                    value = nil
                    report(.invalidValue, at: row.location(valueColumn), error.message)
                }
                if value != nil, !narrative.isEmpty {
                    report(
                        .inconsistent,
                        at: row.location(c.narrative),
                        "an observation has both a value and narrative (expected one or the other)"
                    )
                }
            } else if !narrative.isEmpty {
                value = .narrative(narrative)
            }
            var national: MeasureValue? = nil
            if !row.text(at: nationalIndex).isEmpty {
                national = parse(row, nationalColumn) { (text) throws(ValidationError) in
                    try MeasureValue(parsing: text, unit: unit, allowNarrative: false)
                }
                if national == nil { continue }
            }
            let status = row.hasText(at: statusIndex) ? code(row, statusColumn, Self.valueStatuses) : .final
            guard let period, let value, let status else { continue }
            if publishedIndexes.contains(where: row.hasText(at:)),
                let printed = readPublishedRating(row, measure: measure, period: period, labels: labels)
            {
                published.append(printed)
            }
            let location = row.text(at: sourceLocationIndex)
            let source = text(row, sourceColumn, at: sourceIndex).map {
                SourceReference(document: $0, location: location.isEmpty ? nil : location)
            }
            sourceMap.observationRows.append(row.index)
            observations.append(
                Observation(
                    measure: Measure.ID(measure),
                    period: period,
                    value: value,
                    national: national,
                    note: text(row, noteColumn, at: noteIndex),
                    source: source,
                    status: status,
                    printed: row.hasText(at: printedIndex) ? row.text(at: printedIndex) : nil
                )
            )
        }
        return (observations, published)
    }
}
