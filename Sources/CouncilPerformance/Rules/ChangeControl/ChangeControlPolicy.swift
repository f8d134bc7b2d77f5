/// The change-control rules, each named and documented, and the validation that checks a request
/// against all of them.
///
/// Validation returns every finding, not the first: each names the rule, the request, the year where
/// one applies, and the figures involved.
///
/// ```swift
/// let findings = ChangeControlPolicy().validate(request, projects: projects, log: log)
/// for finding in findings { print(finding) }
/// ```
public struct ChangeControlPolicy: Sendable, Hashable {
    /// A named change-control rule.
    public struct Rule: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The rule's stable name.
        public var name: String
        /// What the rule requires.
        public var summary: String

        /// Creates a rule.
        ///
        /// - Parameters:
        ///   - name: The rule's stable name.
        ///   - summary: What it requires.
        public init(name: String, summary: String) {
            self.name = name
            self.summary = summary
        }

        /// Each year's printed change equals revised minus expected.
        public static let changeIsRevisedMinusExpected = Rule(
            name: "change-is-revised-minus-expected",
            summary: "each year's change equals revised minus expected"
        )
        /// The printed Total row equals the sum of the years.
        public static let totalIsSumOfYears = Rule(
            name: "total-is-sum-of-years",
            summary: "the Total row equals the sum of the years"
        )
        /// A re-profile keeps the total unchanged.
        public static let reProfileKeepsTotal = Rule(
            name: "re-profile-keeps-total",
            summary: "a re-profile moves savings between years and keeps the total"
        )
        /// A write-off lowers the total by exactly the amount written off.
        public static let writeOffLowersTotal = Rule(
            name: "write-off-lowers-total",
            summary: "a write-off lowers the total by exactly the amount written off"
        )
        /// Alternative delivery states the amounts delivered another way and written off, which account
        /// for the expected total.
        public static let alternativeDeliveryAccounts = Rule(
            name: "alternative-delivery-accounts",
            summary: "alternative delivery states how much is delivered another way and how much is written off"
        )
        /// The expected profile matches the project's current profile.
        public static let expectedMatchesCurrent = Rule(
            name: "expected-matches-current-profile",
            summary: "the request's expected profile matches the project's current profile"
        )
        /// The request names an existing project.
        public static let projectExists = Rule(
            name: "project-exists",
            summary: "a request names an existing project"
        )
        /// A closed project takes no request except closure.
        public static let closedProjectTakesOnlyClosure = Rule(
            name: "closed-project-takes-only-closure",
            summary: "a closed project takes no request except closure"
        )

        /// All the rules, in the order validation applies them.
        public static let all: [Rule] = [
            .projectExists, .closedProjectTakesOnlyClosure, .changeIsRevisedMinusExpected, .totalIsSumOfYears,
            .reProfileKeepsTotal, .writeOffLowersTotal, .alternativeDeliveryAccounts, .expectedMatchesCurrent,
        ]

        /// The rule's name.
        public var description: String { name }
    }

    /// A rule a request breaks, with the figures.
    public struct Finding: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The rule broken.
        public var rule: Rule
        /// The request.
        public var request: ChangeRequest.ID
        /// The year, where the finding is about one year.
        public var year: FinancialYear?
        /// The figure the rule expects.
        public var expected: Money?
        /// The figure found.
        public var found: Money?
        /// A sentence with the figures.
        public var message: String

        /// `request [rule] year: message`.
        public var description: String {
            "\(request) [\(rule)]\(year.map { " \($0)" } ?? ""): \(message)"
        }
    }

    /// Creates the policy.
    public init() {}

    /// Checks a request against every rule.
    ///
    /// - Parameters:
    ///   - request: The request.
    ///   - projects: The projects it may name.
    ///   - log: Changes already applied, which make up the projects' current profiles.
    /// - Returns: Every finding, in rule order then year order; empty when the request passes.
    /// - Complexity: O(*p* + *y* × *e*) for *p* projects, *y* years and *e* log entries.
    public func validate(_ request: ChangeRequest, projects: [Project], log: ChangeLog = ChangeLog()) -> [Finding] {
        var findings: [Finding] = []
        func add(
            _ rule: Rule,
            year: FinancialYear? = nil,
            expected: Money? = nil,
            found: Money? = nil,
            _ message: String
        ) {
            findings.append(
                Finding(rule: rule, request: request.id, year: year, expected: expected, found: found, message: message)
            )
        }
        let k = { (money: Money) in money.formatted(.thousands(decimalPlaces: 0)) }

        let project = projects.first { $0.id == request.project }
        if project == nil {
            add(.projectExists, "no project \(request.project) to change")
        }
        if let project, project.statusHistory.last?.status == .closed, request.kind != .closure {
            add(.closedProjectTakesOnlyClosure, "\(project.name) is closed; a \(request.kind) request cannot apply")
        }
        for row in request.profile {
            if let printed = row.printedChange, row.expected != nil || row.revised != nil, printed != row.change {
                add(
                    .changeIsRevisedMinusExpected,
                    year: row.year,
                    expected: row.change,
                    found: printed,
                    "printed change \(k(printed)), but revised minus expected is \(k(row.change))"
                )
            }
        }
        for total in request.printedTotals where total.printed != total.sumOfYears {
            add(
                .totalIsSumOfYears,
                expected: total.sumOfYears,
                found: total.printed,
                "printed \(total.column) total \(k(total.printed)), but the years sum to \(k(total.sumOfYears))"
            )
        }
        let change = request.totalChange
        switch request.kind {
        case .reProfile where change != .zero:
            add(.reProfileKeepsTotal, expected: .zero, found: change, "a re-profile changes the total by \(k(change))")
        case .writeOff:
            let writtenOff = request.writtenOff ?? .zero
            if change != -writtenOff {
                add(
                    .writeOffLowersTotal,
                    expected: -writtenOff,
                    found: change,
                    "the total changes by \(k(change)), but \(k(writtenOff)) is written off"
                )
            }
        case .alternativeDelivery:
            let alternative = request.alternativeDelivery
            let writtenOff = request.writtenOff ?? .zero
            if alternative == nil {
                add(.alternativeDeliveryAccounts, "the request does not state how much is delivered another way")
            }
            if change != -writtenOff {
                add(
                    .alternativeDeliveryAccounts,
                    expected: -writtenOff,
                    found: change,
                    "the total changes by \(k(change)), but \(k(writtenOff)) is written off"
                )
            }
            if let alternative, alternative + writtenOff != request.expected.total {
                add(
                    .alternativeDeliveryAccounts,
                    expected: request.expected.total,
                    found: alternative + writtenOff,
                    "delivered another way (\(k(alternative))) plus written off (\(k(writtenOff))) does not account for the expected \(k(request.expected.total))"
                )
            }
        default:
            break
        }
        if let project, request.kind != .extensionOfTarget {
            let current = log.currentProfile(of: project)
            for row in request.profile where row.expected != nil || row.revised != nil {
                let expected = row.expected ?? .zero
                if current[row.year] != expected {
                    add(
                        .expectedMatchesCurrent,
                        year: row.year,
                        expected: current[row.year],
                        found: expected,
                        "the request expects \(k(expected)), but the project's current profile has \(k(current[row.year]))"
                    )
                }
            }
        }
        return findings
    }
}
