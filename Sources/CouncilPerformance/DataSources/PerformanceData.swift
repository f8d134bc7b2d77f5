/// One council's data, whole and validated: the plan and its measures, the observations, the savings
/// delivery portfolios and projects, and the change requests with their decisions.
///
/// A data source produces a `PerformanceData` whole or fails with every diagnostic
/// (``DataSourceError``); everything downstream (ratings, roll-ups, reports) can trust it.
public struct PerformanceData: Sendable, Hashable, Codable {
    /// The council's name.
    public var council: String
    /// The Council Plan, with its measures.
    public var plan: CouncilPlan
    /// The reporting policy's default tolerance.
    public var ratingPolicy: RatingPolicy
    /// Reported values of the measures.
    public var observations: [Observation]
    /// Savings delivery: portfolios, programmes and projects.
    public var delivery: CouncilDelivery
    /// Change requests, with their decisions.
    public var changeRequests: [ChangeRequest]

    /// Creates a snapshot.
    ///
    /// - Parameters:
    ///   - council: The council's name.
    ///   - plan: The Council Plan.
    ///   - ratingPolicy: The rating policy; the library's standard by default.
    ///   - observations: Reported values.
    ///   - delivery: Savings delivery.
    ///   - changeRequests: Change requests.
    public init(
        council: String,
        plan: CouncilPlan,
        ratingPolicy: RatingPolicy = .standard,
        observations: [Observation] = [],
        delivery: CouncilDelivery = CouncilDelivery(portfolios: [], projects: []),
        changeRequests: [ChangeRequest] = []
    ) {
        self.council = council
        self.plan = plan
        self.ratingPolicy = ratingPolicy
        self.observations = observations
        self.delivery = delivery
        self.changeRequests = changeRequests
    }

    /// The change log that results from applying every approved change request, in order of decision
    /// date (then request order), to its project.
    ///
    /// Requests that cannot be applied (their project is missing) are skipped; ``validate(file:)`` reports them.
    public var changeLog: ChangeLog {
        var log = ChangeLog()
        let approved = changeRequests.enumerated()
            .filter { $0.element.decision.outcome == .approved }
            .sorted { lhs, rhs in
                let left = lhs.element.decision.date ?? lhs.element.date
                let right = rhs.element.decision.date ?? rhs.element.date
                switch (left, right) {
                case (let l?, let r?) where l != r: return l < r
                default: return lhs.offset < rhs.offset
                }
            }
        for (_, request) in approved {
            guard let project = delivery.projects.first(where: { $0.id == request.project }),
                let next = try? log.applying(request, to: project)
            else { continue }
            log = next
        }
        return log
    }
}
