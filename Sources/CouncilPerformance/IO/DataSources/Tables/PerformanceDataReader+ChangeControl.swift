/// Reading change control: change requests, their profiles, lessons and decisions.
extension PerformanceDataReader {
    private static let kinds: [String: ChangeKind] = Dictionary(
        uniqueKeysWithValues: [ChangeKind.reProfile, .writeOff, .alternativeDelivery, .extensionOfTarget, .closure].map
        {
            ($0.rawValue, $0)
        }
    )
    private static let outcomes = Dictionary(uniqueKeysWithValues: Decision.Outcome.allCases.map { ($0.rawValue, $0) })

    /// Reads the change-control tables: the requests, then their profile rows, lessons and decisions.
    mutating func readChangeRequests() -> [ChangeRequest] {
        var requests = readChangeRequestRows()
        let index = firstPositions(of: requests.map(\.id.rawValue))
        readChangeRequestProfiles(into: &requests, index: index)
        readChangeRequestLessons(into: &requests, index: index)
        readDecisions(into: &requests, index: index)
        return requests
    }

    /// The position of the change request a row names, or nil with a located problem.
    private mutating func request(
        _ id: String,
        row: TableSet.Row,
        at column: TableSchema.Column,
        in index: [String: Int]
    ) -> Int? {
        if let position = index[id] { return position }
        reportUnknown("change request", id, from: .changeRequests, row: row, at: column)
        return nil
    }

