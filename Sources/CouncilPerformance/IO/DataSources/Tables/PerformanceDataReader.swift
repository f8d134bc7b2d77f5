/// Builds a ``PerformanceData`` from a ``TableSet``, parsing every cell and collecting every problem.
struct PerformanceDataReader {
    var diagnostics: [Diagnostic] = []
    let tables: TableSet
    private let file: String

    /// The file or document the council table comes from, for locating its absence.
    let councilFile: String

    init(tables: TableSet, file: String, councilFile: String? = nil) {
        self.tables = tables
        self.file = file
        self.councilFile = councilFile ?? file
        diagnostics = tables.diagnostics
    }

    /// The model, or the diagnostics when anything is wrong.
    mutating func read() -> Result<PerformanceData, DataSourceError> {
        let data = build()
        var problems = diagnostics
        if let data, problems.isEmpty {
            problems += data.validate(file: file, sourceMap: sourceMap)
            if problems.isEmpty { return .success(data) }
        }
        return .failure(DataSourceError(diagnostics: problems))
    }

    var sourceMap = SourceMap()
    /// What unsuffixed money counts in a table without a denomination of its own (`council.denomination`).
    var fileDenomination = Money.Denomination.pounds
    /// Whether `savings_figures` prints savings as negatives when the table does not say (`council.sign`).
    var fileSignIsNegative = false
    /// Periods and years already parsed, by label: a file repeats a few labels on many rows.
    private var periods = RecurringLabels<ReportingPeriod>()
    private var years = RecurringLabels<FinancialYear>()

    // MARK: - Cell parsing

    mutating func report(_ code: Diagnostic.Code, at location: Diagnostic.Location, _ message: String) {
        diagnostics.append(Diagnostic(code: code, location: location, message: message))
    }

    /// The cell's text, reporting it when required and empty.
    ///
    /// - Parameters:
    ///   - row: The row.
    ///   - column: The schema's column.
    ///   - index: The column's position in the schema, when the caller has looked it up once for many
    ///     rows; otherwise it is found by name.
    /// - Returns: The trimmed text, or `nil` when the cell is empty or absent.
    mutating func text(_ row: TableSet.Row, _ column: TableSchema.Column, at index: Int? = nil) -> String? {
        let value = index.map { row.text(at: $0) } ?? row.text(column.name)
        if value.isEmpty {
            // A column missing from the header is reported once, not once a row.
            if column.isRequired && !row.absentColumns.contains(column.name) {
                report(
                    .missingValue,
                    at: row.location(column.name),
                    "\(column.name) is empty (expected \(column.summary.plainExpectation))"
                )
            }
            return nil
        }
        return value
    }

    /// Parses a cell with a throwing parser, reporting a failure at the cell.
    mutating func parse<T>(
        _ row: TableSet.Row,
        _ column: TableSchema.Column,
        _ parser: (String) throws(ValidationError) -> T
    ) -> T? {
        guard let value = text(row, column) else { return nil }
        do {
            return try parser(value)
        } catch {
            report(.invalidValue, at: row.location(column.name), error.message)
            return nil
        }
    }

    /// Parses a period cell, each distinct label once.
    mutating func period(_ row: TableSet.Row, _ column: TableSchema.Column, at index: Int? = nil) -> ReportingPeriod? {
        let label = index.map { row.text(at: $0) } ?? row.text(column.name)
        if let known = periods.value(for: label) { return known }
        let period = parse(row, column) { (text) throws(ValidationError) in try ReportingPeriod(text) }
        if let period { periods.add(period, for: label) }
        return period
    }

    /// Parses a financial year cell, each distinct label once.
    mutating func financialYear(_ row: TableSet.Row, _ column: TableSchema.Column) -> FinancialYear? {
        let label = row.text(column.name)
        if let known = years.value(for: label) { return known }
        let year = parse(row, column) { (text) throws(ValidationError) in try FinancialYear(text) }
        if let year { years.add(year, for: label) }
        return year
    }

