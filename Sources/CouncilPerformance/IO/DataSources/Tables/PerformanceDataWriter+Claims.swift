extension PerformanceDataWriter {
    /// The `claims` table: each claim as its row, the figure as printed and the operands as text.
    static func claimTable(_ data: PerformanceData) -> TableRows {
        var rows = TableRows(.claims)
        for claim in data.publishedClaims {
            rows.append([
                "id": claim.id.rawValue, "document": claim.source.document, "location": claim.source.location ?? "",
                "kind": claim.kind.rawValue, "subject": claim.subject, "printed": claim.printed,
                "unit": claim.unit?.rawValue ?? "",
                "denomination": claim.denomination == .pounds ? "" : claim.denomination.rawValue,
                "of": claim.operands.map(\.description).joined(separator: ";"), "list": claim.list ?? "",
                "note": claim.note ?? "",
            ])
        }
        return rows
    }
}
