/// A request to a committee to alter a previously approved savings profile, with its form, its profile
/// table and its decision record.
///
/// The profile table holds what the form prints: per year the expected and revised savings, and the
/// printed change where the paper gives one. The change itself is derived (revised minus expected);
/// ``ChangeControlPolicy`` checks the printed figures against it.
///
/// ```swift
/// var request = ChangeRequest(id: "cr-a", project: "targeted-reviews", kind: .reProfile, profile: rows)
/// request = try request.deciding(Decision(outcome: .approved, date: try CalendarDate("2019-01-07"),
///                                         decidedBy: "Improvement and Change Sub-Committee"))
/// ```
public struct ChangeRequest: Sendable, Hashable, Codable, Identifiable {
    /// The identifier type for change requests.
    public typealias ID = Identifier<ChangeRequest>

    /// One row of the form's profile table: `Year | Expected | Revised | Change`.
    public struct ProfileRow: Sendable, Hashable, Codable {
        /// The financial year.
        public var year: FinancialYear
        /// The previously approved (expected) savings, if printed.
        public var expected: Money?
        /// The revised savings, if printed.
        public var revised: Money?
        /// The change as printed, if printed.
        public var printedChange: Money?

        /// Creates a profile row.
        ///
        /// - Parameters:
        ///   - year: The financial year.
        ///   - expected: The expected savings, if printed.
        ///   - revised: The revised savings, if printed.
        ///   - printedChange: The change as printed, if printed.
        public init(year: FinancialYear, expected: Money?, revised: Money?, printedChange: Money? = nil) {
            self.year = year
            self.expected = expected
            self.revised = revised
            self.printedChange = printedChange
        }

        /// The change: revised minus expected (a blank cell counts as zero when the other is printed),
        /// or the printed change when neither is printed (an extension given only as an increment).
        public var change: Money {
            if expected == nil && revised == nil { return printedChange ?? .zero }
            return (revised ?? .zero) - (expected ?? .zero)
        }
    }

    /// A row of lessons learned: `Lesson Description | Learning Point`.
    public struct Lesson: Sendable, Hashable, Codable {
        /// What happened.
        public var description: String
        /// What to learn from it.
        public var learningPoint: String

        /// Creates a lesson.
        ///
        /// - Parameters:
        ///   - description: What happened.
        ///   - learningPoint: What to learn from it.
        public init(description: String, learningPoint: String) {
            self.description = description
            self.learningPoint = learningPoint
        }
    }

    /// The request's identifier.
    public var id: ID
    /// The project whose profile it changes.
    public var project: Project.ID
    /// The project reference as the form prints it, such as `CFC 601`.
    public var reference: String?
    /// The department, as the form prints it.
    public var department: String?
    /// The date of the request.
    public var date: CalendarDate?
    /// The sponsor or author.
    public var author: String?
    /// What the request does.
    public var kind: ChangeKind
    /// Objectives and issues.
    public var objectivesAndIssues: String?
    /// Mitigations tried and their outcome.
    public var mitigations: String?
    /// The change requested, in words.
    public var changeRequested: String?
    /// Wider impacts.
    public var widerImpacts: String?
    /// Lessons learned.
    public var lessons: [Lesson]
    /// The recommendation.
    public var recommendation: String?
    /// The Finance comment on the impact on the Medium Term Financial Strategy.
    public var financeComment: String?
    /// The Programme Management Office comment.
    public var pmoComment: String?
    /// The profile table, one row a year, in year order.
    public var profile: [ProfileRow]
    /// The Total row as printed, if printed.
    public var printedTotal: ProfileRow?
    /// The amount the request says is written off, if it states one.
    public var writtenOff: Money?
    /// The amount the request says is delivered another way, if it states one.
    public var alternativeDelivery: Money?
    /// The current decision.
    public var decision: Decision
    /// Earlier decisions, oldest first (for example a deferral before an approval).
    public var decisionHistory: [Decision]

