extension PerformanceDataWriter {
    /// The `claims` table: each claim as its row, the figure as printed and the operands as text.
    static func claimTable(_ data: PerformanceData) -> TableRows {
        var rows = TableRows(.claims)
        let c = TableSchema.ClaimsColumns.self
        for claim in data.publishedClaims {
            rows.append([
                c.id: claim.id.rawValue, c.document: claim.source.document, c.location: claim.source.location ?? "",
                c.kind: claim.kind.rawValue, c.subject: claim.subject, c.printed: claim.printed,
                c.unit: claim.unit?.rawValue ?? "",
                c.denomination: claim.denomination == .pounds ? "" : claim.denomination.rawValue,
                c.operands: claim.operands.map(\.description).joined(separator: ";"), c.list: claim.list ?? "",
                c.note: claim.note ?? "",
            ])
        }
        return rows
    }
}
