/// An improvement and change portfolio, usually one per department, such as Adult Social Care & Health.
public struct Portfolio: Sendable, Hashable, Codable, Identifiable {
    /// The identifier type for portfolios.
    public typealias ID = Identifier<Portfolio>

    /// The portfolio's identifier.
    public var id: ID
    /// The portfolio's name as the status report prints it.
    public var name: String
    /// The department that owns it, if known.
    public var department: Department.ID?

    /// Creates a portfolio.
    ///
    /// - Parameters:
    ///   - id: The portfolio's identifier.
    ///   - name: Its name as printed.
    ///   - department: The owning department.
    public init(id: ID, name: String, department: Department.ID? = nil) {
        self.id = id
        self.name = name
        self.department = department
    }
}

/// A programme of related projects within a portfolio, such as ASCH 1801 Early Resolution.
public struct Programme: Sendable, Hashable, Codable, Identifiable {
    /// The identifier type for programmes.
    public typealias ID = Identifier<Programme>

    /// The programme's identifier.
    public var id: ID
    /// The council's reference, such as `ASCH 1801`, if it has one.
    public var reference: String?
    /// The programme's name.
    public var name: String
    /// The portfolio it belongs to.
    public var portfolio: Portfolio.ID
    /// The programme's own status by month, when the council reports one.
    public var statusHistory: [StatusRecord]
    /// The programme's milestones.
    public var milestones: [Milestone]

    /// Creates a programme.
    ///
    /// - Parameters:
    ///   - id: The programme's identifier.
    ///   - reference: The council's reference.
    ///   - name: Its name.
    ///   - portfolio: Its portfolio.
    ///   - statusHistory: Its own status by month.
    ///   - milestones: Its milestones.
    public init(
        id: ID,
        reference: String? = nil,
        name: String,
        portfolio: Portfolio.ID,
        statusHistory: [StatusRecord] = [],
        milestones: [Milestone] = []
    ) {
        self.id = id
        self.reference = reference
        self.name = name
        self.portfolio = portfolio
        self.statusHistory = statusHistory
        self.milestones = milestones
    }
}

/// A delivery status reported for a month.
public struct StatusRecord: Sendable, Hashable, Codable {
    /// The month reported.
    public var month: ReportingPeriod
    /// The status reported.
    public var status: DeliveryStatus

    /// Creates a status record.
    ///
    /// - Parameters:
    ///   - month: The month reported.
    ///   - status: The status reported.
    public init(month: ReportingPeriod, status: DeliveryStatus) {
        self.month = month
        self.status = status
    }
}

/// The trend of a status between two months: better, the same, or worse.
public enum StatusTrend: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Less severe than last month.
    case better
    /// As severe as last month.
    case same
    /// More severe than last month.
    case worse

    /// Derives the trend from two statuses; `nil` when either says nothing about delivery.
    ///
    /// - Parameters:
    ///   - previous: Last month's status.
    ///   - current: This month's status.
    /// - Returns: The trend, or `nil`.
    public static func between(_ previous: DeliveryStatus, and current: DeliveryStatus) -> StatusTrend? {
        guard let before = previous.severity, let now = current.severity else { return nil }
        return now < before ? .better : now > before ? .worse : .same
    }

    /// `Better`, `Same` or `Worse`, as programme tables print it.
    public var description: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

extension [StatusRecord] {
    /// The status reported for a month, if any.
    ///
    /// - Parameter month: The month.
    /// - Returns: The status then.
    public func status(in month: ReportingPeriod) -> DeliveryStatus? {
        last { $0.month == month }?.status
    }
}
