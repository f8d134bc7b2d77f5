#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file writes that a reader sees complete or not at all.
package enum AtomicFile {
    /// Writes bytes atomically: to a new temporary file beside the target, then renamed over it, so
    /// that a reader sees the old file or the whole new one, never part of it.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - url: Where to write.
    ///   - sync: Whether to flush the file to storage (`fsync`) before the rename, so that it survives a
    ///     power cut as well; without it, a crash can lose the new file but still never leaves part of
    ///     it.
    /// - Throws: ``FileWriteError`` when a step fails; the temporary file is removed.
    package static func write(_ bytes: [UInt8], to url: URL, sync: Bool = true) throws(FileWriteError) {
        let path = url.path
        let directory = url.deletingLastPathComponent().path
        var temporary = ""
        var descriptor: Int32 = -1
        // A fresh name per attempt; the exclusive create refuses to reuse a name another writer holds.
        for _ in 0..<8 where descriptor < 0 {
            temporary = "\(directory)/.\(url.lastPathComponent).\(UUID().uuidString).tmp"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor < 0 && errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw FileWriteError(path: path, operation: "create", code: errno) }
        func fail(_ operation: String, closing: Bool = true) -> FileWriteError {
            let error = FileWriteError(path: path, operation: operation, code: errno)
            if closing { close(descriptor) }
            unlink(temporary)
            return error
        }
        let written = writeAll(bytes, to: descriptor)
        guard written else { throw fail("write") }
        if sync, fsync(descriptor) != 0 { throw fail("sync") }
        guard close(descriptor) == 0 else { throw fail("close", closing: false) }
        guard rename(temporary, path) == 0 else { throw fail("rename", closing: false) }
    }
}

extension AtomicFile {
    /// Creates a folder and any missing parents, like `mkdir -p`.
    ///
    /// - Parameter path: The folder.
    /// - Throws: ``FileWriteError`` (`create folder`) naming the part of the path that could not be
    ///   created, such as a file standing where a folder should be.
    package static func createDirectory(_ path: String) throws(FileWriteError) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw FileWriteError(path: path, operation: "create folder", code: ENOTDIR)
            }
            return
        }
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        if let slash = trimmed.lastIndex(of: "/"), slash != trimmed.startIndex {
            try createDirectory(String(trimmed[..<slash]))
        }
        if mkdir(path, 0o777) != 0, errno != EEXIST {
            throw FileWriteError(path: path, operation: "create folder", code: errno)
        }
    }
}

/// Writes every byte to a file descriptor, resuming after interruptions; `false` when a write fails.
private func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
    bytes.withUnsafeBytes { buffer -> Bool in
        guard let start = buffer.baseAddress else { return true }
        var offset = 0
        while offset < buffer.count {
            let count = write(descriptor, start + offset, buffer.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += count
        }
        return true
    }
}
