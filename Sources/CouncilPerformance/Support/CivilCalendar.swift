/// Whole days and proleptic Gregorian dates, converted both ways by Howard Hinnant's algorithms (eras of
/// 400 years counted from 0000-03-01) in integers only, for any year.
///
/// One copy for the workbook reader (an Excel serial is a day number) and for printed dates held as day
/// numbers (``PrintedValue``), so the two cannot disagree about a date.
package enum CivilCalendar {
    /// The year, month and day a number of days after 1 January 1970 falls on.
    ///
    /// - Parameter days: Days since 1 January 1970; negative before it.
    /// - Returns: The year, month (1 to 12) and day of the month.
    package static func date(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// The number of days from 1 January 1970 to a date: the inverse of ``date(daysSince1970:)``.
    ///
    /// - Parameters:
    ///   - year: The year.
    ///   - month: The month, 1 to 12.
    ///   - day: The day of the month.
    /// - Returns: Days since 1 January 1970; negative before it.
    package static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let marchYear = month <= 2 ? year - 1 : year
        let era = (marchYear >= 0 ? marchYear : marchYear - 399) / 400
        let yearOfEra = marchYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
