/// Writing the `narratives` table.
extension PerformanceDataWriter {
    /// The narrative, one row each, in the order given.
    func narrativeTable() -> TableRows {
        var rows = TableRows(.narratives)
        for narrative in data.narratives {
            rows.append([
                "subject": narrative.subject.description,
                "kind": narrative.kind.rawValue,
                "period": narrative.period?.description ?? "",
                "report": narrative.report ?? "",
                "title": narrative.title ?? "",
                "text": narrative.text,
                "measures": narrative.measures.map(\.rawValue).joined(separator: ";"),
                "source": narrative.source?.description ?? "",
            ])
        }
        return rows
    }
}
