/// The kinds of element a diagnostic can be about, named as keys and paths spell them (`measure:m1`).
enum ElementKind: String, Sendable, Hashable {
    case ambition, commitment, approach, outcome, department, strategy, activity, measure, target, tolerance
    case portfolio, programme, project, observation
    case changeRequest = "change-request"
    case publishedFigure = "published-figure"

    /// The table that defines elements of the kind, as diagnostics name it.
    var table: String {
        switch self {
        case .ambition: TableSchema.ambitions.name
        case .commitment: TableSchema.commitments.name
        case .approach: TableSchema.approaches.name
        case .outcome: TableSchema.outcomes.name
        case .department: TableSchema.departments.name
        case .strategy: TableSchema.strategies.name
        case .activity: TableSchema.activities.name
        case .measure: TableSchema.measures.name
        case .target: TableSchema.targets.name
        case .tolerance: TableSchema.tolerances.name
        case .portfolio: TableSchema.portfolios.name
        case .programme: TableSchema.programmes.name
        case .project: TableSchema.projects.name
        case .observation: TableSchema.observations.name
        case .changeRequest: TableSchema.changeRequests.name
        case .publishedFigure: TableSchema.publishedFigures.name
        }
    }
}
