extension PerformanceDataReader {
    mutating func readDelivery() -> CouncilDelivery {
        var portfolios: [Portfolio] = []
        var c = TableSchema.portfolios
        for row in tables.rows(.portfolios) {
            guard let id = text(row, c["id"]), let name = text(row, c["name"]) else { continue }
            sourceMap.record(.portfolio, id, fields: ["department"], row: row)
            portfolios.append(
                Portfolio(
                    id: Portfolio.ID(id),
                    name: name,
                    department: text(row, c["department"]).map { Department.ID($0) }
                )
            )
        }
        var programmes: [Programme] = []
        c = TableSchema.programmes
        for row in tables.rows(.programmes) {
            let id = text(row, c["id"])
            let name = text(row, c["name"])
            let portfolio = text(row, c["portfolio"])
            guard let id, let name, let portfolio else { continue }
            sourceMap.record(.programme, id, fields: ["portfolio"], row: row)
            programmes.append(
                Programme(
                    id: Programme.ID(id),
                    reference: text(row, c["reference"]),
                    name: name,
                    portfolio: Portfolio.ID(portfolio)
                )
            )
        }
        var projects: [Project] = []
        c = TableSchema.projects
        let projectDenomination = denomination(of: .projects)
        for row in tables.rows(.projects) {
            let id = text(row, c["id"])
            let name = text(row, c["name"])
            let portfolio = text(row, c["portfolio"])
            let alternative = money(row, c["alternative_delivery"], in: projectDenomination)
            guard let id, let name, let portfolio else { continue }
            sourceMap.record(.project, id, fields: ["portfolio", "programme", "department"], row: row)
            projects.append(
                Project(
                    id: Project.ID(id),
                    references: list(row, c["references"]),
                    name: name,
                    portfolio: Portfolio.ID(portfolio),
                    programme: text(row, c["programme"]).map { Programme.ID($0) },
                    department: text(row, c["department"]).map { Department.ID($0) },
                    governance: text(row, c["governance"]),
                    alternativeDelivery: alternative ?? .zero,
                    commentary: text(row, c["commentary"])
                )
            )
        }
        var projectIndex: [String: Int] = [:]
        for (index, project) in projects.enumerated() where projectIndex[project.id.rawValue] == nil {
            projectIndex[project.id.rawValue] = index
        }
        var programmeIndex: [String: Int] = [:]
        for (index, programme) in programmes.enumerated() where programmeIndex[programme.id.rawValue] == nil {
            programmeIndex[programme.id.rawValue] = index
        }

        c = TableSchema.savings
        var seenYears: Set<String> = []
        let savingsDenomination = denomination(of: .savings)
        for row in tables.rows(.savings) {
            let project = text(row, c["project"])
            let year = financialYear(row, c["year"])
            let cashable = money(row, c["cashable"], in: savingsDenomination)
            let atRisk = money(row, c["at_risk"], in: savingsDenomination)
            guard let project, let year else { continue }
            guard let index = projectIndex[project] else {
                report(
                    .unknownReference,
                    at: row.location("project"),
                    "no project \"\(project)\" (expected an id from the projects table)"
                )
                continue
            }
            guard seenYears.insert("\(project)|\(year)").inserted else {
                report(
                    .inconsistent,
                    at: row.location("year"),
                    "\(project) has two savings rows for \(year) (expected one row a year)"
                )
                continue
            }
            if let cashable { projects[index].baseline[year] = cashable }
            if let atRisk { projects[index].forecast[year] = atRisk }
        }

        let statuses = DeliveryStatusScheme.standard
        var seenStatuses: Set<String> = []
        c = TableSchema.statuses
        for row in tables.rows(.statuses) {
            let kind = code(row, c["kind"], ["project": true, "programme": false])
            let id = text(row, c["id"])
            var month = period(row, c["month"])
            if let given = month {
                switch given.granularity {
                case .month:
                    break
                case .year, .quarter, .term:
                    // Delivery statuses are reported monthly; a quarter or a year is not a month.
                    report(
                        .invalidValue,
                        at: row.location("month"),
                        "\"\(row.text("month"))\" is not a month (expected a month like Sep 2018)"
                    )
                    month = nil
                }
            }
            let status = parse(row, c["status"]) { (text) throws(ValidationError) in try statuses.status(named: text) }
            guard let isProject = kind, let id, let month, let status else { continue }
            let record = StatusRecord(month: month, status: status)
            guard seenStatuses.insert("\(isProject)|\(id)|\(month)").inserted else {
                report(
                    .inconsistent,
                    at: row.location("month"),
                    "\(id) has two statuses for \(month) (expected one a month)"
                )
                continue
            }
            if isProject, let index = projectIndex[id] {
                projects[index].statusHistory.append(record)
            } else if !isProject, let index = programmeIndex[id] {
                programmes[index].statusHistory.append(record)
            } else {
                report(
                    .unknownReference,
                    at: row.location("id"),
                    "no \(isProject ? "project" : "programme") \"\(id)\" (expected an id from the \(isProject ? "projects" : "programmes") table)"
                )
            }
        }
        for index in projects.indices { projects[index].statusHistory.sort { $0.month < $1.month } }
        for index in programmes.indices { programmes[index].statusHistory.sort { $0.month < $1.month } }

        c = TableSchema.milestones
        for row in tables.rows(.milestones) {
            let kind = code(row, c["kind"], ["project": true, "programme": false])
            let id = text(row, c["id"])
            let description = text(row, c["description"])
            guard let isProject = kind, let id, let description else { continue }
            let milestone = Milestone(
                description: description,
                implementationDate: MilestoneDate(row.text("implementation_date")),
                deliveryStatus: text(row, c["delivery_status"])
            )
            if isProject, let index = projectIndex[id] {
                projects[index].milestones.append(milestone)
            } else if !isProject, let index = programmeIndex[id] {
                programmes[index].milestones.append(milestone)
            } else {
                report(
                    .unknownReference,
                    at: row.location("id"),
                    "no \(isProject ? "project" : "programme") \"\(id)\" (expected an id from the \(isProject ? "projects" : "programmes") table)"
                )
            }
        }
        return CouncilDelivery(portfolios: portfolios, programmes: programmes, projects: projects)
    }

