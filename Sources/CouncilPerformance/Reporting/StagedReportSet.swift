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

/// A report set being written into a folder one file at a time, swapped in whole when committed.
///
/// ``ReportSetWriter/write(_:to:sync:)`` takes a set already rendered; a set staged here is written as
/// it is rendered, so that memory holds one file at a time, not the whole set (a large council's
/// reports in every format run to more than a gigabyte):
///
/// ```swift
/// let set = try StagedReportSet(directory: URL(filePath: "reports"))
/// for document in documents {
///     try HTMLRenderer().render(document, into: set)   // or set.add(file) for a file of your own
/// }
/// let written = try set.commit()
/// ```
///
/// Each file goes into a staging folder beside the target as soon as it is added; ``commit()`` writes
/// the manifest, brings along the user's own files from the earlier folder and swaps the staging
/// folder into place, with the guarantees ``ReportSetWriter`` describes. A set that is never committed
/// (an error part way, or a thrown error elsewhere) is removed when it goes away, and the folder keeps
/// its earlier set, whole.
///
/// A set is used from one task at a time (it is not `Sendable`).
public final class StagedReportSet {
    /// The report folder, as a path.
    public let directory: String
    /// The names of the files added so far, in order.
    public private(set) var names: [String] = []

    private let sync: Bool
    private let parent: String
    private let base: String
    private let staging: String
    private var stagingLock: Int32
    private var added: Set<String> = []
    /// The error that ended the set; every later call throws it again.
    private var failure: ReportSetError?
    private var committed = false

    /// Starts a set: creates the folder's parent if needed, sweeps what killed runs left there, and
    /// creates a staging folder that this set holds locked.
    ///
    /// - Parameters:
    ///   - directory: The report folder; it is created at the commit if missing.
    ///   - sync: Whether to flush the files to storage before the swap (the default).
    /// - Throws: ``ReportSetError`` when the parent or the staging folder cannot be created.
    public init(directory: URL, sync: Bool = true) throws(ReportSetError) {
        var target = directory.standardizedFileURL.path
        while target.count > 1 && target.hasSuffix("/") { target.removeLast() }
        self.directory = target
        self.sync = sync
        let slash = target.lastIndex(of: "/")
        parent = slash.map { $0 == target.startIndex ? "/" : String(target[..<$0]) } ?? "."
        base = slash.map { String(target[target.index(after: $0)...]) } ?? target
        staging = "\(parent)/.\(base).staging-\(UUID().uuidString)"
        stagingLock = -1
        do {
            try AtomicFile.createDirectory(parent)
        } catch {
            throw ReportSetError(directory: target, failure: error, written: [], notWritten: [])
        }
        ReportSetWriter.sweep(parent: parent, base: base, target: target)
        guard mkdir(staging, 0o777) == 0 else {
            let error = FileWriteError(path: staging, operation: "create folder", code: errno)
            throw ReportSetError(directory: target, failure: error, written: [], notWritten: [])
        }
        stagingLock = ReportSetWriter.lock("\(staging)/\(ReportSetWriter.lockName)")
    }

    deinit {
        if !committed { ReportSetWriter.removeTree(staging) }
        ReportSetWriter.unlock(stagingLock)
    }

    /// Writes a file into the set.
    ///
    /// - Parameter file: The file; its name is relative to the folder, without `.` or `..` parts, and
    ///   unique in the set.
    /// - Throws: ``ReportSetError`` naming the file and the files added before it as not written; the
    ///   set is then abandoned (its staging folder removed), and every later call throws the same error.
    public func add(_ file: RenderedFile) throws(ReportSetError) {
        try claim(file.name)
        do {
            try AtomicFile.write(file.bytes, to: URL(fileURLWithPath: "\(staging)/\(file.name)"), sync: sync)
        } catch {
            throw abandon(error, name: file.name)
        }
    }

    /// Writes a file into the set as it is rendered, a buffer at a time, so that it is never whole in
    /// memory: how the text renderers write a page of hundreds of megabytes.
    ///
    /// - Parameters:
    ///   - name: The file's name, as for ``add(_:)``.
    ///   - render: Appends the file's bytes to the buffer it is given.
    /// - Throws: ``ReportSetError`` as ``add(_:)`` does, naming the file when it cannot be created or
    ///   written (a full disk, for one).
    func stream(_ name: String, render: (inout TextBuffer) -> Void) throws(ReportSetError) {
        try claim(name)
        let path = "\(staging)/\(name)"
        let file = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard file >= 0 else { throw abandon(FileWriteError(path: path, operation: "create", code: errno), name: name) }
        var buffer = TextBuffer(capacity: Self.streamingBufferSize, writingTo: file)
        render(&buffer)
        buffer.flush()
        var failure: FileWriteError?
        if buffer.writeError != 0 {
            failure = FileWriteError(path: path, operation: "write", code: buffer.writeError)
        } else if sync && fsync(file) != 0 {
            failure = FileWriteError(path: path, operation: "sync", code: errno)
        }
        if close(file) != 0 && failure == nil { failure = FileWriteError(path: path, operation: "close", code: errno) }
        if let failure { throw abandon(failure, name: name) }
    }

