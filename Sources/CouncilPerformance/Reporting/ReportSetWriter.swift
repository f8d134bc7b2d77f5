#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a set of reports into a folder as a whole: a reader, or a run killed part way, sees the earlier
/// complete set or the new complete set, never a mix.
///
/// ```swift
/// let files = documents.flatMap { HTMLRenderer().render($0) }
/// try ReportSetWriter.write(files, to: URL(filePath: "reports"))
/// ```
///
/// The files are written into a staging folder beside the target (`.<name>.staging-<id>`), which is then
/// renamed into place; the earlier folder is renamed aside (`.<name>.previous-<id>`) for that moment and
/// removed after. A manifest (`.council-performance-manifest`) records which files the library wrote,
/// so that the next run removes the earlier run's files it does not write again, while every file and
/// subfolder the user put in the folder is kept (hard-linked into the new folder, so it is never moved).
/// Staging folders and temporary files left by a run that was killed are swept at the start of the
/// next; a folder renamed aside by a run killed between its two renames is put back.
public enum ReportSetWriter: Sendable {
    /// The name of the file listing what the library wrote into a report folder.
    public static let manifestName = ".council-performance-manifest"
    /// The lock a run holds on its staging folder, so that another run never sweeps it.
    static let lockName = ".council-performance-lock"

    /// Writes files as the whole contents the library keeps in a folder.
    ///
    /// To render and write a large set one file at a time, holding only the file being written, use
    /// ``StagedReportSet`` directly, as this function does.
    ///
    /// - Parameters:
    ///   - files: The files; their names are relative to the folder and must be unique.
    ///   - directory: The folder; it is created if missing.
    ///   - sync: Whether to flush the files to storage before the swap (the default).
    /// - Returns: Where each file now is, in order.
    /// - Throws: ``ReportSetError`` saying which files were and were not written; when it is thrown
    ///   before the swap, the folder still holds its earlier set, whole.
    /// - Complexity: O(*n*) in the files' size plus the folder's entries.
    @discardableResult
    public static func write(
        _ files: [RenderedFile],
        to directory: URL,
        sync: Bool = true
    ) throws(ReportSetError)
        -> [URL]
    {
        let set = try StagedReportSet(directory: directory, sync: sync)
        for (index, file) in files.enumerated() {
            do {
                try set.add(file)
            } catch {
                // Name every file of the set, not only those handed over before the failure.
                var error = error
                error.notWritten += files[(index + 1)...].map(\.name)
                throw error
            }
        }
        return try set.commit()
    }

    /// Whether a file name stays inside its folder: not empty, not absolute, no `.` or `..` parts.
    static func isPlainRelativePath(_ name: String) -> Bool {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        return !parts.isEmpty && !name.hasPrefix("/")
            && parts.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
            && name != manifestName && name != lockName
    }

    /// The files the library wrote into a folder, from its manifest (none when there is no manifest).
    static func earlierManifest(of folder: String) -> Set<String> {
        guard let bytes = try? FileReader.read("\(folder)/\(manifestName)", limit: 16 * 1024 * 1024) else {
            return []
        }
        let names = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        return Set(names.filter(isPlainRelativePath))
    }

    /// Hard-links every entry of the earlier folder that is the user's into the staging folder, keeping
    /// subfolders; the library's own files (in either manifest), its lock and manifest, and temporary
    /// files of an interrupted write are left behind.
    static func keepUserEntries(
        from folder: String,
        to staging: String,
        relative: String,
        skipping library: Set<String>
    ) throws(FileWriteError) {
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(
                atPath: folder + (relative.isEmpty ? "" : "/" + relative)
            )
        } catch {
            throw FileWriteError(path: folder + "/" + relative, operation: "list", code: EACCES)
        }
        for entry in entries {
            let name = relative.isEmpty ? entry : "\(relative)/\(entry)"
            if relative.isEmpty, entry == manifestName || entry == lockName { continue }
            if library.contains(name) || isTemporaryFile(entry) { continue }
            let source = "\(folder)/\(name)"
            let destination = "\(staging)/\(name)"
            var info = stat()
            guard lstat(source, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFDIR {
                var existing = stat()
                let created = lstat(destination, &existing) != 0
                if created, mkdir(destination, info.st_mode & 0o7777) != 0 {
                    throw FileWriteError(path: "\(folder)/\(name)", operation: "create folder", code: errno)
                }
                try keepUserEntries(from: folder, to: staging, relative: name, skipping: library)
                // A subfolder of the earlier run's that holds nothing of the user's goes with its files.
                if created, library.contains(where: { $0.hasPrefix(name + "/") }) { rmdir(destination) }
                continue
            }
            if link(source, destination) != 0 {
                let code = errno
                // Across file systems (a mount point inside the folder), a copy stands in for the link.
                guard code == EXDEV || code == EPERM,
                    (try? FileManager.default.copyItem(atPath: source, toPath: destination)) != nil
                else {
                    throw FileWriteError(path: "\(folder)/\(name)", operation: "keep", code: code)
                }
            }
        }
    }

