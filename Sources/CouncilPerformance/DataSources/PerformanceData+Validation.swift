extension PerformanceData {
    /// Checks the data's cross-references and consistency, returning every problem.
    ///
    /// The checks: no identifier defined twice; every reference (ambition, commitment, approach, outcome,
    /// department, measure, portfolio, programme, project) defined; no rateable target on a contextual
    /// measure; every observation's value of its measure's unit, within the plan's years, and at most one
    /// per measure and period; every change request for an existing project.
    ///
    /// - Parameter file: The name to give locations when the data did not come from a file.
    /// - Returns: The problems, sorted by location; empty when the data is valid.
    /// - Complexity: O(*n* log *n*) in the number of elements.
    public func validate(file: String = "memory") -> [Diagnostic] {
        validate(file: file, sourceMap: SourceMap())
    }

    func validate(file: String, sourceMap: SourceMap) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        // Built at the first problem: valid data never needs a location.
        var sourceIndex: SourceMap.Index?
        func locations() -> SourceMap.Index {
            if let sourceIndex { return sourceIndex }
            let built = sourceMap.index()
            sourceIndex = built
            return built
        }
        func add(_ code: Diagnostic.Code, _ key: String, _ message: String, occurrence: Int? = nil) {
            let location =
                occurrence.map { locations().location(key, occurrence: $0, file: file) }
                ?? locations().location(key, file: file)
            problems.append(Diagnostic(code: code, location: location, message: message))
        }
        func unique<ID: Hashable & CustomStringConvertible>(_ ids: [ID], kind: String, table: String) -> Set<ID> {
            var seen: [ID: Int] = [:]
            seen.reserveCapacity(ids.count)
            for id in ids {
                let occurrence = seen[id, default: 0]
                if occurrence > 0 {
                    let first = locations().location("\(kind):\(id)", file: file)
                    add(
                        .duplicateIdentifier,
                        "\(kind):\(id)",
                        "duplicate \(kind) id \"\(id)\" (first defined at \(first); expected each id once in \(table))",
                        occurrence: occurrence
                    )
                }
                seen[id] = occurrence + 1
            }
            return Set(seen.keys)
        }
        // Keys are spelled out only for a reference that fails.
        func reference(
            _ defined: Bool,
            _ key: @autoclosure () -> String,
            _ what: String,
            _ id: any CustomStringConvertible,
            table: String
        ) {
            if !defined {
                add(.unknownReference, key(), "no \(what) \"\(id)\" (expected an id from the \(table) table)")
            }
        }

        let ambitions = unique(plan.ambitions.map(\.id), kind: "ambition", table: "ambitions")
        let commitments = unique(plan.commitments.map(\.id), kind: "commitment", table: "commitments")
        let approaches = unique(plan.approaches.map(\.id), kind: "approach", table: "approaches")
        let outcomes = unique(plan.outcomes.map(\.id), kind: "outcome", table: "outcomes")
        let departments = unique(plan.departments.map(\.id), kind: "department", table: "departments")
        _ = unique(plan.strategies.map(\.id), kind: "strategy", table: "strategies")
        let measures = unique(plan.measures.map(\.id), kind: "measure", table: "measures")
        let portfolios = unique(delivery.portfolios.map(\.id), kind: "portfolio", table: "portfolios")
        let programmes = unique(delivery.programmes.map(\.id), kind: "programme", table: "programmes")
        let projects = unique(delivery.projects.map(\.id), kind: "project", table: "projects")
        _ = unique(changeRequests.map(\.id), kind: "change-request", table: "change_requests")
        _ = unique(publishedFigures.map(\.id), kind: "published-figure", table: "published_figures")

        func element(_ element: PlanElement, _ key: @autoclosure () -> String) {
            switch element {
            case .commitment(let id): reference(commitments.contains(id), key(), "commitment", id, table: "commitments")
            case .approach(let id): reference(approaches.contains(id), key(), "approach", id, table: "approaches")
            }
        }
        for commitment in plan.commitments {
            reference(
                ambitions.contains(commitment.ambition),
                "commitment:\(commitment.id).ambition",
                "ambition",
                commitment.ambition,
                table: "ambitions"
            )
        }
        for outcome in plan.outcomes { element(outcome.element, "outcome:\(outcome.id).element") }
        for strategy in plan.strategies {
            reference(
                departments.contains(strategy.department),
                "strategy:\(strategy.id).department",
                "department",
                strategy.department,
                table: "departments"
            )
            for activity in strategy.activities {
                var key: String { "activity:\(strategy.id)/\(activity.id)" }
                for measure in activity.measures {
                    reference(measures.contains(measure), "\(key).measures", "measure", measure, table: "measures")
                }
                for item in activity.contributesTo { element(item, "\(key).contributes_to") }
            }
        }
        for measure in plan.measures {
            var key: String { "measure:\(measure.id)" }
            if let owner = measure.owner {
                reference(departments.contains(owner), "\(key).owner", "department", owner, table: "departments")
            }
            for outcome in measure.outcomes {
                reference(outcomes.contains(outcome), "\(key).outcomes", "outcome", outcome, table: "outcomes")
            }
            for item in measure.contributesTo { element(item, "\(key).contributes_to") }
            if !measure.isRated {
                for (index, target) in measure.targets.enumerated() where target.value.isRateable {
                    add(
                        .inconsistent,
                        "target:\(measure.id)/\(index)",
                        "\(measure.id) is contextual, so it takes no target (found \"\(target.value)\")"
                    )
                }
            }
        }

        // Each measure's unit and position, so that an observation costs one lookup by identifier.
        var slotsByID: [Measure.ID: (unit: MeasureUnit, slot: Int)] = [:]
        slotsByID.reserveCapacity(plan.measures.count)
        for (slot, measure) in plan.measures.enumerated() where slotsByID[measure.id] == nil {
            slotsByID[measure.id] = (measure.unit, slot)
        }
        var measureSlots = RepeatingLookup(slotsByID)
        // The periods seen for each measure: a measure has a few dozen at most, usually, so a scan finds
        // a repeat faster than hashing; a measure with many more moves to a set.
        var periodsBySlot = [[ReportingPeriod]](repeating: [], count: plan.measures.count)
        var manyPeriodsBySlot: [Int: Set<ReportingPeriod>] = [:]
        func isFirst(_ period: ReportingPeriod, slot: Int) -> Bool {
            if periodsBySlot[slot].count < periodScanLimit {
                guard !periodsBySlot[slot].contains(period) else { return false }
                periodsBySlot[slot].append(period)
                return true
            }
            return manyPeriodsBySlot[slot, default: Set(periodsBySlot[slot])].insert(period).inserted
        }
        // Fields are read by index: copying each observation would cost more than checking it.
        for index in observations.indices {
            var key: String { "observation:\(index)" }
            let measure = observations[index].measure
            let period = observations[index].period
            guard let (unit, slot) = measureSlots(measure) else {
                reference(false, key, "measure", measure, table: "measures")
                continue
            }
            func check(_ value: MeasureValue) {
                guard !Self.fits(value, unit) else { return }
                add(.inconsistent, key, "\(measure) counts a \(unit), but the value is \"\(value)\"")
            }
            check(observations[index].value)
            if let national = observations[index].national { check(national) }
            if let first = plan.firstYear, period.financialYear < first {
                add(.inconsistent, key, "\(period) is before the plan's first year \(first)")
            }
            if let last = plan.lastYear, period.financialYear > last {
                add(.inconsistent, key, "\(period) is after the plan's last year \(last)")
            }
            if !isFirst(period, slot: slot) {
                add(.inconsistent, key, "a second value for \(measure) in \(period) (expected one a period)")
            }
        }

        for portfolio in delivery.portfolios {
            if let department = portfolio.department {
                reference(
                    departments.contains(department),
                    "portfolio:\(portfolio.id).department",
                    "department",
                    department,
                    table: "departments"
                )
            }
        }
        for programme in delivery.programmes {
            reference(
                portfolios.contains(programme.portfolio),
                "programme:\(programme.id).portfolio",
                "portfolio",
                programme.portfolio,
                table: "portfolios"
            )
        }
        for project in delivery.projects {
            var key: String { "project:\(project.id)" }
            reference(
                portfolios.contains(project.portfolio),
                "\(key).portfolio",
                "portfolio",
                project.portfolio,
                table: "portfolios"
            )
            if let programme = project.programme {
                reference(
                    programmes.contains(programme),
                    "\(key).programme",
                    "programme",
                    programme,
                    table: "programmes"
                )
            }
            if let department = project.department {
                reference(
                    departments.contains(department),
                    "\(key).department",
                    "department",
                    department,
                    table: "departments"
                )
            }
        }
        for request in changeRequests {
            reference(
                projects.contains(request.project),
                "change-request:\(request.id).project",
                "project",
                request.project,
                table: "projects"
            )
        }
        for figure in publishedFigures {
            guard let subject = figure.subject else { continue }
            var key: String { "published-figure:\(figure.id)" }
            switch figure.claim {
            case .portfolioTotal, .headline:
                reference(portfolios.contains(Portfolio.ID(subject)), key, "portfolio", subject, table: "portfolios")
            case .programmeTotal:
                reference(programmes.contains(Programme.ID(subject)), key, "programme", subject, table: "programmes")
            case .projectTotal, .text:
                reference(projects.contains(Project.ID(subject)), key, "project", subject, table: "projects")
            default:
                break
            }
        }
        return problems.sorted()
    }

    private static func fits(_ value: MeasureValue, _ unit: MeasureUnit) -> Bool {
        switch value {
        case .number: unit != .currency && unit != .yesNo
        case .money: unit == .currency
        case .boolean: unit == .yesNo || unit == .percentage
        case .narrative, .notApplicable, .missing, .newMeasure: true
        }
    }
}
