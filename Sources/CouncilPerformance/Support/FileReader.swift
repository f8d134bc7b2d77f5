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
        func failure(_ operation: String, _ reason: FileReadError.Reason) -> FileReadError {
            FileReadError(path: path, operation: operation, reason: reason)
        }
        var info = stat()
        if let folder {
            guard lstat(path, &info) == 0 else { throw failure("open", .init(code: errno)) }
            if info.st_mode & S_IFMT == S_IFLNK {
                guard let target = resolved(path) else { throw failure("open", .init(code: errno)) }
                guard let base = resolved(folder), target.hasPrefix(base == "/" ? "/" : base + "/") else {
                    throw failure("open", .linkOutsideFolder)
                }
            }
        }
        guard stat(path, &info) == 0 else { throw failure("open", .init(code: errno)) }
        if let reason = refusal(info, limit: limit) { throw failure("open", reason) }
        // Non-blocking, so that a FIFO swapped in after the check cannot hang the open.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw failure("open", .init(code: errno)) }
        defer { close(descriptor) }
        guard fstat(descriptor, &info) == 0 else { throw failure("open", .init(code: errno)) }
        if let reason = refusal(info, limit: limit) { throw failure("open", reason) }

        // Room for the measured size and one byte more, to notice a file that grew.
        let capacity = min(Int(info.st_size), limit) + 1
        var readError: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            count = 0
            guard let start = buffer.baseAddress else { return }
            while count < capacity {
                let result = systemRead(descriptor, start + count, capacity - count)
                if result < 0 {
                    if errno == EINTR { continue }
                    readError = errno
                    return
                }
                if result == 0 { return }
                count += result
            }
        }
        guard readError == 0 else { throw failure("read", .init(code: readError)) }
        if bytes.count == capacity {
            // The file grew after it was measured: read on in small steps, up to the limit.
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            while bytes.count <= limit {
                let result = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
                if result < 0 {
                    if errno == EINTR { continue }
                    throw failure("read", .init(code: errno))
                }
                if result == 0 { break }
                bytes += chunk.prefix(result)
            }
        }
        guard bytes.count <= limit else { throw failure("read", .tooLarge(size: bytes.count, limit: limit)) }
        return bytes
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

/// The system's `read`, named apart from ``FileReader/read(_:limit:inside:)``.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
