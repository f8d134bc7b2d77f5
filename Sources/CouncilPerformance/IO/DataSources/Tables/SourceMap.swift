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

/// An element of the data, or one of its fields: what a reader records a location for and what
/// validation asks to locate, typed so that both sides name it the same way.
struct ElementKey: Sendable, Hashable, CustomStringConvertible {
    /// The element's kind.
    var kind: ElementKind
    /// The element's identifier (for an activity, `strategy/activity`).
    var id: String
    /// A position within the element's kind, for elements without identifiers of their own (a
    /// measure's second target).
    var position: Int?
    /// The field, when the problem is in one cell of the element's row.
    var field: String?

    init(_ kind: ElementKind, _ id: some CustomStringConvertible, position: Int? = nil, field: String? = nil) {
        self.kind = kind
        self.id = id.description
        self.position = position
        self.field = field
    }

    /// The key as a path, such as `measure:m1.owner` or `target:m1/0`: where a problem is in data that
    /// came from no file.
    var description: String {
        var key = "\(kind.rawValue):\(id)"
        if let position { key += "/\(position)" }
        if let field { key += ".\(field)" }
        return key
    }
}

/// Where each element of a model read from tables came from, for locating cross-reference problems.
///
/// Locating is rare (only a problem needs it) and recording is not (every element of a file), so a
/// record is just the element's key and its row; the rows are located only when ``index()`` builds the
/// lookup for a validation that found problems.
struct SourceMap: Sendable {
    private var entries: [(key: ElementKey, row: TableSet.Row, column: String?)] = []
    /// The table observations came from, and each observation's row in it: observations are the bulk
    /// of a file, so they are kept apart, as row numbers without keys.
    var observationTable: TableSet.Table?
    var observationRows: [Int] = []

    /// Records where an element (or one of its fields) came from.
    ///
    /// - Parameters:
    ///   - key: The element, or its field, whose cell is then located.
    ///   - row: The row the element came from.
    ///   - column: The column to locate instead of the field's.
    mutating func record(_ key: ElementKey, row: TableSet.Row, column: String? = nil) {
        entries.append((key, row, column ?? key.field))
    }

    /// Records where an element came from, and where each of its fields that others may refer to came from.
    ///
    /// - Parameters:
    ///   - kind: The element's kind.
    ///   - id: Its identifier.
    ///   - fields: The fields validation may find a problem in.
    ///   - row: The row it came from.
    mutating func record(_ kind: ElementKind, _ id: String, fields: [TableSchema.Column] = [], row: TableSet.Row) {
        record(ElementKey(kind, id), row: row)
        for field in fields { record(ElementKey(kind, id, field: field.name), row: row) }
    }

    /// The recorded elements, keyed, for locating problems.
    func index() -> Index {
        var locations: [ElementKey: [Diagnostic.Location]] = [:]
        for entry in entries {
            locations[entry.key, default: []].append(entry.column.map { entry.row.location($0) } ?? entry.row.location)
        }
        let rows = observationTable.map { table in observationRows.map { TableSet.Row(table: table, index: $0) } }
        return Index(locations: locations, observationRows: rows ?? [])
    }

    /// Locations by element.
    struct Index {
        fileprivate var locations: [ElementKey: [Diagnostic.Location]]
        fileprivate var observationRows: [TableSet.Row]

        /// Where the `occurrence`th (0-based) element recorded under a key came from, or the key as a path
        /// in `file`.
        func location(_ key: ElementKey, occurrence: Int = 0, file: String) -> Diagnostic.Location {
            if key.kind == .observation, let index = Int(key.id), index < observationRows.count {
                return observationRows[index].location
            }
            guard let all = locations[key], occurrence < all.count else {
                let path = occurrence == 0 ? key.description : "\(key)#\(occurrence + 1)"
                return Diagnostic.Location(file: file, path: path)
            }
            return all[occurrence]
        }
    }
}
