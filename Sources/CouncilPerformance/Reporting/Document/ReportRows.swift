/// The rows of a ``ReportTable``: cells held, or made row by row as a renderer reads them.
///
/// Most tables hold their cells. A table of hundreds of thousands of rows, such as a large council's
/// dashboard, can instead give a function that makes a row's cells from the report model when it is
/// read: a renderer then holds one row's cells at a time, not the table's, and each format it is
/// rendered in makes the rows again. Either way the rows read, compare and hash as an array of rows
/// does, and changing one makes the rest held.
///
/// ```swift
/// let held: ReportRows = [[.text("Adults in work"), .number(display: "75.3%", value: "75.3")]]
/// let made = ReportRows(count: measures.count) { index in [.text(measures[index].name)] }
/// for row in made { print(row[0].displayText) }   // each row made as it is read
/// ```
public struct ReportRows: RandomAccessCollection, MutableCollection, RangeReplaceableCollection, Sendable, Hashable,
    ExpressibleByArrayLiteral
{
    private enum Storage: Sendable {
        case held([[ReportCell]])
        case made(count: Int, row: @Sendable (Int) -> [ReportCell])
    }

    private var storage: Storage

    /// No rows.
    public init() {
        storage = .held([])
    }

    /// Rows whose cells are held.
    ///
    /// - Parameter rows: The rows; each has one cell per column.
    public init(_ rows: [[ReportCell]]) {
        storage = .held(rows)
    }

    /// Rows whose cells are held.
    ///
    /// - Parameter elements: The rows.
    public init(arrayLiteral elements: [ReportCell]...) {
        storage = .held(elements)
    }

    /// Rows made as they are read: `row(index)` gives the cells of the row at `index`, each time it is
    /// read.
    ///
    /// - Parameters:
    ///   - count: The number of rows.
    ///   - row: The cells of a row, from 0 to `count - 1`; the same cells for the same index every time.
    public init(count: Int, row: @escaping @Sendable (Int) -> [ReportCell]) {
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

    /// The cells of a row, made when read for rows made on demand; setting one holds every row.
    ///
    /// - Parameter index: From 0 to `count - 1`.
    public subscript(index: Int) -> [ReportCell] {
        get {
            switch storage {
            case .held(let rows): return rows[index]
            case .made(let count, let row):
                precondition(index >= 0 && index < count, "a row outside the table")
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
    public mutating func replaceSubrange(_ subrange: Range<Int>, with newElements: some Collection<[ReportCell]>) {
        var rows = held()
        rows.replaceSubrange(subrange, with: newElements)
        storage = .held(rows)
    }

    /// Every row's cells, made where they are not held.
    private mutating func held() -> [[ReportCell]] {
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
    public static func == (lhs: ReportRows, rhs: ReportRows) -> Bool {
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
