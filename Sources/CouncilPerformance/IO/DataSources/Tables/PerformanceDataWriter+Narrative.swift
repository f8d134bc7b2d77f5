/// Writing the `narratives` table.
extension PerformanceDataWriter {
    /// The narrative, one row each, in the order given.
    func narrativeTable() -> TableRows {
        var rows = TableRows(.narratives)
        let columns = TableSchema.NarrativesColumns.self
        for narrative in data.narratives {
            rows.append([
                columns.subject: narrative.subject.description,
                columns.kind: narrative.kind.rawValue,
                columns.period: narrative.period?.description ?? "",
                columns.report: narrative.report ?? "",
                columns.title: narrative.title ?? "",
                columns.text: narrative.text,
                columns.measures: narrative.measures.map(\.rawValue).joined(separator: ";"),
                columns.source: narrative.source?.description ?? "",
            ])
        }
        return rows
    }
}
