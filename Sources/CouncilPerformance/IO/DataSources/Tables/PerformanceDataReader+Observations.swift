/// Reading observations and the ratings papers printed beside them.
extension PerformanceDataReader {
    private static let valueStatuses = Dictionary(
        uniqueKeysWithValues: ValueStatus.allCases.map { ($0.rawValue, $0) }
    )

    /// The published rating, published trend and override of an observation's row, if it has any:
    /// each word must be one of the council's (``RatingLabels``), and an override needs its reason.
    private mutating func readPublishedRating(
        _ row: TableSet.Row,
        measure: Measure.ID,
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
            measure: measure,
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
        unitsByID.reserveCapacity(plan.measures.count)
        for measure in plan.measures where unitsByID[measure.id.rawValue] == nil {
            unitsByID[measure.id.rawValue] = measure.unit
        }
        var units = RepeatingLookup(unitsByID)
        var observations: [Observation] = []
        observations.reserveCapacity(tables.expectedRows(of: .observations))
        // A large file is read a part at a time (``TableSet/forEachPart(of:_:)``): the part's cells are
        // held beside the observations, not the whole file's.
        let tables = self.tables
        let syntaxProblems = tables.forEachPart(of: .observations) { firstRow, part in
            let rows = TableSet.Rows(table: part)
            // The hot loop of a load: columns are looked up once, each distinct period label is parsed once,
            // and cells are read by position. An optional column the file does not have is left out of the
            // loop rather than looked up on every row.
            func index(_ column: TableSchema.Column) -> Int { c.all.firstIndex(of: column) ?? 0 }
            func held(_ column: TableSchema.Column) -> Int? { rows.holds(index(column)) ? index(column) : nil }
            let (measureColumn, periodColumn, valueColumn) = (c.measure, c.period, c.value)
            let (nationalColumn, noteColumn, sourceColumn) = (c.national, c.note, c.source)
            let (measureIndex, periodIndex, valueIndex) = (index(c.measure), index(c.period), index(c.value))
            let (narrativeIndex, nationalIndex, noteIndex) = (held(c.narrative), held(c.national), held(c.note))
            let (sourceIndex, sourceLocationIndex) = (held(c.source), held(c.sourceLocation))
            let (statusColumn, statusIndex) = (c.status, held(c.status))
            let printedIndex = held(c.printed)
            // The columns a paper's own rating is in: usually empty, so checked by position before anything is read.
            let publishedIndexes = [c.publishedRating, c.publishedTrend, c.ratingOverride, c.overrideReason].compactMap(
                held
            )
            sourceMap.recordObservationPart(part, firstRow: firstRow)
            // A measure's rows come together and list the same periods as the others' in the same order: a
            // row whose measure cell repeats the last one's bytes, or whose period cell repeats the period
            // expected next, takes what was read then without making a string of the cell.
            var lastMeasureRow: TableSet.Row?
            var (lastMeasure, lastUnit) = (Measure.ID(""), MeasureUnit.number)
            var periodCells = RecurringCells<ReportingPeriod>()
            for row in rows {
                let known = lastMeasureRow.map { row.repeats(measureIndex, of: $0) } ?? false
                let measure = known ? nil : text(row, measureColumn, at: measureIndex)
                var period = periodCells.value(at: periodIndex, of: row)
                if period == nil {
                    period = self.period(row, periodColumn, at: periodIndex)
                    if let period { periodCells.add(period, from: row) }
                }
                if !known {
                    guard let measure else { continue }
                    guard let found = units(measure) else {
                        reportUnknown("measure", measure, from: .measures, row: row, at: c.measure)
                        continue
                    }
                    (lastMeasureRow, lastMeasure, lastUnit) = (row, Measure.ID(measure), found)
                }
                let (id, unit) = (lastMeasure, lastUnit)
                let narrative = narrativeIndex.map(row.text(at:)) ?? ""
                var value: MeasureValue? = .missing
                // A plain number is read from its bytes, as its text would be; anything else from its text.
                let number = row.withPlainBytes(at: valueIndex) { MeasureValue(plainNumber: $0, unit: unit) } ?? nil
                let valueText = number == nil ? row.text(at: valueIndex) : ""
                if number != nil || !valueText.isEmpty {
                    if let number {
                        value = number
                    } else {
                        do throws(ValidationError) {
                            value = try MeasureValue(parsing: valueText, unit: unit, allowNarrative: false)
                        } catch {
                            value = nil
                            report(.invalidValue, at: row.location(valueColumn), error.message)
                        }
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
                if let nationalIndex, !row.text(at: nationalIndex).isEmpty {
                    national = parse(row, nationalColumn) { (text) throws(ValidationError) in
                        try MeasureValue(parsing: text, unit: unit, allowNarrative: false)
                    }
                    if national == nil { continue }
                }
                let status =
                    statusIndex.map(row.hasText(at:)) == true ? code(row, statusColumn, Self.valueStatuses) : .final
                guard let period, let value, let status else { continue }
                if publishedIndexes.contains(where: row.hasText(at:)),
                    let printed = readPublishedRating(row, measure: id, period: period, labels: labels)
                {
                    published.append(printed)
                }
                let location = sourceLocationIndex.map(row.text(at:)) ?? ""
                let source = sourceIndex.flatMap { text(row, sourceColumn, at: $0) }.map {
                    SourceReference(document: $0, location: location.isEmpty ? nil : location)
                }
                sourceMap.observationRows.append(firstRow + row.index)
                observations.append(
                    Observation(
                        measure: id,
                        period: period,
                        value: value,
                        national: national,
                        note: noteIndex.flatMap { text(row, noteColumn, at: $0) },
                        source: source,
                        status: status,
                        printed: printedIndex.flatMap { row.hasText(at: $0) ? row.text(at: $0) : nil }
                    )
                )
            }
        }
        diagnostics += syntaxProblems
        return (observations, published)
    }
}
