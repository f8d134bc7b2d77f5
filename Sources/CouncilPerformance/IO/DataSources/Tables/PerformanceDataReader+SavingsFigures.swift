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
        tableCode(of: table, column: "denomination", Self.denominationWords, what: "denomination")
            ?? fileDenomination
    }

    /// One coded value a table declares in a column once for all its rows; conflicting rows are reported.
    private mutating func tableCode<T: Equatable>(
        of table: TableSchema,
        column name: String,
        _ values: [String: T],
        what: String
    ) -> T? {
        guard let column = table.column(name) else { return nil }
        var declared: (value: T, text: String)? = nil
        for row in tables.rows(table) {
            let given = row.text(name)
            guard !given.isEmpty, case .valid(let value) = optionalCode(row, column, values) else { continue }
            if let declared, declared.value != value {
                report(
                    .inconsistent,
                    at: row.location(name),
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
        guard !row.text(column.name).isEmpty, let given = period(row, column) else { return nil }
        guard case .month = given.granularity else {
            report(
                .invalidValue,
                at: row.location(column.name),
                "\"\(row.text(column.name))\" is not a month (expected a month like Sep 2015)"
            )
            return nil
        }
        return given
    }

    /// Reads the council's own categories, savings figures, identities and groups into the delivery model.
    mutating func readSavingsFigures(into delivery: inout CouncilDelivery) {
        var c = TableSchema.savingsCategories
        for row in tables.rows(.savingsCategories) {
            guard let category = text(row, c["category"]), let name = text(row, c["name"]) else { continue }
            if delivery.categories.contains(where: { $0.category.rawValue == category }) {
                report(
                    .duplicateIdentifier,
                    at: row.location("category"),
                    "the savings category \"\(category)\" is declared twice (expected each once)"
                )
                continue
            }
            delivery.categories.append(SavingsCategoryDeclaration(category: SavingsCategory(category), name: name))
        }
        let known = delivery.knownCategories
        let categoryWords = Dictionary(uniqueKeysWithValues: known.map { ($0.rawValue, $0) })
        let expectation = known.map(\.rawValue).joined(separator: ", ") + ", or a category of savings_categories"
        func category(_ reader: inout Self, _ row: TableSet.Row, _ column: String, _ given: String) -> SavingsCategory?
        {
            if let category = categoryWords[given] ?? categoryWords[given.lowercased()] { return category }
            reader.report(
                .unknownReference,
                at: row.location(column),
                "\"\(given)\" is not a savings category (expected \(expectation))"
            )
            return nil
        }

        var projectIndex: [String: Int] = [:]
        for (index, project) in delivery.projects.enumerated() where projectIndex[project.id.rawValue] == nil {
            projectIndex[project.id.rawValue] = index
        }
        c = TableSchema.savingsFigures
        let denomination = denomination(of: .savingsFigures)
        let negative =
            tableCode(of: .savingsFigures, column: "sign", Self.signWords, what: "sign") ?? fileSignIsNegative
        var seen: Set<String> = []
        for row in tables.rows(.savingsFigures) {
            let project = text(row, c["project"])
            let year = financialYear(row, c["year"])
            let categoryText = text(row, c["category"])
            let amount = money(row, c["amount"], in: denomination)
            let asAt = month(row, c["as_at"])
            guard let project, let year, let categoryText, let amount else { continue }
            guard row.text("as_at").isEmpty || asAt != nil,
                let category = category(&self, row, "category", categoryText)
            else { continue }
            guard let index = projectIndex[project] else {
                report(
                    .unknownReference,
                    at: row.location("project"),
                    "no project \"\(project)\" (expected an id from the projects table)"
                )
                continue
            }
            let key = "\(project)|\(year)|\(category)|\(asAt?.description ?? "")"
            guard seen.insert(key).inserted else {
                report(
                    .inconsistent,
                    at: row.location("category"),
                    "\(project) has two \(category) figures for \(year)\(asAt.map { " as at \($0)" } ?? "") (expected one)"
                )
                continue
            }
            delivery.projects[index].figures[category, year, asAt: asAt] = negative ? -amount : amount
        }

        c = TableSchema.savingsIdentities
        for row in tables.rows(.savingsIdentities) {
            let name = text(row, c["name"])
            let totalText = text(row, c["total"])
            let partTexts = list(row, c["parts"])
            guard let name, let totalText, !partTexts.isEmpty else { continue }
            let total = category(&self, row, "total", totalText)
            var parts: [SavingsCategory] = []
            for text in partTexts {
                if let part = category(&self, row, "parts", text) { parts.append(part) }
            }
            guard let total, parts.count == partTexts.count else { continue }
            if delivery.identities.contains(where: { $0.name == name }) {
                report(
                    .duplicateIdentifier,
                    at: row.location("name"),
                    "the identity \"\(name)\" is defined twice (expected each once)"
                )
                continue
            }
            delivery.identities.append(SavingsIdentity(name: name, total: total, parts: parts))
        }

        c = TableSchema.groups
        var groupIndex: [String: Int] = [:]
        for row in tables.rows(.groups) {
            guard let id = text(row, c["id"]), let name = text(row, c["name"]) else { continue }
            guard groupIndex[id] == nil else {
                report(.duplicateIdentifier, at: row.location("id"), "the group \"\(id)\" is defined twice")
                continue
            }
            groupIndex[id] = delivery.groups.count
            delivery.groups.append(ProjectGroup(id: ProjectGroup.ID(id), name: name))
        }
        c = TableSchema.groupMembers
        for row in tables.rows(.groupMembers) {
            guard let group = text(row, c["group"]), let project = text(row, c["project"]) else { continue }
            guard let index = groupIndex[group] else {
                report(
                    .unknownReference,
                    at: row.location("group"),
                    "no group \"\(group)\" (expected an id from the groups table)"
                )
                continue
            }
            guard projectIndex[project] != nil else {
                report(
                    .unknownReference,
                    at: row.location("project"),
                    "no project \"\(project)\" (expected an id from the projects table)"
                )
                continue
            }
            let member = Project.ID(project)
            if !delivery.groups[index].members.contains(member) { delivery.groups[index].members.append(member) }
        }
    }
}
