/// Builds a ``PerformanceData`` from a ``TableSet``, parsing every cell and collecting every problem.
struct PerformanceDataReader {
    var diagnostics: [Diagnostic] = []
    /// The tables read; let go once the model is built, so that validation does not hold the files.
    private(set) var tables: TableSet
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
        // Validation needs the source map, not the cells: an observation's problem is located at its
        // row, which the source map keeps, so the tables and their files can go before validation
        // builds its index beside the model.
        tables = TableSet()
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

    /// Reports a cell that names something its table does not have: `no measure "m9" (expected an id
    /// from the measures table)`.
    ///
    /// - Parameters:
    ///   - noun: What the cell names, such as `measure` or `change request`.
    ///   - id: The id as written.
    ///   - table: The table the id should come from.
    ///   - row: The row.
    ///   - column: The cell's column.
    mutating func reportUnknown(
        _ noun: String,
        _ id: String,
        from table: TableSchema,
        row: TableSet.Row,
        at column: TableSchema.Column
    ) {
        report(
            .unknownReference,
            at: row.location(column),
            "no \(noun) \"\(id)\" (expected an id from the \(table.name) table)"
        )
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
        let c = TableSchema.CouncilColumns.self
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
            councilName = text(row, c.council) ?? ""
            plan.title = text(row, c.planTitle) ?? ""
            plan.firstYear = parse(row, c.firstYear) { (text) throws(ValidationError) in try FinancialYear(text) }
            plan.lastYear = parse(row, c.lastYear) { (text) throws(ValidationError) in try FinancialYear(text) }
            if let tolerance = parse(
                row,
                c.defaultTolerance,
                { (text) throws(ValidationError) in try Tolerance(text) }
            ) {
                policy.defaultTolerance = tolerance
            }
            if let band = parse(
                row,
                c.directionDeadBand,
                { (text) throws(ValidationError) in try ExactDecimal(text) }
            ) {
                policy.directionDeadBand = band
            }
            if let labels = parse(
                row,
                c.ratingLabels,
                { (text) throws(ValidationError) in try RatingLabels(text) }
            ) {
                policy.labels = labels
            }
            if case .valid(let denomination) = optionalCode(row, c.denomination, Self.denominationWords) {
                fileDenomination = denomination
            }
            if case .valid(let negative) = optionalCode(row, c.sign, Self.signWords) {
                fileSignIsNegative = negative
            }
        }
        // An element a row at most, observations apart: room once, not grown by doubling.
        sourceMap.reserve(tables.tables.values.reduce(0) { $0 + $1.count })
        readPlanStructure(into: &plan)
        readMeasures(into: &plan)
        let (observations, publishedRatings) = readObservations(plan: plan, labels: policy.labels)
        var delivery = readDelivery()
        readSavingsFigures(into: &delivery)
        let requests = readChangeRequests()
        let figures = readPublishedFigures(categories: delivery.knownCategories, groups: delivery.groups)
        let claims = readClaims(figures: figures)
        var data = PerformanceData(
            council: councilName,
            plan: plan,
            ratingPolicy: policy,
            observations: observations,
            delivery: delivery,
            changeRequests: requests,
            publishedFigures: figures,
            publishedRatings: publishedRatings,
            publishedClaims: claims
        )
        data.narratives = readNarratives(checkingAgainst: data)
        return data
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
