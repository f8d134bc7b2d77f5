/// The rows of a ``ReportTable``: cells held, or made row by row as a renderer reads them.
///
/// Most tables hold their cells. A table of hundreds of thousands of rows, such as a large council's
/// dashboard, can instead give a function that makes a row's cells from the report model when it is
/// read: a renderer then holds one row's cells at a time, not the table's, and each format it is
/// rendered in makes the rows again. Either way the rows read, compare and hash as an array of rows
/// does, and changing one makes the rest held (``LazyRows``).
///
/// ```swift
/// let held: ReportRows = [[.text("Adults in work"), .number(display: "75.3%", value: "75.3")]]
/// let made = ReportRows(count: measures.count) { index in [.text(measures[index].name)] }
/// for row in made { print(row[0].displayText) }   // each row made as it is read
/// ```
public typealias ReportRows = LazyRows<[ReportCell]>
