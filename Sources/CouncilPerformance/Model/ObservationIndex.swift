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
///
/// Data files usually give a measure's rows together and in period order. Then a measure's positions are
/// one run, which the index keeps as its bounds: a large council's index is a table of measures and a
/// period key an observation, with no array a measure. Rows out of order or apart cost one list of every
/// position, grouped by measure.
public struct ObservationIndex: Sendable {
    /// Each measure's positions: its run of observations, or its stretch of ``listed``.
    private var spans: [Measure.ID: Span]
    /// Every position, grouped by measure and each group in period order; `nil` when every measure's
    /// observations are one run in period order, so that a span is the positions themselves.
    private var listed: [UInt32]?
    /// Every observation's period as its ``ReportingPeriod/sortKey``, by position: searches compare
    /// integers and need not reach into the observations.
    private let keys: [UInt32]

    /// Where a measure's positions are: a run of observations, or a stretch of ``listed``.
    private struct Span {
        var start: UInt32
        var count: UInt32
    }

    /// Indexes observations.
    ///
    /// Rows of one measure usually come together in data files, so a run of them costs one lookup of
    /// the measure, and a measure whose rows are already in period order is not sorted.
    ///
    /// - Parameter observations: The observations to index, at most 2³² − 1 of them.
    /// - Complexity: O(*n*) when each measure's observations are in period order, O(*n* log *n*) at most.
    public init(_ observations: [Observation]) {
        precondition(observations.count < Int(UInt32.max), "more observations than an index holds")
        let keys = observations.map(\.period.sortKey)
        var runs: [(measure: Measure.ID, positions: Range<Int>)] = []
        var inPeriodOrder = true
        var start = 0
        while start < observations.count {
            let measure = observations[start].measure
            var end = start + 1
            while end < observations.count, observations[end].measure == measure {
                if keys[end] < keys[end - 1] { inPeriodOrder = false }
                end += 1
            }
            runs.append((measure, start..<end))
            start = end
        }
        // As many measures as runs at most: the table is made its size once rather than grown.
        var spans: [Measure.ID: Span] = [:]
        spans.reserveCapacity(runs.count)
        var together = true
        for run in runs {
            let span = Span(start: UInt32(run.positions.lowerBound), count: UInt32(run.positions.count))
            if spans.updateValue(span, forKey: run.measure) != nil {
                together = false
                break
            }
        }
        self.keys = keys
        if together && inPeriodOrder {
            self.spans = spans
            self.listed = nil
        } else {
            (self.spans, self.listed) = Self.grouped(runs, keys: keys)
        }
    }

    /// Every position grouped by measure, each group in period order, and each measure's stretch of them.
    private static func grouped(
        _ runs: [(measure: Measure.ID, positions: Range<Int>)],
        keys: [UInt32]
    ) -> ([Measure.ID: Span], [UInt32]) {
        var slotOfMeasure: [Measure.ID: Int] = [:]
        var runsBySlot: [[Range<Int>]] = []
        for run in runs {
            if let slot = slotOfMeasure[run.measure] {
                runsBySlot[slot].append(run.positions)
            } else {
                slotOfMeasure[run.measure] = runsBySlot.count
                runsBySlot.append([run.positions])
            }
        }
        var listed: [UInt32] = []
        listed.reserveCapacity(keys.count)
        var startOfSlot: [Int] = []
        startOfSlot.reserveCapacity(runsBySlot.count)
        for slotRuns in runsBySlot {
            let start = listed.count
            startOfSlot.append(start)
            for run in slotRuns { listed.append(contentsOf: run.lazy.map { UInt32($0) }) }
            let group = listed[start...]
            if !zip(group, group.dropFirst()).allSatisfy({ keys[Int($0)] <= keys[Int($1)] }) {
                // Positions within a group rise in data order, so ordering ties by position keeps two values
                // for one period in their order in the data.
                listed[start...].sort { lhs, rhs in
                    let (left, right) = (keys[Int(lhs)], keys[Int(rhs)])
                    return left != right ? left < right : lhs < rhs
                }
            }
        }
        var spans: [Measure.ID: Span] = [:]
        spans.reserveCapacity(slotOfMeasure.count)
        for (measure, slot) in slotOfMeasure {
            let end = slot + 1 < startOfSlot.count ? startOfSlot[slot + 1] : listed.count
            spans[measure] = Span(start: UInt32(startOfSlot[slot]), count: UInt32(end - startOfSlot[slot]))
        }
        return (spans, listed)
    }

    /// The positions of a measure's observations, oldest period first.
    ///
    /// - Parameter measure: The measure.
    /// - Returns: Positions in ``PerformanceData/observations``; empty when it has none.
    public func observations(of measure: Measure.ID) -> Positions {
        guard let span = spans[measure] else { return Positions() }
        return Positions(listed: listed, start: span.start, count: span.count)
    }

    /// The position of a measure's first observation at a period.
    ///
    /// - Parameters:
    ///   - measure: The measure.
    ///   - period: The period.
    /// - Returns: The position, or `nil` when the measure has no value for the period.
    /// - Complexity: O(log *k*) for a measure of *k* observations.
    public func observation(of measure: Measure.ID, at period: ReportingPeriod) -> Int? {
        observation(among: observations(of: measure), at: period)
    }

