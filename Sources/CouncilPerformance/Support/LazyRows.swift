/// Rows held, or made one at a time as they are read: the rows of a report table (``ReportRows``) and of
/// a dashboard section.
///
/// Most row lists are held, as an array is. A list of hundreds of thousands of rows, such as a large
/// council's dashboard, can instead give a count and a function that makes a row when it is read from
/// what the report already holds: a reader then holds one row at a time, not the list, and each reading
/// makes the rows again. Either way the rows read, compare and hash as an array of them does, and
/// changing one makes the rest held.
///
/// ```swift
/// let held: LazyRows<String> = ["Adults in work", "Children in care"]
/// let made = LazyRows(count: measures.count) { index in measures[index].name }
/// for name in made { print(name) }   // each made as it is read
/// ```
public struct LazyRows<Element: Hashable & Sendable>: RandomAccessCollection, MutableCollection,
    RangeReplaceableCollection, Sendable, Hashable, ExpressibleByArrayLiteral
{
    private enum Storage: Sendable {
        case held([Element])
        case made(count: Int, row: @Sendable (Int) -> Element)
    }

    private var storage: Storage

    /// No rows.
    public init() {
        storage = .held([])
    }

    /// Rows that are held.
    ///
    /// - Parameter rows: The rows.
    public init(_ rows: [Element]) {
        storage = .held(rows)
    }

    /// Rows that are held.
    ///
    /// - Parameter elements: The rows.
    public init(arrayLiteral elements: Element...) {
        storage = .held(elements)
    }

    /// Rows made as they are read: `row(index)` gives the row at `index`, each time it is read.
    ///
    /// - Parameters:
    ///   - count: The number of rows.
    ///   - row: The row at an index from 0 to `count - 1`; the same row for the same index every time.
    public init(count: Int, row: @escaping @Sendable (Int) -> Element) {
        storage = .made(count: Swift.max(count, 0), row: row)
    }

    /// Whether the rows are made as they are read, rather than held.
    public var areMadeOnDemand: Bool {
        if case .made = storage { return true }
        return false
    }

    /// 0.
    public var startIndex: Int { 0 }

    /// The number of rows.
    public var endIndex: Int {
        switch storage {
        case .held(let rows): rows.count
        case .made(let count, _): count
        }
    }

    /// A row, made when read for rows made on demand; setting one holds every row.
    ///
    /// - Parameter index: From 0 to `count - 1`.
    public subscript(index: Int) -> Element {
        get {
            switch storage {
            case .held(let rows): return rows[index]
            case .made(let count, let row):
                precondition(index >= 0 && index < count, "a row outside the list")
                return row(index)
            }
        }
        set {
            var rows = held()
            rows[index] = newValue
            storage = .held(rows)
        }
    }

    /// Replaces some rows; rows made on demand are made and held first.
    ///
    /// - Parameters:
    ///   - subrange: The rows to replace.
    ///   - newElements: The rows to put in their place.
    public mutating func replaceSubrange(_ subrange: Range<Int>, with newElements: some Collection<Element>) {
        var rows = held()
        rows.replaceSubrange(subrange, with: newElements)
        storage = .held(rows)
    }

    /// Every row, made where it is not held.
    private mutating func held() -> [Element] {
        switch storage {
        case .held(let rows):
            // Let go of the storage's reference, so that the caller's changes need not copy the rows.
            storage = .held([])
            return rows
        case .made(let count, let row):
            return (0..<count).map(row)
        }
    }

    /// Whether two hold the same rows, however each holds them.
    ///
    /// - Parameters:
    ///   - lhs: Some rows.
    ///   - rhs: Others.
    /// - Returns: Whether they are equal.
    public static func == (lhs: LazyRows, rhs: LazyRows) -> Bool {
        lhs.elementsEqual(rhs)
    }

    /// Hashes the rows in order, as ``==(_:_:)`` compares them.
    ///
    /// - Parameter hasher: The hasher.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for row in self { hasher.combine(row) }
    }
}
