/// Savings roll-ups over the council's delivery: every Totals row is summed from project rows.
extension CouncilDelivery {
    /// The totals of a portfolio.
    ///
    /// - Parameters:
    ///   - portfolio: The portfolio.
    ///   - month: The month whose statuses to count.
    /// - Returns: The sums of its project rows.
    /// - Complexity: O(*n* × *y*).
    public func totals(for portfolio: Portfolio.ID, month: ReportingPeriod? = nil) -> SavingsTotals {
        SavingsTotals(projects: projects(in: portfolio), month: month)
    }

    /// The totals of a programme.
    ///
    /// - Parameters:
    ///   - programme: The programme.
    ///   - month: The month whose statuses to count.
    /// - Returns: The sums of its project rows.
    /// - Complexity: O(*n* × *y*).
    public func totals(for programme: Programme.ID, month: ReportingPeriod? = nil) -> SavingsTotals {
        SavingsTotals(projects: projects(in: programme), month: month)
    }

    /// The council-wide totals.
    ///
    /// - Parameter month: The month whose statuses to count.
    /// - Returns: The sums of every project row.
    /// - Complexity: O(*n* × *y*).
    public func councilTotals(month: ReportingPeriod? = nil) -> SavingsTotals {
        SavingsTotals(projects: projects, month: month)
    }
}
