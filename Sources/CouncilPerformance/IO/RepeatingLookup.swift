/// How many of a measure's observations are scanned rather than hashed, to find one period among them.
///
/// A measure has a few dozen at most, usually, and comparing that many periods costs less than hashing
/// one. Longer series go through a dictionary or a set.
let periodScanLimit = 64

/// A dictionary lookup that remembers its last answer.
///
/// Rows of one measure come together in data files, so most lookups by measure repeat the one before:
/// remembering it turns a hash into one comparison of two short strings.
struct RepeatingLookup<Key: Hashable, Value> {
    private let dictionary: [Key: Value]
    private var last: (key: Key, value: Value?)?

    init(_ dictionary: [Key: Value]) {
        self.dictionary = dictionary
    }

    /// The value for a key, or `nil` when the dictionary has none.
    mutating func callAsFunction(_ key: Key) -> Value? {
        if let last, last.key == key { return last.value }
        let value = dictionary[key]
        last = (key, value)
        return value
    }
}

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
