/// The published record held against itself: every printed total and derived figure recomputed from
/// the model, with a verdict for each.
///
/// The audit checks every ``PublishedFigure`` in the data (Totals rows, headlines, net-impact tables,
/// figures quoted in text) and, for every change request, each printed change against revised minus
/// expected and the printed Total row against the years. A mismatch is a finding, not an error.
///
/// ```swift
/// let audit = ConsistencyAudit(data: data)
/// audit.summary        // "52 checks: 49 held, 2 rounding differences, 1 mismatch."
/// for check in audit.findings { print(check) }
/// ```
public struct ConsistencyAudit: Sendable, Hashable {
    /// How a printed figure compares with the recomputed one.
    public enum Verdict: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// Exactly equal.
        case held
        /// Equal once the recomputed figure is rounded to the printed precision (`£25.574m` printed `£25.6m`).
        case heldAtPrintedPrecision = "held-at-printed-precision"
        /// Off by no more than the rounding of the figures summed (half a printed unit each).
        case roundingDifference = "rounding-difference"
        /// Holds only on another reading of the years (earlier years folded into the first).
        case heldOnAnotherReading = "held-on-another-reading"
        /// A real difference.
        case mismatch

        /// Whether the check held, exactly or at the printed precision.
        public var isHeld: Bool { self == .held || self == .heldAtPrintedPrecision }

