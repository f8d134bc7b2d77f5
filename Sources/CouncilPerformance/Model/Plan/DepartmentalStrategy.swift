/// A departmental strategy: the activities a department undertakes towards the Council Plan, each
/// linked to the commitments or approaches it serves and the measures that show its progress.
public struct DepartmentalStrategy: Sendable, Hashable, Codable, Identifiable {
    /// The identifier type for strategies.
    public typealias ID = Identifier<DepartmentalStrategy>

    /// An activity of a departmental strategy, with its latest progress narrative.
    public struct Activity: Sendable, Hashable, Codable, Identifiable {
        /// The identifier type for activities.
        public typealias ID = Identifier<Activity>

        /// The activity's identifier.
        public var id: ID
        /// What the department will do, as the strategy words it.
        public var description: String
        /// The commitments and approaches the activity contributes to.
        public var contributesTo: [PlanElement]
        /// The measures that show the activity's progress.
        public var measures: [Measure.ID]
        /// The latest progress narrative, as reported to committee.
        public var progress: String?

        /// Creates an activity.
        ///
        /// - Parameters:
        ///   - id: The activity's identifier.
        ///   - description: What the department will do.
        ///   - contributesTo: The commitments and approaches it contributes to.
        ///   - measures: The measures that show its progress.
        ///   - progress: The latest progress narrative, if any.
        public init(
            id: ID,
            description: String,
            contributesTo: [PlanElement] = [],
            measures: [Measure.ID] = [],
            progress: String? = nil
        ) {
            self.id = id
            self.description = description
            self.contributesTo = contributesTo
            self.measures = measures
            self.progress = progress
        }
    }

    /// The strategy's identifier.
    public var id: ID
    /// The department whose strategy it is.
    public var department: Department.ID
    /// The strategy's title.
    public var title: String
    /// The strategy's activities, in the order the strategy lists them.
    public var activities: [Activity]

    /// Creates a departmental strategy.
    ///
    /// - Parameters:
    ///   - id: The strategy's identifier.
    ///   - department: The department whose strategy it is.
    ///   - title: The strategy's title.
    ///   - activities: Its activities, in order.
    public init(id: ID, department: Department.ID, title: String, activities: [Activity] = []) {
        self.id = id
        self.department = department
        self.title = title
        self.activities = activities
    }
}
