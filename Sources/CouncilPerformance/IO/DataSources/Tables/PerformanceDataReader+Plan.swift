/// Reading the plan: its structure, measures, targets and tolerances.
extension PerformanceDataReader {
    mutating func readPlanStructure(into plan: inout CouncilPlan) {
        readAmbitions(into: &plan)
        readCommitments(into: &plan)
        readApproaches(into: &plan)
        readOutcomes(into: &plan)
        readDepartments(into: &plan)
        readStrategies(into: &plan)
        readActivities(into: &plan)
    }

    /// Reads `ambitions`.
    private mutating func readAmbitions(into plan: inout CouncilPlan) {
        let c = TableSchema.AmbitionsColumns.self
        for row in tables.rows(.ambitions) {
            guard let id = text(row, c.id), let title = text(row, c.title) else { continue }
            let ambition = Ambition(id: Ambition.ID(id), number: integer(row, c.number), title: title)
            sourceMap.record(.ambition, id, row: row)
            plan.ambitions.append(ambition)
        }
    }

    /// Reads `commitments`.
    private mutating func readCommitments(into plan: inout CouncilPlan) {
        let c = TableSchema.CommitmentsColumns.self
        for row in tables.rows(.commitments) {
            let id = text(row, c.id)
            let number = integer(row, c.number)
            let title = text(row, c.title)
            let ambition = text(row, c.ambition)
            guard let id, let number, let title, let ambition else { continue }
            sourceMap.record(.commitment, id, row: row)
            plan.commitments.append(
                Commitment(id: Commitment.ID(id), number: number, title: title, ambition: Ambition.ID(ambition))
            )
        }
    }

    /// Reads `approaches`.
    private mutating func readApproaches(into plan: inout CouncilPlan) {
        let c = TableSchema.ApproachesColumns.self
        for row in tables.rows(.approaches) {
            guard let id = text(row, c.id), let title = text(row, c.title) else { continue }
            sourceMap.record(.approach, id, row: row)
            plan.approaches.append(Approach(id: Approach.ID(id), title: title))
        }
    }

    /// Reads `outcomes`.
    private mutating func readOutcomes(into plan: inout CouncilPlan) {
        let c = TableSchema.OutcomesColumns.self
        for row in tables.rows(.outcomes) {
            let id = text(row, c.id)
            let outcomeText = text(row, c.text)
            let element = parse(row, c.element) { (text) throws(ValidationError) in try PlanElement(text) }
            guard let id, let outcomeText, let element else { continue }
            sourceMap.record(.outcome, id, row: row)
            plan.outcomes.append(Outcome(id: Outcome.ID(id), text: outcomeText, element: element))
        }
    }

    /// Reads `departments`.
    private mutating func readDepartments(into plan: inout CouncilPlan) {
        let c = TableSchema.DepartmentsColumns.self
        for row in tables.rows(.departments) {
            guard let id = text(row, c.id), let name = text(row, c.name) else { continue }
            sourceMap.record(.department, id, row: row)
            plan.departments.append(Department(id: Department.ID(id), name: name))
        }
    }

    /// Reads `strategies`.
    private mutating func readStrategies(into plan: inout CouncilPlan) {
        let c = TableSchema.StrategiesColumns.self
        for row in tables.rows(.strategies) {
            let id = text(row, c.id)
            let department = text(row, c.department)
            let title = text(row, c.title)
            guard let id, let department, let title else { continue }
            sourceMap.record(.strategy, id, row: row)
            plan.strategies.append(
                DepartmentalStrategy(
                    id: DepartmentalStrategy.ID(id),
                    department: Department.ID(department),
                    title: title
                )
            )
        }
    }

