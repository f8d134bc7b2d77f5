extension PerformanceData {
    /// The change log that results from applying every approved change request to its project, in order
    /// of decision date (then request order): see ``ChangeLog/init(replaying:projects:)``.
    ///
    /// - Throws: ``ValidationError`` naming the request that cannot be applied (its project is missing,
    ///   which loading reports first, so validated data never throws).
    public var changeLog: ChangeLog {
        get throws(ValidationError) {
            try ChangeLog(replaying: changeRequests, projects: delivery.projects)
        }
    }
}
