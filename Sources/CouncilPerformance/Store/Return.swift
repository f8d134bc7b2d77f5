/// One return: a council's data as submitted on a date, kept in the history store exactly as reported.
///
/// Returns are never changed or removed. A later return that gives another value for an earlier period
/// is a ``Revision`` of that value; the original stays with its return.
public struct Return: Sendable, Hashable, Identifiable {
    /// The return's number in the store, in the order returns were imported.
    public var id: Int
    /// The council's key in the store (what `--council` takes).
    public var council: String
    /// The date the return is as at.
    public var asOf: CalendarDate
    /// Who or what submitted it: a person, a team or a system.
    public var submittedBy: String
    /// Where the data came from: a folder or file, or a data source's description.
    public var source: String
    /// When it was imported, as an ISO 8601 time in UTC.
    public var importedAt: String
}
