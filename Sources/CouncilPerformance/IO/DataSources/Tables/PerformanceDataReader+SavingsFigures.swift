extension PerformanceDataReader {
    static let denominationWords = Dictionary(
        uniqueKeysWithValues: Money.Denomination.allCases.map { ($0.rawValue, $0) }
    )
    /// `sign` words: whether savings are printed as negatives.
    static let signWords = ["positive": false, "negative": true]

    /// The denomination of a table's money.
    ///
    /// The one its rows give (every row that gives one must give the same), else the file's
    /// (`council.denomination`), else pounds. A row that gives another is reported.
    ///
    /// - Complexity: O(*n*) in the table's rows; called once per table with money, never for observations.
    mutating func denomination(of table: TableSchema) -> Money.Denomination {
        tableCode(of: table, column: TableSchema.tableDenomination, Self.denominationWords, what: "denomination")
            ?? fileDenomination
    }

    /// One coded value a table declares in a column once for all its rows; conflicting rows are reported.
    private mutating func tableCode<T: Equatable>(
        of table: TableSchema,
        column: TableSchema.Column,
        _ values: [String: T],
        what: String
    ) -> T? {
        // A table's own definition of the column (its description may differ), found by name.
        guard let column = table.column(column.name) else { return nil }
        var declared: (value: T, text: String)? = nil
        for row in tables.rows(table) {
            let given = row.text(column)
            guard !given.isEmpty, case .valid(let value) = optionalCode(row, column, values) else { continue }
            if let declared, declared.value != value {
                report(
                    .inconsistent,
                    at: row.location(column),
                    "\(table.name) gives the \(what) \"\(given)\" after \"\(declared.text)\" (expected one \(what) for the whole table)"
                )
            } else if declared == nil {
                declared = (value, given)
            }
        }
        return declared?.value
    }

    /// Parses a cell that must hold a month (`Sep 2015`); a quarter or a year is reported.
    mutating func month(_ row: TableSet.Row, _ column: TableSchema.Column) -> ReportingPeriod? {
        guard !row.text(column).isEmpty, let given = period(row, column) else { return nil }
        guard case .month = given.granularity else {
            report(
                .invalidValue,
                at: row.location(column),
                "\"\(row.text(column))\" is not a month (expected a month like Sep 2015)"
            )
            return nil
        }
        return given
    }

    /// Reads the council's own categories, savings figures, identities and groups into the delivery model.
    mutating func readSavingsFigures(into delivery: inout CouncilDelivery) {
        readSavingsCategories(into: &delivery)
        let categories = CategoryWords(delivery.knownCategories)
        let projectIndex = firstPositions(of: delivery.projects.map(\.id.rawValue))
        readSavingsFigureRows(into: &delivery, categories: categories, projectIndex: projectIndex)
        readSavingsIdentities(into: &delivery, categories: categories)
        let groupIndex = readGroups(into: &delivery)
        readGroupMembers(into: &delivery, groupIndex: groupIndex, projectIndex: projectIndex)
    }

    /// The savings categories a file may name: the standard ones and its own declarations.
    private struct CategoryWords {
        let words: [String: SavingsCategory]
        let expectation: String

        init(_ known: [SavingsCategory]) {
            words = Dictionary(uniqueKeysWithValues: known.map { ($0.rawValue, $0) })
            expectation = known.map(\.rawValue).joined(separator: ", ") + ", or a category of savings_categories"
        }
    }

    /// The category a cell names (its case ignored), or nil with a located problem.
    private mutating func category(
        _ given: String,
        row: TableSet.Row,
        at column: TableSchema.Column,
        in categories: CategoryWords
    ) -> SavingsCategory? {
        if let category = categories.words[given] ?? categories.words[given.lowercased()] { return category }
        report(
            .unknownReference,
            at: row.location(column),
            "\"\(given)\" is not a savings category (expected \(categories.expectation))"
        )
        return nil
    }

    /// Reads `savings_categories`.
    private mutating func readSavingsCategories(into delivery: inout CouncilDelivery) {
        let c = TableSchema.SavingsCategoriesColumns.self
        for row in tables.rows(.savingsCategories) {
            guard let category = text(row, c.category), let name = text(row, c.name) else { continue }
            if delivery.categories.contains(where: { $0.category.rawValue == category }) {
                report(
                    .duplicateIdentifier,
                    at: row.location(c.category),
                    "the savings category \"\(category)\" is declared twice (expected each once)"
                )
                continue
            }
            delivery.categories.append(SavingsCategoryDeclaration(category: SavingsCategory(category), name: name))
        }
    }

    /// Reads `savings_figures`: an amount a project, category, year and (optionally) month.
    private mutating func readSavingsFigureRows(
        into delivery: inout CouncilDelivery,
        categories: CategoryWords,
        projectIndex: [String: Int]
    ) {
        let c = TableSchema.SavingsFiguresColumns.self
        let denomination = denomination(of: .savingsFigures)
        let negative =
            tableCode(of: .savingsFigures, column: c.sign, Self.signWords, what: "sign") ?? fileSignIsNegative
        var seen: Set<String> = []
        for row in tables.rows(.savingsFigures) {
            let project = text(row, c.project)
            let year = financialYear(row, c.year)
            let categoryText = text(row, c.category)
            let amount = money(row, c.amount, in: denomination)
            let asAt = month(row, c.asAt)
            guard let project, let year, let categoryText, let amount else { continue }
            guard row.text(c.asAt).isEmpty || asAt != nil,
                let category = category(categoryText, row: row, at: c.category, in: categories)
            else { continue }
            guard let index = projectIndex[project] else {
                reportUnknown("project", project, from: .projects, row: row, at: c.project)
                continue
            }
            let key = "\(project)|\(year)|\(category)|\(asAt?.description ?? "")"
            guard seen.insert(key).inserted else {
                report(
                    .inconsistent,
                    at: row.location(c.category),
                    "\(project) has two \(category) figures for \(year)\(asAt.map { " as at \($0)" } ?? "") (expected one)"
                )
                continue
            }
            delivery.projects[index].figures[category, year, asAt: asAt] = negative ? -amount : amount
        }
    }

    /// Reads `savings_identities`: a category that must equal the sum of others.
    private mutating func readSavingsIdentities(into delivery: inout CouncilDelivery, categories: CategoryWords) {
        let c = TableSchema.SavingsIdentitiesColumns.self
        for row in tables.rows(.savingsIdentities) {
            let name = text(row, c.name)
            let totalText = text(row, c.total)
            let partTexts = list(row, c.parts)
            guard let name, let totalText, !partTexts.isEmpty else { continue }
            let total = category(totalText, row: row, at: c.total, in: categories)
            let parts = partTexts.compactMap { category($0, row: row, at: c.parts, in: categories) }
            guard let total, parts.count == partTexts.count else { continue }
            if delivery.identities.contains(where: { $0.name == name }) {
                report(
                    .duplicateIdentifier,
                    at: row.location(c.name),
                    "the identity \"\(name)\" is defined twice (expected each once)"
                )
                continue
            }
            delivery.identities.append(SavingsIdentity(name: name, total: total, parts: parts))
        }
    }

    /// Reads `groups`; returns the position of each group.
    private mutating func readGroups(into delivery: inout CouncilDelivery) -> [String: Int] {
        let c = TableSchema.GroupsColumns.self
        var groupIndex: [String: Int] = [:]
        for row in tables.rows(.groups) {
            guard let id = text(row, c.id), let name = text(row, c.name) else { continue }
            guard groupIndex[id] == nil else {
                report(.duplicateIdentifier, at: row.location(c.id), "the group \"\(id)\" is defined twice")
                continue
            }
            groupIndex[id] = delivery.groups.count
            delivery.groups.append(ProjectGroup(id: ProjectGroup.ID(id), name: name))
        }
        return groupIndex
    }

    /// Reads `group_members`: the projects of each group, once each.
    private mutating func readGroupMembers(
        into delivery: inout CouncilDelivery,
        groupIndex: [String: Int],
        projectIndex: [String: Int]
    ) {
        let c = TableSchema.GroupMembersColumns.self
        for row in tables.rows(.groupMembers) {
            guard let group = text(row, c.group), let project = text(row, c.project) else { continue }
            guard let index = groupIndex[group] else {
                reportUnknown("group", group, from: .groups, row: row, at: c.group)
                continue
            }
            guard projectIndex[project] != nil else {
                reportUnknown("project", project, from: .projects, row: row, at: c.project)
                continue
            }
            let member = Project.ID(project)
            if !delivery.groups[index].members.contains(member) { delivery.groups[index].members.append(member) }
        }
    }
}
