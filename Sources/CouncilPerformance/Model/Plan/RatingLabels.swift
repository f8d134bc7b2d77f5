/// The council's own words for ratings and trends, used to print reports and to read what its papers
/// printed.
///
/// The library's words are the defaults; a council's replace them (`green=On track;amber=Close to
/// target;red=Off track`). Reading a printed word accepts the council's word, the library's word and
/// the initial (`G`, `A`, `R`), whatever the case.
public struct RatingLabels: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The words, by key: `green`, `amber`, `red`, `blue`, `not-rated` for ratings; `improving`,
    /// `worsening`, `no-change`, `increasing`, `decreasing`, `no-comparison` for trends.
    public private(set) var words: [String: String]

    /// The keys a label may have.
    public static let keys = [
        "green", "amber", "red", "blue", "not-rated", "improving", "worsening", "no-change", "increasing",
        "decreasing", "no-comparison",
    ]

    /// The library's own words.
    public static let standard = RatingLabels(words: [:])

    /// Creates labels from words by key; keys left out keep the library's word.
    ///
    /// - Parameter words: The council's words, by key.
    public init(words: [String: String]) {
        self.words = words
    }

    /// Parses `key=word` pairs separated by `;`, such as `green=On track;red=Off track`.
    ///
    /// - Parameter text: The pairs; empty for the library's words.
    /// - Throws: ``ValidationError`` with code ``ErrorCode/invalidLabels`` for an unknown key, a pair
    ///   without `=`, or an empty word.
    public init(_ text: String) throws(ValidationError) {
        var words: [String: String] = [:]
        for pair in text.split(separator: ";") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace() }
            guard parts.count == 2, Self.keys.contains(parts[0].lowercased()), !parts[1].isEmpty else {
                throw ValidationError(
                    code: .invalidLabels,
                    found: String(pair),
                    expected: "key=word pairs separated by ;, with keys from \(Self.keys.joined(separator: ", "))"
                )
            }
            words[parts[0].lowercased()] = parts[1]
        }
        self.words = words
    }

    /// Whether these are the library's own words (no council word set).
    public var isStandard: Bool { words.isEmpty }

    /// The word for a key: the council's, else the library's (`Green`, `Not rated`, `No change`).
    ///
    /// - Parameter key: One of ``keys``.
    /// - Returns: The word.
    public func word(for key: String) -> String {
        words[key] ?? Self.libraryWords[key] ?? key
    }

    /// The key a printed word stands for, or `nil` when it is none of the council's or library's words.
    ///
    /// - Parameters:
    ///   - printed: The word as printed.
    ///   - keys: The keys it may stand for (ratings or trends).
    /// - Returns: The key.
    public func key(for printed: String, among keys: [String]) -> String? {
        let wanted = printed.trimmingWhitespace().lowercased()
        guard !wanted.isEmpty else { return nil }
        for key in keys {
            var accepted = [word(for: key).lowercased(), (Self.libraryWords[key] ?? key).lowercased()]
            accepted += Self.aliases[key] ?? []
            if accepted.contains(wanted) { return key }
        }
        return nil
    }

    /// The pairs the council set, as ``init(_:)`` reads them; empty for the library's words.
    public var description: String {
        Self.keys.compactMap { key in words[key].map { "\(key)=\($0)" } }.joined(separator: ";")
    }

    /// The rating keys, in order of severity.
    public static let ratingKeys = ["red", "amber", "green", "blue", "not-rated"]
    /// The trend keys.
    public static let trendKeys = ["improving", "worsening", "no-change", "increasing", "decreasing", "no-comparison"]

    private static let libraryWords = [
        "green": "Green", "amber": "Amber", "red": "Red", "blue": "Blue", "not-rated": "Not rated",
        "improving": "Improving", "worsening": "Worsening", "no-change": "No change", "increasing": "Increasing",
        "decreasing": "Decreasing", "no-comparison": "No comparison",
    ]

    /// Other words papers print for the same thing.
    private static let aliases: [String: [String]] = [
        "green": ["g"], "amber": ["a"], "red": ["r"], "blue": ["b"], "not-rated": ["n/a", "-", "not rated"],
        "improving": ["better", "getting better"], "worsening": ["worse", "getting worse"],
        "no-change": ["same", "→", "↔", "unchanged", "no change"], "increasing": ["↑", "up", "increase"],
        "decreasing": ["↓", "down", "decrease"],
    ]
}
