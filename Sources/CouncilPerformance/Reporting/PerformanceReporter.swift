internal import Synchronization

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// A file a reporter produced: its name, media type and bytes.
public struct RenderedFile: Sendable, Hashable {
    /// The file name, such as `dashboard.html` or `savings-portfolio-1.csv`.
    public var name: String
    /// The media type, such as `text/html; charset=utf-8`.
    public var mediaType: String
    /// The content.
    public var bytes: [UInt8]

    /// Creates a rendered file.
    ///
    /// - Parameters:
    ///   - name: The file name.
    ///   - mediaType: The media type.
    ///   - bytes: The content.
    public init(name: String, mediaType: String, bytes: [UInt8]) {
        self.name = name
        self.mediaType = mediaType
        self.bytes = bytes
    }

    /// The content as UTF-8 text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Renders report documents in one format.
///
/// The library ships ``MarkdownRenderer``, ``HTMLRenderer``, ``CSVRenderer``, ``JSONRenderer`` and
/// ``ExcelRenderer``, plus ``InMemoryReporter`` for tests and ``MultiplexReporter`` to render several
/// formats at once.
///
/// ```swift
/// let document = ReportDocument.dashboard(try PerformanceDashboard(data: data))
/// for file in HTMLRenderer().render(document) { try ReportWriter.write(file, to: folder) }
/// ```
///
/// ### Implementation requirements
///
/// - **Pure and deterministic.** The same document gives byte-identical files: no dates, random
///   identifiers or dictionary order in the output.
/// - **Escape in one place.** Every text from data is escaped for the format by one function.
/// - **Never by colour alone.** Render each ``StatusBadge`` with its label (and shape where the format
///   allows), not only its tone.
/// - **Numbers as numbers.** Machine formats write ``ReportCell/plainValue``; human formats right-align
///   trailing columns.
/// - **No I/O.** Rendering returns bytes; ``ReportWriter`` writes them atomically.
public protocol PerformanceReporter: Sendable {
    /// The format's name, such as `markdown`.
    var formatName: String { get }

    /// Renders a document.
    ///
    /// - Parameter document: The document.
    /// - Returns: The files: one for most formats, one per table for CSV.
    func render(_ document: ReportDocument) -> [RenderedFile]

    /// Renders a document into a report set being written, so that its files need not be held in
    /// memory until the set is written.
    ///
    /// The files are those ``render(_:)`` returns, byte for byte. The default adds each of them;
    /// ``MarkdownRenderer``, ``HTMLRenderer``, ``CSVRenderer`` and ``JSONRenderer`` write each file into
    /// the set as they render it, so that a file of hundreds of megabytes costs a buffer of one
    /// megabyte, not the file, and ``ExcelRenderer`` holds one sheet of its workbook at a time.
    ///
    /// - Parameters:
    ///   - document: The document.
    ///   - set: The set to write the files into.
    /// - Throws: ``ReportSetError`` when a file cannot be written; the set is then abandoned.
    func render(_ document: ReportDocument, into set: StagedReportSet) throws(ReportSetError)
}

extension PerformanceReporter {
    /// Adds each file ``render(_:)`` returns to the set.
    ///
    /// - Parameters:
    ///   - document: The document.
    ///   - set: The set to write the files into.
    /// - Throws: ``ReportSetError`` when a file cannot be written; the set is then abandoned.
    public func render(_ document: ReportDocument, into set: StagedReportSet) throws(ReportSetError) {
        for file in render(document) { try set.add(file) }
    }
}

/// A reporter that keeps every document it is given, for tests.
///
/// ```swift
/// let reporter = InMemoryReporter()
/// _ = reporter.render(document)
/// reporter.documents.count  // 1
/// ```
public final class InMemoryReporter: PerformanceReporter {
    private let store = Mutex<[ReportDocument]>([])

    /// Creates an empty reporter.
    public init() {}

    /// The format's name, `memory`.
    public var formatName: String { "memory" }

    /// The documents rendered so far, in order.
    public var documents: [ReportDocument] {
        store.withLock { $0 }
    }

    /// Records the document; produces no files.
    ///
    /// - Parameter document: The document.
    /// - Returns: No files.
    public func render(_ document: ReportDocument) -> [RenderedFile] {
        store.withLock { $0.append(document) }
        return []
    }
}

/// A reporter that renders each document with several reporters.
///
/// ```swift
/// let all = MultiplexReporter([MarkdownRenderer(), HTMLRenderer(), CSVRenderer(), JSONRenderer()])
/// ```
public struct MultiplexReporter: PerformanceReporter {
    /// The reporters, in order.
    public var reporters: [any PerformanceReporter]

    /// Creates a multiplexing reporter.
    ///
    /// - Parameter reporters: The reporters, in order.
    public init(_ reporters: [any PerformanceReporter]) {
        self.reporters = reporters
    }

    /// The reporters' format names joined with `+`.
    public var formatName: String { reporters.map(\.formatName).joined(separator: "+") }

    /// Renders the document with every reporter.
    ///
    /// - Parameter document: The document.
    /// - Returns: Every reporter's files, in reporter order.
    public func render(_ document: ReportDocument) -> [RenderedFile] {
        reporters.flatMap { $0.render(document) }
    }

    /// Renders the document into the set with every reporter in turn, so that one reporter's files
    /// are written before the next renders.
    ///
    /// - Parameters:
    ///   - document: The document.
    ///   - set: The set to write the files into.
    /// - Throws: ``ReportSetError`` when a file cannot be written; the set is then abandoned.
    public func render(_ document: ReportDocument, into set: StagedReportSet) throws(ReportSetError) {
        for reporter in reporters { try reporter.render(document, into: set) }
    }
}

/// Writes rendered files to disk atomically: each to a temporary file beside it, then renamed, so that
/// a reader sees the old file or the whole new one, never part of it.
public enum ReportWriter: Sendable {
    /// Writes a file into a folder, creating the folder if needed.
    ///
    /// - Parameters:
    ///   - file: The file.
    ///   - directory: The folder.
    ///   - sync: Whether to flush the file to storage before renaming it into place, so that it also
    ///     survives a power cut (the default). Pass `false` for output that is cheap to regenerate,
    ///     such as thousands of dashboards in a batch: a crash may then lose the new file, but still
    ///     never leaves part of it.
    /// - Returns: Where it was written.
    /// - Throws: ``FileWriteError`` with the path, the step and the reason when the folder cannot be
    ///   created or the file cannot be written.
    ///
    /// To write a whole set of reports, so that the folder never holds a mix of two runs, use
    /// ``ReportSetWriter``.
    @discardableResult
    public static func write(
        _ file: RenderedFile,
        to directory: URL,
        sync: Bool = true
    ) throws(FileWriteError)
        -> URL
    {
        try AtomicFile.createDirectory(directory.path)
        let url = directory.appendingPathComponent(file.name, isDirectory: false)
        try AtomicFile.write(file.bytes, to: url, sync: sync)
        return url
    }
}
