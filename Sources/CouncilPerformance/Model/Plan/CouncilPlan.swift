/// A Council Plan: its ambitions, commitments, approaches, "success means" outcomes, departments,
/// departmental strategies and Key Measures of Success.
///
/// ```swift
/// let plan = CouncilPlan(title: "Your Nottinghamshire Your Future", ambitions: ambitions, ...)
/// for measure in plan.measures(for: commitment.id) { print(measure.name) }
/// ```
public struct CouncilPlan: Sendable, Hashable, Codable {
    /// The plan's title.
    public var title: String
    /// The first financial year the plan covers.
    public var firstYear: FinancialYear?
    /// The last financial year the plan covers.
    public var lastYear: FinancialYear?
    /// The ambitions, in plan order.
    public var ambitions: [Ambition]
    /// The commitments, in plan order.
    public var commitments: [Commitment]
    /// The cross-cutting approaches, in plan order.
    public var approaches: [Approach]
    /// The "success means" outcomes.
    public var outcomes: [Outcome]
    /// The departments.
    public var departments: [Department]
    /// The departmental strategies.
    public var strategies: [DepartmentalStrategy]
    /// The Key Measures of Success, in plan order.
    public var measures: [Measure]

    /// Creates a plan.
    ///
    /// - Parameters:
    ///   - title: The plan's title.
    ///   - firstYear: The first financial year it covers.
    ///   - lastYear: The last financial year it covers.
    ///   - ambitions: Its ambitions.
    ///   - commitments: Its commitments.
    ///   - approaches: Its approaches.
    ///   - outcomes: Its outcomes.
    ///   - departments: Its departments.
    ///   - strategies: Its departmental strategies.
    ///   - measures: Its measures.
    public init(
        title: String,
        firstYear: FinancialYear? = nil,
        lastYear: FinancialYear? = nil,
        ambitions: [Ambition] = [],
        commitments: [Commitment] = [],
        approaches: [Approach] = [],
        outcomes: [Outcome] = [],
        departments: [Department] = [],
        strategies: [DepartmentalStrategy] = [],
        measures: [Measure] = []
    ) {
        self.title = title
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.ambitions = ambitions
        self.commitments = commitments
        self.approaches = approaches
        self.outcomes = outcomes
        self.departments = departments
        self.strategies = strategies
        self.measures = measures
    }

    /// The measure with an identifier, if the plan has it.
    ///
    /// - Parameter id: The measure's identifier.
    /// - Returns: The measure, or `nil`.
    /// - Complexity: O(*n*) in the number of measures.
    public func measure(_ id: Measure.ID) -> Measure? {
        measures.first { $0.id == id }
    }

    /// The commitments under an ambition, in plan order.
    ///
    /// - Parameter ambition: The ambition.
    /// - Returns: Its commitments.
    /// - Complexity: O(*n*) in the number of commitments.
    public func commitments(for ambition: Ambition.ID) -> [Commitment] {
        commitments.filter { $0.ambition == ambition }
    }

    /// The outcomes of a commitment or approach.
    ///
    /// - Parameter element: The commitment or approach.
    /// - Returns: Its outcomes, in plan order.
    /// - Complexity: O(*n*) in the number of outcomes.
    public func outcomes(for element: PlanElement) -> [Outcome] {
        outcomes.filter { $0.element == element }
    }

    /// The measures of a commitment or approach: those under its outcomes or linked to it directly.
    ///
    /// - Parameter element: The commitment or approach.
    /// - Returns: Its measures, in plan order.
    /// - Complexity: O(*m* + *o*) in the numbers of measures and outcomes.
    public func measures(for element: PlanElement) -> [Measure] {
        measureIndices(for: element).map { measures[$0] }
    }

    /// Where the measures of an approach or commitment are in ``measures``: those linked to it directly or
    /// through one of its outcomes.
    ///
    /// - Parameter element: The approach or commitment.
    /// - Returns: Indices of ``measures``, in plan order.
    /// - Complexity: O(*m* + *o*).
    public func measureIndices(for element: PlanElement) -> [Int] {
        let outcomeIDs = Set(outcomes(for: element).map(\.id))
        return measures.indices.filter { index in
            let measure = measures[index]
            return measure.contributesTo.contains(element) || measure.outcomes.contains(where: outcomeIDs.contains)
        }
    }

    /// The "success means" outcome a measure sits under: its outcome of that approach or commitment if it
    /// has one, else its first outcome in plan order.
    ///
    /// - Parameters:
    ///   - measure: The measure.
    ///   - element: The approach or commitment whose table shows it, or `nil`.
    /// - Returns: The outcome's text, or `nil` when the measure has no outcome.
    /// - Complexity: O(*o*) in the number of outcomes.
    public func successMeans(of measure: Measure, under element: PlanElement?) -> String? {
        let under = element.flatMap { element in
            outcomes.first { $0.element == element && measure.outcomes.contains($0.id) }
        }
        return (under ?? outcomes.first { measure.outcomes.contains($0.id) })?.text
    }

    /// The measures of a commitment.
    ///
    /// - Parameter commitment: The commitment.
    /// - Returns: Its measures, in plan order.
    /// - Complexity: O(*m* + *o*).
    public func measures(for commitment: Commitment.ID) -> [Measure] {
        measures(for: .commitment(commitment))
    }

    /// The measures of an approach.
    ///
    /// - Parameter approach: The approach.
    /// - Returns: Its measures, in plan order.
    /// - Complexity: O(*m* + *o*).
    public func measures(for approach: Approach.ID) -> [Measure] {
        measures(for: .approach(approach))
    }

    /// The measures under one outcome.
    ///
    /// - Parameter outcome: The outcome.
    /// - Returns: Its measures, in plan order.
    /// - Complexity: O(*m*).
    public func measures(for outcome: Outcome.ID) -> [Measure] {
        measures.filter { $0.outcomes.contains(outcome) }
    }
}
