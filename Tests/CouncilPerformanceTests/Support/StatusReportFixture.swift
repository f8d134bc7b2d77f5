import CouncilPerformance
import Foundation

/// Builds the council-wide delivery view from a transcribed Project Status Report (one TSV row a project).
///
/// Amounts are in £000 as printed; statuses are read with the standard scheme. A status printed as
/// `N/A` (four rows of the 2015 report) records no status for that month.
struct StatusReportFixture {
    let table: FixtureTable
    let delivery: CouncilDelivery
    let month: ReportingPeriod
    let years: [FinancialYear]

    init(
        _ path: String,
        month: String,
        cashablePrefix: String,
        atRiskPrefix: String,
        years: [String],
        adjust: (inout Project, FixtureTable.Row) -> Void = { _, _ in }
    ) throws {
        let table = try FixtureTable(path)
        let month = try ReportingPeriod(month)
        let years = try years.map { try FinancialYear($0) }
        var portfolios: [Portfolio] = []
        var projects: [Project] = []
        for row in table.rows {
            let portfolioID = Portfolio.ID(row["portfolio"])
            if !portfolios.contains(where: { $0.id == portfolioID }) {
                portfolios.append(Portfolio(id: portfolioID, name: row["portfolio"]))
            }
            var history: [StatusRecord] = []
            for (column, period) in [("status_last_month", month.previous), ("status_this_month", month)]
            where row[column] != "N/A" {
                history.append(
                    StatusRecord(month: period, status: try DeliveryStatusScheme.standard.status(named: row[column]))
                )
            }
            func profile(_ prefix: String) -> SavingsProfile {
                SavingsProfile(
                    years.map { year in
                        let column = prefix + year.description.replacingOccurrences(of: "/", with: "_")
                        return (year, Money(thousands: row.thousands(column) ?? 0))
                    }
                )
            }
            var project = Project(
                id: Project.ID("line-\(row["seed_line"])"),
                references: Project.references(from: row["references"]),
                name: row["project_name"],
                portfolio: portfolioID,
                statusHistory: history,
                baseline: profile(cashablePrefix),
                forecast: profile(atRiskPrefix),
                alternativeDelivery: Money(thousands: row.thousands("alternative_delivery") ?? 0)
            )
            adjust(&project, row)
            projects.append(project)
        }
        self.table = table
        self.delivery = CouncilDelivery(portfolios: portfolios, projects: projects)
        self.month = month
        self.years = years
    }

    /// The Project Status Report as at September 2018 (003 Appendix B), with its exception details.
    static func september2018(adjust: (inout Project, FixtureTable.Row) -> Void = { _, _ in }) throws -> Self {
        let exceptions = try FixtureTable("Nottinghamshire/status-2018-09-exceptions.tsv")
        return try StatusReportFixture(
            "Nottinghamshire/status-2018-09-projects.tsv",
            month: "Sep 2018",
            cashablePrefix: "cashable_",
            atRiskPrefix: "at_risk_",
            years: ["2018/19", "2019/20", "2020/21"]
        ) { project, row in
            let printedTitle =
                row["references"].isEmpty ? row["project_name"] : "\(row["project_name"]) (\(row["references"]))"
            // The exception list capitalises one title differently from the table (line 990 against 970:
            // "Residential" and "residential"), so titles are matched without regard to case.
            project.commentary =
                exceptions.rows.first { $0["project_name"].lowercased() == printedTitle.lowercased() }?[
                    "details"
                ]
            adjust(&project, row)
        }
    }
}
