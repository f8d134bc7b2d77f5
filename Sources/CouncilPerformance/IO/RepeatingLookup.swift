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
