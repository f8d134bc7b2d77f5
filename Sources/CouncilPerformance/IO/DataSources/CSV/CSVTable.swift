/// The result of reading a CSV file: its header, its well-formed records and every problem found.
///
/// A table is complete only when ``errors`` is empty. A record with a problem is left out of
/// ``records`` and described in ``errors`` instead, so a loader should report the errors rather than
/// use a partial table.
///
/// ```swift
/// let table = CSVReader().read(bytes, file: "observations.csv")
/// guard table.errors.isEmpty else {
///     for error in table.errors { print(error) }
///     return
/// }
/// for record in table.records {
///     let value = table.value(ofColumn: "Value", in: record)
/// }
/// ```
package struct CSVTable: Sendable, Hashable {
    /// The name of the file, as given to ``CSVReader/read(_:file:)``.
    package var file: String
    /// The column names from the header line, as given; empty when the reader was told there is no header.
    package var header: [String]
    /// Where each header name starts, aligned with ``header``, so that a problem with a column can be
    /// located exactly even when the header is quoted.
    package var headerLocations: [CSVRecord.Location]
    /// The records after the header that had no problems, in file order.
    package var records: [CSVRecord]
    /// Every problem found, in the order found, capped by ``CSVReader/Options/maximumErrors``.
    package var errors: [CSVError]

    /// Creates a table.
    ///
    /// - Parameters:
    ///   - file: The name of the file.
    ///   - header: The column names; empty when there is no header.
    ///   - records: The well-formed records.
    ///   - errors: The problems found.
    ///   - headerLocations: Where each header name starts; empty when unknown.
    package init(
        file: String,
        header: [String],
        records: [CSVRecord],
        errors: [CSVError],
        headerLocations: [CSVRecord.Location] = []
    ) {
        self.file = file
        self.header = header
        self.headerLocations = headerLocations
        self.records = records
        self.errors = errors
    }

    /// Returns the index of the first header column with the given name.
    ///
    /// Leading and trailing white space in the header is ignored, as it is when the reader looks for
    /// duplicate names; `name` is compared exactly otherwise, including case.
    ///
    /// - Parameter name: The column name, such as `Measure`.
    /// - Returns: The column's index into ``CSVRecord/fields``, or `nil` when no column has that name.
    /// - Complexity: O(*n*) in the total length of the header.
    package func columnIndex(named name: String) -> Int? {
        header.firstIndex { $0.trimmingASCIIWhitespace() == name }
    }

    /// Returns a record's field in the named column.
    ///
    /// - Parameters:
    ///   - name: The column name, matched as by ``columnIndex(named:)``.
    ///   - record: A record of this table.
    /// - Returns: The field as given, or `nil` when no column has that name or the record has no field
    ///   at that index.
    /// - Complexity: O(*n*) in the total length of the header.
    package func value(ofColumn name: String, in record: CSVRecord) -> String? {
        guard let index = columnIndex(named: name), record.fields.indices.contains(index) else { return nil }
        return record.fields[index]
    }
}

extension String {
    /// The string without leading and trailing ASCII spaces, tabs, carriage returns and line feeds.
    func trimmingASCIIWhitespace() -> Substring {
        let utf8 = self.utf8
        guard let first = utf8.firstIndex(where: { !$0.isASCIIWhitespace }),
            let last = utf8.lastIndex(where: { !$0.isASCIIWhitespace })
        else { return "" }
        return self[first..<utf8.index(after: last)]
    }
}
