#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file that could not be read, or was refused before it was read: the path, the step and the reason
/// in words.
///
/// ```text
/// cannot read data/observations.csv (open): not a regular file (a FIFO)
/// ```
public struct FileReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Why a file could not be read.
    public enum Reason: Sendable, Hashable, CustomStringConvertible {
        /// Nothing is at the path.
        case noSuchFile
        /// The path is a folder.
        case isAFolder
        /// The file's permissions do not allow reading it.
        case permissionDenied
        /// The path is a FIFO, a device or a socket, which is refused without reading it.
        ///
        /// The associated value names the kind, such as `a FIFO`.
        case notARegularFile(String)
        /// The file is larger than the limit; it is refused from its size on the file system, before any
        /// of it is read.
        case tooLarge(size: Int, limit: Int)
        /// A symbolic link that leads outside the data folder, which is refused without reading it.
        case linkOutsideFolder
        /// Another error of the operating system, by its error number (`errno`).
        case system(Int32)

        /// Creates the reason for an operating system error number.
        ///
        /// - Parameter code: The error number.
        public init(code: Int32) {
            switch code {
            case ENOENT: self = .noSuchFile
            case EISDIR: self = .isAFolder
            case EACCES, EPERM: self = .permissionDenied
            default: self = .system(code)
            }
        }

        /// The reason in words, such as `no such file`.
        public var description: String {
            switch self {
            case .noSuchFile: "no such file"
            case .isAFolder: "is a folder"
            case .permissionDenied: "permission denied"
            case .notARegularFile(let kind): "not a regular file (\(kind))"
            case .tooLarge(let size, let limit):
                "the file is \(size) bytes (expected at most \(limit))"
            case .linkOutsideFolder: "a symbolic link to a file outside the data folder"
            case .system(let code): FileErrorWords.words(for: code)
            }
        }
    }

    /// The file, as given.
    public var path: String
    /// The step that failed or refused: `open` (before any byte is read) or `read`.
    public var operation: String
    /// Why.
    public var reason: Reason

    /// The error as `cannot read <path> (<operation>): <reason>`.
    public var description: String {
        "cannot read \(path) (\(operation)): \(reason)"
    }
}

/// Operating system error numbers in the words the library's errors use.
package enum FileErrorWords {
    /// The words for an error number: the common ones in the library's own words, the rest as the
    /// system's `strerror` gives them.
    ///
    /// - Parameter code: The error number.
    /// - Returns: Words such as `disk full`.
    package static func words(for code: Int32) -> String {
        switch code {
        case ENOENT: "no such file or folder"
        case EISDIR: "is a folder"
        case ENOTDIR: "not a folder"
        case EACCES, EPERM: "permission denied"
        case ENOSPC: "disk full"
        case EDQUOT: "disk quota exceeded"
        case EROFS: "read-only file system"
        case EEXIST: "already exists"
        case ENAMETOOLONG: "the name is too long"
        case ENOTEMPTY: "the folder is not empty"
        default: String(cString: strerror(code)).lowercased()
        }
    }
}