    /// How many bytes a streamed file holds in memory before writing them.
    static let streamingBufferSize = 1 << 20

    /// Takes a name for a new file: unique in the set, a plain relative path, its folder made.
    private func claim(_ name: String) throws(ReportSetError) {
        try checkOpen()
        guard added.insert(name).inserted else {
            throw abandon(FileWriteError(path: "\(directory)/\(name)", operation: "create", code: EEXIST))
        }
        names.append(name)
        guard ReportSetWriter.isPlainRelativePath(name) else {
            throw abandon(FileWriteError(path: "\(directory)/\(name)", operation: "create", code: EINVAL))
        }
        if let last = name.lastIndex(of: "/") {
            do {
                try AtomicFile.createDirectory("\(staging)/\(name[..<last])")
            } catch {
                throw abandon(error, name: name)
            }
        }
    }

    /// Abandons the set for an error writing a file, named where the user looks for it, not in the
    /// staging folder.
    private func abandon(_ error: FileWriteError, name: String) -> ReportSetError {
        abandon(FileWriteError(path: "\(directory)/\(name)", operation: error.operation, code: error.code))
    }

    /// Writes the manifest, brings along the user's own entries of the earlier folder, and swaps the
    /// new set into place.
    ///
    /// - Returns: Where each file now is, in the order added.
    /// - Throws: ``ReportSetError`` saying which files were and were not written; the folder then still
    ///   holds its earlier set, whole.
    @discardableResult
    public func commit() throws(ReportSetError) -> [URL] {
        try checkOpen()
        let manifest = names.joined(separator: "\n") + (names.isEmpty ? "" : "\n")
        do {
            try AtomicFile.write(
                Array(manifest.utf8),
                to: URL(fileURLWithPath: "\(staging)/\(ReportSetWriter.manifestName)"),
                sync: sync
            )
        } catch {
            throw abandon(
                FileWriteError(
                    path: "\(directory)/\(ReportSetWriter.manifestName)",
                    operation: error.operation,
                    code: error.code
                )
            )
        }

        // What the user put in the earlier folder comes along; the earlier run's own files do not.
        var info = stat()
        let targetExists = lstat(directory, &info) == 0
        if targetExists {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw abandon(FileWriteError(path: directory, operation: "create folder", code: ENOTDIR))
            }
            let earlier = ReportSetWriter.earlierManifest(of: directory)
            do {
                try ReportSetWriter.keepUserEntries(
                    from: directory,
                    to: staging,
                    relative: "",
                    skipping: earlier.union(names)
                )
            } catch {
                throw abandon(error)
            }
        }
        if sync { ReportSetWriter.syncFolder(staging) }
        try swap(replacing: targetExists)
        committed = true
        unlink("\(directory)/\(ReportSetWriter.lockName)")
        if sync { ReportSetWriter.syncFolder(parent) }
        return names.map { URL(fileURLWithPath: "\(directory)/\($0)") }
    }

    /// Renames the staging folder into place, the earlier folder aside for that moment.
    private func swap(replacing targetExists: Bool) throws(ReportSetError) {
        guard targetExists else {
            guard rename(staging, directory) == 0 else {
                throw abandon(FileWriteError(path: directory, operation: "rename", code: errno))
            }
            return
        }
        let previous = "\(parent)/.\(base).previous-\(staging.suffix(36))"
        let previousLock = ReportSetWriter.lock("\(directory)/\(ReportSetWriter.lockName)")
        defer { ReportSetWriter.unlock(previousLock) }
        guard rename(directory, previous) == 0 else {
            throw abandon(FileWriteError(path: directory, operation: "rename", code: errno))
        }
        guard rename(staging, directory) == 0 else {
            let error = FileWriteError(path: directory, operation: "rename", code: errno)
            _ = rename(previous, directory)
            throw abandon(error)
        }
        ReportSetWriter.removeTree(previous)
    }

    /// Throws the error that ended the set, if any; a set takes nothing after its commit.
    private func checkOpen() throws(ReportSetError) {
        precondition(!committed, "a StagedReportSet takes nothing after commit()")
        if let failure { throw failure }
    }

    /// Removes the staging folder and records the error that ended the set.
    private func abandon(_ error: FileWriteError) -> ReportSetError {
        ReportSetWriter.removeTree(staging)
        let failure = ReportSetError(directory: directory, failure: error, written: [], notWritten: names)
        self.failure = failure
        return failure
    }
}

@available(*, unavailable)
extension StagedReportSet: Sendable {}
