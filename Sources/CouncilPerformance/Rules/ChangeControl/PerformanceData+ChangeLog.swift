extension PerformanceData {
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
