/// Values read from the cells of a column whose texts recur in the same order, such as the periods of
/// each measure's rows, remembered by the rows they were read from.
///
/// As with ``RecurringLabels``, the cell expected next is tried first, then the first one. A cell is
/// compared with them by its bytes in the file (``TableSet/Row/repeats(_:of:)``), so no string is made
/// for it; one that matches neither is read as text by the caller, which adds what it found.
struct RecurringCells<Value> {
    private var rows: [TableSet.Row] = []
    private var values: [Value] = []
    /// The position of the row expected next.
    private var next = 0
    /// The most rows kept: a column whose values do not recur stops being remembered rather than grow.
    private let limit = 4096

    /// The value added for a row whose cell has the same bytes, when it is the one expected next or the
    /// first; `nil` otherwise.
    mutating func value(at column: Int, of row: TableSet.Row) -> Value? {
        if next < rows.count, row.repeats(column, of: rows[next]) {
            next += 1
            return values[next - 1]
        }
        if !rows.isEmpty, row.repeats(column, of: rows[0]) {
            next = 1
            return values[0]
        }
        return nil
    }

    /// Adds the value read from a row's cell, expected to be followed by a value not yet added.
    mutating func add(_ value: Value, from row: TableSet.Row) {
        guard rows.count < limit else { return }
        rows.append(row)
        values.append(value)
        next = rows.count
    }
}
