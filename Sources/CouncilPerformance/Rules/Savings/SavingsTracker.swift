/// A savings tracker for any council: each project's figures by category for a year, a Totals row, and
/// in-year tracking (achieved by month against the target).
///
/// It needs no monthly delivery statuses, so every council with savings gets a report; what cannot be
/// reported is said in ``gaps``.
///
/// ```swift
/// let tracker = SavingsTracker(delivery: data.delivery, year: try FinancialYear("2015/16"))
/// tracker.totals[.target]                    // £6,200,000
/// tracker.inYear.map(\.achieved)             // achieved at May, Sep and Dec 2015, then outturn
/// ```
public struct SavingsTracker: Sendable, Hashable {
    /// One project's figures.
    public struct Row: Sendable, Hashable {
        /// The project.
        public var project: Project.ID
        /// Its name as printed.
        public var name: String
        /// Its amount in each category (absent: not given).
        public var amounts: [SavingsCategory: Money]

        /// Creates a row.
        ///
        /// - Parameters:
        ///   - project: The project.
        ///   - name: Its name.
        ///   - amounts: Its amounts by category.
        public init(project: Project.ID, name: String, amounts: [SavingsCategory: Money]) {
            self.project = project
            self.name = name
            self.amounts = amounts
        }
    }

    /// Achieved at one point of the year.
    public struct Point: Sendable, Hashable {
        /// The month, or `nil` for the outturn.
        public var month: ReportingPeriod?
        /// The amount achieved by then, over every project that reported it.
        public var achieved: Money

        /// Creates a point.
        ///
        /// - Parameters:
        ///   - month: The month, or `nil` for the outturn.
        ///   - achieved: The amount achieved.
        public init(month: ReportingPeriod?, achieved: Money) {
            self.month = month
            self.achieved = achieved
        }
    }

    /// The financial year tracked.
    public var year: FinancialYear
    /// The categories shown, in ``SavingsCategory`` order.
    public var categories: [SavingsCategory]
    /// The projects' rows, in the council's order.
    public var rows: [Row]
    /// The Totals row: each category summed over the rows.
    public var totals: [SavingsCategory: Money]
    /// The target over every project, if any target is given.
    public var target: Money?
    /// Achieved at each month figures were reported at, then at outturn.
    public var inYear: [Point]
    /// What could not be reported, in words.
    public var gaps: [String]

    /// Builds the tracker for a year.
    ///
    /// - Parameters:
    ///   - delivery: The council's projects and their figures.
    ///   - year: The year to track.
    /// - Complexity: O(*p* × *c*) for *p* projects and *c* categories.
    public init(delivery: CouncilDelivery, year: FinancialYear) {
        self.year = year
        let known = delivery.knownCategories + delivery.projects.flatMap(\.figures.categories)
        var categories: [SavingsCategory] = []
        var rows: [Row] = []
        var totals: [SavingsCategory: Money] = [:]
        for project in delivery.projects {
            var amounts: [SavingsCategory: Money] = [:]
            for category in known where amounts[category] == nil {
                guard let amount = project.amount(of: category, over: [year]) else { continue }
                amounts[category] = amount
                totals[category, default: .zero] += amount
                if !categories.contains(category) { categories.append(category) }
            }
            if !amounts.isEmpty { rows.append(Row(project: project.id, name: project.name, amounts: amounts)) }
        }
        self.categories = categories.sorted()
        self.rows = rows
        self.totals = totals
        target = totals[.target]
        let months = Set(delivery.projects.flatMap { $0.figures.months }).sorted()
        var points: [Point] = []
        for month in months {
            let amounts = delivery.projects.compactMap { $0.figures.amount(.achieved, over: [year], asAt: month) }
            if !amounts.isEmpty { points.append(Point(month: month, achieved: amounts.sum)) }
        }
        if let outturn = totals[.achieved] { points.append(Point(month: nil, achieved: outturn)) }
        inYear = points
        var gaps: [String] = []
        if rows.isEmpty { gaps.append("No savings figures were given for \(year), so there is nothing to tabulate.") }
        if months.isEmpty {
            gaps.append("No figures were given as at a month, so in-year tracking cannot be shown.")
        } else if target == nil {
            gaps.append("No target was given, so achieved cannot be shown against it.")
        }
        self.gaps = gaps
    }

    /// The latest year any project has savings figures for, if any.
    ///
    /// - Parameter delivery: The council's projects.
    /// - Returns: The year.
    public static func latestYear(in delivery: CouncilDelivery) -> FinancialYear? {
        delivery.projects.flatMap { $0.figures.years + $0.baseline.years + $0.forecast.years }.max()
    }
}
