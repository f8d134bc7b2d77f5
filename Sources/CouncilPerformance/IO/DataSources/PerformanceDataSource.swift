/// A source of a council's performance data: files, a database, an API.
///
/// A data source has one job: produce a complete, valid ``PerformanceData``, or fail with every problem
/// it found. The library ships ``InMemoryDataSource``, ``JSONDataSource`` and ``CSVDataSource``; see
/// <doc:ImplementingADataSource> for your own.
///
/// ```swift
/// let source = CSVDataSource(directory: URL(filePath: "data/nottinghamshire"))
/// let data = try await source.load()
/// ```
///
/// ### Implementation requirements
///
/// - **Whole or nothing.** Return a complete snapshot, or throw ``DataSourceError``; never a partial
///   model. Validate with ``PerformanceData/validate(file:)`` before returning, so consumers can trust it.
/// - **Every problem.** Collect diagnostics rather than stopping at the first, and locate each one
///   (file and line and column, or file and field path, or your own table and key).
/// - **Consistency.** One call reads one consistent state: if the underlying store changes while you
///   read, read again or fail; do not mix two states.
/// - **Cancellation.** Check `Task.isCancelled` between expensive steps and throw a diagnostic saying the
///   load was cancelled, rather than returning partial data.
/// - **No side effects.** Loading writes nothing.
public protocol PerformanceDataSource: Sendable {
    /// Loads the council's data.
    ///
    /// - Returns: A complete, validated snapshot.
    /// - Throws: ``DataSourceError`` with every problem found.
    func load() async throws(DataSourceError) -> PerformanceData
}
