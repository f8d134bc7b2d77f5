import Synchronization

/// One council's data, whole and validated: the plan and its measures, the observations, the savings
/// delivery portfolios and projects, and the change requests with their decisions.
///
/// A data source produces a `PerformanceData` whole or fails with every diagnostic
/// (``DataSourceError``); everything downstream (ratings, roll-ups, reports) can trust it.
public struct PerformanceData: Sendable, Hashable, Codable {
    /// The council's name.
    public var council: String
    /// The Council Plan, with its measures.
    public var plan: CouncilPlan
    /// The reporting policy's default tolerance.
    public var ratingPolicy: RatingPolicy
    /// Reported values of the measures.
    public var observations: [Observation] {
        didSet { indexCache = IndexCache() }
    }
    /// Savings delivery: portfolios, programmes and projects.
    public var delivery: CouncilDelivery
    /// Change requests, with their decisions.
    public var changeRequests: [ChangeRequest]
    /// Figures as the council's papers printed them, for ``ConsistencyAudit``.
    public var publishedFigures: [PublishedFigure]
    /// Ratings and trends as the papers printed them, and ratings the council set by hand.
    public var publishedRatings: [PublishedRating]
    /// Claims the papers make about other figures (copies, sums, percentages, counts, lists), for
    /// ``ConsistencyAudit``.
    public var publishedClaims: [PublishedClaim]
    /// Words printed beside the figures (progress, comments, highlights, summaries), in the order given.
    public var narratives: [Narrative]

    /// The observation index, built at the first use after ``observations`` last changed.
    private var indexCache = IndexCache()

    /// Creates a snapshot.
    ///
    /// - Parameters:
    ///   - council: The council's name.
    ///   - plan: The Council Plan.
    ///   - ratingPolicy: The rating policy; the library's standard by default.
    ///   - observations: Reported values.
    ///   - delivery: Savings delivery.
    ///   - changeRequests: Change requests.
    ///   - publishedFigures: Printed figures to audit.
    ///   - publishedRatings: Printed ratings and trends, and overrides.
    ///   - publishedClaims: Printed claims about other figures.
    ///   - narratives: Narrative printed beside the figures.
    public init(
        council: String,
        plan: CouncilPlan,
        ratingPolicy: RatingPolicy = .standard,
        observations: [Observation] = [],
        delivery: CouncilDelivery = CouncilDelivery(portfolios: [], projects: []),
        changeRequests: [ChangeRequest] = [],
        publishedFigures: [PublishedFigure] = [],
        publishedRatings: [PublishedRating] = [],
        publishedClaims: [PublishedClaim] = [],
        narratives: [Narrative] = []
    ) {
        self.council = council
        self.plan = plan
        self.ratingPolicy = ratingPolicy
        self.observations = observations
        self.delivery = delivery
        self.changeRequests = changeRequests
        self.publishedFigures = publishedFigures
        self.publishedRatings = publishedRatings
        self.publishedClaims = publishedClaims
        self.narratives = narratives
    }

    /// Each measure's observations in period order, built once and shared by every stage (validation,
    /// rating, reports) until ``observations`` changes.
    ///
    /// - Complexity: O(*n*) at the first use, when each measure's observations are in period order
    ///   (O(*n* log *n*) at most); O(1) after.
    public var observationIndex: ObservationIndex {
        indexCache.index { ObservationIndex(observations) }
    }

    /// Decodes a snapshot; one encoded before ``publishedRatings``, ``publishedClaims`` or ``narratives``
    /// existed has none.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a field is missing or malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            council: try container.decode(String.self, forKey: .council),
            plan: try container.decode(CouncilPlan.self, forKey: .plan),
            ratingPolicy: try container.decode(RatingPolicy.self, forKey: .ratingPolicy),
            observations: try container.decode([Observation].self, forKey: .observations),
            delivery: try container.decode(CouncilDelivery.self, forKey: .delivery),
            changeRequests: try container.decode([ChangeRequest].self, forKey: .changeRequests),
            publishedFigures: try container.decode([PublishedFigure].self, forKey: .publishedFigures),
            publishedRatings: try container.decodeIfPresent([PublishedRating].self, forKey: .publishedRatings) ?? [],
            publishedClaims: try container.decodeIfPresent([PublishedClaim].self, forKey: .publishedClaims) ?? [],
            narratives: try container.decodeIfPresent([Narrative].self, forKey: .narratives) ?? []
        )
    }

    /// Encodes the snapshot; claims and narrative are written only when there are some, so a snapshot
    /// without them encodes as it did before they existed.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError` when the encoder fails.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(council, forKey: .council)
        try container.encode(plan, forKey: .plan)
        try container.encode(ratingPolicy, forKey: .ratingPolicy)
        try container.encode(observations, forKey: .observations)
        try container.encode(delivery, forKey: .delivery)
        try container.encode(changeRequests, forKey: .changeRequests)
        try container.encode(publishedFigures, forKey: .publishedFigures)
        try container.encode(publishedRatings, forKey: .publishedRatings)
        if !publishedClaims.isEmpty { try container.encode(publishedClaims, forKey: .publishedClaims) }
        if !narratives.isEmpty { try container.encode(narratives, forKey: .narratives) }
    }

    private enum CodingKeys: String, CodingKey {
        case council, plan, ratingPolicy, observations, delivery, changeRequests, publishedFigures, publishedRatings
        case publishedClaims, narratives
    }
}

/// A lazily built ``ObservationIndex`` that copies of one ``PerformanceData`` share.
///
/// It is derived state, so it takes no part in equality, hashing or coding.
private struct IndexCache: Sendable, Hashable {
    private final class Box: Sendable {
        let index = Mutex<ObservationIndex?>(nil)
    }

    private let box = Box()

    func index(_ build: () -> ObservationIndex) -> ObservationIndex {
        box.index.withLock { index in
            if let index { return index }
            let built = build()
            index = built
            return built
        }
    }

    static func == (lhs: Self, rhs: Self) -> Bool { true }

    func hash(into hasher: inout Hasher) {}
}
