/// The council-wide view of improvement and change: portfolios, their programmes and their projects,
/// with roll-ups at each level.
///
/// ```swift
/// let delivery = CouncilDelivery(portfolios: portfolios, programmes: programmes, projects: projects)
/// let asch = delivery.totals(for: "asch", month: september)
/// asch.cashableTotal.formatted(.thousandsTable)  // "17,831"
/// asch.netAtRisk.formatted(.thousandsTable)      // "-6,697"
/// ```
public struct CouncilDelivery: Sendable, Hashable, Codable {
    /// The portfolios, in report order.
    public var portfolios: [Portfolio]
    /// The programmes.
    public var programmes: [Programme]
    /// The projects, in the order the council lists them.
    public var projects: [Project]

    /// Creates the council-wide view.
    ///
    /// - Parameters:
    ///   - portfolios: The portfolios, in report order.
    ///   - programmes: The programmes.
    ///   - projects: The projects, in the council's order.
    public init(portfolios: [Portfolio], programmes: [Programme] = [], projects: [Project]) {
        self.portfolios = portfolios
        self.programmes = programmes
        self.projects = projects
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
