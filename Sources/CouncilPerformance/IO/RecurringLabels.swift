/// Values parsed from labels that recur in the same order, such as the periods of each measure's rows.
///
/// Data files list each measure's periods in the same order, so the next label is usually the one after
/// the last: checking that one first, then the first label, turns most lookups into one comparison of
/// two short strings instead of a hash.
struct RecurringLabels<Value> {
    private var labels: [String] = []
    private var values: [Value] = []
    private var positions: [String: Int] = [:]
    /// The position of the label expected next.
    private var next = 0

    /// The value added for a label, or `nil` when none was.
    mutating func value(for label: String) -> Value? {
        if next < labels.count, labels[next] == label {
            next += 1
            return values[next - 1]
        }
        if let first = labels.first, first == label {
            next = 1
            return values[0]
        }
        guard let position = positions[label] else { return nil }
        next = position + 1
        return values[position]
    }

    /// Adds a label's value; a label already added keeps its first value.
    mutating func add(_ value: Value, for label: String) {
        guard positions[label] == nil else { return }
        positions[label] = labels.count
        labels.append(label)
        values.append(value)
        next = labels.count
    }
}