    private static let kinds: [String: ChangeKind] = Dictionary(
        uniqueKeysWithValues: [ChangeKind.reProfile, .writeOff, .alternativeDelivery, .extensionOfTarget, .closure].map
        {
            ($0.rawValue, $0)
        }
    )
    private static let outcomes = Dictionary(uniqueKeysWithValues: Decision.Outcome.allCases.map { ($0.rawValue, $0) })

    mutating func readChangeRequests() -> [ChangeRequest] {
        var requests: [ChangeRequest] = []
        var c = TableSchema.changeRequests
        let requestDenomination = denomination(of: .changeRequests)
        for row in tables.rows(.changeRequests) {
            let id = text(row, c["id"])
            let project = text(row, c["project"])
            // Kinds are an open set: the standard ones by name, any other as the council spells it.
            let kind = text(row, c["kind"]).map { Self.kinds[$0] ?? ChangeKind($0) }
            let date = parse(row, c["date"]) { (text) throws(ValidationError) in try CalendarDate(text) }
            let writtenOff = money(row, c["written_off"], in: requestDenomination)
            let alternative = money(row, c["alternative_delivery"], in: requestDenomination)
            let totals = (
                money(row, c["total_expected"], in: requestDenomination),
                money(row, c["total_revised"], in: requestDenomination),
                money(row, c["total_change"], in: requestDenomination)
            )
            guard let id, let project, let kind else { continue }
            sourceMap.record(.changeRequest, id, fields: ["project"], row: row)
            var request = ChangeRequest(
                id: ChangeRequest.ID(id),
                project: Project.ID(project),
                reference: text(row, c["reference"]),
                department: text(row, c["department"]),
                date: date,
                author: text(row, c["author"]),
                kind: kind,
                objectivesAndIssues: text(row, c["objectives_and_issues"]),
                mitigations: text(row, c["mitigations"]),
                changeRequested: text(row, c["change_requested"]),
                widerImpacts: text(row, c["wider_impacts"]),
                recommendation: text(row, c["recommendation"]),
                financeComment: text(row, c["finance_comment"]),
                pmoComment: text(row, c["pmo_comment"]),
                profile: [],
                writtenOff: writtenOff,
                alternativeDelivery: alternative
            )
            if totals.0 != nil || totals.1 != nil || totals.2 != nil {
                // The Total row has no year of its own; it is keyed by the request's first year when read.
                request.printedTotal = ChangeRequest.ProfileRow(
                    year: FinancialYear(uncheckedStartYear: 0),
                    expected: totals.0,
                    revised: totals.1,
                    printedChange: totals.2
                )
            }
            requests.append(request)
        }
        var index: [String: Int] = [:]
        for (position, request) in requests.enumerated() where index[request.id.rawValue] == nil {
            index[request.id.rawValue] = position
        }
        func lookup(_ row: TableSet.Row, _ id: String) -> Int? {
            if let position = index[id] { return position }
            report(
                .unknownReference,
                at: row.location("request"),
                "no change request \"\(id)\" (expected an id from the change_requests table)"
            )
            return nil
        }
        c = TableSchema.changeRequestProfiles
        let profileDenomination = denomination(of: .changeRequestProfiles)
        for row in tables.rows(.changeRequestProfiles) {
            let id = text(row, c["request"])
            let year = financialYear(row, c["year"])
            let expected = money(row, c["expected"], in: profileDenomination)
            let revised = money(row, c["revised"], in: profileDenomination)
            let change = money(row, c["change"], in: profileDenomination)
            guard let id, let year, let position = lookup(row, id) else { continue }
            if requests[position].profile.contains(where: { $0.year == year }) {
                report(
                    .inconsistent,
                    at: row.location("year"),
                    "\(id) has two profile rows for \(year) (expected one row a year)"
                )
                continue
            }
            requests[position].profile.append(
                ChangeRequest.ProfileRow(year: year, expected: expected, revised: revised, printedChange: change)
            )
        }
        for position in requests.indices {
            requests[position].profile.sort { $0.year < $1.year }
            if let first = requests[position].profile.first?.year { requests[position].printedTotal?.year = first }
        }
        c = TableSchema.changeRequestLessons
        for row in tables.rows(.changeRequestLessons) {
            let id = text(row, c["request"])
            let lesson = text(row, c["lesson"])
            guard let id, let lesson, let position = lookup(row, id) else { continue }
            requests[position].lessons.append(
                ChangeRequest.Lesson(description: lesson, learningPoint: row.text("learning_point"))
            )
        }
        c = TableSchema.decisions
        var decided: [Int: [Decision]] = [:]
        for row in tables.rows(.decisions) {
            let id = text(row, c["request"])
            let outcome = code(row, c["outcome"], Self.outcomes)
            let date = parse(row, c["date"]) { (text) throws(ValidationError) in try CalendarDate(text) }
            guard let id, let outcome, let position = lookup(row, id) else { continue }
            let decision = Decision(
                outcome: outcome,
                date: date,
                decidedBy: text(row, c["decided_by"]),
                commentary: text(row, c["commentary"])
            )
            var request = requests[position]
            if decided[position] == nil {
                // The first record is the request's starting state; later ones must follow the rules.
                request.decision = decision
            } else {
                do {
                    request = try request.deciding(decision)
                } catch {
                    report(
                        .inconsistent,
                        at: row.location("outcome"),
                        "\(id): decision \(error.found) is not allowed (expected \(error.expected))"
                    )
                    continue
                }
            }
            decided[position, default: []].append(decision)
            requests[position] = request
        }
        return requests
    }
}

