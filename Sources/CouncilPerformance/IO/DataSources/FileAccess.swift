#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reading files for the data sources: checked before reading, bounded, and reported as diagnostics.
enum FileAccess {
    /// Reads a whole file, refusing a folder, a FIFO, a device, a file over the limit and (with a folder)
    /// a symbolic link out of the folder, each before reading it.
    ///
    /// - Parameters:
    ///   - url: The file.
    ///   - name: The file name diagnostics use.
    ///   - limit: The most bytes accepted.
    ///   - folder: The data folder the file must stay in, if any.
    /// - Returns: The bytes.
    /// - Throws: ``DataSourceError`` with one ``ErrorCode/unreadableFile`` diagnostic that never quotes
    ///   the file's contents.
    static func read(
        _ url: URL,
        name: String,
        limit: Int,
        inside folder: URL? = nil
    ) throws(DataSourceError)
        -> [UInt8]
    {
        do {
            return try FileReader.read(url.path, limit: limit, inside: folder?.path)
        } catch {
            throw DataSourceError(diagnostics: [diagnostic(error, name: name)])
        }
    }

    /// Opens a file to read later, with the checks of ``read(_:name:limit:inside:)`` done now.
    ///
    /// - Parameters:
    ///   - url: The file.
    ///   - name: The file name diagnostics use.
    ///   - limit: The most bytes accepted.
    ///   - folder: The data folder the file must stay in, if any.
    /// - Returns: The open file.
    /// - Throws: ``DataSourceError`` with one ``ErrorCode/unreadableFile`` diagnostic.
    static func open(
        _ url: URL,
        name: String,
        limit: Int,
        inside folder: URL? = nil
    ) throws(DataSourceError) -> FileReader.OpenFile {
        do {
            return try FileReader.open(url.path, limit: limit, inside: folder?.path)
        } catch {
            throw DataSourceError(diagnostics: [diagnostic(error, name: name)])
        }
    }

    /// A diagnostic for a file that cannot be read.
    static func diagnostic(_ error: FileReadError, name: String) -> Diagnostic {
        Diagnostic(code: .unreadableFile, location: .init(file: name), message: error.description)
    }

    static func cancelled(_ name: String) -> DataSourceError {
        DataSourceError(diagnostics: [
            Diagnostic(
                code: .structure,
                location: .init(file: name),
                message: "loading was cancelled; nothing was loaded"
            )
        ])
    }
}
