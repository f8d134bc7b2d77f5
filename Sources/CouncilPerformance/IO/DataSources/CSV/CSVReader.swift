/// A strict RFC 4180 CSV reader that reports every problem with its line and column.
///
/// The reader works on UTF-8 bytes. It accepts quoted fields with doubled quotes, commas and line
/// breaks inside them; line breaks as CRLF, LF or a lone CR; a UTF-8 byte order mark at the start; and
/// a last line with or without a line break. Lines with no characters at all are skipped wherever they
/// appear (they still count towards line numbers); write `""` for a record with one empty field.
/// Fields keep their white space as given.
///
/// Reading never throws and never stops at the first problem: each record with a problem is left out
/// of ``CSVTable/records`` and described in ``CSVTable/errors``, and reading resumes at the next line
/// break outside quotes, so an analyst sees every problem in one pass.
///
/// ```swift
/// let reader = CSVReader()
/// let table = reader.read(Array("Measure,Value\nFOIA,90%\n".utf8), file: "observations.csv")
/// table.header  // ["Measure", "Value"]
/// table.records[0].fields  // ["FOIA", "90%"]
/// table.errors  // []
/// ```
///
/// When there is a header, every record must have as many fields as it has columns; header columns
/// must have names, and no two may have the same name once surrounding white space is ignored. When
/// there is no header, every record must have as many fields as the first well-formed record.
package struct CSVReader: Sendable {
    /// Limits and layout for a ``CSVReader``.
    package struct Options: Sendable, Hashable {
        /// The largest field, in bytes after removing quoting, that the reader accepts.
        ///
        /// A longer field is reported as ``CSVError/Code/fieldTooLarge`` and is not held in memory, so a
        /// file with a missing closing quote cannot make the reader hold the whole file in one field.
        package var maximumFieldBytes: Int
        /// How many errors to report before reporting ``CSVError/Code/tooManyErrors`` and stopping.
        package var maximumErrors: Int
        /// Whether the first non-blank line names the columns.
        package var hasHeader: Bool

        /// Creates reader options.
        ///
        /// - Parameters:
        ///   - maximumFieldBytes: The largest field, in bytes, to accept; 1 MiB by default.
        ///   - maximumErrors: How many errors to report before stopping; 100 by default.
        ///   - hasHeader: Whether the first non-blank line names the columns; `true` by default.
        package init(maximumFieldBytes: Int = 1_048_576, maximumErrors: Int = 100, hasHeader: Bool = true) {
            self.maximumFieldBytes = maximumFieldBytes
            self.maximumErrors = maximumErrors
            self.hasHeader = hasHeader
        }
    }

    /// The reader's limits and layout.
    package var options: Options

    /// Creates a reader.
    ///
    /// - Parameter options: The limits and layout to use.
    package init(options: Options = Options()) {
        self.options = options
    }

    /// Reads a CSV file's bytes into a table of records and errors.
    ///
    /// Contiguous collections such as `[UInt8]`, `ArraySlice<UInt8>`, `Data` and `String.UTF8View` are
    /// read in place; other collections are copied into an array first.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents, in UTF-8.
    ///   - file: The file name to use in error locations, such as `observations.csv`.
    /// - Returns: The header, the well-formed records and every problem found.
    /// - Complexity: O(*n*) in the number of bytes. Besides the result, the reader holds at most one
    ///   field of ``Options/maximumFieldBytes`` bytes.
    package func read(_ bytes: some Collection<UInt8>, file: String) -> CSVTable {
        if let table = bytes.withContiguousStorageIfAvailable({ read(buffer: $0, file: file) }) {
            return table
        }
        return Array(bytes).withUnsafeBufferPointer { read(buffer: $0, file: file) }
    }

    private func read(buffer: UnsafeBufferPointer<UInt8>, file: String) -> CSVTable {
        var parser = CSVParser(bytes: buffer, options: options, file: file, sink: CSVRecordCollector())
        parser.parse()
        return CSVTable(
            file: file,
            header: parser.header,
            records: parser.sink.records,
            errors: parser.errors,
            headerLocations: parser.headerLocations
        )
    }
}
