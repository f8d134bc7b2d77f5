extension ConsistencyAudit {
    // MARK: - Savings categories, groups, counts, percentages, sums and differences

    /// Recomputes a figure of a savings category, a count or a percentage, or a `group-total`, `sum` or
    /// `difference`; `nil` for the figures ``recompute`` has always handled, so their checks are unchanged.
    static func savingsCheck(
        _ figure: PublishedFigure,
        delivery: CouncilDelivery,
        figures: [PublishedFigure.ID: PublishedFigure]
    ) -> Check? {
        if figure.claim == .sum || figure.claim == .difference {
            return compositeCheck(figure, figures: figures)
        }
        let isStandardQuantity = PublishedFigure.Quantity.known.contains(figure.quantity)
        guard figure.claim == .groupTotal || !isStandardQuantity else { return nil }
        guard figure.claim != .netImpact else { return nil }
        let label = figure.years.label + (figure.asAt.map { " as at \($0)" } ?? "")
        guard let (name, projects) = scope(of: figure, in: delivery) else {
            return unrecomputable(figure, "no \(figure.subject ?? "data") for a \(figure.claim)")
        }
        let subject = "\(name) \(figure.quantity) \(label)"
        let years = figure.years.yearList
        if figure.quantity == .count {
            let count = ExactDecimal(units: Int64(projects.count) * ExactDecimal.scale)
            return numberCheck(figure, subject: subject, recomputed: count, how: "number of \(name) projects")
        }
        if let category = figure.quantity.percentageCategory {
            let part = total(of: category, projects, years: years, asAt: figure.asAt)
            // A percentage of the target: the target is the plan, never dated.
            let target = total(of: .target, projects, years: years, asAt: nil)
            guard let part, let target, target.amount != .zero else {
                return unrecomputable(figure, "no \(category) or no target for \(name) in \(label)")
            }
            let percentage = ratio(part.amount, of: target.amount)
            return numberCheck(
                figure,
                subject: subject,
                recomputed: percentage,
                how:
                    "\(category) \(part.amount.formatted(.pounds(decimalPlaces: 0))) as a percentage of target \(target.amount.formatted(.pounds(decimalPlaces: 0)))"
            )
        }
        let category = SavingsCategory(figure.quantity.rawValue)
        guard let sum = total(of: category, projects, years: years, asAt: figure.asAt) else {
            return unrecomputable(figure, "no \(category) figures for \(name) in \(label)")
        }
        return Check(
            subject: subject,
            source: figure.source,
            printedText: figure.printed,
            printed: figure.amount,
            recomputed: sum.amount,
            verdict: verdict(
                printed: figure.amount,
                recomputed: sum.amount,
                precision: figure.precision,
                parts: sum.parts
            ),
            explanation: "sum of \(sum.parts) \(name) project \(category) figures"
        )
    }

    /// The projects a figure is about, and their name.
    private static func scope(of figure: PublishedFigure, in delivery: CouncilDelivery) -> (String, [Project])? {
        let subject = figure.subject
        switch figure.claim {
        case .groupTotal:
            guard let subject, let group = delivery.group(ProjectGroup.ID(subject)) else { return nil }
            return (group.name, delivery.projects(in: group))
        case .headline where subject != nil, .portfolioTotal:
            guard let portfolio = delivery.portfolios.first(where: { $0.id.rawValue == subject }) else { return nil }
            return (portfolio.name, delivery.projects(in: portfolio.id))
        case .councilTotal, .headline:
            return ("council", delivery.projects)
        case .programmeTotal:
            guard let programme = delivery.programmes.first(where: { $0.id.rawValue == subject }) else { return nil }
            return (programme.name, delivery.projects(in: programme.id))
        case .governanceTotal:
            let projects = delivery.projects.filter { $0.governance == subject }
            return projects.isEmpty ? nil : ("\(subject ?? "") governance", projects)
        case .projectTotal, .text:
            guard let project = delivery.projects.first(where: { $0.id.rawValue == subject }) else { return nil }
            return (project.name, [project])
        default:
            return nil
        }
    }

    /// The sum of a category over projects, and how many projects gave it; `nil` when none did.
    private static func total(
        of category: SavingsCategory,
        _ projects: [Project],
        years: [FinancialYear],
        asAt: ReportingPeriod?
    ) -> (amount: Money, parts: Int)? {
        var sum: Money? = nil
        var parts = 0
        for project in projects {
            guard let amount = project.amount(of: category, over: years, asAt: asAt) else { continue }
            sum = (sum ?? .zero) + amount
            parts += 1
        }
        return sum.map { ($0, parts) }
    }

    /// `part` as a percentage of `whole`, exact to six decimal places (half away from zero).
    ///
    /// - Parameters:
    ///   - part: The part.
    ///   - whole: The whole; not zero.
    /// - Returns: The percentage, or zero when `whole` is zero.
    public static func percentage(_ part: Money, of whole: Money) -> ExactDecimal {
        whole == .zero ? .zero : ratio(part, of: whole)
    }

    static func ratio(_ part: Money, of whole: Money) -> ExactDecimal {
        let numerator = Int128(part.pence) * 100 * Int128(ExactDecimal.scale)
        let denominator = Int128(whole.pence)
        var quotient = numerator / denominator
        let remainder = numerator % denominator
        if remainder.magnitude * 2 >= denominator.magnitude {
            quotient += (numerator < 0) == (denominator < 0) ? 1 : -1
        }
        return ExactDecimal(units: Int64(clamping: quotient))
    }

    private static func numberCheck(
        _ figure: PublishedFigure,
        subject: String,
        recomputed: ExactDecimal,
        how: String
    ) -> Check {
        let printed = figure.number ?? .zero
        let difference = (printed.subtracting(recomputed) ?? printed).magnitude
        let verdict: Verdict =
            difference == .zero
            ? .held
            : difference.units.magnitude * 2 <= figure.numberPrecision.units.magnitude
                ? .heldAtPrintedPrecision : .mismatch
        return Check(
            subject: subject,
            source: figure.source,
            printedText: figure.printed,
            unit: figure.quantity == .count ? .count : .percentage,
            printedNumber: printed,
            recomputedNumber: recomputed,
            verdict: verdict,
            explanation: how
        )
    }

    private static func unrecomputable(_ figure: PublishedFigure, _ reason: String) -> Check {
        let how = "cannot recompute: \(reason)"
        let subject = "\(figure.claim) \(figure.subject ?? "council") \(figure.quantity)"
        if let number = figure.number {
            return Check(
                subject: subject,
                source: figure.source,
                printedText: figure.printed,
                unit: figure.quantity == .count ? .count : .percentage,
                printedNumber: number,
                recomputedNumber: nil,
                verdict: .mismatch,
                explanation: how
            )
        }
        return Check(
            subject: subject,
            source: figure.source,
            printedText: figure.printed,
            printed: figure.amount,
            recomputed: .zero,
            verdict: .mismatch,
            explanation: how
        )
    }

    /// A `sum` or `difference` of other printed figures, held against them as printed.
    private static func compositeCheck(
        _ figure: PublishedFigure,
        figures: [PublishedFigure.ID: PublishedFigure]
    ) -> Check {
        let ids = PublishedFigure.figureIDs(in: figure.subject)
        let named = ids.compactMap { figures[$0] }
        guard named.count == ids.count, !named.isEmpty, figure.claim == .sum || named.count == 2 else {
            return unrecomputable(figure, "the \(figure.claim) names figures that are not given")
        }
        let subject = "\(figure.id) \(figure.quantity) \(figure.years.label)"
        let words = named.map { "\($0.id) (\($0.printed))" }
        if figure.number != nil {
            var value = named[0].number ?? .zero
            for other in named.dropFirst() {
                let number = other.number ?? .zero
                value = (figure.claim == .sum ? value.adding(number) : value.subtracting(number)) ?? value
            }
            let how = figure.claim == .sum ? "sum of " + words.joined(separator: " + ") : words.joined(separator: " − ")
            return numberCheck(figure, subject: subject, recomputed: value, how: how)
        }
        let value =
            figure.claim == .sum
            ? named.map(\.amount).sum : named[0].amount - named[1].amount
        let how =
            figure.claim == .sum
            ? "sum of the printed " + words.joined(separator: " + ")
            : "the printed " + words.joined(separator: " − ")
        return Check(
            subject: subject,
            source: figure.source,
            printedText: figure.printed,
            printed: figure.amount,
            recomputed: value,
            verdict: verdict(
                printed: figure.amount,
                recomputed: value,
                precision: figure.precision,
                parts: named.count
            ),
            explanation: how
        )
    }

    // MARK: - Identities

    /// Every identity checked for every project, every group, and every set of printed totals it covers.
    static func identityChecks(_ delivery: CouncilDelivery, figures: [PublishedFigure]) -> [Check] {
        var checks: [Check] = []
        for identity in delivery.identities {
            for project in delivery.projects {
                checks += identityChecks(
                    identity,
                    projects: [project],
                    name: project.name,
                    source: SourceReference(document: "savings_figures", location: "project \(project.id)")
                )
            }
            for group in delivery.groups {
                checks += identityChecks(
                    identity,
                    projects: delivery.projects(in: group),
                    name: group.name,
                    source: SourceReference(document: "savings_figures", location: "group \(group.id)")
                )
            }
            checks += printedIdentityChecks(identity, figures: figures)
        }
        return checks
    }

    /// The identity at each year and month where the projects give the total.
    private static func identityChecks(
        _ identity: SavingsIdentity,
        projects: [Project],
        name: String,
        source: SourceReference
    ) -> [Check] {
        var keys: [(FinancialYear, ReportingPeriod?)] = []
        for project in projects {
            for entry in project.figures.entries where entry.category == identity.total {
                if !keys.contains(where: { $0.0 == entry.year && $0.1 == entry.asAt }) {
                    keys.append((entry.year, entry.asAt))
                }
            }
        }
        keys.sort {
            $0.0 != $1.0 ? $0.0 < $1.0 : ($0.1.map { [$0] } ?? []).lexicographicallyPrecedes($1.1.map { [$0] } ?? [])
        }
        var checks: [Check] = []
        for (year, asAt) in keys {
            let total = projects.compactMap { $0.amount(of: identity.total, over: [year], asAt: asAt) }.sum
            var amounts: [Money] = [total]
            var parts = Money.zero
            for category in identity.parts {
                let amount = projects.compactMap { $0.amount(of: category, over: [year], asAt: asAt) }.sum
                amounts.append(amount)
                parts += amount
            }
            let label = "\(year)" + (asAt.map { " as at \($0)" } ?? "")
            checks.append(
                Check(
                    subject: "\(name) \(identity.name) \(label): \(identity)",
                    source: source,
                    printedText: total.formatted(.pounds(decimalPlaces: 0)),
                    printed: total,
                    recomputed: parts,
                    verdict: verdict(
                        printed: total,
                        recomputed: parts,
                        precision: commonPrecision(amounts),
                        parts: identity.parts.count
                    ),
                    explanation: "sum of " + identity.parts.map(\.rawValue).joined(separator: ", ")
                )
            )
        }
        return checks
    }

    /// The identity among printed figures about the same thing (claim, subject, years, month, paper):
    /// the printed total against the sum of the printed parts.
    private static func printedIdentityChecks(_ identity: SavingsIdentity, figures: [PublishedFigure]) -> [Check] {
        var checks: [Check] = []
        for total in figures where total.quantity == .category(identity.total) {
            let siblings = figures.filter {
                $0.claim == total.claim && $0.subject == total.subject && $0.years == total.years
                    && $0.asAt == total.asAt && $0.source.document == total.source.document
            }
            let parts = identity.parts.compactMap { category in
                siblings.first { $0.quantity == .category(category) }
            }
            guard parts.count == identity.parts.count else { continue }
            let sum = parts.map(\.amount).sum
            checks.append(
                Check(
                    subject: "\(total.id) \(identity.name) \(total.years.label): \(identity)",
                    source: total.source,
                    printedText: total.printed,
                    printed: total.amount,
                    recomputed: sum,
                    verdict: verdict(
                        printed: total.amount,
                        recomputed: sum,
                        precision: total.precision,
                        parts: parts.count
                    ),
                    explanation: "sum of the printed "
                        + parts.map { "\($0.id) (\($0.printed))" }.joined(separator: " + ")
                )
            )
        }
        return checks
    }

    /// The precision data were given to: £1,000 when every amount is a whole number of thousands, else £1.
    private static func commonPrecision(_ amounts: [Money]) -> Money {
        amounts.allSatisfy({ $0.pence % 100_000 == 0 }) ? Money(thousands: 1) : Money(pence: 100)
    }
}