    /// Creates a change request.
    ///
    /// - Parameters:
    ///   - id: The request's identifier.
    ///   - project: The project it changes.
    ///   - reference: The reference as printed.
    ///   - department: The department as printed.
    ///   - date: The request's date.
    ///   - author: The sponsor or author.
    ///   - kind: What it does.
    ///   - objectivesAndIssues: Objectives and issues.
    ///   - mitigations: Mitigations and their outcome.
    ///   - changeRequested: The change requested.
    ///   - widerImpacts: Wider impacts.
    ///   - lessons: Lessons learned.
    ///   - recommendation: The recommendation.
    ///   - financeComment: The Finance comment.
    ///   - pmoComment: The PMO comment.
    ///   - profile: The profile table.
    ///   - printedTotal: The Total row as printed.
    ///   - writtenOff: The amount written off, if stated.
    ///   - alternativeDelivery: The amount delivered another way, if stated.
    ///   - decision: The current decision; pending by default.
    ///   - decisionHistory: Earlier decisions.
    public init(
        id: ID,
        project: Project.ID,
        reference: String? = nil,
        department: String? = nil,
        date: CalendarDate? = nil,
        author: String? = nil,
        kind: ChangeKind,
        objectivesAndIssues: String? = nil,
        mitigations: String? = nil,
        changeRequested: String? = nil,
        widerImpacts: String? = nil,
        lessons: [Lesson] = [],
        recommendation: String? = nil,
        financeComment: String? = nil,
        pmoComment: String? = nil,
        profile: [ProfileRow],
        printedTotal: ProfileRow? = nil,
        writtenOff: Money? = nil,
        alternativeDelivery: Money? = nil,
        decision: Decision = .pending,
        decisionHistory: [Decision] = []
    ) {
        self.id = id
        self.project = project
        self.reference = reference
        self.department = department
        self.date = date
        self.author = author
        self.kind = kind
        self.objectivesAndIssues = objectivesAndIssues
        self.mitigations = mitigations
        self.changeRequested = changeRequested
        self.widerImpacts = widerImpacts
        self.lessons = lessons
        self.recommendation = recommendation
        self.financeComment = financeComment
        self.pmoComment = pmoComment
        self.profile = profile
        self.printedTotal = printedTotal
        self.writtenOff = writtenOff
        self.alternativeDelivery = alternativeDelivery
        self.decision = decision
        self.decisionHistory = decisionHistory
    }

    /// The expected savings by year (blank cells as zero).
    public var expected: SavingsProfile { SavingsProfile(profile.map { ($0.year, $0.expected ?? .zero) }) }

    /// The revised savings by year (blank cells as zero).
    public var revised: SavingsProfile { SavingsProfile(profile.map { ($0.year, $0.revised ?? .zero) }) }

    /// The change by year, derived from each row.
    public var change: SavingsProfile { SavingsProfile(profile.map { ($0.year, $0.change) }) }

    /// The total change: the sum of the years.
    public var totalChange: Money { profile.map(\.change).sum }

    /// One column of a printed Total row beside the sum of the years above it.
    public struct PrintedTotal: Sendable, Hashable {
        /// The column: `expected`, `revised` or `change`.
        public var column: String
        /// The total as printed.
        public var printed: Money
        /// What the years above it sum to.
        public var sumOfYears: Money
    }

    /// The printed Total row's columns beside what the years sum to: the one place both change control
    /// (``ChangeControlPolicy``'s `total-is-sum-of-years` rule) and the consistency audit read them.
    ///
    /// Columns the row does not print are left out; the list is empty when there is no printed Total row.
    public var printedTotals: [PrintedTotal] {
        guard let total = printedTotal else { return [] }
        let columns: [(String, Money?, Money)] = [
            ("expected", total.expected, profile.compactMap(\.expected).sum),
            ("revised", total.revised, profile.compactMap(\.revised).sum),
            ("change", total.printedChange, totalChange),
        ]
        return columns.compactMap { column, printed, sum in
            printed.map { PrintedTotal(column: column, printed: $0, sumOfYears: sum) }
        }
    }

    /// Records a new decision, enforcing the decision rules.
    ///
    /// - Parameter decision: The new decision.
    /// - Returns: The request with the decision recorded and the previous one moved to the history.
    /// - Throws: ``ValidationError`` with code ``ErrorCode/ruleViolation`` when the
    ///   transition is not allowed (approved and rejected are final; pending cannot follow pending).
    public func deciding(_ decision: Decision) throws(ValidationError) -> ChangeRequest {
        guard decision.outcome.mayFollow(self.decision.outcome) else {
            throw ValidationError(
                code: .ruleViolation,
                found: "\(self.decision.outcome) to \(decision.outcome)",
                expected: self.decision.outcome.isFinal
                    ? "no further decision: \(self.decision.outcome) is final"
                    : "a decision that may follow \(self.decision.outcome)",
                field: "change request \(id)"
            )
        }
        var copy = self
        copy.decisionHistory.append(self.decision)
        copy.decision = decision
        return copy
    }
}
