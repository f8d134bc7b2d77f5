/// A report in a format-neutral form: a title, then headings, paragraphs, lists and tables.
///
/// Report builders (``ReportDocument/dashboard(_:)`` and its siblings) produce documents; renderers
/// (``MarkdownRenderer``, ``HTMLRenderer``, ``CSVRenderer``, ``JSONRenderer``, ``ExcelRenderer``) turn them
/// into bytes. Four reports in five formats are four builders and five renderers, and escaping lives in
/// exactly one place per format.
public struct ReportDocument: Sendable, Hashable {
    /// The document's short name, used for file names (`dashboard`, `savings`).
    public var name: String
    /// The title.
    public var title: String
    /// A line under the title (council, period).
    public var subtitle: String?
    /// The content, in order.
    public var blocks: [Block]

    /// Creates a document.
    ///
    /// - Parameters:
    ///   - name: The short name for file names.
    ///   - title: The title.
    ///   - subtitle: A line under the title.
    ///   - blocks: The content.
    public init(name: String, title: String, subtitle: String? = nil, blocks: [Block] = []) {
        self.name = name
        self.title = title
        self.subtitle = subtitle
        self.blocks = blocks
    }

    /// A piece of content.
    public enum Block: Sendable, Hashable {
        /// A heading, level 2 (section) to 4.
        case heading(String, level: Int)
        /// A paragraph of plain text.
        case paragraph(String)
        /// A bulleted list of items.
        case list([String])
        /// A table.
        case table(ReportTable)
        /// A note set apart from the text, such as "figures may not sum due to rounding".
        case note(String)
        /// An XmR process-behaviour chart: a drawing in HTML, its summary in words elsewhere.
        case processChart(ProcessChartFigure)
    }

    /// The tables, in order.
    public var tables: [ReportTable] {
        blocks.compactMap {
            if case .table(let table) = $0 { return table }
            return nil
        }
    }
}

/// A table with a caption, typed columns and cells that carry both display text and plain values.
public struct ReportTable: Sendable, Hashable {
    /// A column.
    public struct Column: Sendable, Hashable {
        /// How the column's cells align.
        public enum Alignment: String, Sendable, Hashable {
            /// Text: left.
            case leading
            /// Numbers: right.
            case trailing
            /// Statuses: centre.
            case center
        }

        /// The header text.
        public var title: String
        /// The alignment.
        public var alignment: Alignment
        /// The heading of the group of adjacent columns this one belongs to, such as
        /// `Cashable benefits (£000)` over the year columns.
        public var group: String?

        /// Creates a column.
        ///
        /// - Parameters:
        ///   - title: The header text.
        ///   - alignment: The alignment; leading by default.
        ///   - group: The heading of its group of columns, if any.
        public init(_ title: String, alignment: Alignment = .leading, group: String? = nil) {
            self.title = title
            self.alignment = alignment
            self.group = group
        }

        /// The title with its group, for formats with one header row: `Cashable benefits (£000) 2018/19`.
        public var fullTitle: String {
            group.map { "\($0) \(title)" } ?? title
        }
    }

    /// A short, unique name for the table within its document (`measures`, `totals`), for CSV file names.
    public var name: String
    /// The caption.
    public var caption: String
    /// The columns.
    public var columns: [Column]
    /// The rows, each with one cell per column: held, or made as they are read (``ReportRows``).
    public var rows: ReportRows
    /// Which rows are totals (styled apart), by index.
    public var totalRows: Set<Int>
    /// Notes printed under the table.
    public var notes: [String]
    /// The column whose cell heads its row (the measure or project a row is about), by index; formats
    /// that mark row headers, such as HTML for screen readers, mark that cell.
    public var rowHeaderColumn: Int

    /// Creates a table.
    ///
    /// - Parameters:
    ///   - name: A short unique name.
    ///   - caption: The caption.
    ///   - columns: The columns.
    ///   - rows: The rows, held or made as they are read; an array of rows is held.
    ///   - totalRows: Which rows are totals.
    ///   - notes: Notes under the table.
    ///   - rowHeaderColumn: The column whose cell heads its row; the first by default.
    public init(
        name: String,
        caption: String,
        columns: [Column],
        rows: ReportRows,
        totalRows: Set<Int> = [],
        notes: [String] = [],
        rowHeaderColumn: Int = 0
    ) {
        self.name = name
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.totalRows = totalRows
        self.notes = notes
        self.rowHeaderColumn = rowHeaderColumn
    }

    /// Creates a table that holds its rows.
    ///
    /// - Parameters:
    ///   - name: A short unique name.
    ///   - caption: The caption.
    ///   - columns: The columns.
    ///   - rows: The rows; each has one cell per column.
    ///   - totalRows: Which rows are totals.
    ///   - notes: Notes under the table.
    ///   - rowHeaderColumn: The column whose cell heads its row; the first by default.
    public init(
        name: String,
        caption: String,
        columns: [Column],
        rows: [[ReportCell]],
        totalRows: Set<Int> = [],
        notes: [String] = [],
        rowHeaderColumn: Int = 0
    ) {
        self.init(
            name: name,
            caption: caption,
            columns: columns,
            rows: ReportRows(rows),
            totalRows: totalRows,
            notes: notes,
            rowHeaderColumn: rowHeaderColumn
        )
    }
}

