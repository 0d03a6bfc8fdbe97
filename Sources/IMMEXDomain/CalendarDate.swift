/// A day in the Gregorian calendar, without time zone: CFDI and pedimento dates are local dates.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    // Stored narrow (4 bytes, not 24): every invoice and pedimento of a year carries a date.
    private let storedYear: Int16
    private let storedMonth: UInt8
    private let storedDay: UInt8

    public var year: Int { Int(storedYear) }
    public var month: Int { Int(storedMonth) }
    public var day: Int { Int(storedDay) }

    /// Nil when the day does not exist (2025-02-29, 2025-13-01).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        storedYear = Int16(year)
        storedMonth = UInt8(month)
        storedDay = UInt8(day)
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Parses `YYYY-MM-DD`, or a CFDI date-time `YYYY-MM-DDThh:mm:ss` (a space instead of `T`, as
    /// Data Stage writes it, is accepted too); the time is checked and dropped.
    public static func parse(_ text: some StringProtocol) -> CalendarDate? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { parse(utf8: UnsafeBufferPointer($0)) }
    }

    /// The same, over ASCII bytes (the readers' fast path).
    public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
        guard bytes.count == 10 || bytes.count == 19, let base = bytes.baseAddress else { return nil }
        // Read once per row of sales.csv, so unrolled, with no loop: each digit's value is its byte
        // less "0", which wraps past 9 for a byte below "0".
        @inline(__always) func digit(_ offset: Int) -> UInt32 { UInt32(base[offset] &- 0x30) }
        @inline(__always) func pair(_ offset: Int) -> (value: Int, isDigits: Bool) {
            let (tens, units) = (digit(offset), digit(offset + 1))
            return (Int(tens * 10 + units), (tens < 10) && (units < 10))
        }
        let century = pair(0), decade = pair(2), month = pair(5), day = pair(8)
        guard century.isDigits && decade.isDigits && month.isDigits && day.isDigits,
              base[4] == UInt8(ascii: "-") && base[7] == UInt8(ascii: "-")
        else { return nil }
        if bytes.count == 19 {
            let hour = pair(11), minute = pair(14), second = pair(17)
            guard base[10] == UInt8(ascii: "T") || base[10] == UInt8(ascii: " "),
                  base[13] == UInt8(ascii: ":") && base[16] == UInt8(ascii: ":"),
                  hour.isDigits && minute.isDigits && second.isDigits,
                  hour.value < 24 && minute.value < 60 && second.value < 60
            else { return nil }
        }
        return CalendarDate(year: century.value * 100 + decade.value, month: month.value, day: day.value)
    }
}

/// The fiscal year a report covers: 1 January to 31 December (CFF art. 11).
public struct FiscalYear: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let value: Int

    public init(_ value: Int) { self.value = value }

    public var firstDay: CalendarDate { CalendarDate(year: value, month: 1, day: 1)! }
    public var lastDay: CalendarDate { CalendarDate(year: value, month: 12, day: 31)! }

    public func contains(_ date: CalendarDate) -> Bool { date.year == value }

    public static func < (lhs: FiscalYear, rhs: FiscalYear) -> Bool { lhs.value < rhs.value }
    public var description: String { String(value) }
}