    mutating func list(_ row: TableSet.Row, _ column: TableSchema.Column) -> [String] {
        guard let value = text(row, column) else { return [] }
        return value.split(separator: ";").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    mutating func code<T>(_ row: TableSet.Row, _ column: TableSchema.Column, _ values: [String: T]) -> T? {
        guard let value = text(row, column) else { return nil }
        if let match = values[value] ?? values[value.lowercased()] { return match }
        report(
            .invalidValue,
            at: row.location(column.name),
            "\"\(value)\" is not a valid \(column.name) (expected \(values.keys.sorted().joined(separator: ", ")))"
        )
        return nil
    }

    /// An optional coded column: `.absent` when empty, `.valid(value)`, or `.invalid` (reported).
    enum OptionalCell<T> {
        case absent
        case valid(T)
        case invalid

        /// The value, or `nil` when absent or invalid.
        var value: T? {
            if case .valid(let value) = self { return value }
            return nil
        }
    }

    mutating func optionalCode<T>(
        _ row: TableSet.Row,
        _ column: TableSchema.Column,
        _ values: [String: T]
    )
        -> OptionalCell<T>
    {
        guard !row.text(column.name).isEmpty else { return .absent }
        return code(row, column, values).map { .valid($0) } ?? .invalid
    }

    mutating func optionalNumber(_ row: TableSet.Row, _ column: TableSchema.Column) -> OptionalCell<ExactDecimal> {
        guard !row.text(column.name).isEmpty else { return .absent }
        return parse(row, column) { (text) throws(ValidationError) in try ExactDecimal(text) }.map { .valid($0) }
            ?? .invalid
    }

    mutating func money(
        _ row: TableSet.Row,
        _ column: TableSchema.Column,
        in denomination: Money.Denomination = .pounds
    ) -> Money? {
        parse(row, column) { (text) throws(ValidationError) in try Money(text, in: denomination) }
    }

    mutating func integer(_ row: TableSet.Row, _ column: TableSchema.Column) -> Int? {
        guard let value = text(row, column) else { return nil }
        guard let number = Int(value) else {
            report(.invalidValue, at: row.location(column.name), "\"\(value)\" is not a whole number")
            return nil
        }
        return number
    }

    // MARK: - Building

    private mutating func build() -> PerformanceData? {
        let councilRows = tables.rows(.council)
        var councilName = ""
        var plan = CouncilPlan(title: "")
        var policy = RatingPolicy.standard
        let c = TableSchema.council
        if councilRows.isEmpty {
            let absent = tables.tables[TableSchema.council.name] == nil
            report(
                .structure,
                at: Diagnostic.Location(file: councilFile),
                "the council table \(absent ? "is missing" : "has no row") (expected one row naming the council and its plan)"
            )
        }
        for (index, row) in councilRows.enumerated() {
            if index > 0 {
                report(.structure, at: row.location, "the council table has more than one row (expected exactly one)")
                continue
            }
            councilName = text(row, c["council"]) ?? ""
            plan.title = text(row, c["plan_title"]) ?? ""
            plan.firstYear = parse(row, c["first_year"]) { (text) throws(ValidationError) in try FinancialYear(text) }
            plan.lastYear = parse(row, c["last_year"]) { (text) throws(ValidationError) in try FinancialYear(text) }
            if let tolerance = parse(
                row,
                c["default_tolerance"],
                { (text) throws(ValidationError) in try Tolerance(text) }
            ) {
                policy.defaultTolerance = tolerance
            }
            if let band = parse(
                row,
                c["direction_dead_band"],
                { (text) throws(ValidationError) in try ExactDecimal(text) }
            ) {
                policy.directionDeadBand = band
            }
            if let labels = parse(
                row,
                c["rating_labels"],
                { (text) throws(ValidationError) in try RatingLabels(text) }
            ) {
                policy.labels = labels
            }
            if case .valid(let denomination) = optionalCode(row, c["denomination"], Self.denominationWords) {
                fileDenomination = denomination
            }
            if case .valid(let negative) = optionalCode(row, c["sign"], Self.signWords) {
                fileSignIsNegative = negative
            }
        }
        readPlanStructure(into: &plan)
        readMeasures(into: &plan)
        let (observations, publishedRatings) = readObservations(plan: plan, labels: policy.labels)
        var delivery = readDelivery()
        readSavingsFigures(into: &delivery)
        let requests = readChangeRequests()
        let figures = readPublishedFigures(categories: delivery.knownCategories, groups: delivery.groups)
        var data = PerformanceData(
            council: councilName,
            plan: plan,
            ratingPolicy: policy,
            observations: observations,
            delivery: delivery,
            changeRequests: requests,
            publishedFigures: figures,
            publishedRatings: publishedRatings
        )
        data.narratives = readNarratives(checkingAgainst: data)
        return data
    }

    private mutating func readPlanStructure(into plan: inout CouncilPlan) {
        var c = TableSchema.ambitions
        for row in tables.rows(.ambitions) {
            guard let id = text(row, c["id"]), let title = text(row, c["title"]) else { continue }
            let ambition = Ambition(id: Ambition.ID(id), number: integer(row, c["number"]), title: title)
            sourceMap.record(.ambition, id, row: row)
            plan.ambitions.append(ambition)
        }
        c = TableSchema.commitments
        for row in tables.rows(.commitments) {
            let id = text(row, c["id"])
            let number = integer(row, c["number"])
            let title = text(row, c["title"])
            let ambition = text(row, c["ambition"])
            guard let id, let number, let title, let ambition else { continue }
            sourceMap.record(.commitment, id, fields: ["ambition"], row: row)
            plan.commitments.append(
                Commitment(id: Commitment.ID(id), number: number, title: title, ambition: Ambition.ID(ambition))
            )
        }
        c = TableSchema.approaches
        for row in tables.rows(.approaches) {
            guard let id = text(row, c["id"]), let title = text(row, c["title"]) else { continue }
            sourceMap.record(.approach, id, row: row)
            plan.approaches.append(Approach(id: Approach.ID(id), title: title))
        }
        c = TableSchema.outcomes
        for row in tables.rows(.outcomes) {
            let id = text(row, c["id"])
            let outcomeText = text(row, c["text"])
            let element = parse(row, c["element"]) { (text) throws(ValidationError) in try PlanElement(text) }
            guard let id, let outcomeText, let element else { continue }
            sourceMap.record(.outcome, id, fields: ["element"], row: row)
            plan.outcomes.append(Outcome(id: Outcome.ID(id), text: outcomeText, element: element))
        }
        c = TableSchema.departments
        for row in tables.rows(.departments) {
            guard let id = text(row, c["id"]), let name = text(row, c["name"]) else { continue }
            sourceMap.record(.department, id, row: row)
            plan.departments.append(Department(id: Department.ID(id), name: name))
        }
        c = TableSchema.strategies
        for row in tables.rows(.strategies) {
            let id = text(row, c["id"])
            let department = text(row, c["department"])
            let title = text(row, c["title"])
            guard let id, let department, let title else { continue }
            sourceMap.record(.strategy, id, fields: ["department"], row: row)
            plan.strategies.append(
                DepartmentalStrategy(
                    id: DepartmentalStrategy.ID(id),
                    department: Department.ID(department),
                    title: title
                )
            )
        }
        c = TableSchema.activities
        for row in tables.rows(.activities) {
            let strategy = text(row, c["strategy"])
            let id = text(row, c["id"])
            let description = text(row, c["description"])
            let elements = planElements(row, c["contributes_to"])
            let measures = list(row, c["measures"]).map { Measure.ID($0) }
            let progress = text(row, c["progress"])
            guard let strategy, let id, let description else { continue }
            guard let index = plan.strategies.firstIndex(where: { $0.id.rawValue == strategy }) else {
                report(
                    .unknownReference,
                    at: row.location("strategy"),
                    "no strategy \"\(strategy)\" (expected an id from the strategies table)"
                )
                continue
            }
            sourceMap.record(.activity, "\(strategy)/\(id)", fields: ["measures", "contributes_to"], row: row)
            plan.strategies[index].activities.append(
                DepartmentalStrategy.Activity(
                    id: DepartmentalStrategy.Activity.ID(id),
                    description: description,
                    contributesTo: elements,
                    measures: measures,
                    progress: progress
                )
            )
        }
    }

    private mutating func planElements(_ row: TableSet.Row, _ column: TableSchema.Column) -> [PlanElement] {
        var elements: [PlanElement] = []
        for item in list(row, column) {
            do {
                elements.append(try PlanElement(item))
            } catch {
                report(.invalidValue, at: row.location(column.name), error.message)
            }
        }
        return elements
    }

    private static let units = Dictionary(uniqueKeysWithValues: MeasureUnit.allCases.map { ($0.rawValue, $0) })
    private static let accumulations = Dictionary(
        uniqueKeysWithValues: Measure.Accumulation.allCases.map { ($0.rawValue, $0) }
    )
    private static let roles = Dictionary(uniqueKeysWithValues: Measure.Role.allCases.map { ($0.rawValue, $0) })
    private static let trendRules = Dictionary(uniqueKeysWithValues: TrendRule.allCases.map { ($0.rawValue, $0) })
    private static let frequencies = Dictionary(
        uniqueKeysWithValues: ReportingFrequency.allCases.map { ($0.rawValue, $0) }
    )
    private static let valueStatuses = Dictionary(
        uniqueKeysWithValues: ValueStatus.allCases.map { ($0.rawValue, $0) }
    )

    private mutating func readMeasures(into plan: inout CouncilPlan) {
        let c = TableSchema.measures
        var indexByID: [String: Int] = [:]
        let columns = c.columns.map(\.name)
        let (trendIndex, deadBandIndex, frequencyIndex) = (
            columns.firstIndex(of: "trend") ?? 0, columns.firstIndex(of: "dead_band") ?? 0,
            columns.firstIndex(of: "frequency") ?? 0
        )
        for row in tables.rows(.measures) {
            let id = text(row, c["id"])
            let name = text(row, c["name"])
            let unit = code(row, c["unit"], Self.units)
            let direction = parse(row, c["good_is"]) { (text) throws(ValidationError) in try Direction(text) }
            let accumulation =
                row.text("accumulation").isEmpty ? .snapshot : code(row, c["accumulation"], Self.accumulations)
            let role = row.text("role").isEmpty ? .targeted : code(row, c["role"], Self.roles)
            let owner = text(row, c["owner"]).map { Department.ID($0) }
            let outcomes = list(row, c["outcomes"]).map { Outcome.ID($0) }
            let elements = planElements(row, c["contributes_to"])
            // An empty "Good is" is a contextual measure, not a missing value.
            let resolvedDirection = row.text("good_is").isEmpty ? Direction.contextual : direction
            // Optional settings, usually empty: checked by position before anything is read.
            let trendRule = row.hasText(at: trendIndex) ? optionalCode(row, c["trend"], Self.trendRules) : .absent
            let deadBand = row.hasText(at: deadBandIndex) ? optionalNumber(row, c["dead_band"]) : .absent
            let frequency =
                row.hasText(at: frequencyIndex) ? optionalCode(row, c["frequency"], Self.frequencies) : .absent
            // A bad optional setting is reported, and the measure kept without it, so that its rows in other
            // tables are not reported as well.
            guard let id, let name, let unit, let resolvedDirection, let accumulation, let role else { continue }
            sourceMap.record(.measure, id, fields: ["owner", "outcomes", "contributes_to"], row: row)
            if indexByID[id] == nil { indexByID[id] = plan.measures.count }
            plan.measures.append(
                Measure(
                    id: Measure.ID(id),
                    name: name,
                    unit: unit,
                    direction: resolvedDirection,
                    accumulation: accumulation,
                    role: role,
                    owner: owner,
                    outcomes: outcomes,
                    contributesTo: elements,
                    trendRule: trendRule.value,
                    directionDeadBand: deadBand.value,
                    frequency: frequency.value
                )
            )
        }
        readSchedule(
            .targets,
            column: "target",
            kind: .target,
            indexByID: indexByID,
            into: &plan.measures,
            at: \.targets
        ) {
            (text) throws(ValidationError) in try Target(text)
        }
        readSchedule(
            .tolerances,
            column: "tolerance",
            kind: .tolerance,
            indexByID: indexByID,
            into: &plan.measures,
            at: \.tolerances
        ) {
            (text) throws(ValidationError) in try Tolerance(text)
        }
    }

    /// Reads an effective-dated table (`targets`, `tolerances`): each row a measure, a first period and
    /// a setting, at most one setting a measure and period.
    private mutating func readSchedule<Value: Sendable & Hashable & Codable>(
        _ schema: TableSchema,
        column: String,
        kind: ElementKind,
        indexByID: [String: Int],
        into measures: inout [Measure],
        at keyPath: WritableKeyPath<Measure, [EffectiveDated<Value>]>,
        parser: (String) throws(ValidationError) -> Value
    ) {
        for row in tables.rows(schema) {
            let measure = text(row, schema["measure"])
            let from = period(row, schema["from"])
            let value = parse(row, schema[column], parser)
            guard let measure, let from, let value else { continue }
            guard let index = indexByID[measure] else {
                report(
                    .unknownReference,
                    at: row.location("measure"),
                    "no measure \"\(measure)\" (expected an id from the measures table)"
                )
                continue
            }
            if measures[index][keyPath: keyPath].contains(where: { $0.from == from }) {
                report(
                    .inconsistent,
                    at: row.location("from"),
                    "\(measure) has two \(kind.rawValue)s from \(from) (expected one a period)"
                )
                continue
            }
            sourceMap.record(
                ElementKey(kind, measure, position: measures[index][keyPath: keyPath].count),
                row: row,
                column: column
            )
            measures[index][keyPath: keyPath].append(EffectiveDated(from: from, value: value))
        }
    }

    /// The published rating, published trend and override of an observation's row, if it has any:
    /// each word must be one of the council's (``RatingLabels``), and an override needs its reason.
    private mutating func readPublishedRating(
        _ row: TableSet.Row,
        measure: String,
        period: ReportingPeriod,
        labels: RatingLabels
    ) -> PublishedRating? {
        let c = TableSchema.observations
        func word(_ column: String, among keys: [String], what: String) -> String? {
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
        let rating = word("published_rating", among: RatingLabels.ratingKeys, what: "rating")
        let trend = word("published_trend", among: RatingLabels.trendKeys, what: "trend")
        let override = word("rating_override", among: RatingLabels.ratingKeys, what: "rating")
        let reason = text(row, c["override_reason"])
        if override != nil, reason == nil {
            report(
                .missingValue,
                at: row.location("override_reason"),
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

    private mutating func readObservations(
        plan: CouncilPlan,
        labels: RatingLabels
    )
        -> ([Observation], [PublishedRating])
    {
        var published: [PublishedRating] = []
        let c = TableSchema.observations
        var unitsByID: [String: MeasureUnit] = [:]
        for measure in plan.measures where unitsByID[measure.id.rawValue] == nil {
            unitsByID[measure.id.rawValue] = measure.unit
        }
        var units = RepeatingLookup(unitsByID)
        var observations: [Observation] = []
        observations.reserveCapacity(tables.rows(.observations).count)
        // The hot loop of a load: columns are looked up once, each distinct period label is parsed once,
        // and cells are read by position.
        let columns = c.columns.map(\.name)
        func index(_ name: String) -> Int { columns.firstIndex(of: name) ?? 0 }
        let (measureColumn, periodColumn, valueColumn) = (c["measure"], c["period"], c["value"])
        let (nationalColumn, noteColumn, sourceColumn) = (c["national"], c["note"], c["source"])
        let (measureIndex, periodIndex, valueIndex) = (index("measure"), index("period"), index("value"))
        let (narrativeIndex, nationalIndex, noteIndex) = (index("narrative"), index("national"), index("note"))
        let (sourceIndex, sourceLocationIndex) = (index("source"), index("source_location"))
        let (statusColumn, statusIndex) = (c["status"], index("status"))
        // The columns a paper's own rating is in: usually empty, so checked by position before anything is read.
        let publishedIndexes = ["published_rating", "published_trend", "rating_override", "override_reason"]
            .map(index)
        sourceMap.observationTable = tables.tables[TableSchema.observations.name]
        for row in tables.rows(.observations) {
            let measure = text(row, measureColumn, at: measureIndex)
            let period = period(row, periodColumn, at: periodIndex)
            guard let measure else { continue }
            guard let unit = units(measure) else {
                report(
                    .unknownReference,
                    at: row.location("measure"),
                    "no measure \"\(measure)\" (expected an id from the measures table)"
                )
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
                    report(.invalidValue, at: row.location(valueColumn.name), error.message)
                }
                if value != nil, !narrative.isEmpty {
                    report(
                        .inconsistent,
                        at: row.location("narrative"),
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
                    status: status
                )
            )
        }
        return (observations, published)
    }
}

extension String {
    /// A schema summary as the end of an "(expected ...)" clause: no Markdown backticks, a lower-case
    /// first letter and no final full stop.
    var plainExpectation: String {
        var text = filter { $0 != "`" }
        if text.hasSuffix(".") { text.removeLast() }
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
