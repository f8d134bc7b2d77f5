/// Each measure's observations in period order: the one index that validation, rating and reports all
/// take, built once per ``PerformanceData`` (see ``PerformanceData/observationIndex``).
///
/// Positions are into ``PerformanceData/observations``. Two observations of one measure at one period
/// (which validation reports) keep their order in the data, the first first.
///
/// ```swift
/// let index = data.observationIndex
/// for position in index.observations(of: measure.id) {
///     print(data.observations[position].period)   // oldest first
/// }
/// ```
public struct ObservationIndex: Sendable {
    private var positionsByMeasure: [Measure.ID: [Int]]

    /// Indexes observations.
    ///
    /// Rows of one measure usually come together in data files, so a run of them costs one lookup of
    /// the measure, and a measure whose rows are already in period order is not sorted.
    ///
    /// - Parameter observations: The observations to index.
    /// - Complexity: O(*n*) when each measure's observations are in period order, O(*n* log *n*) at most.
    public init(_ observations: [Observation]) {
        var runs: [(measure: Measure.ID, positions: Range<Int>)] = []
        var start = 0
        while start < observations.count {
            let measure = observations[start].measure
            var end = start + 1
            while end < observations.count, observations[end].measure == measure { end += 1 }
            runs.append((measure, start..<end))
            start = end
        }
        // As many measures as runs at most: the table is made its size once rather than grown.
        var positionsByMeasure: [Measure.ID: [Int]] = [:]
        positionsByMeasure.reserveCapacity(runs.count)
        for run in runs { positionsByMeasure[run.measure, default: []].append(contentsOf: run.positions) }
        let keys = observations.map(\.period.sortKey)
        for (measure, positions) in positionsByMeasure where !Self.isInPeriodOrder(positions, keys) {
            // A stable sort, so that two values for one period keep their order in the data.
            positionsByMeasure[measure] = positions.enumerated()
                .sorted { lhs, rhs in
                    let (left, right) = (keys[lhs.element], keys[rhs.element])
                    return left != right ? left < right : lhs.offset < rhs.offset
                }
                .map(\.element)
        }
        self.positionsByMeasure = positionsByMeasure
        self.keys = keys
    }

    /// Every observation's period as its ``ReportingPeriod/sortKey``, by position: searches compare
    /// integers and need not reach into the observations.
    private let keys: [Int]

    /// The positions of a measure's observations, oldest period first.
    ///
    /// - Parameter measure: The measure.
    /// - Returns: Positions in ``PerformanceData/observations``; empty when it has none.
    public func observations(of measure: Measure.ID) -> [Int] {
        positionsByMeasure[measure] ?? []
    }

    /// The position of a measure's first observation at a period.
    ///
    /// - Parameters:
    ///   - measure: The measure.
    ///   - period: The period.
    /// - Returns: The position, or `nil` when the measure has no value for the period.
    /// - Complexity: O(log *k*) for a measure of *k* observations.
    public func observation(of measure: Measure.ID, at period: ReportingPeriod) -> Int? {
        observation(among: observations(of: measure)[...], at: period)
    }

    /// The first of a measure's positions (as ``observations(of:)`` gives them) at a period.
    ///
    /// - Parameters:
    ///   - positions: A measure's positions, in period order.
    ///   - period: The period.
    /// - Returns: The position, or `nil` when none is at the period.
    /// - Complexity: O(log *k*) for *k* positions.
    public func observation(among positions: ArraySlice<Int>, at period: ReportingPeriod) -> Int? {
        let key = period.sortKey
        let first = firstIndex(in: positions) { keys[$0] >= key }
        guard first < positions.endIndex, keys[positions[first]] == key else { return nil }
        return positions[first]
    }

    /// The first of a measure's positions before `offset` whose period is `period`: an earlier
    /// period's value, such as the one a direction of travel compares with.
    ///
    /// The comparison period of a series in period order is a few places back, so this looks back from
    /// `offset` rather than searching the whole series.
    ///
    /// - Parameters:
    ///   - positions: A measure's positions, in period order.
    ///   - offset: The place in `positions` to look back from.
    ///   - period: The period, earlier than the one at `offset`.
    /// - Returns: The position, or `nil` when none before `offset` is at the period.
    /// - Complexity: O(*d*) for the *d* places between the two periods.
    public func observation(among positions: [Int], before offset: Int, at period: ReportingPeriod) -> Int? {
        let key = period.sortKey
        var found: Int? = nil
        var place = min(offset, positions.count) - 1
        while place >= 0 {
            let candidate = keys[positions[place]]
            if candidate == key {
                found = positions[place]
            } else if candidate < key {
                break
            }
            place -= 1
        }
        return found
    }

    /// A measure's positions whose period ends no later than a period's end, oldest first.
    ///
    /// Periods sort by when they end, so these are a prefix of the measure's positions.
    ///
    /// - Parameters:
    ///   - positions: A measure's positions, in period order.
    ///   - period: The last period to include; periods ending with it or before are included.
    /// - Returns: The prefix of `positions` up to the period.
    /// - Complexity: O(log *k*) for *k* positions.
    public func observations(among positions: [Int], endingBy period: ReportingPeriod) -> ArraySlice<Int> {
        // Keys order by when a period ends first, so this is the first key past the period's last month.
        let end = ReportingPeriod.sortKey(endMonth: period.endMonthIndex + 1, startMonth: 0)
        return positions[..<firstIndex(in: positions[...]) { keys[$0] >= end }]
    }

    /// The first index of `positions` whose position satisfies a predicate that is false and then true.
    private func firstIndex(in positions: ArraySlice<Int>, where isPast: (Int) -> Bool) -> Int {
        var low = positions.startIndex
        var high = positions.endIndex
        while low < high {
            let middle = (low + high) / 2
            if isPast(positions[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    private static func isInPeriodOrder(_ positions: [Int], _ keys: [Int]) -> Bool {
        positions.indices.dropFirst().allSatisfy { keys[positions[$0]] >= keys[positions[$0 - 1]] }
    }
}
