#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// A data source that reads the library's tables from one Excel workbook (`.xlsx`), a sheet per table.
///
/// ```swift
/// let data = try await ExcelDataSource(file: URL(filePath: "council.xlsx")).load()
/// ```
public struct ExcelDataSource: PerformanceDataSource {
    /// The workbook.
    public var file: URL

    /// Creates a source reading a workbook.
    ///
    /// - Parameter file: The `.xlsx` file.
    public init(file: URL) {
        self.file = file
    }

    /// Reads, parses and validates every sheet of the workbook.
    ///
    /// - Returns: The validated model.
    /// - Throws: ``DataSourceError`` with every problem in every sheet, each located at its cell.
    public func load() async throws(DataSourceError) -> PerformanceData {
        let name = file.lastPathComponent
        let bytes = try FileAccess.read(file, name: name, limit: ExcelFormat.maximumFileSize)
        if Task.isCancelled { throw FileAccess.cancelled(name) }
        return try ExcelFormat.read(workbook: bytes, name: name)
    }
}
