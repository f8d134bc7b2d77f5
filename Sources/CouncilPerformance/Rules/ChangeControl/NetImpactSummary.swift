/// The net impact of change requests and target extensions by financial year, as a covering report sums
/// them (Nottinghamshire, January 2019, paragraph 13: rows Change Requests, Extensions to previously
/// approved savings, Total).
///
/// A summary covers a span of years. Changes in years before the span can be read two ways, and the
/// summary says which it uses: ``Reading/strict`` leaves them out (reported as ``earlierYears``), and
/// ``Reading/foldEarlierYearsIntoFirst`` adds them to the first year, as the January 2019 paper did
/// with Contracts Review's 2017/18 change. ``comparison(of:extensions:years:)`` shows both.
public struct NetImpactSummary: Sendable, Hashable, Codable {
    /// How to treat changes in years before the summary's first year.
    public enum Reading: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
        /// Years strictly as the appendices give them; earlier years are left out of the span.
        case strict
        /// Earlier years' changes are folded into the first year of the span.
        case foldEarlierYearsIntoFirst = "fold-earlier-years"

        /// A label for reports.
        public var description: String {
            switch self {
            case .strict: "years as the appendices give them"
            case .foldEarlierYearsIntoFirst: "earlier years folded into the first year"
            }
        }
    }

    /// The years summarised, in order.
    public var years: [FinancialYear]
    /// How earlier years are treated.
    public var reading: Reading
    /// The change requests' net change by year.
    public var changeRequests: SavingsProfile
    /// The extensions' net change by year.
    public var extensions: SavingsProfile
    /// Changes in years before the span that this reading leaves out (zero when folded).
    public var earlierYears: Money

    /// Sums requests and extensions over a span of years.
    ///
    /// - Parameters:
    ///   - requests: The change requests (their derived change is summed).
    ///   - extensions: The extensions of targets.
    ///   - years: The years of the summary, in order.
    ///   - reading: How to treat earlier years.
    public init(requests: [ChangeRequest], extensions: [ChangeRequest], years: [FinancialYear], reading: Reading) {
        self.years = years
        self.reading = reading
        var earlier = Money.zero
        func sum(_ list: [ChangeRequest]) -> SavingsProfile {
            var profile = SavingsProfile()
            guard let first = years.first, let last = years.last else { return profile }
            for request in list {
                for entry in request.change.entries {
                    if entry.year < first {
                        if reading == .foldEarlierYearsIntoFirst {
                            profile[first] += entry.amount
                        } else {
                            earlier += entry.amount
                        }
                    } else if entry.year <= last {
                        profile[entry.year] += entry.amount
                    }
                }
            }
            return profile
        }
        changeRequests = sum(requests)
        self.extensions = sum(extensions)
        earlierYears = earlier
    }

    /// The Total row: change requests plus extensions, by year.
    public var total: SavingsProfile { changeRequests + extensions }

    /// The overall net impact over the span.
    public var overall: Money { total.total(over: years) }

    /// The overall impact in the covering report's words: "an increase in savings targets of £2.281m
    /// between 2018/2019 and 2021/2022".
    public var overallSentence: String {
        if overall == .zero {
            return "no net change in savings targets"
                + (years.first.map { first in " between \(first) and \(years.last ?? first)" } ?? "")
        }
        let direction = overall < .zero ? "a decrease" : "an increase"
        let amount = (overall < .zero ? -overall : overall).formatted(.millions(decimalPlaces: 3))
        guard let first = years.first, let last = years.last else {
            return "\(direction) in savings targets of \(amount)"
        }
        return "\(direction) in savings targets of \(amount) between \(first) and \(last)"
    }

    /// Both readings side by side, with the difference per year.
    ///
    /// - Parameters:
    ///   - requests: The change requests.
    ///   - extensions: The extensions of targets.
    ///   - years: The years of the summary.
    /// - Returns: The strict and folded summaries and their difference (folded minus strict).
    public static func comparison(
        of requests: [ChangeRequest],
        extensions: [ChangeRequest],
        years: [FinancialYear]
    ) -> (strict: NetImpactSummary, folded: NetImpactSummary, difference: SavingsProfile) {
        let strict = NetImpactSummary(requests: requests, extensions: extensions, years: years, reading: .strict)
        let folded = NetImpactSummary(
            requests: requests,
            extensions: extensions,
            years: years,
            reading: .foldEarlierYearsIntoFirst
        )
        return (strict, folded, folded.total - strict.total)
    }
}
