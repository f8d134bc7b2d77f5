/// A data source over a value already in memory, for tests and for data built in code.
///
/// ```swift
/// let source = InMemoryDataSource(data)
/// let loaded = try await source.load()   // validated
/// ```
public struct InMemoryDataSource: PerformanceDataSource {
    /// The data the source returns.
    public var data: PerformanceData

    /// Creates a source over data in memory.
    ///
    /// - Parameter data: The data to return.
    public init(_ data: PerformanceData) {
        self.data = data
    }

    /// Validates and returns the data.
    ///
    /// - Returns: The data.
    /// - Throws: ``DataSourceError`` when ``PerformanceData/validate(file:)`` finds problems.
    public func load() async throws(DataSourceError) -> PerformanceData {
        let problems = data.validate(file: "memory")
        guard problems.isEmpty else { throw DataSourceError(diagnostics: problems) }
        return data
    }
}
