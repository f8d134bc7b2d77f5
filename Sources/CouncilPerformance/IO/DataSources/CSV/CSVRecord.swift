/// One record of a CSV file: its fields, as given, and where each one starts.
///
/// Fields keep their white space exactly as it was in the file; quoting is removed and doubled quotes
/// are undoubled. A field that spans lines keeps its line breaks as they were (`\r\n`, `\n` or `\r`).
///
/// ```swift
/// let table = CSVReader().read(Array("Measure,Value\nFOIA, 90%\n".utf8), file: "observations.csv")
/// let record = table.records[0]
/// record.fields  // ["FOIA", " 90%"]
/// record.locations[1]  // 2:6
/// ```
package struct CSVRecord: Sendable, Hashable {
    /// A 1-based line and byte column in a CSV file.
    package struct Location: Sendable, Hashable, CustomStringConvertible {
        /// The 1-based physical line.
        package var line: Int
        /// The 1-based byte column on ``line``.
        package var column: Int

        /// The location as `line:column`, ready to follow a file name and a colon.
        package var description: String {
            "\(line):\(column)"
        }
    }

    /// The 1-based physical line where the record starts.
    ///
    /// Records can span lines when a quoted field contains line breaks, so this is not always the
    /// record's position among the file's records.
    package var line: Int
    /// The record's fields, in column order.
    package var fields: [String]
    /// Where each field starts, at the same index as in ``fields``.
    ///
    /// A field's location is the position of its first byte, or of its opening quote. It is on ``line``
    /// unless an earlier field in the record spans lines.
    package var locations: [Location]

    /// Creates a record.
    ///
    /// - Parameters:
    ///   - line: The 1-based physical line where the record starts.
    ///   - fields: The record's fields.
    ///   - locations: Where each field starts; it should have one entry per field.
    package init(line: Int, fields: [String], locations: [Location]) {
        self.line = line
        self.fields = fields
        self.locations = locations
    }
}
