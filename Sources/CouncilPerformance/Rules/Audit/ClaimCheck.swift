/// Holds each ``PublishedClaim`` against its operands: other printed figures and values of the model.
///
/// The verdict compares the printed figure with the recomputed one by the printed precision. It holds
/// when they are equal, or when the recomputed figure rounds to the printed one (or, for a copy printed
/// more coarsely elsewhere, the printed one rounds to the copy). It is a rounding difference when the
/// gap is smaller than the rounding the figures could carry (half a printed unit of the figure and of
/// each rounded operand), or when the printed figure is the recomputed one cut off rather than rounded.
/// Anything larger is a mismatch: two copies of a figure printed to the same precision that differ in
/// their last digit differ. A comparison (`above`, `below`) is judged on its two figures as printed: it holds
/// when they bear it out, and two equal figures bear out neither.
enum ClaimCheck {
    /// An operand read from the data.
    enum Resolved {
        case figure(Figure)
        case items([String], String)
        case missing(String)

        var itemsPlace: String {
            if case .items(_, let place) = self { return place }
            return ""
        }
    }

    /// A figure with its kind, precision and where it was printed.
    struct Figure {
        var kind: PrintedValue.Kind?
        var value: ExactDecimal
        var precision: ExactDecimal
        var text: String
        var place: String
    }

    /// The checks of every claim that states a figure, a membership or a comparison; items are not checked.
    ///
    /// - Complexity: O(*c* × (*o* + *m*)) for *c* claims with *o* operands over *m* model rows.
    static func checks(of data: PerformanceData) -> [ConsistencyAudit.Check] {
        let claims = Dictionary(
            data.publishedClaims.map { ($0.id.rawValue, $0) },
            uniquingKeysWith: { first, _ in first }
        )
        let figures = Dictionary(
            data.publishedFigures.map { ($0.id.rawValue, $0) },
            uniquingKeysWith: { first, _ in first }
        )
        var lists: [String: [String]] = [:]
        for claim in data.publishedClaims where claim.kind == .item {
            lists[claim.list ?? "", default: []].append(claim.subject)
        }
        let context = Context(data: data, claims: claims, figures: figures, lists: lists)
        return data.publishedClaims.filter {
            $0.kind != .item && ($0.value != nil || $0.kind == .members || $0.kind.isComparison)
        }
        .map { check($0, context: context) }
    }

    struct Context {
        var data: PerformanceData
        var claims: [String: PublishedClaim]
        var figures: [String: PublishedFigure]
        var lists: [String: [String]]
    }

    private static func check(_ claim: PublishedClaim, context: Context) -> ConsistencyAudit.Check {
        let resolved = claim.operands.map { operand in
            // A count of named figures needs them to exist, not to print a figure.
            if claim.kind == .count, case .figure(let id) = operand,
                context.claims[id] != nil || context.figures[id] != nil
            {
                return Resolved.items([id], "")
            }
            return resolve(operand, context: context)
        }
        for case .missing(let reason) in resolved { return unrecomputable(claim, reason) }
        if claim.kind == .members { return membership(claim, resolved) }
        if claim.kind.isComparison { return comparison(claim, resolved) }
        guard let printed = claim.value else { return unrecomputable(claim, "nothing printed") }
        if claim.kind == .count {
            let items: [String]
            let isList = claim.operands.count == 1 && claim.operands[0].isSet
            if isList, case .items(let names, _) = resolved[0] {
                items = names
            } else {
                items = claim.operands.map(\.description)
            }
            let recomputed = Figure(
                kind: .count,
                value: PrintedValue.whole(items.count),
                precision: .zero,
                text: "\(items.count)",
                place: ""
            )
            let how =
                isList
                ? "the number of \(claim.operands[0]) (\(resolved[0].itemsPlace))" : "the number of figures named"
            return verdict(claim, printed: printed, recomputed: recomputed, copies: [], how: how)
        }
        switch combined(claim.kind, resolved, printed: printed) {
        case .worked(let recomputed, let how, let operands):
            return verdict(claim, printed: printed, recomputed: recomputed, copies: operands, how: how)
        case .failed(let reason):
            return unrecomputable(claim, reason)
        }
    }

    /// A figure worked out from operands, or why it could not be.
    enum Outcome {
        case worked(Figure, String, operands: [Figure])
        case failed(String)
    }

    /// The operands combined as the kind says, shown like the printed figure.
    static func combined(_ kind: PublishedClaim.Kind, _ resolved: [Resolved], printed: PrintedValue) -> Outcome {
        var operands: [Figure] = []
        for item in resolved {
            switch item {
            case .missing(let reason): return .failed(reason)
            case .items: return .failed("a \(kind) needs figures, not a list")
            case .figure(let figure):
                if let other = figure.kind, !other.isComparable(with: printed.kind), kind != .percentage {
                    return .failed(
                        "\(figure.text) (\(figure.place)) is \(other.rawValue), not \(printed.kind.rawValue)"
                    )
                }
                operands.append(figure)
            }
        }
        guard let (recomputed, how) = combine(kind, operands, printed: printed) else {
            return .failed(
                "a \(kind) of \(operands.count) figure\(operands.count == 1 ? "" : "s") cannot be worked out"
            )
        }
        return .worked(recomputed, how, operands: operands)
    }