    /// Reads `change_requests`.
    private mutating func readChangeRequestRows() -> [ChangeRequest] {
        var requests: [ChangeRequest] = []
        let c = TableSchema.ChangeRequestsColumns.self
        let requestDenomination = denomination(of: .changeRequests)
        for row in tables.rows(.changeRequests) {
            let id = text(row, c.id)
            let project = text(row, c.project)
            // Kinds are an open set: the standard ones by name, any other as the council spells it.
            let kind = text(row, c.kind).map { Self.kinds[$0] ?? ChangeKind($0) }
            let date = parse(row, c.date) { (text) throws(ValidationError) in try CalendarDate(text) }
            let writtenOff = money(row, c.writtenOff, in: requestDenomination)
            let alternative = money(row, c.alternativeDelivery, in: requestDenomination)
            let totals = (
                money(row, c.totalExpected, in: requestDenomination),
                money(row, c.totalRevised, in: requestDenomination),
                money(row, c.totalChange, in: requestDenomination)
            )
            guard let id, let project, let kind else { continue }
            sourceMap.record(.changeRequest, id, row: row)
            var request = ChangeRequest(
                id: ChangeRequest.ID(id),
                project: Project.ID(project),
                reference: text(row, c.reference),
                department: text(row, c.department),
                date: date,
                author: text(row, c.author),
                kind: kind,
                objectivesAndIssues: text(row, c.objectivesAndIssues),
                mitigations: text(row, c.mitigations),
                changeRequested: text(row, c.changeRequested),
                widerImpacts: text(row, c.widerImpacts),
                recommendation: text(row, c.recommendation),
                financeComment: text(row, c.financeComment),
                pmoComment: text(row, c.pmoComment),
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
        return requests
    }

    /// Reads `change_request_profiles`.
    private mutating func readChangeRequestProfiles(into requests: inout [ChangeRequest], index: [String: Int]) {
        let c = TableSchema.ChangeRequestProfilesColumns.self
        let profileDenomination = denomination(of: .changeRequestProfiles)
        for row in tables.rows(.changeRequestProfiles) {
            let id = text(row, c.request)
            let year = financialYear(row, c.year)
            let expected = money(row, c.expected, in: profileDenomination)
            let revised = money(row, c.revised, in: profileDenomination)
            let change = money(row, c.change, in: profileDenomination)
            guard let id, let year, let position = request(id, row: row, at: c.request, in: index) else { continue }
            if requests[position].profile.contains(where: { $0.year == year }) {
                report(
                    .inconsistent,
                    at: row.location(c.year),
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
    }

    /// Reads `change_request_lessons`.
    private mutating func readChangeRequestLessons(into requests: inout [ChangeRequest], index: [String: Int]) {
        let c = TableSchema.ChangeRequestLessonsColumns.self
        for row in tables.rows(.changeRequestLessons) {
            let id = text(row, c.request)
            let lesson = text(row, c.lesson)
            guard let id, let lesson, let position = request(id, row: row, at: c.request, in: index) else { continue }
            requests[position].lessons.append(
                ChangeRequest.Lesson(description: lesson, learningPoint: row.text(c.learningPoint))
            )
        }
    }

    /// Reads `decisions`.
    private mutating func readDecisions(into requests: inout [ChangeRequest], index: [String: Int]) {
        let c = TableSchema.DecisionsColumns.self
        var decided: [Int: [Decision]] = [:]
        for row in tables.rows(.decisions) {
            let id = text(row, c.request)
            let outcome = code(row, c.outcome, Self.outcomes)
            let date = parse(row, c.date) { (text) throws(ValidationError) in try CalendarDate(text) }
            guard let id, let outcome, let position = request(id, row: row, at: c.request, in: index) else { continue }
            let decision = Decision(
                outcome: outcome,
                date: date,
                decidedBy: text(row, c.decidedBy),
                commentary: text(row, c.commentary)
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
                        at: row.location(c.outcome),
                        "\(id): decision \(error.found) is not allowed (expected \(error.expected))"
                    )
                    continue
                }
            }
            decided[position, default: []].append(decision)
            requests[position] = request
        }
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
        let c = TableSchema.PublishedFiguresColumns.self
        var figures: [PublishedFigure] = []
        for row in tables.rows(.publishedFigures) {
            let id = text(row, c.id)
            let document = text(row, c.document)
            let claim = code(row, c.claim, Self.claims)
            let quantity = code(row, c.quantity, quantities)
            let years = parse(row, c.years) { (text) throws(ValidationError) in try PublishedFigure.years(text) }
            let denomination =
                row.text(c.denomination).isEmpty ? .pounds : code(row, c.denomination, Self.denominationWords)
            let printed = text(row, c.printed)
            let asAt = month(row, c.asAt)
            if !row.text(c.asAt).isEmpty, asAt == nil { continue }
            guard let id, let document, let claim, let quantity, let years, let denomination, let printed else {
                continue
            }
            do {
                let figure = try PublishedFigure(
                    id: PublishedFigure.ID(id),
                    source: SourceReference(document: document, location: text(row, c.location)),
                    claim: claim,
                    subject: text(row, c.subject),
                    quantity: quantity,
                    years: years,
                    printed: printed,
                    denomination: denomination,
                    note: text(row, c.note),
                    asAt: asAt
                )
                sourceMap.record(.publishedFigure, id, row: row)
                figures.append(figure)
                if claim == .groupTotal, let subject = figure.subject, !groupIDs.contains(subject) {
                    reportUnknown("group", subject, from: .groups, row: row, at: c.subject)
                }
                if claim == .sum || claim == .difference { composites.append((row, figure)) }
            } catch {
                report(.invalidValue, at: row.location(c.printed), error.message)
            }
        }
        let ids = Set(figures.map(\.id.rawValue))
        for (row, figure) in composites {
            let parts = PublishedFigure.figureIDs(in: figure.subject)
            let unknown = parts.filter { !ids.contains($0.rawValue) }
            if figure.claim == .difference, parts.count != 2 {
                report(
                    .invalidValue,
                    at: row.location(c.subject),
                    "a difference names \(parts.count) figure\(parts.count == 1 ? "" : "s") (expected two ids, first;second)"
                )
            } else if let first = unknown.first {
                report(
                    .unknownReference,
                    at: row.location(c.subject),
                    "no published figure \"\(first)\" (expected ids from the published_figures table)"
                )
            }
        }
        return figures
    }
}
