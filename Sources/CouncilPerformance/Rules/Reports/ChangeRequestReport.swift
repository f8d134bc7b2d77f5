/// The change request report: each request with its profile table, policy findings and decision record,
/// and the net impact by year in both readings.
public struct ChangeRequestReport: Sendable, Hashable {
    /// One request with what the policy found.
    public struct Entry: Sendable, Hashable {
        /// The request.
        public var request: ChangeRequest
        /// The project's name, if the project exists.
        public var projectName: String?
        /// Rules the request breaks.
        public var findings: [ChangeControlPolicy.Finding]

        /// Creates an entry.
        ///
        /// - Parameters:
        ///   - request: The request.
        ///   - projectName: The project's name.
        ///   - findings: Rules it breaks.
        public init(request: ChangeRequest, projectName: String?, findings: [ChangeControlPolicy.Finding]) {
            self.request = request
            self.projectName = projectName
            self.findings = findings
        }
    }

    /// The council.
    public var council: String
    /// The change requests (not extensions), in data order.
    public var requests: [Entry]
    /// The extensions of targets, in data order.
    public var extensions: [Entry]
    /// The years the net impact covers.
    public var years: [FinancialYear]
    /// Net impact with years as the appendices give them.
    public var strict: NetImpactSummary
    /// Net impact with earlier years folded into the first.
    public var folded: NetImpactSummary

    /// Builds the report.
    ///
    /// - Parameters:
    ///   - data: The council's data.
    ///   - years: The years of the net impact; by default from the financial year of the latest
    ///     request's date to the last year any request changes.
    /// - Complexity: O(*r* × *p*) for *r* requests and *p* projects.
    public init(data: PerformanceData, years: [FinancialYear]? = nil) {
        council = data.council
        let policy = ChangeControlPolicy()
        let projects = data.delivery.projects
        var requests: [Entry] = []
        var extensions: [Entry] = []
        for request in data.changeRequests {
            let entry = Entry(
                request: request,
                projectName: projects.first { $0.id == request.project }?.name,
                findings: policy.validate(request, projects: projects)
            )
            if request.kind == .extensionOfTarget { extensions.append(entry) } else { requests.append(entry) }
        }
        self.requests = requests
        self.extensions = extensions
        let allYears = data.changeRequests.flatMap { $0.profile.map(\.year) }
        let first = data.changeRequests.compactMap(\.date).max()?.financialYear ?? allYears.min()
        let last = allYears.max()
        var span: [FinancialYear] = []
        if let first, let last, first <= last {
            var year = first
            while year <= last {
                span.append(year)
                year = year.next
            }
        }
        self.years = years ?? span
        strict = NetImpactSummary(
            requests: requests.map(\.request),
            extensions: extensions.map(\.request),
            years: self.years,
            reading: .strict
        )
        folded = NetImpactSummary(
            requests: requests.map(\.request),
            extensions: extensions.map(\.request),
            years: self.years,
            reading: .foldEarlierYearsIntoFirst
        )
    }
}
