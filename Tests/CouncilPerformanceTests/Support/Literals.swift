import Testing

@testable import CouncilPerformance

extension FinancialYear {
    /// A year from a label the test knows to be valid; a typo records an issue instead of crashing.
    static func fixture(_ label: String) -> FinancialYear {
        if let year = try? FinancialYear(label) { return year }
        Issue.record("not a financial year: \(label)")
        return FinancialYear(uncheckedStartYear: 1900)
    }
}