    /// Whether a name is one of ``AtomicFile``'s temporary files: `.<name>.<UUID>.tmp`.
    static func isTemporaryFile(_ name: String) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(".tmp"), name.utf8.count > 42 else { return false }
        let uuid = name.utf8.dropLast(4).suffix(36)
        return UUID(uuidString: String(decoding: uuid, as: UTF8.self)) != nil
    }

    /// Removes what killed runs left beside and in the folder: staging folders no run holds, temporary
    /// files; and puts back a folder a killed run renamed aside and never replaced.
    static func sweep(parent: String, base: String, target: String) {
        let staging = ".\(base).staging-"
        let previous = ".\(base).previous-"
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        for entry in entries.sorted() where entry.hasPrefix(staging) || entry.hasPrefix(previous) {
            let path = "\(parent)/\(entry)"
            let held = lock("\(path)/\(lockName)", wait: false)
            guard held >= 0 else { continue }  // another run is writing it
            defer { unlock(held) }
            var info = stat()
            if entry.hasPrefix(previous), lstat(target, &info) != 0, errno == ENOENT {
                if rename(path, target) == 0 {
                    unlink("\(target)/\(lockName)")
                    continue
                }
            }
            removeTree(path)
        }
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: target)) ?? [] where isTemporaryFile(entry) {
            unlink("\(target)/\(entry)")
        }
    }

    /// Opens and locks a lock file (creating it), returning its descriptor, or -1 when it is held
    /// elsewhere (with `wait: false`) or cannot be opened.
    static func lock(_ path: String, wait: Bool = true) -> Int32 {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return -1 }
        if flock(descriptor, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
            close(descriptor)
            return -1
        }
        return descriptor
    }

    static func unlock(_ descriptor: Int32) {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Removes a folder and everything in it; a failure leaves what it could not remove.
    static func removeTree(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Flushes a folder's entries to storage, so that a rename in it survives a power cut.
    static func syncFolder(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }
}

/// A report set that could not be written: the failure, and which files were and were not written.
///
/// ```text
/// cannot write the reports in reports: cannot write reports/dashboard.html (write): disk full
/// nothing in reports changed: its earlier reports are whole
/// not written: dashboard.md, dashboard.html
/// ```
public struct ReportSetError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The report folder.
    public var directory: String
    /// The step that failed.
    public var failure: FileWriteError
    /// The files of the new set that are now in the folder (none when the set was refused before the
    /// swap).
    public var written: [String]
    /// The files of the new set that are not in the folder.
    public var notWritten: [String]

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - directory: The report folder.
    ///   - failure: The step that failed.
    ///   - written: The files written.
    ///   - notWritten: The files not written.
    public init(directory: String, failure: FileWriteError, written: [String], notWritten: [String]) {
        self.directory = directory
        self.failure = failure
        self.written = written
        self.notWritten = notWritten
    }

    /// The failure, then what was and was not written, one statement a line.
    public var description: String {
        var lines = ["cannot write the reports in \(directory): \(failure)"]
        if written.isEmpty {
            lines.append("nothing in \(directory) changed: its earlier reports, if any, are whole")
        } else {
            lines.append("written: \(written.joined(separator: ", "))")
        }
        if !notWritten.isEmpty { lines.append("not written: \(notWritten.joined(separator: ", "))") }
        return lines.joined(separator: "\n")
    }
}
