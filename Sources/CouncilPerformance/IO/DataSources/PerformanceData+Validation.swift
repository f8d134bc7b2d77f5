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
        var validation = Validation(data: self, file: file, sourceMap: sourceMap)
        validation.checkPlan()
        validation.checkObservations()
        validation.checkDelivery()
        return validation.problems.sorted()
    }
}

/// One validation of a ``PerformanceData``: the problems found so far, located through the reader's
/// ``SourceMap`` (or as paths, for data that came from no file).
private struct Validation {
    let data: PerformanceData
    let file: String
    let sourceMap: SourceMap
    private(set) var problems: [Diagnostic] = []
    /// Built at the first problem: valid data never needs a location.
    private var sourceIndex: SourceMap.Index?
    /// The identifiers defined, by kind, with how many times each is, once ``checkPlan()`` and
    /// ``checkDelivery()`` have collected them.
    private var defined: [ElementKind: [String: Int]] = [:]

    init(data: PerformanceData, file: String, sourceMap: SourceMap) {
        self.data = data
        self.file = file
        self.sourceMap = sourceMap
    }

    private mutating func location(_ key: ElementKey, occurrence: Int = 0) -> Diagnostic.Location {
        if sourceIndex == nil { sourceIndex = sourceMap.index() }
        return sourceIndex?.location(key, occurrence: occurrence, file: file) ?? .init(file: file)
    }

    private mutating func add(_ code: Diagnostic.Code, _ key: ElementKey, _ message: String, occurrence: Int = 0) {
        problems.append(Diagnostic(code: code, location: location(key, occurrence: occurrence), message: message))
    }

    /// Records a kind's identifiers, reporting each one defined more than once.
    private mutating func collect(_ ids: [some CustomStringConvertible], _ kind: ElementKind) {
        var seen: [String: Int] = [:]
        seen.reserveCapacity(ids.count)
        for id in ids.map(\.description) {
            // One lookup for an id seen first, the usual case; a repeat is counted with a second.
            guard let occurrence = seen.updateValue(1, forKey: id) else { continue }
            seen[id] = occurrence + 1
            let key = ElementKey(kind, id)
            let first = location(key)
            add(
                .duplicateIdentifier,
                key,
                "duplicate \(kind.rawValue) id \"\(id)\" (first defined at \(first); expected each id once in \(kind.table))",
                occurrence: occurrence
            )
        }
        defined[kind] = seen
    }

    /// Reports a reference to an identifier of a kind that is not defined.
    ///
    /// The key is spelled out only for a reference that fails.
    private mutating func reference(
        _ id: some CustomStringConvertible,
        to kind: ElementKind,
        at key: @autoclosure () -> ElementKey
    ) {
        guard defined[kind]?[id.description] == nil else { return }
        add(.unknownReference, key(), "no \(kind.rawValue) \"\(id)\" (expected an id from the \(kind.table) table)")
    }

    /// Reports a reference, held in a field of an element, to an identifier that is not defined.
    private mutating func reference(
        _ id: some CustomStringConvertible,
        to kind: ElementKind,
        from element: ElementKind,
        _ elementID: some CustomStringConvertible,
        field: String
    ) {
        reference(id, to: kind, at: ElementKey(element, elementID, field: field))
    }

    private mutating func reference(_ element: PlanElement, at key: ElementKey) {
        switch element {
        case .commitment(let id): reference(id, to: .commitment, at: key)
        case .approach(let id): reference(id, to: .approach, at: key)
        }
    }

    /// The plan: identifiers once each, every reference defined, no rateable target on a contextual measure.
    mutating func checkPlan() {
        let plan = data.plan
        collect(plan.ambitions.map(\.id), .ambition)
        collect(plan.commitments.map(\.id), .commitment)
        collect(plan.approaches.map(\.id), .approach)
        collect(plan.outcomes.map(\.id), .outcome)
        collect(plan.departments.map(\.id), .department)
        collect(plan.strategies.map(\.id), .strategy)
        collect(plan.measures.map(\.id), .measure)
        for commitment in plan.commitments {
            reference(commitment.ambition, to: .ambition, from: .commitment, commitment.id, field: "ambition")
        }
        for outcome in plan.outcomes {
            reference(outcome.element, at: ElementKey(.outcome, outcome.id, field: "element"))
        }
        for strategy in plan.strategies {
            reference(strategy.department, to: .department, from: .strategy, strategy.id, field: "department")
            for activity in strategy.activities {
                let id = "\(strategy.id)/\(activity.id)"
                for measure in activity.measures {
                    reference(measure, to: .measure, from: .activity, id, field: "measures")
                }
                for item in activity.contributesTo {
                    reference(item, at: ElementKey(.activity, id, field: "contributes_to"))
                }
            }
        }
        for measure in plan.measures { checkMeasure(measure) }
    }

    private mutating func checkMeasure(_ measure: Measure) {
        if let owner = measure.owner {
            reference(owner, to: .department, from: .measure, measure.id, field: "owner")
        }
        for outcome in measure.outcomes {
            reference(outcome, to: .outcome, at: ElementKey(.measure, measure.id, field: "outcomes"))
        }
        for item in measure.contributesTo {
            reference(item, at: ElementKey(.measure, measure.id, field: "contributes_to"))
        }
        guard !measure.isRated else {
            checkZeroTargets(measure)
            return
        }
        for (index, target) in measure.targets.enumerated() where target.value.isRateable {
            add(
                .inconsistent,
                ElementKey(.target, measure.id, position: index),
                "\(measure.id) is contextual, so it takes no target (found \"\(target.value)\")"
            )
        }
    }

