/// A value reported in one return and changed by a later one: both figures, both returns, and whether
/// its rating changed.
///
/// A value revised twice is two revisions: each later figure against the one before it.
public struct Revision: Sendable, Hashable {
    /// The council's key in the store.
    public var council: String
    /// The measure.
    public var measure: Measure.ID
    /// The period the value is for, as written (`Q1 2018/19`).
    public var period: String
    /// The value as reported before, in the data format's text; empty when it was missing.
    public var reportedValue: String
    /// Its rating when reported, or `nil` when the store has none.
    public var reportedRating: Rating.Status?
    /// The return that reported it.
    public var reportedIn: ReturnReference
    /// The value as revised; empty when the revision made it missing.
    public var revisedValue: String
    /// Its rating as revised.
    public var revisedRating: Rating.Status?
    /// The return that revised it.
    public var revisedIn: ReturnReference

    /// A return as a revision names it.
    public struct ReturnReference: Sendable, Hashable, CustomStringConvertible {
        /// The return's number in the store.
        public var id: Int
        /// The date the return is as at.
        public var asOf: String

        /// `return 2 (2018-11-05)`.
        public var description: String { "return \(id) (\(asOf))" }
    }

    /// Whether the revision changed the value's rating (a green that turned amber after the event).
    public var ratingChanged: Bool { reportedRating != revisedRating }
}

extension ReportDocument {
    /// The revisions report: every value changed after it was first reported, with both figures, both
    /// returns and whether its rating changed.
    ///
    /// - Parameters:
    ///   - revisions: The revisions, as ``SQLiteStore/revisions(council:)`` lists them.
    ///   - title: The store's description for the subtitle.
    /// - Returns: The document.
    public static func revisions(_ revisions: [Revision], store title: String) -> ReportDocument {
        let changed = revisions.filter(\.ratingChanged).count
        var blocks: [Block] = [.heading("Summary", level: 2)]
        if revisions.isEmpty {
            blocks.append(.paragraph("No value has been revised: every figure is as first reported."))
        } else {
            blocks.append(
                .paragraph(
                    "\(revisions.count) value\(revisions.count == 1 ? " was" : "s were") revised after first being reported; \(changed) revision\(changed == 1 ? "" : "s") changed the rating."
                )
            )
            let columns = [
                ReportTable.Column("Council"), ReportTable.Column("Measure"), ReportTable.Column("Period"),
                ReportTable.Column("Reported", alignment: .trailing, group: "As reported"),
                ReportTable.Column("Rating", alignment: .center, group: "As reported"),
                ReportTable.Column("Return", group: "As reported"),
                ReportTable.Column("Revised", alignment: .trailing, group: "As revised"),
                ReportTable.Column("Rating", alignment: .center, group: "As revised"),
                ReportTable.Column("Return", group: "As revised"),
                ReportTable.Column("Rating changed", alignment: .center),
            ]
            let rows: [[ReportCell]] = revisions.map { revision in
                [
                    .text(revision.council), .text(revision.measure.rawValue), .text(revision.period),
                    revision.reportedValue.isEmpty
                        ? .empty : .number(display: revision.reportedValue, value: revision.reportedValue),
                    ratingCell(revision.reportedRating), .text(revision.reportedIn.description),
                    revision.revisedValue.isEmpty
                        ? .empty : .number(display: revision.revisedValue, value: revision.revisedValue),
                    ratingCell(revision.revisedRating), .text(revision.revisedIn.description),
                    .text(revision.ratingChanged ? "Yes" : "No"),
                ]
            }
            blocks.append(
                .table(
                    ReportTable(
                        name: "revisions",
                        caption: "Values revised after they were first reported",
                        columns: columns,
                        rows: rows
                    )
                )
            )
        }
        return ReportDocument(name: "revisions", title: "Revisions", subtitle: title, blocks: blocks)
    }

    private static func ratingCell(_ status: Rating.Status?) -> ReportCell {
        status.map { .status(ReportDocument.badge($0)) } ?? .empty
    }
}