    // MARK: - Combining

    /// The recomputed figure (its precision is the rounding it may carry) and how it was worked out.
    private static func combine(
        _ kind: PublishedClaim.Kind,
        _ operands: [Figure],
        printed: PrintedValue
    ) -> (Figure, String)? {
        let words = operands.map { "\($0.text) (\($0.place))" }
        let units = operands.map { Int128($0.value.units) }
        // A count is exact; any other printed figure may be off by half its last digit.
        let halves = operands.map { $0.kind == .count ? 0 : Int128($0.precision.units) }
        func figure(_ units: Int128, uncertainty: Int128) -> Figure? {
            guard let value = Int64(exactly: units), let precision = Int64(exactly: uncertainty * 2) else { return nil }
            let decimal = ExactDecimal(units: value)
            let places = printed.kind == .count ? -2 : PrintedValue.decimalPlaces(of: printed.precision)
            return Figure(
                kind: printed.kind,
                value: decimal,
                precision: ExactDecimal(units: precision),
                text: PrintedValue.display(
                    printed.kind,
                    decimal,
                    decimalPlaces: printed.kind == .money ? 0 : places + 2
                ),
                place: ""
            )
        }
        switch kind {
        case .sameAs:
            guard operands.count == 1 else { return nil }
            return (operands[0], "the same figure printed at \(words[0])")
        case .sum:
            guard !operands.isEmpty, let result = figure(units.reduce(0, +), uncertainty: halves.reduce(0, +) / 2)
            else { return nil }
            return (result, "sum of " + words.joined(separator: " + "))
        case .difference:
            guard operands.count == 2,
                let result = figure(units[0] - units[1], uncertainty: (halves[0] + halves[1]) / 2)
            else { return nil }
            return (result, words.joined(separator: " − "))
        case .mean:
            guard !operands.isEmpty else { return nil }
            let count = Int128(operands.count)
            guard let result = figure(rounded(units.reduce(0, +), count), uncertainty: halves.reduce(0, +) / 2 / count)
            else { return nil }
            return (result, "mean of " + words.joined(separator: ", "))
        case .percentage:
            guard operands.count == 2, units[1] != 0 else { return nil }
            let scale = Int128(ExactDecimal.scale)
            let value = rounded(units[0] * 100 * scale, units[1])
            // Half a unit of each rounded operand moves the percentage by at most this much.
            let whole = units[1].magnitude
            let partShift = rounded(halves[0] * 100 * scale, Int128(whole)) / 2
            let wholeShift =
                rounded(Int128(units[0].magnitude) * halves[1] * 100 * scale / Int128(whole), Int128(whole)) / 2
            guard let result = figure(value, uncertainty: Int128(partShift.magnitude + wholeShift.magnitude)) else {
                return nil
            }
            return (result, words[0] + " as a percentage of " + words[1])
        default:
            return nil
        }
    }

    /// `numerator / denominator`, rounded half away from zero.
    private static func rounded(_ numerator: Int128, _ denominator: Int128) -> Int128 {
        var quotient = numerator / denominator
        let remainder = numerator % denominator
        if remainder.magnitude * 2 >= denominator.magnitude {
            quotient += (numerator < 0) == (denominator < 0) ? 1 : -1
        }
        return quotient
    }

    // MARK: - Verdicts

    private static func verdict(
        _ claim: PublishedClaim,
        printed: PrintedValue,
        recomputed: Figure,
        copies: [Figure],
        how: String
    ) -> ConsistencyAudit.Check {
        let verdict = Self.verdict(printed: printed, recomputed: recomputed, isCopy: claim.kind == .sameAs)
        var explanation = how
        if verdict == .roundingDifference {
            explanation +=
                isTruncation(printed: printed, recomputed: recomputed.value)
                ? "; the printed figure is the recomputed one cut off, not rounded"
                : "; within the rounding of the printed figures"
        }
        var check = ConsistencyAudit.Check(
            subject: claim.subject,
            source: claim.source,
            printedText: claim.printed,
            unit: .figure,
            printedNumber: printed.value,
            recomputedNumber: recomputed.value,
            verdict: verdict,
            explanation: explanation
        )
        check.valueKind = printed.kind
        check.comparedWith =
            claim.kind == .sameAs ? copies.first.map { "\($0.text) (\($0.place))" } : nil
        // A value of the data is shown as the printed figure would be (341 seconds as 5:41 mins).
        let places = PrintedValue.decimalPlaces(of: printed.precision)
        check.recomputedLabel =
            claim.kind == .sameAs && recomputed.place.hasPrefix("the data")
            ? PrintedValue.display(printed.kind, recomputed.value, decimalPlaces: places) : recomputed.text
        return check
    }

