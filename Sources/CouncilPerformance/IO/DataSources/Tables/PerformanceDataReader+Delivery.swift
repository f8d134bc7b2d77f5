extension PerformanceDataReader {
    /// The projects and programmes being read, with the first position of each identifier, so that
    /// `savings`, `statuses` and `milestones` rows can be attached to what they name.
    private struct DeliveryItems {
        var programmes: [Programme]
        var projects: [Project]
        let programmeIndex: [String: Int]
        let projectIndex: [String: Int]

        init(programmes: [Programme], projects: [Project]) {
            self.programmes = programmes
            self.projects = projects
            programmeIndex = firstPositions(of: programmes.map(\.id.rawValue))
            projectIndex = firstPositions(of: projects.map(\.id.rawValue))
        }

        /// Appends a value to a list of the project or programme a row names; false when it names none.
        mutating func append<Value>(
            _ value: Value,
            isProject: Bool,
            id: String,
            project: WritableKeyPath<Project, [Value]>,
            programme: WritableKeyPath<Programme, [Value]>
        ) -> Bool {
            if isProject, let index = projectIndex[id] {
                projects[index][keyPath: project].append(value)
            } else if !isProject, let index = programmeIndex[id] {
                programmes[index][keyPath: programme].append(value)
            } else {
                return false
            }
            return true
        }
    }

    /// Reads the delivery tables: portfolios, programmes, projects, then what is attached to projects and
    /// programmes (savings profiles, monthly statuses, milestones).
    mutating func readDelivery() -> CouncilDelivery {
        let portfolios = readPortfolios()
        var items = DeliveryItems(programmes: readProgrammes(), projects: readProjects())
        readSavingsProfiles(into: &items)
        readStatuses(into: &items)
        readMilestones(into: &items)
        return CouncilDelivery(portfolios: portfolios, programmes: items.programmes, projects: items.projects)
    }

    private static let deliveryKinds = ["project": true, "programme": false]

    /// Whether a period is a month, the only period a delivery status is reported for.
    private static func isMonth(_ period: ReportingPeriod) -> Bool {
        if case .month = period.granularity { return true }
        return false
    }

    /// Reports a `statuses` or `milestones` row whose project or programme does not exist.
    private mutating func reportUnknownItem(
        _ row: TableSet.Row,
        isProject: Bool,
        id: String,
        at column: TableSchema.Column
    ) {
        let (noun, table) = isProject ? ("project", TableSchema.projects) : ("programme", TableSchema.programmes)
        reportUnknown(noun, id, from: table, row: row, at: column)
    }

    /// Reads `portfolios`.
    private mutating func readPortfolios() -> [Portfolio] {
        let c = TableSchema.PortfoliosColumns.self
        var portfolios: [Portfolio] = []
        for row in tables.rows(.portfolios) {
            guard let id = text(row, c.id), let name = text(row, c.name) else { continue }
            sourceMap.record(.portfolio, id, row: row)
            portfolios.append(
                Portfolio(
                    id: Portfolio.ID(id),
                    name: name,
                    department: text(row, c.department).map { Department.ID($0) }
                )
            )
        }
        return portfolios
    }

    /// Reads `programmes`.
    private mutating func readProgrammes() -> [Programme] {
        let c = TableSchema.ProgrammesColumns.self
        var programmes: [Programme] = []
        for row in tables.rows(.programmes) {
            let id = text(row, c.id)
            let name = text(row, c.name)
            let portfolio = text(row, c.portfolio)
            guard let id, let name, let portfolio else { continue }
            sourceMap.record(.programme, id, row: row)
            programmes.append(
                Programme(
                    id: Programme.ID(id),
                    reference: text(row, c.reference),
                    name: name,
                    portfolio: Portfolio.ID(portfolio)
                )
            )
        }
        return programmes
    }

    /// Reads `projects`.
    private mutating func readProjects() -> [Project] {
        let c = TableSchema.ProjectsColumns.self
        var projects: [Project] = []
        let projectDenomination = denomination(of: .projects)
        for row in tables.rows(.projects) {
            let id = text(row, c.id)
            let name = text(row, c.name)
            let portfolio = text(row, c.portfolio)
            let alternative = money(row, c.alternativeDelivery, in: projectDenomination)
            guard let id, let name, let portfolio else { continue }
            sourceMap.record(.project, id, row: row)
            projects.append(
                Project(
                    id: Project.ID(id),
                    references: list(row, c.references),
                    name: name,
                    portfolio: Portfolio.ID(portfolio),
                    programme: text(row, c.programme).map { Programme.ID($0) },
                    department: text(row, c.department).map { Department.ID($0) },
                    governance: text(row, c.governance),
                    alternativeDelivery: alternative ?? .zero,
                    commentary: text(row, c.commentary)
                )
            )
        }
        return projects
    }

    /// Reads `savings`: each project's approved cashable benefit and forecast at risk by year.
    private mutating func readSavingsProfiles(into items: inout DeliveryItems) {
        let c = TableSchema.SavingsColumns.self
        var seenYears: Set<ProjectYear> = []
        let savingsDenomination = denomination(of: .savings)
        for row in tables.rows(.savings) {
            let project = text(row, c.project)
            let year = financialYear(row, c.year)
            let cashable = money(row, c.cashable, in: savingsDenomination)
            let atRisk = money(row, c.atRisk, in: savingsDenomination)
            guard let project, let year else { continue }
            guard let index = items.projectIndex[project] else {
                reportUnknown("project", project, from: .projects, row: row, at: c.project)
                continue
            }
            guard seenYears.insert(ProjectYear(project: index, year: year)).inserted else {
                report(
                    .inconsistent,
                    at: row.location(c.year),
                    "\(project) has two savings rows for \(year) (expected one row a year)"
                )
                continue
            }
            if let cashable { items.projects[index].baseline[year] = cashable }
            if let atRisk { items.projects[index].forecast[year] = atRisk }
        }
    }

    /// A project, by its position, and a year: a key of `savings`, whose rows give each at most once.
    private struct ProjectYear: Hashable {
        let project: Int
        let year: FinancialYear
    }

    /// A project or programme and a month: a key of `statuses`, whose rows give each at most once.
    private struct ItemMonth: Hashable {
        let isProject: Bool
        let id: String
        let month: ReportingPeriod
    }

    /// Reads `statuses`: one delivery status a project or programme and month, kept in month order.
    private mutating func readStatuses(into items: inout DeliveryItems) {
        let c = TableSchema.StatusesColumns.self
        let statuses = DeliveryStatusScheme.standard
        var seenStatuses: Set<ItemMonth> = []
        for row in tables.rows(.statuses) {
            let kind = code(row, c.kind, Self.deliveryKinds)
            let id = text(row, c.id)
            var month = period(row, c.month)
            if let given = month, !Self.isMonth(given) {
                // Delivery statuses are reported monthly; a quarter, a term or a year is not a month.
                report(
                    .invalidValue,
                    at: row.location(c.month),
                    "\"\(row.text(c.month))\" is not a month (expected a month like Sep 2018)"
                )
                month = nil
            }
            let status = parse(row, c.status) { (text) throws(ValidationError) in try statuses.status(named: text) }
            guard let isProject = kind, let id, let month, let status else { continue }
            guard seenStatuses.insert(ItemMonth(isProject: isProject, id: id, month: month)).inserted else {
                report(
                    .inconsistent,
                    at: row.location(c.month),
                    "\(id) has two statuses for \(month) (expected one a month)"
                )
                continue
            }
            let record = StatusRecord(month: month, status: status)
            if !items.append(record, isProject: isProject, id: id, project: \.statusHistory, programme: \.statusHistory)
            {
                reportUnknownItem(row, isProject: isProject, id: id, at: c.id)
            }
        }
        for index in items.projects.indices { items.projects[index].statusHistory.sort { $0.month < $1.month } }
        for index in items.programmes.indices { items.programmes[index].statusHistory.sort { $0.month < $1.month } }
    }

    /// Reads `milestones`, in file order.
    private mutating func readMilestones(into items: inout DeliveryItems) {
        let c = TableSchema.MilestonesColumns.self
        for row in tables.rows(.milestones) {
            let kind = code(row, c.kind, Self.deliveryKinds)
            let id = text(row, c.id)
            let description = text(row, c.description)
            guard let isProject = kind, let id, let description else { continue }
            let milestone = Milestone(
                description: description,
                implementationDate: MilestoneDate(row.text(c.implementationDate)),
                deliveryStatus: text(row, c.deliveryStatus)
            )
            if !items.append(milestone, isProject: isProject, id: id, project: \.milestones, programme: \.milestones) {
                reportUnknownItem(row, isProject: isProject, id: id, at: c.id)
            }
        }
    }
}

/// The first position of each identifier in a table's order (a later duplicate is reported by validation).
func firstPositions(of ids: [String]) -> [String: Int] {
    var positions: [String: Int] = [:]
    for (position, id) in ids.enumerated() where positions[id] == nil { positions[id] = position }
    return positions
}
