/// Savings at risk by year beside savings delivered another way: the one home of the net-at-risk rule.
///
/// Net at risk is the at-risk total (positive for savings at risk or slipping, negative for
/// over-achievement) less savings delivered in an alternative way. It is derived, never typed in
/// (DOMAIN.md, rule 9). A project, a Totals row and a report's row all compute it here.
///
/// ```swift
/// project.netAtRisk                       // over every year
/// totals.netAtRisk(over: yearsShown)      // over the years a £000 table prints
/// ```
public protocol SavingsAtRisk {
    /// At risk or slipping (positive), or over-achieved (negative), by year.
    var atRiskByYear: SavingsProfile { get }
    /// Savings delivered in an alternative way; not split by year.
    var alternativeDelivery: Money { get }
}

extension SavingsAtRisk {
    /// Net at risk over every year: the at-risk total less alternative delivery.
    public var netAtRisk: Money { atRiskByYear.total - alternativeDelivery }

    /// Net at risk over the years a report shows.
    ///
    /// Alternative delivery is not split by year, so it is taken whole against the years shown, as the
    /// papers' Totals rows take it.
    ///
    /// - Parameter years: The years shown.
    /// - Returns: At risk over those years less alternative delivery.
    /// - Complexity: O(*y*) in the number of years.
    public func netAtRisk(over years: some Sequence<FinancialYear>) -> Money {
        atRiskByYear.total(over: years) - alternativeDelivery
    }
}
