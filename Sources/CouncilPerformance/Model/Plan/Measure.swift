/// A Key Measure of Success: its definition, polarity, targets and links to the Council Plan.
///
/// ```swift
/// let foia = Measure(
///     id: "foia-within-deadline",
///     name: "% FOIA requests responded to within deadlines",
///     unit: .percentage,
///     direction: .higher,
///     targets: [EffectiveDated(from: .year(try FinancialYear("2018/19")), value: .value(85))]
/// )
/// ```
public struct Measure: Sendable, Hashable, Codable, Identifiable {
    /// The identifier type for measures.
    public typealias ID = Identifier<Measure>

    /// Whether a measure's figures are snapshots or running totals.
    public enum Accumulation: String, Sendable, Hashable, Codable, CaseIterable {
        /// Each figure stands alone (a rate at the period's end); compared with the previous period.
        case snapshot
        /// Each figure is a year-to-date total; compared with the same period last year.
        case cumulative
    }

    /// Whether a measure is rated against targets or only reported.
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        /// Rated against a target.
        case targeted
        /// Reported for context (activity, volumes); never rated.
        case contextual
    }

    /// The measure's identifier.
    public var id: ID
    /// The measure's name as the plan prints it.
    public var name: String
    /// What the measure counts.
    public var unit: MeasureUnit
    /// Which way is good ("Good is").
    public var direction: Direction
    /// Snapshot or cumulative.
    public var accumulation: Accumulation
    /// Targeted or contextual.
    public var role: Role
    /// The department that owns the measure, if known.
    public var owner: Department.ID?
    /// The "success means" outcomes the measure evidences.
    public var outcomes: [Outcome.ID]
    /// Commitments or approaches the measure is linked to directly (beyond its outcomes).
    public var contributesTo: [PlanElement]
    /// The targets, each in force from a period.
    public var targets: [EffectiveDated<Target>]
    /// Tolerances overriding the plan's default, each in force from a period.
    public var tolerances: [EffectiveDated<Tolerance>]
    /// What the direction of travel compares with; `nil` takes it from ``accumulation``.
    public var trendRule: TrendRule?
    /// Changes of at most this size count as no change; `nil` takes the policy's.
    public var directionDeadBand: ExactDecimal?
    /// How often the measure is reported; `nil` infers it from its periods.
    public var frequency: ReportingFrequency?

    /// Creates a measure.
    ///
    /// - Parameters:
    ///   - id: The measure's identifier.
    ///   - name: The name as printed.
    ///   - unit: What it counts.
    ///   - direction: Which way is good; ``Direction/contextual`` for none.
    ///   - accumulation: Snapshot (default) or cumulative.
    ///   - role: Targeted (default) or contextual. A measure whose direction is contextual is never rated
    ///     whatever its role.
    ///   - owner: The owning department, if known.
    ///   - outcomes: The outcomes it evidences.
    ///   - contributesTo: Commitments or approaches it is linked to directly.
    ///   - targets: Its targets, effective-dated.
    ///   - tolerances: Tolerance overrides, effective-dated.
    ///   - trendRule: What the direction of travel compares with; from `accumulation` when `nil`.
    ///   - directionDeadBand: The measure's own dead band for direction of travel.
    ///   - frequency: How often it is reported; inferred from its periods when `nil`.
    public init(
        id: ID,
        name: String,
        unit: MeasureUnit,
        direction: Direction,
        accumulation: Accumulation = .snapshot,
        role: Role = .targeted,
        owner: Department.ID? = nil,
        outcomes: [Outcome.ID] = [],
        contributesTo: [PlanElement] = [],
        targets: [EffectiveDated<Target>] = [],
        tolerances: [EffectiveDated<Tolerance>] = [],
        trendRule: TrendRule? = nil,
        directionDeadBand: ExactDecimal? = nil,
        frequency: ReportingFrequency? = nil
    ) {
        self.id = id
        self.name = name
        self.unit = unit
        self.direction = direction
        self.accumulation = accumulation
        self.role = role
        self.owner = owner
        self.outcomes = outcomes
        self.contributesTo = contributesTo
        self.targets = targets
        self.tolerances = tolerances
        self.trendRule = trendRule
        self.directionDeadBand = directionDeadBand
        self.frequency = frequency
    }

    /// Whether the measure is rated: targeted and with a polarity.
    public var isRated: Bool { role == .targeted && direction.hasPolarity }

    /// The target in force at a period, or ``Target/none`` when none had been set.
    ///
    /// - Parameter period: The period being rated.
    /// - Returns: The target then in force.
    public func target(at period: ReportingPeriod) -> Target {
        targets.inForce(at: period) ?? .none
    }

    /// The measure's trend rule: its own, else the previous period for snapshot measures and the same
    /// period last year for cumulative ones.
    public var effectiveTrendRule: TrendRule {
        trendRule ?? (accumulation == .cumulative ? .samePeriodLastYear : .previousPeriod)
    }

    /// The period a value for `period` is compared with, by ``effectiveTrendRule``.
    ///
    /// - Parameter period: The period of the latest value.
    /// - Returns: The comparison period, or `nil` when the measure's trend rule is ``TrendRule/none``.
    public func comparisonPeriod(for period: ReportingPeriod) -> ReportingPeriod? {
        effectiveTrendRule.comparisonPeriod(for: period)
    }
}
