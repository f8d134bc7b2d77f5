import CouncilPerformance

/// A dashboard row as printed (`Measure | Latest | Target | Good is | Previous | National`), turned into
/// a measure with a target in force and two observations: latest at `period`, previous at the period
/// before it (or the period printed beside the value, as in `27.5% (2017/18)`).
struct PrintedRow {
    let measure: Measure
    let latest: Observation
    let previous: Observation?
    let period: ReportingPeriod

    init(
        name: String,
        latest: String,
        target: String,
        goodIs: String,
        previous: String = "-",
        national: String = "n/a",
        period: ReportingPeriod,
        unit: MeasureUnit? = nil
    ) throws {
        let unit = unit ?? Self.inferUnit(name: name, latest: latest)
        let direction = try Direction(goodIs)
        let latestCell = try MeasureValue.Parsed(latest, unit: unit)
        let latestPeriod = latestCell.period ?? period
        let parsedTarget = try Target(target)
        self.period = latestPeriod
        self.measure = Measure(
            id: Measure.ID(name),
            name: name,
            unit: unit,
            direction: direction,
            targets: [EffectiveDated(from: latestPeriod, value: parsedTarget)]
        )
        let nationalValue = try MeasureValue(parsing: national, unit: unit)
        self.latest = Observation(
            measure: measure.id,
            period: latestPeriod,
            value: latestCell.value,
            national: nationalValue
        )
        let previousCell = try MeasureValue.Parsed(previous, unit: unit)
        if previousCell.value == .missing {
            self.previous = nil
        } else {
            self.previous = Observation(
                measure: measure.id,
                period: previousCell.period ?? latestPeriod.previous,
                value: previousCell.value
            )
        }
    }

    var observations: [Observation] { [latest] + (previous.map { [$0] } ?? []) }

    func assess(_ policy: RatingPolicy = .standard) throws -> Assessment {
        try policy.assess(measure, observations: observations, at: period)
    }

    static func inferUnit(name: String, latest: String) -> MeasureUnit {
        if name.hasPrefix("%") || name.lowercased().hasPrefix("percentage") || name.hasPrefix("Proportion")
            || latest.contains("%")
        {
            return .percentage
        }
        if latest.hasPrefix("£") { return .currency }
        if latest == "Yes" || latest == "No" { return .yesNo }
        return .count
    }
}