/// A cell: what to show, and for numbers the plain value machines read.
public enum ReportCell: Sendable, Hashable {
    /// Text.
    case text(String)
    /// A number: the display text (rounded, with separators) and the exact plain value (`-6612`, `75.26`).
    case number(display: String, value: String)
    /// A status with a text label, a tone for colour, and a shape so it is never shown by colour alone.
    case status(StatusBadge)
    /// A measure's history and its latest value against target, drawn as small charts in HTML.
    case chart(MeasureChart)
    /// Nothing.
    case empty

    /// The text a text-only format shows.
    public var displayText: String {
        switch self {
        case .text(let text): text
        case .number(let display, _): display
        case .status(let badge): badge.label
        case .chart(let chart): chart.summary
        case .empty: ""
        }
    }

    /// The plain value a machine format writes: numbers as plain numbers, statuses as their code.
    public var plainValue: String {
        switch self {
        case .text(let text): text
        case .number(_, let value): value
        case .status(let badge): badge.code
        case .chart(let chart): chart.summary
        case .empty: ""
        }
    }

    /// A cell for an amount in a £000s table: display rounded (`-6,612`), value exact in thousands
    /// (`-6612`, or `0.5` for £500).
    ///
    /// - Parameters:
    ///   - money: The amount.
    ///   - blankZero: Whether zero shows as an empty cell, as status reports print it.
    /// - Returns: A number cell, or empty for zero when `blankZero`.
    public static func thousands(_ money: Money, blankZero: Bool = true) -> ReportCell {
        if blankZero && money == .zero { return .empty }
        // Pence to millionths of a thousand pounds: 1p is 0.00001 thousand, that is 10 millionths.
        let (units, overflow) = money.pence.multipliedReportingOverflow(by: 10)
        let value =
            overflow
            ? String(money.formatted(.thousandsTable).filter { $0 != "," }) : ExactDecimal(units: units).description
        return .number(display: money.formatted(.thousandsTable), value: value)
    }
}

/// A status shown as text, shape and colour together.
public struct StatusBadge: Sendable, Hashable {
    /// The colour family, for formats that use colour.
    public enum Tone: String, Sendable, Hashable {
        /// Good: green.
        case good
        /// Caution: amber.
        case caution
        /// Bad: red.
        case bad
        /// Neutral: grey.
        case neutral
    }

    /// The label, such as `Green`, `Improving` or `At Risk`.
    public var label: String
    /// A stable code for machines, such as `green` or `at-risk`.
    public var code: String
    /// The colour family.
    public var tone: Tone
    /// A symbol that carries the status without colour: `●` good, `▲` caution, `■` bad, `○` neutral,
    /// `↑`/`↓`/`→` for directions.
    public var symbol: String

    /// Creates a badge.
    ///
    /// - Parameters:
    ///   - label: The label.
    ///   - code: The machine code.
    ///   - tone: The colour family.
    ///   - symbol: The shape.
    public init(label: String, code: String, tone: Tone, symbol: String) {
        self.label = label
        self.code = code
        self.tone = tone
        self.symbol = symbol
    }
}

/// A measure's recent history and its latest value against target, for small inline charts.
public struct MeasureChart: Sendable, Hashable {
    /// The values in period order, with their period labels.
    public var history: [(label: String, value: ExactDecimal)]
    /// The target figure, if numeric.
    public var target: ExactDecimal?
    /// Whether higher is better (for the bullet graph's good side).
    public var higherIsBetter: Bool

    /// Creates a chart.
    ///
    /// - Parameters:
    ///   - history: Values in period order.
    ///   - target: The target figure.
    ///   - higherIsBetter: Whether higher is better.
    public init(history: [(label: String, value: ExactDecimal)], target: ExactDecimal?, higherIsBetter: Bool) {
        self.history = history
        self.target = target
        self.higherIsBetter = higherIsBetter
    }

    /// A text summary for formats without charts: `8.42 (Q1 2018/19) → 8.42 (Q2 2018/19)`.
    public var summary: String {
        history.map { "\($0.value) (\($0.label))" }.joined(separator: " → ")
    }

    /// Compares charts by their values.
    ///
    /// - Parameters:
    ///   - lhs: A chart.
    ///   - rhs: Another chart.
    /// - Returns: Whether they show the same figures.
    public static func == (lhs: MeasureChart, rhs: MeasureChart) -> Bool {
        lhs.target == rhs.target && lhs.higherIsBetter == rhs.higherIsBetter
            && lhs.history.elementsEqual(rhs.history) { $0.label == $1.label && $0.value == $1.value }
    }

    /// Hashes the chart's figures.
    ///
    /// - Parameter hasher: The hasher.
    public func hash(into hasher: inout Hasher) {
        for point in history {
            hasher.combine(point.label)
            hasher.combine(point.value)
        }
        hasher.combine(target)
        hasher.combine(higherIsBetter)
    }
}
