/// Two small non-negative integers in one `Int`, `high << 32 | low`: a line and a column, or a byte
/// range's start and end.
///
/// Loading keeps one of these per cell of a file, so a pair costs one word in a flat array rather than
/// a struct with a reference count.
enum PackedPair {
    /// Packs two values below 2^31.
    static func pack(_ high: Int, _ low: Int) -> Int { high << 32 | low }

    /// The first value of a pair.
    static func high(_ packed: Int) -> Int { packed >> 32 }

    /// The second value of a pair.
    static func low(_ packed: Int) -> Int { packed & 0xFFFF_FFFF }

    /// A pair read as a range, `high..<low`.
    static func range(_ packed: Int) -> Range<Int> { high(packed)..<low(packed) }
}