    /// Reads `activities`.
    private mutating func readActivities(into plan: inout CouncilPlan) {
        let c = TableSchema.ActivitiesColumns.self
        for row in tables.rows(.activities) {
            let strategy = text(row, c.strategy)
            let id = text(row, c.id)
            let description = text(row, c.description)
            let elements = planElements(row, c.contributesTo)
            let measures = list(row, c.measures).map { Measure.ID($0) }
            let progress = text(row, c.progress)
            guard let strategy, let id, let description else { continue }
            guard let index = plan.strategies.firstIndex(where: { $0.id.rawValue == strategy }) else {
                reportUnknown("strategy", strategy, from: .strategies, row: row, at: c.strategy)
                continue
            }
            sourceMap.record(.activity, "\(strategy)/\(id)", row: row)
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

    mutating func readMeasures(into plan: inout CouncilPlan) {
        let c = TableSchema.MeasuresColumns.self
        var indexByID: [String: Int] = [:]
        indexByID.reserveCapacity(tables.rows(.measures).count)
        // A measure a row at most: made its size once, as a large council's are hundreds of thousands.
        plan.measures.reserveCapacity(plan.measures.count + tables.rows(.measures).count)
        let columns = c.all
        let (trendIndex, deadBandIndex, frequencyIndex) = (
            columns.firstIndex(of: c.trend) ?? 0, columns.firstIndex(of: c.deadBand) ?? 0,
            columns.firstIndex(of: c.frequency) ?? 0
        )
        for row in tables.rows(.measures) {
            let id = text(row, c.id)
            let name = text(row, c.name)
            let unit = code(row, c.unit, Self.units)
            let direction = parse(row, c.goodIs) { (text) throws(ValidationError) in try Direction(text) }
            let accumulation =
                row.text(c.accumulation).isEmpty ? .snapshot : code(row, c.accumulation, Self.accumulations)
            let role = row.text(c.role).isEmpty ? .targeted : code(row, c.role, Self.roles)
            let owner = text(row, c.owner).map { Department.ID($0) }
            let outcomes = list(row, c.outcomes).map { Outcome.ID($0) }
            let elements = planElements(row, c.contributesTo)
            // An empty "Good is" is a contextual measure, not a missing value.
            let resolvedDirection = row.text(c.goodIs).isEmpty ? Direction.contextual : direction
            // Optional settings, usually empty: checked by position before anything is read.
            let trendRule = row.hasText(at: trendIndex) ? optionalCode(row, c.trend, Self.trendRules) : .absent
            let deadBand = row.hasText(at: deadBandIndex) ? optionalNumber(row, c.deadBand) : .absent
            let frequency =
                row.hasText(at: frequencyIndex) ? optionalCode(row, c.frequency, Self.frequencies) : .absent
            // A bad optional setting is reported, and the measure kept without it, so that its rows in other
            // tables are not reported as well.
            guard let id, let name, let unit, let resolvedDirection, let accumulation, let role else { continue }
            sourceMap.record(.measure, id, row: row)
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
        let targets = TableSchema.TargetsColumns.self
        readSchedule(
            .targets,
            columns: (targets.measure, targets.from, targets.target),
            kind: .target,
            indexByID: indexByID,
            into: &plan.measures,
            at: \.targets
        ) {
            (text) throws(ValidationError) in try Target(text)
        }
        let tolerances = TableSchema.TolerancesColumns.self
        readSchedule(
            .tolerances,
            columns: (tolerances.measure, tolerances.from, tolerances.tolerance),
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
        columns c: (measure: TableSchema.Column, from: TableSchema.Column, value: TableSchema.Column),
        kind: ElementKind,
        indexByID: [String: Int],
        into measures: inout [Measure],
        at keyPath: WritableKeyPath<Measure, [EffectiveDated<Value>]>,
        parser: (String) throws(ValidationError) -> Value
    ) {
        for row in tables.rows(schema) {
            let measure = text(row, c.measure)
            let from = period(row, c.from)
            let value = parse(row, c.value, parser)
            guard let measure, let from, let value else { continue }
            guard let index = indexByID[measure] else {
                reportUnknown("measure", measure, from: .measures, row: row, at: c.measure)
                continue
            }
            if measures[index][keyPath: keyPath].contains(where: { $0.from == from }) {
                report(
                    .inconsistent,
                    at: row.location(c.from),
                    "\(measure) has two \(kind.rawValue)s from \(from) (expected one a period)"
                )
                continue
            }
            sourceMap.record(
                ElementKey(kind, measure, position: measures[index][keyPath: keyPath].count),
                row: row,
                column: c.value.name
            )
            measures[index][keyPath: keyPath].append(EffectiveDated(from: from, value: value))
        }
    }
}