        /// A label for reports.
        public var description: String {
            switch self {
            case .held: "Held"
            case .heldAtPrintedPrecision: "Held (rounded)"
            case .roundingDifference: "Rounding difference"
            case .heldOnAnotherReading: "Held on another reading"
            case .mismatch: "Mismatch"
            }
        }
    }

    /// One check.
    public struct Check: Sendable, Hashable, CustomStringConvertible {
        /// What a check's figures count.
        public enum Unit: String, Sendable, Hashable {
            /// Money: ``printed`` and ``recomputed``.
            case money
            /// A number of projects: ``printedNumber`` and ``recomputedNumber``.
            case count
            /// A percentage: ``printedNumber`` and ``recomputedNumber``.
            case percentage
            /// A printed figure of any kind (``valueKind``) held by a ``PublishedClaim``:
            /// ``printedNumber`` and ``recomputedNumber`` in the kind's unit.
            case figure
        }

        /// What was checked, such as `Adult Social Care & Health cashable 2018/19`.
        public var subject: String
        /// Where the figure was printed.
        public var source: SourceReference
        /// The figure as printed.
        public var printedText: String
        /// The printed figure.
        public var printed: Money
        /// The figure recomputed from the model.
        public var recomputed: Money
        /// The verdict.
        public var verdict: Verdict
        /// How the figure was recomputed, and why the verdict.
        public var explanation: String
        /// What the figures count; money unless the check is of a count or a percentage.
        public var unit: Unit = .money
        /// The printed count or percentage; `nil` for money.
        public var printedNumber: ExactDecimal?
        /// The recomputed count or percentage; `nil` for money, or when it could not be recomputed.
        public var recomputedNumber: ExactDecimal?
        /// For a claim's figure, what it counts.
        public var valueKind: PrintedValue.Kind?
        /// For a copy of a figure printed elsewhere, the other printing and where it was: `31.0% (002, line 10)`.
        public var comparedWith: String?
        /// For a claim's figure, the recomputed figure as shown (`10.8957%`, `5:41 mins`).
        public var recomputedLabel: String?

        /// Printed minus recomputed.
        public var difference: Money { printed - recomputed }

        /// Printed minus recomputed, for a count or a percentage.
        public var numberDifference: ExactDecimal? {
            guard let printedNumber, let recomputedNumber else { return nil }
            return printedNumber.subtracting(recomputedNumber)
        }

        /// The recomputed figure as reports show it: `£1,234,000`, `12` or `87.5%`.
        public var recomputedText: String {
            switch unit {
            case .money: recomputed.formatted(.pounds(decimalPlaces: 0))
            case .count: recomputedNumber?.description ?? "-"
            case .percentage: recomputedNumber.map { "\($0.formatted(decimalPlaces: 1))%" } ?? "-"
            case .figure: recomputedLabel ?? recomputedNumber?.description ?? "-"
            }
        }

        /// Printed minus recomputed as reports show it, in the figure's unit; empty when there is none.
        public var differenceText: String {
            guard let gap = numberDifference, gap != .zero else { return "" }
            guard unit == .figure, let kind = valueKind else { return gap.formatted(decimalPlaces: 1) }
            let places = PrintedValue.decimalPlaces(of: gap)
            let shown = PrintedValue.display(kind == .date ? .number : kind, gap.magnitude, decimalPlaces: places)
            let signed = (gap.isNegative ? "-" : "+") + shown
            return kind == .date ? "\(signed) days" : signed
        }

        /// `source: subject: printed X, recomputed Y (difference Z): verdict`.
        public var description: String {
            if unit == .figure {
                let against = comparedWith.map { ", against \($0)" } ?? ""
                let gap = differenceText.isEmpty ? "" : " (difference \(differenceText))"
                let printed = printedText.isEmpty ? "" : "printed \(printedText)\(against), "
                return "\(source): \(subject): \(printed)recomputed \(recomputedText)\(gap): \(verdict)"
                    + (verdict.isHeld ? "" : "; \(explanation)")
            }
            if unit != .money {
                let gap = numberDifference.map { $0 == .zero ? "" : " (difference \($0.formatted(decimalPlaces: 1)))" }
                return
                    "\(source): \(subject): printed \(printedText), recomputed \(recomputedText)\(gap ?? ""): \(verdict)"
            }
            let k = { (money: Money) in money.formatted(.pounds(decimalPlaces: 0)) }
            let printedPounds = k(printed)
            let shown = printedPounds == printedText ? printedText : "\(printedText) (\(printedPounds))"
            return "\(source): \(subject): printed \(shown), recomputed \(k(recomputed))"
                + (difference == .zero ? "" : " (difference \(k(difference)))") + ": \(verdict)"
        }
    }

    /// The council.
    public var council: String
    /// Every check, in the order the figures were given, then the savings identities, the change requests,
    /// the claims in their order, and the measures printed twice.
    public var checks: [Check]
    /// Every published rating and trend held against the rule, in the data's order.
    public var ratingChecks: [RatingCheck]

    /// Runs the audit.
    ///
    /// - Parameter data: The council's data with its published figures.
    /// - Complexity: O(*f* × *n*) for *f* figures and *n* projects.
    public init(data: PerformanceData) {
        council = data.council
        ratingChecks =
            data.publishedRatings.isEmpty ? [] : RatingCheck.checks(of: data, ratings: data.rateEveryObservation())
        var checks: [Check] = []
        let netImpactYears = data.publishedFigures.filter { $0.claim == .netImpact }.flatMap { $0.years.yearList }
        let span = netImpactYears.min().flatMap { first in netImpactYears.max().map { first...$0 } }
        let requests = data.changeRequests.filter { $0.kind != .extensionOfTarget }
        let extensions = data.changeRequests.filter { $0.kind == .extensionOfTarget }
        let strict = span.map {
            NetImpactSummary(requests: requests, extensions: extensions, years: $0.yearList, reading: .strict)
        }
        let folded = span.map {
            NetImpactSummary(
                requests: requests,
                extensions: extensions,
                years: $0.yearList,
                reading: .foldEarlierYearsIntoFirst
            )
        }
        let byID = Dictionary(data.publishedFigures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for figure in data.publishedFigures {
            if let check = Self.savingsCheck(figure, delivery: data.delivery, figures: byID) {
                checks.append(check)
                continue
            }
            guard let (subject, recomputed, parts, how) = Self.recompute(figure, data: data, strict: strict) else {
                checks.append(
                    Check(
                        subject: "\(figure.claim) \(figure.subject ?? "council") \(figure.quantity)",
                        source: figure.source,
                        printedText: figure.printed,
                        printed: figure.amount,
                        recomputed: .zero,
                        verdict: .mismatch,
                        explanation:
                            "cannot recompute: no \(figure.subject ?? "data") for a \(figure.claim) of \(figure.quantity)"
                    )
                )
                continue
            }
            var verdict = Self.verdict(
                printed: figure.amount,
                recomputed: recomputed,
                precision: figure.precision,
                parts: parts
            )
            var explanation = how
            if verdict == .mismatch, figure.claim == .netImpact, let folded,
                let alternative = Self.netImpact(figure, summary: folded),
                Self.verdict(printed: figure.amount, recomputed: alternative, precision: figure.precision, parts: 1)
                    .isHeld
            {
                verdict = .heldOnAnotherReading
                explanation +=
                    "; it holds when changes before \(folded.years.first?.description ?? "") are folded into that year (\(alternative.formatted(.thousands(decimalPlaces: 0))))"
            }
            checks.append(
                Check(
                    subject: subject,
                    source: figure.source,
                    printedText: figure.printed,
                    printed: figure.amount,
                    recomputed: recomputed,
                    verdict: verdict,
                    explanation: explanation
                )
            )
        }
        checks += Self.identityChecks(data.delivery, figures: data.publishedFigures)
        checks += Self.changeRequestChecks(data.changeRequests, delivery: data.delivery)
        checks += ClaimCheck.checks(of: data)
        checks += DuplicateMeasureCheck.checks(of: data)
        self.checks = checks
    }

    /// The checks that did not hold exactly or at the printed precision.
    public var findings: [Check] { checks.filter { !$0.verdict.isHeld } }

    /// The published ratings and trends that disagree with the rule.
    public var ratingFindings: [RatingCheck] { ratingChecks.filter { !$0.agrees } }

    /// How many checks have a verdict.
    ///
    /// - Parameter verdict: The verdict.
    /// - Returns: The number of checks with it.
    public func count(_ verdict: Verdict) -> Int { checks.filter { $0.verdict == verdict }.count }

    /// The verdicts counted in one sentence.
    ///
    /// For example `52 checks: 49 held, 2 rounding differences, 1 mismatch.`
    public var summary: String {
        let held = checks.filter(\.verdict.isHeld).count
        var parts = ["\(held) held"]
        let rounding = count(.roundingDifference)
        if rounding > 0 { parts.append("\(rounding) rounding difference\(rounding == 1 ? "" : "s")") }
        let reading = count(.heldOnAnotherReading)
        if reading > 0 { parts.append("\(reading) held only on another reading") }
        let mismatches = count(.mismatch)
        parts.append("\(mismatches) mismatch\(mismatches == 1 ? "" : "es")")
        var sentence = "\(checks.count) checks: " + parts.joined(separator: ", ") + "."
        if !ratingChecks.isEmpty {
            let disagree = ratingFindings.count
            sentence +=
                " \(ratingChecks.count) published ratings and trends held against the rule: "
                + "\(ratingChecks.count - disagree) agree, \(disagree) disagree\(disagree == 1 ? "s" : "")."
        }
        return sentence
    }

    // MARK: - Recomputing

    static func verdict(printed: Money, recomputed: Money, precision: Money, parts: Int) -> Verdict {
        let difference = (printed - recomputed).pence.magnitude
        if difference == 0 { return .held }
        if difference * 2 <= precision.pence.magnitude { return .heldAtPrintedPrecision }
        if difference * 2 <= precision.pence.magnitude * UInt64(max(parts, 1)) { return .roundingDifference }
        return .mismatch
    }

    private static func recompute(
        _ figure: PublishedFigure,
        data: PerformanceData,
        strict: NetImpactSummary?
    )
        -> (subject: String, value: Money, parts: Int, how: String)?
    {
        let delivery = data.delivery
        let years = figure.years.yearList
        let label = figure.years.label
        func quantity(_ projects: [Project]) -> (Money, Int)? {
            let totals = SavingsTotals(projects: projects)
            let parts = projects.count
            switch figure.quantity {
            case .cashable: return (totals.cashable.total(over: years), parts)
            case .atRisk: return (totals.atRisk.total(over: years), parts)
            case .alternativeDelivery: return (totals.alternativeDelivery, parts)
            case .netAtRisk: return (totals.netAtRisk(over: years), parts)
            case .overAchievement: return (-totals.netAtRisk(over: years), parts)
            default: return nil
            }
        }
        switch figure.claim {
        case .headline where figure.subject != nil, .portfolioTotal:
            guard let id = figure.subject, let portfolio = delivery.portfolios.first(where: { $0.id.rawValue == id })
            else { return nil }
            guard let (value, parts) = quantity(delivery.projects(in: portfolio.id)) else { return nil }
            return (
                "\(portfolio.name) \(figure.quantity) \(label)", value, parts,
                "sum of \(parts) \(portfolio.name) project rows"
            )
        case .councilTotal, .headline:
            guard let (value, parts) = quantity(delivery.projects) else { return nil }
            return ("Council \(figure.quantity) \(label)", value, parts, "sum of all \(parts) project rows")
        case .programmeTotal:
            guard let id = figure.subject, let programme = delivery.programmes.first(where: { $0.id.rawValue == id })
            else { return nil }
            guard let (value, parts) = quantity(delivery.projects(in: programme.id)) else { return nil }
            return (
                "\(programme.reference.map { "\($0) " } ?? "")\(programme.name) \(figure.quantity) \(label)", value,
                parts, "sum of the programme's \(parts) project rows"
            )
        case .governanceTotal:
            guard let level = figure.subject else { return nil }
            let projects = delivery.projects.filter { $0.governance == level }
            guard !projects.isEmpty, let (value, parts) = quantity(projects) else { return nil }
            return (
                "\(level) governance projects \(figure.quantity) \(label)", value, parts,
                "sum of \(parts) \(level) governance project rows"
            )
        case .projectTotal, .text:
            guard let id = figure.subject, let project = delivery.projects.first(where: { $0.id.rawValue == id }) else {
                return nil
            }
            guard let (value, _) = quantity([project]) else { return nil }
            let how = figure.claim == .text ? "the project's row in the table" : "the project's year columns"
            // A figure quoted in text is held against table cells that are themselves rounded: allow for
            // both roundings.
            let parts = figure.claim == .text ? years.count + 1 : years.count
            return ("\(project.name) \(figure.quantity) \(label)", value, parts, how)
        case .netImpact:
            guard let strict, let value = netImpact(figure, summary: strict) else { return nil }
            return (
                "Net impact \(figure.quantity) \(label)", value, 1,
                "sum of the change requests' and extensions' changes, years as the appendices give them"
            )
        default:
            return nil
        }
    }

    private static func netImpact(_ figure: PublishedFigure, summary: NetImpactSummary) -> Money? {
        let years = figure.years.yearList
        switch figure.quantity {
        case .requests: return summary.changeRequests.total(over: years)
        case .extensions: return summary.extensions.total(over: years)
        case .total: return summary.total.total(over: years)
        default: return nil
        }
    }

    private static func changeRequestChecks(_ requests: [ChangeRequest], delivery: CouncilDelivery) -> [Check] {
        var checks: [Check] = []
        for request in requests {
            // Readers see the project's name and the form's reference, not the data's identifiers.
            let project = delivery.projects.first { $0.id == request.project }?.name ?? request.project.rawValue
            let form = "change request for \(project)" + (request.reference.map { " (\($0))" } ?? "")
            let source = SourceReference(document: form, location: "profile table")
            for row in request.profile {
                guard let printed = row.printedChange, row.expected != nil || row.revised != nil else { continue }
                checks.append(
                    Check(
                        subject: "\(project) change \(row.year)",
                        source: source,
                        printedText: printed.formatted(.thousandsTable),
                        printed: printed,
                        recomputed: row.change,
                        verdict: verdict(
                            printed: printed,
                            recomputed: row.change,
                            precision: Money(thousands: 1),
                            parts: 1
                        ),
                        explanation: "revised minus expected"
                    )
                )
            }
            for total in request.printedTotals {
                let (column, printed, sum) = (total.column, total.printed, total.sumOfYears)
                checks.append(
                    Check(
                        subject: "\(project) total \(column)",
                        source: SourceReference(document: form, location: "Total row"),
                        printedText: printed.formatted(.thousandsTable),
                        printed: printed,
                        recomputed: sum,
                        verdict: verdict(
                            printed: printed,
                            recomputed: sum,
                            precision: Money(thousands: 1),
                            parts: request.profile.count
                        ),
                        explanation: "sum of the years"
                    )
                )
            }
        }
        return checks
    }
}

extension ConsistencyAudit.Check {
    /// Creates a check of a count or a percentage.
    ///
    /// - Parameters:
    ///   - subject: What was checked.
    ///   - source: Where it was printed.
    ///   - printedText: The figure as printed.
    ///   - unit: What it counts.
    ///   - printedNumber: The printed number.
    ///   - recomputedNumber: The recomputed number, if it could be recomputed.
    ///   - verdict: The verdict.
    ///   - explanation: How and why.
    init(
        subject: String,
        source: SourceReference,
        printedText: String,
        unit: Unit,
        printedNumber: ExactDecimal,
        recomputedNumber: ExactDecimal?,
        verdict: ConsistencyAudit.Verdict,
        explanation: String
    ) {
        self.init(
            subject: subject,
            source: source,
            printedText: printedText,
            printed: .zero,
            recomputed: .zero,
            verdict: verdict,
            explanation: explanation,
            unit: unit,
            printedNumber: printedNumber,
            recomputedNumber: recomputedNumber
        )
    }
}
