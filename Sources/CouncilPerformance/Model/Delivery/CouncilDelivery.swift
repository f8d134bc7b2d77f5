/// The council-wide view of improvement and change: portfolios, their programmes and their projects,
/// with roll-ups at each level.
///
/// ```swift
/// let delivery = CouncilDelivery(portfolios: portfolios, programmes: programmes, projects: projects)
/// let asch = delivery.totals(for: "asch", month: september)
/// asch.cashableTotal.formatted(.thousandsTable)  // "17,831"
/// asch.netAtRisk.formatted(.thousandsTable)      // "-6,697"
/// ```
public struct CouncilDelivery: Sendable, Hashable {
    /// The portfolios, in report order.
    public var portfolios: [Portfolio]
    /// The programmes.
    public var programmes: [Programme]
    /// The projects, in the order the council lists them.
    public var projects: [Project]
    /// Named groups of projects of any kind (status groups, directorates, the council's own).
    public var groups: [ProjectGroup]
    /// The identities between savings categories the council's tables obey.
    public var identities: [SavingsIdentity]
    /// The council's own savings categories, beyond ``SavingsCategory/standard``.
    public var categories: [SavingsCategoryDeclaration]

    /// Creates the council-wide view.
    ///
    /// - Parameters:
    ///   - portfolios: The portfolios, in report order.
    ///   - programmes: The programmes.
    ///   - projects: The projects, in the council's order.
    ///   - groups: Named groups of projects.
    ///   - identities: Identities between savings categories.
    ///   - categories: The council's own savings categories.
    public init(
        portfolios: [Portfolio],
        programmes: [Programme] = [],
        projects: [Project],
        groups: [ProjectGroup] = [],
        identities: [SavingsIdentity] = [],
        categories: [SavingsCategoryDeclaration] = []
    ) {
        self.portfolios = portfolios
        self.programmes = programmes
        self.projects = projects
        self.groups = groups
        self.identities = identities
        self.categories = categories
    }

    /// The projects of a portfolio, in the council's order.
    ///
    /// - Parameter portfolio: The portfolio.
    /// - Returns: Its projects.
    /// - Complexity: O(*n*) in the number of projects.
    public func projects(in portfolio: Portfolio.ID) -> [Project] {
        projects.filter { $0.portfolio == portfolio }
    }

    /// The projects of a programme, in the council's order.
    ///
    /// - Parameter programme: The programme.
    /// - Returns: Its projects.
    /// - Complexity: O(*n*) in the number of projects.
    public func projects(in programme: Programme.ID) -> [Project] {
        projects.filter { $0.programme == programme }
    }
}

extension CouncilDelivery {
    /// The projects of a group, in the council's order.
    ///
    /// - Parameter group: The group.
    /// - Returns: Its projects.
    /// - Complexity: O(*n* + *m*) in the number of projects and the group's members.
    public func projects(in group: ProjectGroup) -> [Project] {
        let members = Set(group.members)
        return projects.filter { members.contains($0.id) }
    }

    /// The group with an identifier, if any.
    ///
    /// - Parameter id: The group's identifier.
    /// - Returns: The group.
    public func group(_ id: ProjectGroup.ID) -> ProjectGroup? {
        groups.first { $0.id == id }
    }

    /// Every savings category the data may use: the standard ones and the council's own.
    public var knownCategories: [SavingsCategory] {
        SavingsCategory.standard + categories.map(\.category).filter { !SavingsCategory.standard.contains($0) }
    }

    /// The printed name of a category: the council's own name if it declared one, else the category's label.
    ///
    /// - Parameter category: The category.
    /// - Returns: Its name.
    public func name(of category: SavingsCategory) -> String {
        categories.first { $0.category == category }?.name ?? category.label
    }
}

extension CouncilDelivery: Codable {
    private enum CodingKeys: String, CodingKey {
        case portfolios, programmes, projects, groups, identities, categories
    }

    /// Decodes the council-wide view; one encoded before groups, identities and categories existed has none.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a field is missing or malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            portfolios: try container.decode([Portfolio].self, forKey: .portfolios),
            programmes: try container.decode([Programme].self, forKey: .programmes),
            projects: try container.decode([Project].self, forKey: .projects),
            groups: try container.decodeIfPresent([ProjectGroup].self, forKey: .groups) ?? [],
            identities: try container.decodeIfPresent([SavingsIdentity].self, forKey: .identities) ?? [],
            categories: try container.decodeIfPresent([SavingsCategoryDeclaration].self, forKey: .categories) ?? []
        )
    }

    /// Encodes the council-wide view, leaving out empty groups, identities and categories.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError` when the encoder fails.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(portfolios, forKey: .portfolios)
        try container.encode(programmes, forKey: .programmes)
        try container.encode(projects, forKey: .projects)
        if !groups.isEmpty { try container.encode(groups, forKey: .groups) }
        if !identities.isEmpty { try container.encode(identities, forKey: .identities) }
        if !categories.isEmpty { try container.encode(categories, forKey: .categories) }
    }

    /// The council's delivery narrowed to one group's projects, so that any savings report can be about a
    /// directorate, a status group or any group the council names.
    ///
    /// Portfolios, programmes, groups, categories and identities are kept; only the projects are narrowed.
    ///
    /// - Parameter group: The group.
    /// - Returns: The narrowed delivery, or `nil` when there is no such group.
    /// - Complexity: O(*p* + *m*) for *p* projects and *m* members.
    public func restricted(toGroup group: ProjectGroup.ID) -> CouncilDelivery? {
        guard let found = groups.first(where: { $0.id == group }) else { return nil }
        let members = Set(found.members)
        var narrowed = self
        narrowed.projects = projects.filter { members.contains($0.id) }
        return narrowed
    }
}