    /// The verdict of a printed figure against a recomputed one that may itself carry rounding.
    ///
    /// - Parameters:
    ///   - printed: The printed figure.
    ///   - recomputed: The recomputed figure; its precision is twice the rounding it may carry, or the
    ///     precision it was printed to for a copy.
    ///   - isCopy: Whether the recomputed figure is another printing of the same value.
    /// - Returns: The verdict.
    static func verdict(printed: PrintedValue, recomputed: Figure, isCopy: Bool) -> ConsistencyAudit.Verdict {
        let gap = (Int128(printed.value.units) - Int128(recomputed.value.units)).magnitude
        let own = UInt128(printed.precision.units.magnitude)
        let other = UInt128(recomputed.precision.units.magnitude)
        if gap == 0 { return .held }
        // Rounding is half away from zero: at exactly half a unit, the rounded figure is the larger.
        let printedIsLarger = printed.value.magnitude > recomputed.value.magnitude
        if gap * 2 < own || (gap * 2 == own && printedIsLarger) { return .heldAtPrintedPrecision }
        // A copy printed more coarsely: the printed figure rounds to it.
        if isCopy, other > own, gap * 2 < other || (gap * 2 == other && !printedIsLarger) {
            return .heldAtPrintedPrecision
        }
        if gap * 2 < own + other { return .roundingDifference }
        if !isCopy, isTruncation(printed: printed, recomputed: recomputed.value) { return .roundingDifference }
        return .mismatch
    }

    /// Whether the printed figure is the recomputed one cut off at the printed digit (10.8957 printed 10.89).
    private static func isTruncation(printed: PrintedValue, recomputed: ExactDecimal) -> Bool {
        let step = printed.precision.units
        guard step > 0 else { return false }
        return recomputed.units / step * step == printed.value.units && recomputed.units % step != 0
    }

    private static func membership(_ claim: PublishedClaim, _ resolved: [Resolved]) -> ConsistencyAudit.Check {
        guard resolved.count == 2, case .items(let detail, let detailPlace) = resolved[0],
            case .items(let summary, let summaryPlace) = resolved[1]
        else { return unrecomputable(claim, "members needs two lists: the detail, then the summary") }
        let known = Set(summary.map(normalised))
        let missing = detail.filter { !known.contains(normalised($0)) }
        var check = ConsistencyAudit.Check(
            subject: claim.subject,
            source: claim.source,
            printedText: "\(summary.count) items",
            unit: .figure,
            printedNumber: PrintedValue.whole(detail.count - missing.count),
            recomputedNumber: PrintedValue.whole(detail.count),
            verdict: missing.isEmpty ? .held : .mismatch,
            explanation: missing.isEmpty
                ? "every item of the \(detailPlace) appears in the \(summaryPlace)"
                : "\(missing.count) of \(detail.count) items of the \(detailPlace) missing from the \(summaryPlace): "
                    + missing.joined(separator: "; ")
        )
        check.valueKind = PrintedValue.Kind.count
        check.comparedWith = "\(detail.count) items (\(detailPlace))"
        check.recomputedLabel = "\(detail.count - missing.count) of \(detail.count) present"
        return check
    }

    /// Whether the first figure is above (or below) the second, as printed.
    private static func comparison(_ claim: PublishedClaim, _ resolved: [Resolved]) -> ConsistencyAudit.Check {
        guard resolved.count == 2, case .figure(let first) = resolved[0], case .figure(let second) = resolved[1]
        else { return unrecomputable(claim, "\(claim.kind) needs two figures: the one stated, then the other") }
        if let kind = first.kind, let other = second.kind, !kind.isComparable(with: other) {
            return unrecomputable(
                claim,
                "\(first.text) (\(first.place)) is \(kind.rawValue), \(second.text) (\(second.place)) is \(other.rawValue)"
            )
        }
        let holds = claim.kind == .above ? first.value > second.value : first.value < second.value
        let actual =
            first.value == second.value ? "equal to it" : first.value > second.value ? "above it" : "below it"
        var check = ConsistencyAudit.Check(
            subject: claim.subject,
            source: claim.source,
            printedText: first.text,
            unit: .figure,
            printedNumber: first.value,
            recomputedNumber: second.value,
            verdict: holds ? .held : .mismatch,
            explanation: "stated \(claim.kind) \(second.text) (\(second.place)); "
                + "\(first.text) (\(first.place)) is \(actual)"
        )
        check.valueKind = first.kind
        check.comparedWith = "\(second.text) (\(second.place))"
        check.recomputedLabel = second.text
        return check
    }

    /// Names compared without case, punctuation or repeated spaces.
    static func normalised(_ name: String) -> String {
        let kept = name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " }
        return String(kept).split(separator: " ").joined(separator: " ")
    }

    private static func unrecomputable(_ claim: PublishedClaim, _ reason: String) -> ConsistencyAudit.Check {
        var check = ConsistencyAudit.Check(
            subject: claim.subject,
            source: claim.source,
            printedText: claim.printed,
            unit: .figure,
            printedNumber: claim.value?.value ?? .zero,
            recomputedNumber: nil,
            verdict: .mismatch,
            explanation: "cannot recompute: \(reason)"
        )
        check.valueKind = claim.value?.kind
        return check
    }
}
