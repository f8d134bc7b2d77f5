extension ClaimCheck {
    /// An operand read from the data: a printed figure, a model value or a set of items.
    ///
    /// - Complexity: O(*m*) in the rows of the model it reads.
    static func resolve(_ operand: PublishedClaim.Operand, context: Context, depth: Int = 0) -> Resolved {
        let data = context.data
        switch operand {
        case .figure(let id):
            if let claim = context.claims[id], claim.value == nil {
                return working(claim, context: context, depth: depth)
            }
            if let claim = context.claims[id], let value = claim.value {
                return .figure(
                    Figure(
                        kind: value.kind,
                        value: value.value,
                        precision: value.precision,
                        text: claim.printed,
                        place: claim.source.description
                    )
                )
            }
            if let figure = context.figures[id] {
                let place = figure.source.description
                if let number = figure.number {
                    let kind: PrintedValue.Kind = figure.quantity == .count ? .count : .percentage
                    return .figure(
                        Figure(
                            kind: kind,
                            value: number,
                            precision: figure.numberPrecision,
                            text: figure.printed,
                            place: place
                        )
                    )
                }
                return .figure(
                    Figure(
                        kind: .money,
                        value: pounds(figure.amount),
                        precision: pounds(figure.precision),
                        text: figure.printed,
                        place: place
                    )
                )
            }
            return .missing("no printed figure \"\(id)\"")
        case .observation(let measureID, let period):
            guard let measure = data.plan.measures.first(where: { $0.id == measureID }) else {
                return .missing("no measure \"\(measureID)\"")
            }
            guard let observation = data.observations.first(where: { $0.measure == measureID && $0.period == period })
            else { return .missing("no value of \(measureID) for \(period)") }
            // Readers see the measure's name and the value as the paper printed it, not the data's identifier.
            let place = "\(measure.name), \(period)" + (observation.source.map { ", \($0)" } ?? "")
            guard let number = observation.value.comparableNumber else {
                return .missing("\(measureID) for \(period) is \"\(observation.value)\", not a figure (\(place))")
            }
            let kind = kind(of: measure.unit)
            return .figure(
                Figure(
                    kind: kind,
                    value: number,
                    precision: .zero,
                    text: observation.printed ?? observation.value.formatted(unit: measure.unit),
                    place: "the data, \(place)"
                )
            )
        case .target(let measureID, let period):
            guard let measure = data.plan.measures.first(where: { $0.id == measureID }) else {
                return .missing("no measure \"\(measureID)\"")
            }
            let target = measure.target(at: period)
            guard case .value(let number) = target else {
                return .missing("the target of \(measureID) in \(period) is \"\(target)\", not a figure")
            }
            return .figure(
                Figure(
                    kind: kind(of: measure.unit),
                    value: number,
                    precision: .zero,
                    text: target.description,
                    place: "the data, target of \(measure.name) in \(period)"
                )
            )
        case .list(let name):
            guard let items = context.lists[name] else { return .missing("no printed list \"\(name)\"") }
            return .items(items, "printed list \(name)")
        case .projects(let scope):
            let delivery = data.delivery
            if scope == "*" { return .items(delivery.projects.map(\.name), "every project") }
            if let portfolio = delivery.portfolios.first(where: { $0.id.rawValue == scope }) {
                return .items(delivery.projects(in: portfolio.id).map(\.name), "portfolio \(portfolio.name)")
            }
            if let programme = delivery.programmes.first(where: { $0.id.rawValue == scope }) {
                return .items(delivery.projects(in: programme.id).map(\.name), "programme \(programme.name)")
            }
            if let group = delivery.group(ProjectGroup.ID(scope)) {
                return .items(delivery.projects(in: group).map(\.name), "group \(group.name)")
            }
            return .missing("no portfolio, programme or group \"\(scope)\"")
        case .milestones(let id):
            guard let programme = data.delivery.programmes.first(where: { $0.id.rawValue == id }) else {
                return .missing("no programme \"\(id)\"")
            }
            return .items(programme.milestones.map(\.description), "milestones of \(programme.name)")
        case .measures(let id):
            let element = data.plan.commitments.contains { $0.id.rawValue == id }
            let approach = data.plan.approaches.contains { $0.id.rawValue == id }
            guard element || approach else { return .missing("no commitment or approach \"\(id)\"") }
            let names = data.plan.measures.filter { measure in
                measure.contributesTo.contains { $0 == .commitment(.init(id)) || $0 == .approach(.init(id)) }
            }.map(\.name)
            return .items(names, "measures of \(id)")
        }
    }

    private static func kind(of unit: MeasureUnit) -> PrintedValue.Kind? {
        switch unit {
        case .percentage: .percentage
        case .count: .count
        case .currency: .money
        case .days: .days
        case .ratio, .number, .yesNo: nil
        }
    }

    /// An amount of money in pounds, exactly (a penny is 0.01).
    static func pounds(_ money: Money) -> ExactDecimal {
        ExactDecimal(units: money.pence.multipliedReportingOverflow(by: ExactDecimal.scale / 100).partialValue)
    }

    /// A sum, difference, mean or percentage printed nowhere, worked out from its operands (at most eight
    /// deep, so that a cycle of claims is reported, not followed).
    private static func working(_ claim: PublishedClaim, context: Context, depth: Int) -> Resolved {
        guard depth < 8 else { return .missing("\(claim.id) is worked out from itself") }
        guard [.sum, .difference, .mean, .percentage].contains(claim.kind) else {
            return .missing("\(claim.id) prints no figure")
        }
        let resolved = claim.operands.map { resolve($0, context: context, depth: depth + 1) }
        var first: Figure? = nil
        for case .figure(let figure) in resolved {
            first = figure
            break
        }
        let kind = claim.kind == .percentage ? .percentage : first?.kind ?? .number
        let shape = PrintedValue(text: "", kind: kind, value: .zero, precision: first?.precision ?? .zero)
        switch combined(claim.kind, resolved, printed: shape) {
        case .worked(var figure, _, _):
            figure.kind = kind
            // Named by the figures it is worked out from, as printed and where, not by their identifiers.
            let parts = resolved.compactMap { item -> String? in
                guard case .figure(let part) = item else { return nil }
                return "\(part.text) (\(part.place))"
            }
            figure.place = "worked out from \(parts.joined(separator: ", "))"
            return .figure(figure)
        case .failed(let reason):
            return .missing(reason)
        }
    }
}
