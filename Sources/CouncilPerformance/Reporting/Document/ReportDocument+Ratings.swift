extension ReportDocument {
    /// The ratings table as a document: one table, one row per measure and period.
    ///
    /// Its columns are the ones BI tools read
    /// (`measure,period,value,status,target,rating,trend,published_rating,published_trend,agrees`), then
    /// `tolerance,rule_rating,reason,override_reason`. Statuses and trends are the library's codes
    /// (`green`, `not-rated`, `improving`), so the table reads the same for every council.
    ///
    /// - Parameter table: The ratings table.
    /// - Returns: The document, named `ratings`, whose table is `observations`.
    public static func ratings(_ table: RatingsTable) -> ReportDocument {
        let columns = [
            "measure", "period", "value", "status", "target", "rating", "trend", "published_rating",
            "published_trend", "agrees", "tolerance", "rule_rating", "reason", "override_reason",
        ].map { ReportTable.Column($0) }
        let rows = table.rows.map { row -> [ReportCell] in
            [
                .text(row.measure.rawValue), .text(row.period.description),
                (try? ExactDecimal(row.value)) == nil
                    ? .text(row.value) : .number(display: row.value, value: row.value),
                .text(row.status.rawValue), .text(row.target), .text(row.rating.rawValue),
                .text(row.trend.rawValue), .text(row.publishedRating ?? ""), .text(row.publishedTrend ?? ""),
                .text(row.agrees.map { $0 ? "yes" : "no" } ?? ""), .text(row.tolerance),
                .text(row.ruleRating.rawValue), .text(row.reason?.rawValue ?? ""), .text(row.overrideReason ?? ""),
            ]
        }
        return ReportDocument(
            name: "ratings",
            title: "Ratings",
            subtitle: table.council,
            blocks: [
                .table(
                    ReportTable(
                        name: "observations",
                        caption: "Every observation's rating by the council's rule, beside what was printed",
                        columns: columns,
                        rows: rows
                    )
                )
            ]
        )
    }
}
