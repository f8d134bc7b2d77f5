/// A project's delivery status in a monthly status report, such as On Target or At Risk.
///
/// Statuses form an open set: the standard key (quoted from Nottinghamshire's Project Status Report,
/// `shared/seeds/003`) is provided as static members, and a council can define its own with
/// ``init(name:code:rank:severity:definition:aliases:)`` and a ``DeliveryStatusScheme``.
public struct DeliveryStatus: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The status as the key names it, such as `Experiencing Obstacles`.
    public var name: String
    /// The short code programme tables print, such as `EO`.
    public var code: String
    /// Where rows with this status sit in a report: On Target first, then Experiencing Obstacles, At
    /// Risk, Compromised, Closed or Completed, No Status.
    public var rank: Int
    /// How serious the status is for trends, from 0 (on target, or closed) upwards; `nil` when the
    /// status says nothing about delivery (No Status).
    public var severity: Int?
    /// The key's definition of the status.
    public var definition: String
    /// Other spellings the papers print for the same status.
    public var aliases: [String]

    /// Creates a status.
    ///
    /// - Parameters:
    ///   - name: The status as the key names it.
    ///   - code: The short code.
    ///   - rank: Where its rows sit in a report.
    ///   - severity: How serious it is for trends, or `nil` when it says nothing about delivery.
    ///   - definition: The key's definition.
    ///   - aliases: Other spellings.
    public init(name: String, code: String, rank: Int, severity: Int?, definition: String, aliases: [String] = []) {
        self.name = name
        self.code = code
        self.rank = rank
        self.severity = severity
        self.definition = definition
        self.aliases = aliases
    }

    /// On Target: delivery to time, cost and quality is achievable, with no major outstanding issues.
    public static let onTarget = DeliveryStatus(
        name: "On Target",
        code: "OT",
        rank: 0,
        severity: 0,
        definition:
            "Successful delivery of the project to time, cost and quality is achievable and there are no major outstanding issues at this stage that threaten delivery"
    )
    /// Experiencing Obstacles: delivery is probable but minor issues need resolving (an early warning).
    public static let experiencingObstacles = DeliveryStatus(
        name: "Experiencing Obstacles",
        code: "EO",
        rank: 1,
        severity: 1,
        definition:
            "Successful delivery is probable, however, there are minor issues which need resolving to ensure they do not materialise into major issues threatening delivery. This is an early warning category, if the minor issues are resolved in a timely manner, it is unlikely that project savings will be put / remain at risk."
    )
    /// At Risk: delivery still appears feasible, but significant issues exist and action is required.
    public static let atRisk = DeliveryStatus(
        name: "At Risk",
        code: "AR",
        rank: 2,
        severity: 2,
        definition:
            "Based on available evidence, successful delivery still appears feasible but significant issues exist with scope, timescales, cost, assumptions and/or benefits. Issues appear resolvable, but action is required"
    )
    /// Compromised: delivery appears to be at significant risk; immediate action is required.
    public static let compromised = DeliveryStatus(
        name: "Compromised",
        code: "C",
        rank: 3,
        severity: 3,
        definition:
            "Based on available evidence, successful delivery of the project appears to be at significant risk. There are major issues with project scope, timescales, cost, assumptions and/or benefits. Immediate action required to resolve issues."
    )
    /// Closed or Completed: benefits achieved, or the profile officially changed through change control.
    public static let closed = DeliveryStatus(
        name: "Closed or Completed",
        code: "Closed",
        rank: 4,
        severity: 0,
        definition:
            "Project benefits have been achieved, or there has been an official change to the benefits profile (through change control) so the project is complete or declared undeliverable",
        aliases: ["Closed or Complete", "Closed", "Completed", "Complete"]
    )
    /// No Status: awaiting clarification or decisions before the project plan can be completed.
    public static let noStatus = DeliveryStatus(
        name: "No Status",
        code: "NS",
        rank: 5,
        severity: nil,
        definition:
            "Awaiting major points of clarification / decision-making to enable PID and plan to be completed."
    )

    /// Whether the project is on target or closed, so needs no exception details.
    public var isException: Bool { self != .onTarget && self != .closed && self != .noStatus }

    /// The status name.
    public var description: String { name }

    /// Orders statuses as reports list them (``rank``).
    ///
    /// - Parameters:
    ///   - lhs: A status.
    ///   - rhs: Another status.
    /// - Returns: Whether `lhs` is listed first.
    public static func < (lhs: DeliveryStatus, rhs: DeliveryStatus) -> Bool { lhs.rank < rhs.rank }
}

/// A council's set of delivery statuses, used to read status text from papers and data files.
///
/// ```swift
/// let status = try DeliveryStatusScheme.standard.status(named: "Closed or Complete")  // .closed
/// ```
public struct DeliveryStatusScheme: Sendable, Hashable, Codable {
    /// The statuses, in report order.
    public var statuses: [DeliveryStatus]

    /// Creates a scheme.
    ///
    /// - Parameter statuses: The statuses, in report order.
    public init(statuses: [DeliveryStatus]) {
        self.statuses = statuses
    }

    /// The status key printed with Nottinghamshire's Project Status Report (`shared/seeds/003`).
    public static let standard = DeliveryStatusScheme(statuses: [
        .onTarget, .experiencingObstacles, .atRisk, .compromised, .closed, .noStatus,
    ])

    /// Finds a status by its name, code or an alias, ignoring case and surrounding white space.
    ///
    /// - Parameter text: The printed status, such as `On Target`, `EO` or `Closed or Complete`.
    /// - Returns: The status.
    /// - Throws: ``ValidationError`` with code ``ErrorCode/unknownStatus`` naming the text and
    ///   listing the accepted names.
    /// - Complexity: O(*n*) in the number of statuses and aliases.
    public func status(named text: String) throws(ValidationError) -> DeliveryStatus {
        let key = text.trimmingWhitespace().lowercased()
        for status in statuses
        where status.name.lowercased() == key || status.code.lowercased() == key
            || status.aliases.contains(where: { $0.lowercased() == key })
        {
            return status
        }
        throw ValidationError(
            code: .unknownStatus,
            found: text.trimmingWhitespace(),
            expected: "one of " + statuses.map(\.name).joined(separator: ", ")
        )
    }
}
