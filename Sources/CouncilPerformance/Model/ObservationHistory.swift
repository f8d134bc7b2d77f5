/// Some observations of a data set, in a given order, without copies of them: a measure's history on a
/// dashboard row, for one.
///
/// A history selected from ``PerformanceData/observations`` shares that array's storage (an array is
/// copied only when it changes) and keeps the positions of the observations it shows, rather than the
/// observations themselves: a large council's dashboard shows millions of observations, which it would
/// otherwise hold twice. A measure's observations usually stand together in the data, in period order;
/// their positions are then a run, which a history holds as two integers. It reads as an array of
/// observations does:
///
/// ```swift
/// let history = ObservationHistory(selecting: data.observationIndex.observations(of: id), from: data.observations)
/// history.last?.value          // the latest value
/// Array(history)               // the observations, copied, when an array is needed
/// let literal: ObservationHistory = [first, second]
/// ```
///
/// Two histories are equal when they hold equal observations in the same order, wherever they came from.
/// A history keeps the array it selects from alive while it is kept.
public struct ObservationHistory: RandomAccessCollection, Sendable, Hashable, ExpressibleByArrayLiteral {
    /// The observations selected from.
    private let source: [Observation]
    /// Each observation's position in ``source``, in order: a run of them (all of ``source``, for one)
    /// holds no list.
    private let selection: ObservationIndex.Positions

    /// A history of the given observations, in their order.
    ///
    /// - Parameter observations: The observations, oldest first by convention.
    public init(_ observations: [Observation]) {
        self.init(source: observations, selection: ObservationIndex.Positions(observations.indices))
    }

    private init(source: [Observation], selection: ObservationIndex.Positions) {
        self.source = source
        self.selection = selection
    }

    /// A history of the given observations, in their order.
    ///
    /// - Parameter elements: The observations.
    public init(arrayLiteral elements: Observation...) {
        self.init(elements)
    }

    /// A history of the observations at some positions of an array, in the positions' order, sharing
    /// the array's storage.
    ///
    /// - Parameters:
    ///   - positions: Positions in `observations`, each within its bounds.
    ///   - observations: The array to select from, such as ``PerformanceData/observations``.
    /// - Complexity: O(*n*) in the number of positions.
    public init(selecting positions: some Collection<Int>, from observations: [Observation]) {
        precondition(positions.allSatisfy(observations.indices.contains), "a position outside the observations")
        self.init(source: observations, selection: ObservationIndex.Positions(listing: positions))
    }

    /// A history of a measure's observations as an index gives them, sharing the array's storage and,
    /// for a run of consecutive observations, holding no list of positions.
    ///
    /// - Parameters:
    ///   - positions: Positions in `observations`, such as ``ObservationIndex/observations(of:)`` gives.
    ///   - observations: The array the index was built on, such as ``PerformanceData/observations``.
    /// - Complexity: O(1) for a run, O(*n*) in the number of positions otherwise.
    public init(selecting positions: ObservationIndex.Positions, from observations: [Observation]) {
        if let run = positions.run {
            precondition(run.upperBound <= observations.count, "a position outside the observations")
        } else {
            precondition(positions.allSatisfy(observations.indices.contains), "a position outside the observations")
        }
        self.init(source: observations, selection: positions)
    }

    /// The position of the first observation: 0.
    public var startIndex: Int { 0 }

    /// The position one past the last observation.
    public var endIndex: Int { selection.count }

    /// The observation at a position.
    ///
    /// - Parameter position: A position from 0 to `count - 1`.
    public subscript(position: Int) -> Observation {
        source[selection[position]]
    }

    /// Whether two histories hold equal observations in the same order.
    ///
    /// - Parameters:
    ///   - lhs: A history.
    ///   - rhs: Another history.
    /// - Returns: Whether they are equal.
    public static func == (lhs: ObservationHistory, rhs: ObservationHistory) -> Bool {
        lhs.elementsEqual(rhs)
    }

    /// Hashes the observations in order, as ``==(_:_:)`` compares them.
    ///
    /// - Parameter hasher: The hasher.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for observation in self { hasher.combine(observation) }
    }
}
