extension PerformanceDataReader {
    private static let claimKinds = Dictionary(
        uniqueKeysWithValues: PublishedClaim.Kind.known.map { ($0.rawValue, $0) }
    )
    private static let valueKinds = Dictionary(
        uniqueKeysWithValues: PrintedValue.Kind.allCases.map { ($0.rawValue, $0) }
    )

    /// Reads the `claims` table, reporting every row whose figure or operands do not read, every duplicate
    /// id, and every operand that names a figure or list the data does not have.
    mutating func readClaims(figures: [PublishedFigure]) -> [PublishedClaim] {
        let c = TableSchema.ClaimsColumns.self
        var claims: [PublishedClaim] = []
        var rows: [TableSet.Row] = []
        var ids = Set(figures.map(\.id.rawValue))
        for row in tables.rows(.claims) {
            guard let id = text(row, c.id), let document = text(row, c.document),
                let kind = code(row, c.kind, Self.claimKinds), let subject = text(row, c.subject)
            else { continue }
            let unit = optionalCode(row, c.unit, Self.valueKinds)
            let denomination = optionalCode(row, c.denomination, Self.denominationWords)
            if case .invalid = unit { continue }
            if case .invalid = denomination { continue }
            var operands: [PublishedClaim.Operand] = []
            var readable = true
            for text in list(row, c.operands) {
                do throws(ValidationError) {
                    operands.append(try PublishedClaim.Operand(text))
                } catch {
                    report(.invalidValue, at: row.location(TableSchema.ClaimsColumns.operands), error.message)
                    readable = false
                }
            }
            guard readable else { continue }
            guard ids.insert(id).inserted else {
                report(
                    .duplicateIdentifier,
                    at: row.location(TableSchema.ClaimsColumns.id),
                    "\"\(id)\" is already a claim or published figure (expected an id of its own)"
                )
                continue
            }
            do throws(ValidationError) {
                let claim = try PublishedClaim(
                    id: PublishedClaim.ID(id),
                    source: SourceReference(document: document, location: text(row, c.location)),
                    kind: kind,
                    subject: subject,
                    printed: row.text(c.printed),
                    unit: unit.value,
                    denomination: denomination.value ?? .pounds,
                    operands: operands,
                    list: text(row, c.list),
                    note: text(row, c.note)
                )
                claims.append(claim)
                rows.append(row)
            } catch {
                report(.invalidValue, at: row.location(TableSchema.ClaimsColumns.printed), error.message)
            }
        }
        let lists = Set(claims.filter { $0.kind == .item }.compactMap(\.list))
        for (claim, row) in zip(claims, rows) {
            checkOperands(of: claim, at: row, ids: ids, lists: lists)
        }
        return claims
    }

    private mutating func checkOperands(
        of claim: PublishedClaim,
        at row: TableSet.Row,
        ids: Set<String>,
        lists: Set<String>
    ) {
        for operand in claim.operands {
            switch operand {
            case .figure(let id) where !ids.contains(id):
                report(
                    .unknownReference,
                    at: row.location(TableSchema.ClaimsColumns.operands),
                    "no claim or published figure \"\(id)\" (expected an id from claims or published_figures)"
                )
            case .list(let name) where !lists.contains(name):
                report(
                    .unknownReference,
                    at: row.location(TableSchema.ClaimsColumns.operands),
                    "no printed list \"\(name)\" (expected the list of an item row)"
                )
            default:
                continue
            }
        }
        let expected: String? =
            switch claim.kind {
            case .sameAs where claim.operands.count != 1: "one operand"
            case .difference where claim.operands.count != 2, .percentage where claim.operands.count != 2:
                "two operands, first;second"
            case .members where claim.operands.count != 2 || !claim.operands.allSatisfy(\.isSet):
                "two lists, detail;summary"
            case .above where claim.operands.count != 2 || claim.operands.contains(where: \.isSet),
                .below where claim.operands.count != 2 || claim.operands.contains(where: \.isSet):
                "two figures, stated;other"
            case .sum where claim.operands.isEmpty, .mean where claim.operands.isEmpty,
                .count where claim.operands.isEmpty:
                "at least one operand"
            case .item where claim.list == nil: nil
            default: nil
            }
        if let expected {
            let article = "aeiou".contains(claim.kind.rawValue.first ?? "x") ? "an" : "a"
            report(
                .invalidValue,
                at: row.location(TableSchema.ClaimsColumns.operands),
                "\(article) \(claim.kind) claim names \(claim.operands.count) operand\(claim.operands.count == 1 ? "" : "s") "
                    + "(expected \(expected))"
            )
        }
        if claim.kind == .item, claim.list == nil {
            report(
                .missingValue,
                at: row.location(TableSchema.ClaimsColumns.list),
                "list is empty (expected the printed list of an item)"
            )
        }
    }
}