    /// The first of a measure's positions (as ``observations(of:)`` gives them) at a period.
    ///
    /// - Parameters:
    ///   - positions: A measure's positions, in period order.
    ///   - period: The period.
    /// - Returns: The position, or `nil` when none is at the period.
    /// - Complexity: O(log *k*) for *k* positions.
    public func observation(among positions: Positions, at period: ReportingPeriod) -> Int? {
        let key = period.sortKey
        let first = firstOffset(in: positions) { keys[$0] >= key }
        guard first < positions.count, keys[positions[first]] == key else { return nil }
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
    ///   - offset: The place in `positions` to look back from, counting from 0.
    ///   - period: The period, earlier than the one at `offset`.
    /// - Returns: The position, or `nil` when none before `offset` is at the period.
    /// - Complexity: O(*d*) for the *d* places between the two periods.
    public func observation(among positions: Positions, before offset: Int, at period: ReportingPeriod) -> Int? {
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
    /// - Returns: The first of `positions`, up to the period.
    /// - Complexity: O(log *k*) for *k* positions.
    public func observations(among positions: Positions, endingBy period: ReportingPeriod) -> Positions {
        // Keys order by when a period ends first, so this is the first key past the period's last month.
        let end = ReportingPeriod.key(endMonth: period.endMonthIndex + 1, startMonth: 0)
        return positions.leading(firstOffset(in: positions) { keys[$0] >= end })
    }

    /// The first offset of `positions` whose position satisfies a predicate that is false and then true.
    private func firstOffset(in positions: Positions, where isPast: (Int) -> Bool) -> Int {
        var low = 0
        var high = positions.count
        while low < high {
            let middle = (low + high) / 2
            if isPast(positions[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

extension ObservationIndex {
    /// A measure's positions in ``PerformanceData/observations``, oldest period first, counted from 0.
    ///
    /// Positions share the index's storage: a run of observations is two integers, however long it is.
    ///
    /// ```swift
    /// let positions = data.observationIndex.observations(of: measure.id)
    /// let latest = positions.last.map { data.observations[$0] }
    /// ```
    public struct Positions: RandomAccessCollection, Sendable, Hashable {
        /// The index's list of positions; `nil` when the positions are the run `start ..< start + count`.
        private let listed: [UInt32]?
        /// The first position of the run, or where the positions start in ``listed``.
        private let start: UInt32
        /// How many positions there are.
        private let length: UInt32

        /// No positions.
        init() {
            self.init(listed: nil, start: 0, count: 0)
        }

        /// A run of consecutive positions.
        ///
        /// - Parameter run: The positions, each below 2³² − 1.
        init(_ run: Range<Int>) {
            precondition(run.lowerBound >= 0 && run.upperBound <= Int(UInt32.max), "a position an index cannot hold")
            self.init(listed: nil, start: UInt32(run.lowerBound), count: UInt32(run.count))
        }

        /// Positions in a given order.
        ///
        /// - Parameter positions: The positions, each below 2³² − 1.
        init(listing positions: some Collection<Int>) {
            let listed = positions.map { position in
                precondition(position >= 0 && position < Int(UInt32.max), "a position an index cannot hold")
                return UInt32(position)
            }
            self.init(listed: listed, start: 0, count: UInt32(listed.count))
        }

        init(listed: [UInt32]?, start: UInt32, count: UInt32) {
            self.listed = listed
            self.start = start
            self.length = count
        }

        /// 0.
        public var startIndex: Int { 0 }

        /// The number of positions.
        public var endIndex: Int { Int(length) }

        /// The position at an offset.
        ///
        /// - Parameter offset: From 0 to `count - 1`.
        public subscript(offset: Int) -> Int {
            precondition(offset >= 0 && offset < Int(length), "an offset outside the positions")
            guard let listed else { return Int(start) + offset }
            return Int(listed[Int(start) + offset])
        }

        /// The run of consecutive positions these are, or `nil` when they are listed.
        package var run: Range<Int>? {
            guard listed == nil else { return nil }
            return Int(start)..<Int(start) + Int(length)
        }

        /// The first `count` positions, sharing the storage.
        func leading(_ count: Int) -> Positions {
            Positions(listed: listed, start: start, count: UInt32(Swift.min(Swift.max(count, 0), Int(length))))
        }

        /// Whether two hold the same positions in the same order, however they are stored.
        ///
        /// - Parameters:
        ///   - lhs: Some positions.
        ///   - rhs: Others.
        /// - Returns: Whether they are equal.
        public static func == (lhs: Positions, rhs: Positions) -> Bool {
            lhs.elementsEqual(rhs)
        }

        /// Hashes the positions in order, as ``==(_:_:)`` compares them.
        ///
        /// - Parameter hasher: The hasher.
        public func hash(into hasher: inout Hasher) {
            hasher.combine(length)
            for position in self { hasher.combine(position) }
        }
    }
}
