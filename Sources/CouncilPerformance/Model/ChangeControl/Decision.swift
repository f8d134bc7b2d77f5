/// A committee's decision on a change request: its outcome, when, by whom, and on what conditions.
///
/// Decisions follow fixed rules: a pending request may be approved, rejected or deferred; a deferred
/// one may come back (pending again) or be decided; approved and rejected are final.
public struct Decision: Sendable, Hashable, Codable {
    /// A decision's outcome.
    public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
        /// Not yet decided.
        case pending
        /// Approved: the request may be applied, once.
        case approved
        /// Rejected: final.
        case rejected
        /// Deferred: may come back.
        case deferred

        /// Whether no further decision may follow.
        public var isFinal: Bool { self == .approved || self == .rejected }

        /// Whether a decision with this outcome may follow one with `previous`.
        ///
        /// - Parameter previous: The current outcome.
        /// - Returns: `true` for pending to approved, rejected or deferred, and deferred to pending,
        ///   approved, rejected or deferred.
        public func mayFollow(_ previous: Outcome) -> Bool {
            switch previous {
            case .pending: self != .pending
            case .deferred: true
            case .approved, .rejected: false
            }
        }

        /// `Pending`, `Approved`, `Rejected` or `Deferred`.
        public var description: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
    }

    /// The outcome.
    public var outcome: Outcome
    /// The date of the decision, if decided.
    public var date: CalendarDate?
    /// The body that decided, such as `Improvement and Change Sub-Committee`.
    public var decidedBy: String?
    /// Conditions or commentary recorded with the decision.
    public var commentary: String?

    /// Creates a decision.
    ///
    /// - Parameters:
    ///   - outcome: The outcome.
    ///   - date: When it was made.
    ///   - decidedBy: The deciding body.
    ///   - commentary: Conditions or commentary.
    public init(outcome: Outcome, date: CalendarDate? = nil, decidedBy: String? = nil, commentary: String? = nil) {
        self.outcome = outcome
        self.date = date
        self.decidedBy = decidedBy
        self.commentary = commentary
    }

    /// A pending decision: the state of a request the papers leave undecided.
    public static let pending = Decision(outcome: .pending)
}
