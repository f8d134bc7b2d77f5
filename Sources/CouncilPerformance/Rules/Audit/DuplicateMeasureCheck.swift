/// Finds a measure printed twice under one commitment or approach (the same name, without case or
/// punctuation) and holds the two printings' figures against each other: the same figures are a
/// harmless repeat; different latest values or targets are a finding, since a reader cannot tell which
/// is the measure's.
enum DuplicateMeasureCheck {
    /// One check for each pair of measures of the same name under the same plan element (or, for
    /// measures under none, the same outcome).
    ///
    /// - Complexity: O(*m* log *m* + *o*) for *m* measures and *o* observations.
    static func checks(of data: PerformanceData) -> [ConsistencyAudit.Check] {
        var groups: [String: [Measure]] = [:]
        var order: [String] = []
        for measure in data.plan.measures {
            let places = measure.contributesTo.map(\.description) + measure.outcomes.map { "outcome:\($0)" }
            let name = ClaimCheck.normalised(measure.name)
            for place in places.isEmpty ? ["plan"] : places {
                let key = "\(place)\u{1}\(name)"
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(measure)
            }
        }
        var seen: Set<[Measure.ID]> = []
        var checks: [ConsistencyAudit.Check] = []
        let index = Dictionary(grouping: data.observations, by: \.measure)
        for key in order {
            guard let measures = groups[key], measures.count > 1 else { continue }
            let place = String(key.prefix { $0 != "\u{1}" })
            for (offset, first) in measures.enumerated() {
                for second in measures.dropFirst(offset + 1) where seen.insert([first.id, second.id]).inserted {
                    checks.append(check(first, second, place: place, observations: index))
                }
            }
        }
        return checks
    }

    private static func check(
        _ first: Measure,
        _ second: Measure,
        place: String,
        observations: [Measure.ID: [Observation]]
    ) -> ConsistencyAudit.Check {
        let firstValues = observations[first.id] ?? []
        let secondValues = observations[second.id] ?? []
        var differences: [String] = []
        var periods = Set(firstValues.map(\.period)).union(secondValues.map(\.period)).sorted()
        periods = periods.filter { period in
            firstValues.contains { $0.period == period } && secondValues.contains { $0.period == period }
        }
        for period in periods {
            let one = firstValues.first { $0.period == period }?.value.formatted(unit: first.unit) ?? ""
            let two = secondValues.first { $0.period == period }?.value.formatted(unit: second.unit) ?? ""
            if one != two { differences.append("\(period) \(one) against \(two)") }
        }
        let latest = periods.last
        let targetOne = latest.map { first.target(at: $0).description } ?? "-"
        let targetTwo = latest.map { second.target(at: $0).description } ?? "-"
        if targetOne != targetTwo { differences.append("target \(targetOne) against \(targetTwo)") }
        let show = { (measure: Measure, values: [Observation]) -> String in
            let value = latest.flatMap { period in values.first { $0.period == period } }
            return value.map {
                "\($0.value.formatted(unit: measure.unit)) (\(measure.id)\($0.source.map { ", \($0)" } ?? ""))"
            }
                ?? "\(measure.id)"
        }
        let firstSource = latest.flatMap { period in firstValues.first { $0.period == period }?.source }
        var check = ConsistencyAudit.Check(
            subject: "\(first.name) printed twice under \(place)",
            source: firstSource ?? SourceReference(document: "plan", location: "measure \(first.id)"),
            printedText: latest.flatMap { period in firstValues.first { $0.period == period } }
                .map { $0.value.formatted(unit: first.unit) } ?? first.id.rawValue,
            unit: .figure,
            printedNumber: .zero,
            recomputedNumber: nil,
            verdict: differences.isEmpty ? .held : .mismatch,
            explanation: differences.isEmpty
                ? "the same measure twice, with the same figures"
                : "the same measure twice, with different figures: " + differences.joined(separator: "; ")
        )
        check.comparedWith = show(second, secondValues)
        check.recomputedLabel = differences.isEmpty ? "the same figures" : "different figures"
        return check
    }
}