extension PerformanceDataReader {
    private static let claims = Dictionary(uniqueKeysWithValues: PublishedFigure.Claim.known.map { ($0.rawValue, $0) })
    mutating func readPublishedFigures(categories: [SavingsCategory], groups: [ProjectGroup]) -> [PublishedFigure] {
        let groupIDs = Set(groups.map(\.id.rawValue))
        var composites: [(TableSet.Row, PublishedFigure)] = []
        var quantities = Dictionary(uniqueKeysWithValues: PublishedFigure.Quantity.known.map { ($0.rawValue, $0) })
        quantities[PublishedFigure.Quantity.count.rawValue] = .count
        for category in categories {
            quantities[category.rawValue] = quantities[category.rawValue] ?? .category(category)
            quantities["percentage-\(category.rawValue)"] = .percentage(of: category)
        }
        let c = TableSchema.publishedFigures
        var figures: [PublishedFigure] = []
        for row in tables.rows(.publishedFigures) {
            let id = text(row, c["id"])
            let document = text(row, c["document"])
            let claim = code(row, c["claim"], Self.claims)
            let quantity = code(row, c["quantity"], quantities)
            let years = parse(row, c["years"]) { (text) throws(ValidationError) in try PublishedFigure.years(text) }
            let denomination =
                row.text("denomination").isEmpty ? .pounds : code(row, c["denomination"], Self.denominationWords)
            let printed = text(row, c["printed"])
            let asAt = month(row, c["as_at"])
            if !row.text("as_at").isEmpty, asAt == nil { continue }
            guard let id, let document, let claim, let quantity, let years, let denomination, let printed else {
                continue
            }
            do {
                let figure = try PublishedFigure(
                    id: PublishedFigure.ID(id),
                    source: SourceReference(document: document, location: text(row, c["location"])),
                    claim: claim,
                    subject: text(row, c["subject"]),
                    quantity: quantity,
                    years: years,
                    printed: printed,
                    denomination: denomination,
                    note: text(row, c["note"]),
                    asAt: asAt
                )
                sourceMap.record(.publishedFigure, id, row: row)
                figures.append(figure)
                if claim == .groupTotal, let subject = figure.subject, !groupIDs.contains(subject) {
                    report(
                        .unknownReference,
                        at: row.location("subject"),
                        "no group \"\(subject)\" (expected an id from the groups table)"
                    )
                }
                if claim == .sum || claim == .difference { composites.append((row, figure)) }
            } catch {
                report(.invalidValue, at: row.location("printed"), error.message)
            }
        }
        let ids = Set(figures.map(\.id.rawValue))
        for (row, figure) in composites {
            let parts = PublishedFigure.figureIDs(in: figure.subject)
            let unknown = parts.filter { !ids.contains($0.rawValue) }
            if figure.claim == .difference, parts.count != 2 {
                report(
                    .invalidValue,
                    at: row.location("subject"),
                    "a difference names \(parts.count) figure\(parts.count == 1 ? "" : "s") (expected two ids, first;second)"
                )
            } else if let first = unknown.first {
                report(
                    .unknownReference,
                    at: row.location("subject"),
                    "no published figure \"\(first)\" (expected ids from the published_figures table)"
                )
            }
        }
        return figures
    }
}
