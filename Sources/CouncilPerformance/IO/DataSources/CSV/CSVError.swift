/// A problem in a CSV file, located at the line and column where it was found.
///
/// ``CSVReader`` never throws: it collects every problem it finds into ``CSVTable/errors`` and keeps
/// reading, so that an analyst can fix a file in one pass. Each error prints as
/// `file:line:column: message`, the format editors and build tools recognise:
///
/// ```swift
/// let table = CSVReader().read(Array("Measure,Value\n\"Adult social care,75.2\n".utf8), file: "observations.csv")
/// print(table.errors[0])
/// // observations.csv:2:1: unterminated quoted field (expected a closing " before the end of the file)
/// ```
///
/// Lines and columns are 1-based. Columns count bytes of UTF-8 from the start of the line, not
/// counting a byte order mark, so a column after a `£` is one more than an editor that counts
/// characters would show.
package struct CSVError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable, extensible classification of this error (``ErrorCode``).
    package typealias Code = ErrorCode<CSVError>

    /// What kind of problem this is.
    package var code: Code
    /// The name of the file, as given to ``CSVReader/read(_:file:)``.
    package var file: String
    /// The 1-based line where the problem is.
    package var line: Int
    /// The 1-based byte column on ``line`` where the problem is.
    package var column: Int
    /// A short excerpt, at most about 40 characters, of what was there.
    ///
    /// Bytes that are not valid UTF-8 appear as `\xNN`, and control characters as `\t`, `\n`, `\r` or
    /// `\xNN`, so the excerpt always fits on one line.
    package var found: String
    /// What was expected instead, in words an analyst can act on.
    package var expected: String

    /// The problem and what was expected, without the location.
    ///
    /// For example `unexpected 'kg' after a closing quote (expected a comma or a line break)`.
    package var message: String {
        "\(problem) (expected \(expected))"
    }

    /// The location and message, formatted as `file:line:column: message`.
    package var description: String {
        "\(file):\(line):\(column): \(message)"
    }

    private var problem: String {
        switch code {
        case .unterminatedQuote: "unterminated quoted field"
        case .characterAfterClosingQuote: "unexpected '\(found)' after a closing quote"
        case .quoteInUnquotedField: "unexpected \" in the unquoted field '\(found)'"
        case .invalidUTF8: "invalid UTF-8 byte sequence \(found)"
        case .nulByte: "NUL character"
        case .fieldTooLarge: "field is too large"
        case .tooManyErrors: "too many errors, stopped reading"
        case .emptyFile: "file is empty"
        case .duplicateHeader: "duplicate column name '\(found)'"
        case .emptyHeader: "empty column name"
        case .fieldCountMismatch: "record has \(found)"
        default: "invalid CSV '\(found)'"
        }
    }
}

extension ErrorCode where Domain == CSVError {
    /// A quoted field has no closing quote; the rest of the file was read into it.
    package static let unterminatedQuote: Self = "unterminated-quote"
    /// Something other than a comma or a line break follows the closing quote of a field.
    package static let characterAfterClosingQuote: Self = "character-after-closing-quote"
    /// A field that does not start with a quote contains one.
    package static let quoteInUnquotedField: Self = "quote-in-unquoted-field"
    /// The bytes are not valid UTF-8.
    package static let invalidUTF8: Self = "invalid-utf8"
    /// The file contains a NUL byte, which text files do not.
    package static let nulByte: Self = "nul-byte"
    /// A field is longer than ``CSVReader/Options/maximumFieldBytes``.
    package static let fieldTooLarge: Self = "field-too-large"
    /// The reader stopped after ``CSVReader/Options/maximumErrors`` errors.
    package static let tooManyErrors: Self = "too-many-errors"
    /// The file has no header line, though one is required.
    package static let emptyFile: Self = "empty-file"
    /// Two header columns have the same name.
    package static let duplicateHeader: Self = "duplicate-header"
    /// A header column has no name.
    package static let emptyHeader: Self = "empty-header"
    /// A record has a different number of fields from the header (or the first record).
    package static let fieldCountMismatch: Self = "field-count-mismatch"
}