    /// Reports each target of zero under a tolerance that is a percentage of it.
    ///
    /// The band would always be empty; each such target is reported where it is set, with the fix.
    private mutating func checkZeroTargets(_ measure: Measure) {
        let targets = measure.targets.sorted { $0.from < $1.from }
        for (index, target) in measure.targets.enumerated() {
            switch target.value {
            case .value(let goal) where goal == .zero, .betterThanStated(let goal, _) where goal == .zero: break
            default: continue
            }
            // The tolerances in force while this target is: the one at its start, and any that start before
            // the next target does.
            let next = targets.first { target.from < $0.from }?.from
            var inForce = [measure.tolerances.inForce(at: target.from) ?? data.ratingPolicy.defaultTolerance]
            inForce += measure.tolerances.filter { tolerance in
                target.from < tolerance.from && next.map { tolerance.from < $0 } ?? true
            }
            .map(\.value)
            guard let relative = inForce.first(where: \.isRelative) else { continue }
            add(
                .inconsistent,
                ElementKey(.target, measure.id, position: index),
                "a target of 0 with a tolerance of \(relative), a percentage of the target, leaves no band "
                    + "(expected an absolute tolerance for \(measure.id), such as 0.5, in the tolerances table)"
            )
        }
    }

    /// Each observation: its measure defined, its value of the measure's unit, its period within the
    /// plan's years, and no second value for its measure and period.
    mutating func checkObservations() {
        let observations = data.observations
        let index = data.observationIndex
        let (first, last) = (data.plan.firstYear, data.plan.lastYear)
        var checked = 0
        var seen = Set<Measure.ID>()
        seen.reserveCapacity(data.plan.measures.count)
        // Measure by measure through the index: no lookup an observation, and a second value for a
        // period follows the first.
        for measure in data.plan.measures where seen.insert(measure.id).inserted {
            let positions = index.observations(of: measure.id)
            checked += positions.count
            for (offset, position) in positions.enumerated() {
                // Spelled out only for a problem: valid data builds no key.
                var key: ElementKey { ElementKey(.observation, position) }
                let period = observations[position].period
                if !Self.fits(observations[position].value, measure.unit) {
                    add(.inconsistent, key, Self.unitMismatch(measure, observations[position].value))
                }
                if let national = observations[position].national, !Self.fits(national, measure.unit) {
                    add(.inconsistent, key, Self.unitMismatch(measure, national))
                }
                if let first, period.financialYear < first {
                    add(.inconsistent, key, "\(period) is before the plan's first year \(first)")
                }
                if let last, period.financialYear > last {
                    add(.inconsistent, key, "\(period) is after the plan's last year \(last)")
                }
                if offset > 0, observations[positions[offset - 1]].period == period {
                    add(
                        .inconsistent,
                        key,
                        "a second value for \(measure.id) in \(period) (expected one a period)"
                    )
                }
            }
        }
        // Observations of measures not in the plan are the ones the index holds apart.
        guard checked < observations.count else { return }
        for position in observations.indices where !seen.contains(observations[position].measure) {
            reference(
                observations[position].measure,
                to: .measure,
                at: ElementKey(.observation, position)
            )
        }
    }

    /// Delivery and change control: identifiers once each, and every portfolio, programme, project and
    /// department referred to defined; every published figure's subject defined.
    mutating func checkDelivery() {
        let delivery = data.delivery
        collect(delivery.portfolios.map(\.id), .portfolio)
        collect(delivery.programmes.map(\.id), .programme)
        collect(delivery.projects.map(\.id), .project)
        collect(data.changeRequests.map(\.id), .changeRequest)
        collect(data.publishedFigures.map(\.id), .publishedFigure)
        for portfolio in delivery.portfolios {
            if let department = portfolio.department {
                reference(department, to: .department, from: .portfolio, portfolio.id, field: "department")
            }
        }
        for programme in delivery.programmes {
            reference(programme.portfolio, to: .portfolio, from: .programme, programme.id, field: "portfolio")
        }
        for project in delivery.projects {
            reference(project.portfolio, to: .portfolio, from: .project, project.id, field: "portfolio")
            if let programme = project.programme {
                reference(programme, to: .programme, from: .project, project.id, field: "programme")
            }
            if let department = project.department {
                reference(department, to: .department, from: .project, project.id, field: "department")
            }
        }
        for request in data.changeRequests {
            reference(request.project, to: .project, from: .changeRequest, request.id, field: "project")
        }
        for figure in data.publishedFigures {
            guard let subject = figure.subject else { continue }
            let key = ElementKey(.publishedFigure, figure.id)
            switch figure.claim {
            case .portfolioTotal, .headline: reference(subject, to: .portfolio, at: key)
            case .programmeTotal: reference(subject, to: .programme, at: key)
            case .projectTotal, .text: reference(subject, to: .project, at: key)
            default: break
            }
        }
    }

    private static func unitMismatch(_ measure: Measure, _ value: MeasureValue) -> String {
        "\(measure.id) counts a \(measure.unit), but the value is \"\(value)\""
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
