/// A file that could not be written: the path, the step and the reason in words.
///
/// ```text
/// cannot write reports/dashboard.html (write): disk full
/// ```
public struct FileWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file being written.
    public var path: String
    /// The step that failed: `create`, `write`, `sync`, `close`, `rename`, `create folder`, `remove` or
    /// `list`.
    public var operation: String
    /// The operating system's error number (`errno`).
    public var code: Int32

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - path: The file being written.
    ///   - operation: The step that failed.
    ///   - code: The operating system's error number.
    public init(path: String, operation: String, code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    /// The reason in words: `permission denied`, `disk full`, `is a folder`, `no such file or folder`,
    /// `read-only file system`, or the system's own words for a rarer error.
    public var reason: String { FileErrorWords.words(for: code) }

    /// The error as `cannot write <path> (<operation>): <reason>`.
    public var description: String {
        "cannot write \(path) (\(operation)): \(reason)"
    }
}
