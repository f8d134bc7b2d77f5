/// The text a workbook's stored numbers and dates show, worked out exactly on their decimal text.
///
/// A workbook stores numbers as the text of a binary double (`0.61`, `4.319E4`,
/// `0.30000000000000004`). The reader never goes through `Double`: it moves the decimal point in the
/// text and rounds to the 15 significant digits a spreadsheet shows (``DecimalText``), so 0.61 under
/// `0.0%` is `61%` and a formula's 0.30000000000000004 is `0.3`.
enum ExcelCellText {
    /// A stored number as plain decimal text, its point moved `shift` places right (2 for a percentage),
    /// rounded half away from zero to the 15 significant digits a spreadsheet shows.
    ///
    /// - Parameters:
    ///   - stored: The number as the part writes it, such as `-1.5E-3`.
    ///   - shift: How many places to move the decimal point right.
    /// - Returns: The text, such as `-0.0015`, or `nil` when the stored text is not a number.
    static func decimal(_ stored: String, shift: Int = 0) -> String? {
        DecimalText.shifted(stored, by: shift)
    }

    /// A plain decimal written with a number format's look: thousands separated, a currency symbol
    /// after the sign, trailing zeros up to its decimal places (never rounded to them).
    ///
    /// - Parameters:
    ///   - decimal: Plain decimal text, such as `-6612`.
    ///   - look: The format's look.
    /// - Returns: The text, such as `-£6,612`.
    static func shown(_ decimal: String, _ look: ExcelNumberStyle.Look) -> String {
        var body = Substring(decimal)
        let negative = body.hasPrefix("-")
        if negative { body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var whole = String(parts[0])
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        if look.isGrouped, whole.count > 3 {
            var grouped: [Character] = []
            for (index, digit) in whole.enumerated() {
                if index > 0, (whole.count - index) % 3 == 0 { grouped.append(",") }
                grouped.append(digit)
            }
            whole = String(grouped)
        }
        if fraction.count < look.decimalPlaces {
            fraction += String(repeating: "0", count: look.decimalPlaces - fraction.count)
        }
        return (negative ? "-" : "") + look.currency + whole + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// The calendar date of a serial day number: days since 30 December 1899 in the 1900 date system
    /// (with its phantom 29 February 1900, serial 60), or since 1 January 1904.
    ///
    /// - Parameters:
    ///   - stored: The serial as stored; a time of day (the fraction) is ignored.
    ///   - uses1904: Whether the workbook uses the 1904 date system.
    /// - Returns: The year, month and day, or `nil` for a serial that is no date (negative, 60 in the
    ///   1900 system, or past 9999).
    static func date(serial stored: String, uses1904: Bool) -> (year: Int, month: Int, day: Int)? {
        guard let whole = decimal(stored).flatMap({ Int($0.split(separator: ".").first ?? "") }), whole >= 0,
            whole < 2_958_466
        else { return nil }
        let days: Int
        if uses1904 {
            days = whole + 1462
        } else {
            guard whole != 60, whole != 0 else { return nil }
            days = whole < 60 ? whole + 1 : whole
        }
        // Days since 1899-12-30 to a civil date: 1970-01-01 is day 25,569.
        return CivilCalendar.date(daysSince1970: days - 25_569)
    }

    /// A date as `YYYY-MM-DD`.
    static func iso(_ date: (year: Int, month: Int, day: Int)) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(date.year, 4))-\(pad(date.month, 2))-\(pad(date.day, 2))"
    }

    /// A month as a period label, such as `Sep 2018`.
    static func month(_ date: (year: Int, month: Int, day: Int)) -> String {
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(names[date.month - 1]) \(date.year)"
    }
}
