#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files with their checks done first: a file is refused from what the file system says
/// about it (a folder, a FIFO, a device, a symbolic link out of its folder, more bytes than the limit)
/// before any of it is read, and no read goes past the limit even if the file grows meanwhile.
package enum FileReader {
    /// Whether anything (a file, a folder, a link, even a dangling one) is at a path.
    ///
    /// - Parameter path: The path.
    /// - Returns: `false` only when nothing is there.
    package static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 || errno != ENOENT
    }

    /// Reads a whole regular file, refusing anything else before reading it.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - limit: The most bytes accepted.
    ///   - folder: When given, the folder the file must stay in: a symbolic link that resolves outside it
    ///     is refused.
    /// - Returns: The file's bytes.
    /// - Throws: ``FileReadError`` with the reason.
    /// - Complexity: O(*n*) in the file's size; memory is the file's size (at most `limit`) plus a
    ///   64 KiB buffer if the file grew after it was measured.
    package static func read(_ path: String, limit: Int, inside folder: String? = nil) throws(FileReadError) -> [UInt8]
    {
        try open(path, limit: limit, inside: folder).readAll()
    }

    /// Opens a regular file for reading, refusing anything else before reading any of it: what
    /// ``read(_:limit:inside:)`` checks, for a file read a window at a time (``OpenFile/read(at:count:)``).
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - limit: The most bytes accepted.
    ///   - folder: When given, the folder the file must stay in.
    /// - Returns: The open file, closed when the last reference to it goes.
    /// - Throws: ``FileReadError`` with the reason.
    package static func open(_ path: String, limit: Int, inside folder: String? = nil) throws(FileReadError) -> OpenFile
    {
        func failure(_ reason: FileReadError.Reason) -> FileReadError {
            FileReadError(path: path, operation: "open", reason: reason)
        }
        var info = stat()
        if let folder {
            guard lstat(path, &info) == 0 else { throw failure(.init(code: errno)) }
            if info.st_mode & S_IFMT == S_IFLNK {
                guard let target = resolved(path) else { throw failure(.init(code: errno)) }
                guard let base = resolved(folder), target.hasPrefix(base == "/" ? "/" : base + "/") else {
                    throw failure(.linkOutsideFolder)
                }
            }
        }
        guard stat(path, &info) == 0 else { throw failure(.init(code: errno)) }
        if let reason = refusal(info, limit: limit) { throw failure(reason) }
        // Non-blocking, so that a FIFO swapped in after the check cannot hang the open.
        let descriptor = systemOpen(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw failure(.init(code: errno)) }
        guard fstat(descriptor, &info) == 0 else {
            let code = errno
            close(descriptor)
            throw failure(.init(code: code))
        }
        if let reason = refusal(info, limit: limit) {
            close(descriptor)
            throw failure(reason)
        }
        return OpenFile(path: path, descriptor: descriptor, size: Int(info.st_size), limit: limit)
    }

    /// A regular file opened by ``FileReader/open(_:limit:inside:)``: read whole, or a window at a time
    /// at any offset, never past its limit.
    package final class OpenFile: Sendable {
        /// The file's path, for errors.
        package let path: String
        /// The file's size when it was opened.
        package let size: Int
        /// The most bytes read from it.
        package let limit: Int
        private let descriptor: Int32

        fileprivate init(path: String, descriptor: Int32, size: Int, limit: Int) {
            self.path = path
            self.descriptor = descriptor
            self.size = size
            self.limit = limit
        }

        deinit { close(descriptor) }

        /// Reads up to `count` bytes from `offset`: fewer only at the end of the file.
        ///
        /// - Parameters:
        ///   - offset: Where to start.
        ///   - count: The most bytes to read.
        /// - Returns: The bytes.
        /// - Throws: ``FileReadError`` when the system cannot read, or when the file has grown past its
        ///   limit since it was opened.
        package func read(at offset: Int, count: Int) throws(FileReadError) -> [UInt8] {
            // One byte past the limit is read, to notice a file that grew beyond it.
            let wanted = max(0, min(count, limit + 1 - offset))
            var readError: Int32 = 0
            let bytes = [UInt8](unsafeUninitializedCapacity: wanted) { buffer, filled in
                filled = 0
                guard let start = buffer.baseAddress else { return }
                while filled < wanted {
                    let result = pread(descriptor, start + filled, wanted - filled, off_t(offset + filled))
                    if result < 0 {
                        if errno == EINTR { continue }
                        readError = errno
                        return
                    }
                    if result == 0 { return }
                    filled += result
                }
            }
            guard readError == 0 else {
                throw FileReadError(path: path, operation: "read", reason: .init(code: readError))
            }
            guard offset + bytes.count <= limit else {
                throw FileReadError(
                    path: path,
                    operation: "read",
                    reason: .tooLarge(size: offset + bytes.count, limit: limit)
                )
            }
            return bytes
        }

        /// Reads the whole file: its size when opened, and on in 64 KiB steps if it grew since, up to the
        /// limit.
        ///
        /// - Returns: The bytes.
        /// - Throws: ``FileReadError`` when the system cannot read, or the file grew past its limit.
        package func readAll() throws(FileReadError) -> [UInt8] {
            var bytes = try read(at: 0, count: min(size, limit) + 1)
            if bytes.count == min(size, limit) + 1 {
                // The file grew after it was measured: read on in small steps, up to the limit.
                while true {
                    let more = try read(at: bytes.count, count: 64 * 1024)
                    if more.isEmpty { break }
                    bytes += more
                }
            }
            return bytes
        }
    }

    /// Why a file with this status is refused, or `nil` when it may be read.
    private static func refusal(_ info: stat, limit: Int) -> FileReadError.Reason? {
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            return Int(info.st_size) > limit ? .tooLarge(size: Int(info.st_size), limit: limit) : nil
        case S_IFDIR: return .isAFolder
        case S_IFIFO: return .notARegularFile("a FIFO")
        case S_IFCHR, S_IFBLK: return .notARegularFile("a device")
        case S_IFSOCK: return .notARegularFile("a socket")
        default: return .notARegularFile("an unknown kind of file")
        }
    }

    /// The path with every symbolic link resolved, or `nil` (with `errno` set) when it cannot be.
    private static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}

/// The system's `open`, named apart from ``FileReader/open(_:limit:inside:)``.
private func systemOpen(_ path: String, _ flags: Int32) -> Int32 {
    open(path, flags)
}
