/// The dates around one fiscal year's annual report.
///
/// Decreto IMMEX art. 25: the report is due by the last business day of May of the next year;
/// a late filing is still accepted until the last business day of August, after which the program
/// is cancelled from 1 September (domain.md §2). Business days are the Secretaría de Economía's:
/// Ley Federal de Procedimiento Administrativo art. 28 and its yearly DOF notice of non-working
/// days, given as `holidays` (`rules.toml` `[calendar]`).
///
/// Records are kept five years from the filing deadline. That anchor is ours [ours]: the annual
/// report is an informational report, not a tax return, and CFF art. 30 counts its five years from
/// the returns the records relate to, and longer for items with effects over several years
/// (machinery, undischarged temporary imports).
public struct FilingCalendar: Sendable, Hashable {
    public let year: FiscalYear
    /// Non-working days besides weekends (`rules.toml`), e.g. official holidays.
    public let holidays: Set<CalendarDate>

    public init(year: FiscalYear, holidays: Set<CalendarDate> = []) {
        self.year = year
        self.holidays = holidays
    }

    /// The last business day of May of the following year.
    public var deadline: CalendarDate { lastBusinessDay(month: 5) }
    /// The last business day of August of the following year: the end of the late window.
    public var lateWindowEnd: CalendarDate { lastBusinessDay(month: 8) }
    /// Five years after the deadline: our own anchor (see the type's comment), not CFF art. 30's.
    public var retentionUntil: CalendarDate {
        let deadline = self.deadline
        let day = min(deadline.day, CalendarDate.daysIn(month: deadline.month, year: deadline.year + 5))
        return CalendarDate(year: deadline.year + 5, month: deadline.month, day: day)!
    }

    public func isBusinessDay(_ date: CalendarDate) -> Bool {
        date.weekday != .saturday && date.weekday != .sunday && !holidays.contains(date)
    }

    private func lastBusinessDay(month: Int) -> CalendarDate {
        let filingYear = year.value + 1
        var day = CalendarDate.daysIn(month: month, year: filingYear)
        while day > 1, !isBusinessDay(CalendarDate(year: filingYear, month: month, day: day)!) { day -= 1 }
        return CalendarDate(year: filingYear, month: month, day: day)!
    }
}

extension CalendarDate {
    public enum Weekday: Int, Sendable, Hashable, CaseIterable {
        case sunday, monday, tuesday, wednesday, thursday, friday, saturday
    }

    /// Days since 1970-01-01 (negative before), proleptic Gregorian.
    public var daysSince1970: Int {
        // Days-from-civil, after H. Hinnant's public-domain date algorithms.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// 1970-01-01 was a Thursday.
    public var weekday: Weekday { Weekday(rawValue: ((daysSince1970 % 7) + 7 + 4) % 7)! }

    /// The date of a Unix time (UTC).
    public init(secondsSince1970 seconds: Int64) {
        var days = Int(seconds / 86_400)
        if seconds % 86_400 < 0 { days -= 1 }
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)!
    }
}

/// Formats Unix times as `YYYY-MM-DDThh:mm:ssZ`, without a locale or time zone database.
public enum UTCTime {
    public static func iso8601(_ seconds: Int64) -> String {
        let date = CalendarDate(secondsSince1970: seconds)
        let rest = Int(((seconds % 86_400) + 86_400) % 86_400)
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(date)T\(pad(rest / 3600)):\(pad(rest / 60 % 60)):\(pad(rest % 60))Z"
    }
}
