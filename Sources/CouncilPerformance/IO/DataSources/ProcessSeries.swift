/// A series of values for statistical process control, read from a CSV file with columns `period`,
/// `value` and, optionally, `group`.
///
/// Periods are any text ``ReportingPeriod`` reads (`Apr 2016`, `Q2 2018/19`, `2018/19`); values are
/// decimal numbers (`91.2`, `-3`, `1.5e3`), read as the nearest `Double` at full precision, not rounded to
/// the library's exact decimals, because process limits are statistics on measurements. An empty `group`
/// is the ungrouped series. Columns may come in any order; other columns are an error, as in
/// ``CSVFormat``. The rows' order is the time order within each group.
///
/// ```swift
/// let series = try ProcessSeries.read(csv: Array("period,value\nApr 2016,91.2\nMay 2016,93.5\n".utf8),
///                                     file: "series.csv")
/// series.observations[1].value      // 93.5
/// series.observations[1].location   // series.csv:3:1
/// ```
///
/// Hand the observations to `ProcessChart` as samples; its errors name a sample by index, which
/// ``observations`` turns back into a line of the file.
public struct ProcessSeries: Sendable, Hashable {
    /// One row of the file.
    public struct Observation: Sendable, Hashable {
        /// The period.
        public var period: ReportingPeriod
        /// The value, as the nearest `Double` to the decimal written.
        public var value: Double
        /// The group, or `nil` when the file has no `group` column or the cell is empty.
        public var group: String?
        /// Where the row's period cell is, for messages about the row.
        public var location: Diagnostic.Location

        /// Creates an observation.
        ///
        /// - Parameters:
        ///   - period: The period.
        ///   - value: The value.
        ///   - group: The group, if any.
        ///   - location: Where the row is.
        public init(period: ReportingPeriod, value: Double, group: String? = nil, location: Diagnostic.Location) {
            self.period = period
            self.value = value
            self.group = group
            self.location = location
        }
    }

    /// The columns a series file may have.
    public static let columns = ["period", "value", "group"]

    /// The file's name, as used in locations.
    public var file: String
    /// The rows, in file order.
    public var observations: [Observation]

    /// Creates a series.
    ///
    /// - Parameters:
    ///   - file: The file's name.
    ///   - observations: The rows, in time order within each group.
    public init(file: String, observations: [Observation]) {
        self.file = file
        self.observations = observations
    }

    /// Reads a series from CSV bytes (UTF-8, RFC 4180, with a header line).
    ///
    /// Reading reports every problem, not just the first: CSV syntax, a missing or unknown column, a
    /// period that does not parse, an empty value or one that is not a finite decimal number, and a file
    /// with no rows. Each diagnostic is located at the file, line and byte column of the cell.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - file: The name to use in locations, such as `series.csv`.
    /// - Returns: The series.
    /// - Throws: ``DataSourceError`` with every problem.
    /// - Complexity: O(*n*) in the size of the file.
    public static func read(csv bytes: some Collection<UInt8>, file: String) throws(DataSourceError) -> ProcessSeries {
        let table = CSVReader().read(bytes, file: file)
        var diagnostics = table.errors.map {
            Diagnostic(
                code: .syntax,
                location: Diagnostic.Location(file: file, line: $0.line, column: $0.column),
                message: $0.message
            )
        }
        let headerLine = table.headerLocations.first?.line ?? 1
        for (index, name) in table.header.enumerated() where !columns.contains(trimmed(name)) {
            let location = index < table.headerLocations.count ? table.headerLocations[index] : nil
            diagnostics.append(
                Diagnostic(
                    code: .structure,
                    location: Diagnostic.Location(
                        file: file,
                        line: location?.line ?? headerLine,
                        column: location?.column
                    ),
                    message: "unknown column \"\(name)\" (expected period, value and optionally group)"
                )
            )
        }
        let periodColumn = table.columnIndex(named: "period")
        let valueColumn = table.columnIndex(named: "value")
        let groupColumn = table.columnIndex(named: "group")
        for (name, column) in [("period", periodColumn), ("value", valueColumn)] where column == nil {
            guard !table.header.isEmpty || table.errors.isEmpty else { continue }
            diagnostics.append(
                Diagnostic(
                    code: .structure,
                    location: Diagnostic.Location(file: file, line: headerLine, column: 1),
                    message:
                        "missing column \"\(name)\" (expected a header line naming period, value and optionally group)"
                )
            )
        }
        var observations: [Observation] = []
        if let periodColumn, let valueColumn {
            observations.reserveCapacity(table.records.count)
            for record in table.records {
                let periodLocation = location(record, periodColumn, file: file)
                let valueLocation = location(record, valueColumn, file: file)
                var period: ReportingPeriod?
                do {
                    period = try ReportingPeriod(trimmed(record.fields[periodColumn]))
                } catch {
                    diagnostics.append(
                        Diagnostic(code: .invalidValue, location: periodLocation, message: error.message)
                    )
                }
                let value = number(record.fields[valueColumn], at: valueLocation, diagnostics: &diagnostics)
                guard let period, let value else { continue }
                let group = groupColumn.map { trimmed(record.fields[$0]) }.flatMap { $0.isEmpty ? nil : $0 }
                observations.append(Observation(period: period, value: value, group: group, location: periodLocation))
            }
            if table.records.isEmpty && diagnostics.isEmpty {
                diagnostics.append(
                    Diagnostic(
                        code: .missingValue,
                        location: Diagnostic.Location(file: file, line: headerLine, column: 1),
                        message: "the file has no rows (expected a row per period after the header)"
                    )
                )
            }
        }
        guard diagnostics.isEmpty else { throw DataSourceError(diagnostics: diagnostics) }
        return ProcessSeries(file: file, observations: observations)
    }

    /// A decimal number's nearest `Double`, or `nil` with a diagnostic.
    private static func number(
        _ text: String,
        at location: Diagnostic.Location,
        diagnostics: inout [Diagnostic]
    ) -> Double? {
        let text = trimmed(text)
        guard !text.isEmpty else {
            diagnostics.append(
                Diagnostic(code: .missingValue, location: location, message: "empty value (expected a number)")
            )
            return nil
        }
        // Only plain decimals: Double(_:) alone would also take "nan", "inf" and hexadecimal.
        guard isDecimal(text), let value = Double(text), value.isFinite else {
            diagnostics.append(
                Diagnostic(
                    code: .invalidValue,
                    location: location,
                    message: "\"\(text)\" is not a number (expected a finite decimal such as 91.2, -3 or 1.5e3)"
                )
            )
            return nil
        }
        return value
    }

    /// Whether text is `[+-]digits[.digits][e[+-]digits]` with at least one digit before the exponent.
    private static func isDecimal(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        func digits() -> Int {
            let count = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        var mantissa = digits()
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                bytes = bytes.dropFirst()
            }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }

    private static func location(_ record: CSVRecord, _ column: Int, file: String) -> Diagnostic.Location {
        let cell = column < record.locations.count ? record.locations[column] : nil
        return Diagnostic.Location(file: file, line: cell?.line ?? record.line, column: cell?.column)
    }

    private static func trimmed(_ text: String) -> String {
        String(text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
