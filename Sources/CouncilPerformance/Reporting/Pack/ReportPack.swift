/// A committee pack: several reports bound into one document, with a contents page and summary charts,
/// as a committee receives its papers.
///
/// ```swift
/// let pack = ReportPack(
///     title: "Improvement and Change Sub-Committee",
///     documents: [.dashboard(dashboard), .savings(report, council: data.council)],
///     charts: [.ratings(dashboard.summary), .netAtRisk(report)]
/// )
/// let file = HTMLRenderer().render(pack)   // pack.html, ready to print to PDF
/// ```
public struct ReportPack: Sendable, Hashable {
    /// The pack's name, for its file (`pack`).
    public var name: String
    /// The title on the cover.
    public var title: String
    /// A line under the title (council, meeting date).
    public var subtitle: String?
    /// The reports, in the order the pack prints them.
    public var documents: [ReportDocument]
    /// Charts printed after the contents, summarising the reports.
    public var charts: [SummaryChart]

    /// Creates a pack.
    ///
    /// - Parameters:
    ///   - name: The file name; `pack` by default.
    ///   - title: The title.
    ///   - subtitle: A line under the title.
    ///   - documents: The reports, in order.
    ///   - charts: The summary charts.
    public init(
        name: String = "pack",
        title: String,
        subtitle: String? = nil,
        documents: [ReportDocument],
        charts: [SummaryChart] = []
    ) {
        self.name = name
        self.title = title
        self.subtitle = subtitle
        self.documents = documents
        self.charts = charts
    }
}
