/// What a piece of narrative is about: the whole report, or one measure, activity, project, programme,
/// ambition, commitment, approach or outcome ("success means").
public enum NarrativeSubject: Sendable, Hashable, TextCodable {
    /// The whole report.
    case report
    /// A measure.
    case measure(Measure.ID)
    /// An activity of a departmental strategy.
    case activity(DepartmentalStrategy.Activity.ID)
    /// A project.
    case project(Project.ID)
    /// A programme.
    case programme(Programme.ID)
    /// An ambition.
    case ambition(Ambition.ID)
    /// A commitment.
    case commitment(Commitment.ID)
    /// A cross-cutting approach.
    case approach(Approach.ID)
    /// An outcome: what success means for a commitment or approach.
    case outcome(Outcome.ID)

    /// The subject as text: `report`, or `<kind>:<id>` such as `measure:ict-availability`.
    public var description: String {
        switch self {
        case .report: "report"
        case .measure(let id): "measure:\(id)"
        case .activity(let id): "activity:\(id)"
        case .project(let id): "project:\(id)"
        case .programme(let id): "programme:\(id)"
        case .ambition(let id): "ambition:\(id)"
        case .commitment(let id): "commitment:\(id)"
        case .approach(let id): "approach:\(id)"
        case .outcome(let id): "outcome:\(id)"
        }
    }

    /// The subject a plan element names.
    ///
    /// - Parameter element: A commitment or approach.
    public init(_ element: PlanElement) {
        switch element {
        case .commitment(let id): self = .commitment(id)
        case .approach(let id): self = .approach(id)
        }
    }

    /// Parses `report` or `<kind>:<id>`.
    ///
    /// - Parameter text: The subject as text.
    /// - Throws: ``ValidationError`` when the kind is unknown or the identifier is empty.
    public init(_ text: String) throws(ValidationError) {
        let trimmed = text.trimmingWhitespace()
        if trimmed == "report" {
            self = .report
            return
        }
        let expected =
            "report, or measure, activity, project, programme, ambition, commitment, approach or outcome:<id>"
        guard let colon = trimmed.firstIndex(of: ":") else {
            throw ValidationError(code: .invalidIdentifier, found: trimmed, expected: expected)
        }
        let id = String(trimmed[trimmed.index(after: colon)...]).trimmingWhitespace()
        guard !id.isEmpty else { throw ValidationError(code: .invalidIdentifier, found: trimmed, expected: expected) }
        switch trimmed[..<colon] {
        case "measure": self = .measure(Measure.ID(id))
        case "activity": self = .activity(DepartmentalStrategy.Activity.ID(id))
        case "project": self = .project(Project.ID(id))
        case "programme": self = .programme(Programme.ID(id))
        case "ambition": self = .ambition(Ambition.ID(id))
        case "commitment": self = .commitment(Commitment.ID(id))
        case "approach": self = .approach(Approach.ID(id))
        case "outcome": self = .outcome(Outcome.ID(id))
        default: throw ValidationError(code: .invalidIdentifier, found: trimmed, expected: expected)
        }
    }

    /// Parses the text form JSON holds (the same as `init(_:)` from text), for ``TextCodable``.
    ///
    /// - Parameter text: The text.
    /// - Returns: The subject.
    /// - Throws: ``ValidationError`` when the text is not a subject.
    public static func parse(canonicalText text: String) throws(ValidationError) -> Self { try Self(text) }
}
