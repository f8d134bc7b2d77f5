/// A sheet of a workbook to write: its cells, column widths, frozen header rows and list validations.
package struct WorkbookSheet: Sendable, Hashable {
    /// A cell to write.
    package enum Cell: Sendable, Hashable {
        /// Nothing.
        case empty
        /// Text, shown as it is.
        case text(String)
        /// Text in bold, for a header.
        case heading(String)
        /// A number as exact decimal text (`2010000`, `0.61`, `-8.5`), and the number format that shows
        /// it (`0.0%`, `"£"#,##0`), or `nil` for the general format.
        case number(String, format: String?)

        /// The cell's style, or `nil` for the default one (text and empty cells).
        package var style: Style? {
            switch self {
            case .empty, .text: nil
            case .heading: Style(format: nil, bold: true)
            case .number(_, let format): Style(format: format, bold: false)
            }
        }
    }

    /// A cell style: a number format and whether the text is bold.
    package struct Style: Sendable, Hashable {
        /// The number format, or `nil` for the general format.
        package var format: String?
        /// Whether the text is bold.
        package var bold: Bool

        /// Creates a style.
        ///
        /// - Parameters:
        ///   - format: The number format, or `nil` for the general format.
        ///   - bold: Whether the text is bold.
        package init(format: String?, bold: Bool) {
            self.format = format
            self.bold = bold
        }
    }

    /// A list of values a range of a column accepts (Excel's data validation of type list).
    package struct ListValidation: Sendable, Hashable {
        /// The 0-based column.
        package var column: Int
        /// The values offered, in order.
        package var values: [String]

        /// Creates a validation.
        ///
        /// - Parameters:
        ///   - column: The 0-based column, validated from the row after the frozen ones to the last.
        ///   - values: The values offered.
        package init(column: Int, values: [String]) {
            self.column = column
            self.values = values
        }
    }

    /// The name on the sheet's tab; made valid and unique when written (at most 31 characters, none of
    /// `[]:*?/\`).
    package var name: String
    /// The rows, each a list of cells from column A: held, or made as the writer reads them (a report
    /// table of hundreds of thousands of rows is not held as cells).
    package var rows: LazyRows<[Cell]>
    /// Each column's width in characters, from column A; columns past the end keep the default.
    package var columnWidths: [Int]
    /// How many rows at the top stay in view when scrolling (1 for a header).
    package var frozenRows: Int
    /// The list validations.
    package var validations: [ListValidation]
    /// Every style the rows' cells have, in the order the rows first have them.
    ///
    /// For rows made as they are written: the writer numbers the styles from these rather than making
    /// every row an extra time. `nil` (the default) reads the rows.
    package var styles: [Style]?

    /// Creates a sheet.
    ///
    /// - Parameters:
    ///   - name: The tab's name.
    ///   - rows: The rows.
    ///   - columnWidths: Column widths in characters; empty works them out from the cells.
    ///   - frozenRows: Rows kept in view.
    ///   - validations: List validations.
    package init(
        name: String,
        rows: [[Cell]],
        columnWidths: [Int] = [],
        frozenRows: Int = 1,
        validations: [ListValidation] = []
    ) {
        self.init(
            name: name,
            rows: LazyRows(rows),
            columnWidths: columnWidths,
            frozenRows: frozenRows,
            validations: validations
        )
    }

    /// Creates a sheet whose rows may be made as they are written.
    ///
    /// - Parameters:
    ///   - name: The tab's name.
    ///   - rows: The rows.
    ///   - columnWidths: Column widths in characters; empty works them out from the cells.
    ///   - frozenRows: Rows kept in view.
    ///   - validations: List validations.
    package init(
        name: String,
        rows: LazyRows<[Cell]>,
        columnWidths: [Int] = [],
        frozenRows: Int = 1,
        validations: [ListValidation] = []
    ) {
        self.name = name
        self.rows = rows
        self.columnWidths = columnWidths.isEmpty ? Self.widths(of: rows) : columnWidths
        self.frozenRows = frozenRows
        self.validations = validations
    }

    /// Widths that fit each column's longest text or number, between 8 and 60 characters.
    ///
    /// - Parameter rows: The rows.
    /// - Returns: A width for each column.
    /// - Complexity: O(*n*) in the cells.
    package static func widths(of rows: some Sequence<[Cell]>) -> [Int] {
        var widths: [Int] = []
        for row in rows {
            for (index, cell) in row.enumerated() {
                let length: Int
                switch cell {
                case .empty: length = 0
                case .text(let text), .heading(let text): length = text.count
                case .number(let text, _): length = text.count + 4
                }
                if index >= widths.count { widths.append(8) }
                widths[index] = min(60, max(widths[index], length + 2))
            }
        }
        return widths
    }
}
