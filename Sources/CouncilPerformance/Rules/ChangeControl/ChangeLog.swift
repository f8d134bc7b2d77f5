/// The append-only record of approved change requests applied to projects' savings profiles.
///
/// Applying a request never edits a project's approved baseline: a project's current profile is its
/// baseline plus the changes applied to it, in order. The log encodes to JSON and replays to the same
/// current profiles.
///
/// ```swift
/// var log = ChangeLog()
/// log = try log.applying(approvedRequest, to: project)
/// log.currentProfile(of: project)   // baseline + change
/// ```
public struct ChangeLog: Sendable, Hashable, Codable {
    /// One application of an approved request.
    public struct Entry: Sendable, Hashable, Codable {
        /// The request applied.
        public var request: ChangeRequest.ID
        /// The project changed.
        public var project: Project.ID
        /// What the request did.
        public var kind: ChangeKind
        /// The change applied, by year (positive raises the year's savings, negative lowers them).
        public var change: SavingsProfile
        /// The profile before the change.
        public var before: SavingsProfile
        /// The profile after the change.
        public var after: SavingsProfile
        /// Who decided.
        public var decidedBy: String?
        /// When it was decided.
        public var decidedOn: CalendarDate?

        /// What moved between which years, in words: `2019/20 +£2,000k; 2020/21 -£2,000k`.
        public var summary: String {
            change.entries.map { entry in
                let sign = entry.amount > .zero ? "+" : ""
                return "\(entry.year) \(sign)\(entry.amount.formatted(.thousands(decimalPlaces: 0)))"
            }.joined(separator: "; ")
        }
    }

    /// The entries, in the order applied.
    public private(set) var entries: [Entry]

    /// An empty log.
    public init() {
        entries = []
    }

    /// Replays approved change requests: the one place where a council's current profiles are made
    /// from its approved baseline.
    ///
    /// Every approved request is applied to its project once, in order of decision date (a request
    /// without one takes its own date; undated ones keep their order), ties in request order. Requests
    /// not approved are left out.
    ///
    /// - Parameters:
    ///   - requests: The change requests, in the data's order.
    ///   - projects: The projects they change.
    /// - Throws: ``ValidationError`` naming the first request that cannot be applied, with why.
    /// - Complexity: O(*r* log *r* + *r* × *e*) for *r* requests and *e* entries a project.
    public init(replaying requests: [ChangeRequest], projects: [Project]) throws(ValidationError) {
        let approved = requests.enumerated()
            .filter { $0.element.decision.outcome == .approved }
            .sorted { lhs, rhs in
                let left = lhs.element.decision.date ?? lhs.element.date
                let right = rhs.element.decision.date ?? rhs.element.date
                switch (left, right) {
                case (let l?, let r?) where l != r: return l < r
                default: return lhs.offset < rhs.offset
                }
            }
        let projectsByID = Dictionary(projects.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var log = ChangeLog()
        for (_, request) in approved {
            guard let project = projectsByID[request.project] else {
                throw ValidationError(
                    code: .ruleViolation,
                    found: "no project \(request.project)",
                    expected: "a request for a project in the data",
                    field: "change request \(request.id)"
                )
            }
            log = try log.applying(request, to: project)
        }
        self = log
    }

    /// Decodes a log, replaying its entries to check that each one's before and after profiles agree
    /// with the entries before it.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError.dataCorrupted` when an entry does not follow from the ones before it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let entries = try container.decode([Entry].self, forKey: .entries)
        var profiles: [Project.ID: SavingsProfile] = [:]
        for (index, entry) in entries.enumerated() {
            let before = profiles[entry.project] ?? entry.before
            guard before == entry.before, entry.before + entry.change == entry.after else {
                throw DecodingError.dataCorruptedError(
                    forKey: .entries,
                    in: container,
                    debugDescription: "entry \(index) (\(entry.request)) does not follow from the entries before it"
                )
            }
            profiles[entry.project] = entry.after
        }
        self.entries = entries
    }

    private enum CodingKeys: String, CodingKey {
        case entries
    }

    /// Whether a request has been applied.
    ///
    /// - Parameter request: The request.
    /// - Returns: `true` once it has an entry.
    public func contains(_ request: ChangeRequest.ID) -> Bool {
        entries.contains { $0.request == request }
    }

    /// The entries for one project, in order.
    ///
    /// - Parameter project: The project.
    /// - Returns: Its entries.
    public func entries(for project: Project.ID) -> [Entry] {
        entries.filter { $0.project == project }
    }

    /// A project's current profile: its approved baseline plus every change applied to it, in order.
    ///
    /// - Parameter project: The project.
    /// - Returns: The current profile.
    /// - Complexity: O(*n*) in the number of entries.
    public func currentProfile(of project: Project) -> SavingsProfile {
        entries(for: project.id).reduce(project.baseline) { $0 + $1.change }
    }

    /// Applies an approved request to a project, appending an entry.
    ///
    /// - Parameters:
    ///   - request: The request; it must be approved and not yet applied, and must name `project`.
    ///   - project: The project it changes.
    /// - Returns: The log with the new entry.
    /// - Throws: ``ValidationError`` with code ``ErrorCode/ruleViolation`` when the request is
    ///   not approved, has already been applied, or names another project.
    public func applying(_ request: ChangeRequest, to project: Project) throws(ValidationError) -> ChangeLog {
        guard request.project == project.id else {
            throw ValidationError(
                code: .ruleViolation,
                found: "request for \(request.project)",
                expected: "a request for \(project.id)",
                field: "change request \(request.id)"
            )
        }
        guard request.decision.outcome == .approved else {
            throw ValidationError(
                code: .ruleViolation,
                found: "\(request.decision.outcome)",
                expected: "an approved request; only approved requests are applied",
                field: "change request \(request.id)"
            )
        }
        guard !contains(request.id) else {
            throw ValidationError(
                code: .ruleViolation,
                found: "already applied",
                expected: "a request not yet applied; a request applies once",
                field: "change request \(request.id)"
            )
        }
        let before = currentProfile(of: project)
        let change = request.change
        var copy = self
        copy.entries.append(
            Entry(
                request: request.id,
                project: project.id,
                kind: request.kind,
                change: change,
                before: before,
                after: before + change,
                decidedBy: request.decision.decidedBy,
                decidedOn: request.decision.date
            )
        )
        return copy
    }
}
