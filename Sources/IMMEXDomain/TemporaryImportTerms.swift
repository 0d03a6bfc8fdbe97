/// What a temporarily imported good is, for how long it may stay (domain.md §6).
public enum TemporaryImportClass: String, Sendable, Hashable, CaseIterable {
    /// Raw materials, parts and components, packing: Ley Aduanera art. 108 fr. I, Decreto IMMEX
    /// art. 4 fr. I.
    case inputs
    /// Containers and trailer boxes: Ley Aduanera art. 108 fr. II, Decreto IMMEX art. 4 fr. II.
    case containers
    /// Machinery and equipment: Ley Aduanera art. 108 fr. III, Decreto IMMEX art. 4 fr. III, while
    /// the program is in force (no term to age against).
    case machinery
}

/// The terms of temporary imports, in months by class: settings (`rules.toml`
/// `[temporary_imports]`), never constants in the rules that use them.
public struct TemporaryImportTerms: Sendable, Hashable {
    /// Months by class; nil for a class with no term (machinery: while the program is in force).
    public var months: [TemporaryImportClass: Int]

    /// Ley Aduanera art. 108 and Decreto IMMEX art. 4: inputs 18 months, containers 2 years,
    /// machinery while the program is in force.
    public static let statutory = TemporaryImportTerms(months: [.inputs: 18, .containers: 24])

    public init(months: [TemporaryImportClass: Int]) { self.months = months }

    /// The last day the goods may stay, for goods whose term started on `start`; nil for a class
    /// with no term. A term in months follows CFF art. 12, which Ley Aduanera art. 1 makes apply to
    /// customs terms (our reading [ours]): it ends on the same day of the calendar month that many
    /// months later; when that month has no such day, on the first business day of the month after;
    /// and when the day it ends on is not a business day, on the next business day.
    public func lastDay(of goods: TemporaryImportClass, startingOn start: CalendarDate, calendar: BusinessDays) -> CalendarDate? {
        guard let months = months[goods] else { return nil }
        let monthIndex = start.year * 12 + (start.month - 1) + months
        let (year, month) = (monthIndex / 12, monthIndex % 12 + 1)
        var end: CalendarDate
        if start.day <= CalendarDate.daysIn(month: month, year: year) {
            end = CalendarDate(year: year, month: month, day: start.day)!
        } else {
            let next = monthIndex + 1
            end = CalendarDate(year: next / 12, month: next % 12 + 1, day: 1)!
        }
        while !calendar.isBusinessDay(end) { end = end.adding(days: 1) }
        return end
    }

    /// Where goods whose term started on `start` stand on `asOf`: their last day, the days left to
    /// it (0 on the last day itself, negative once past), and the bucket.
    public func aging(
        of goods: TemporaryImportClass, startingOn start: CalendarDate, asOf: CalendarDate, calendar: BusinessDays
    ) -> (lastDay: CalendarDate?, daysLeft: Int?, bucket: AgingBucket) {
        guard let last = lastDay(of: goods, startingOn: start, calendar: calendar) else { return (nil, nil, .noTerm) }
        let left = last.daysSince1970 - asOf.daysSince1970
        return (last, left, AgingBucket(daysLeft: left))
    }
}

/// Which days are business days (weekends and the given holidays are not).
public struct BusinessDays: Sendable, Hashable {
    public var holidays: Set<CalendarDate>

    public init(holidays: Set<CalendarDate> = []) { self.holidays = holidays }

    public func isBusinessDay(_ date: CalendarDate) -> Bool {
        date.weekday != .saturday && date.weekday != .sunday && !holidays.contains(date)
    }
}

/// How close a line is to its term, as of a date.
public enum AgingBucket: String, Sendable, Hashable, CaseIterable {
    /// Past its last day: the goods are deemed illegally in the country.
    case expired
    case within30 = "0-30"
    case within60 = "31-60"
    case within90 = "61-90"
    case later = "over-90"
    /// A class with no term (machinery).
    case noTerm = "no-term"

    /// The bucket of a line with `daysLeft` days to its last day (0: the last day is today), or of
    /// one with no term.
    public init(daysLeft: Int?) {
        switch daysLeft {
        case nil: self = .noTerm
        case let days? where days < 0: self = .expired
        case let days? where days <= 30: self = .within30
        case let days? where days <= 60: self = .within60
        case let days? where days <= 90: self = .within90
        default: self = .later
        }
    }
}

extension CalendarDate {
    /// The date `days` later (earlier when negative).
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(secondsSince1970: Int64(daysSince1970 + days) * 86_400)
    }
}
