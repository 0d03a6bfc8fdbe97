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

    /// The same, over ASCII bytes (the readers' fast path). Read once per row of sales.csv, so
    /// eight bytes at a time: `YYYY-MM-` in one word and `hh:mm:ss` in another, each byte less
    /// "0" (by exclusive or: a digit becomes 0 to 9), every digit checked by one addition and the
    /// separators by one comparison.
    public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
        guard bytes.count == 10 || bytes.count == 19, let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let zeros: UInt64 = 0x3030_3030_3030_3030
        // The first byte is the lowest of a word.
        let head = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)) ^ zeros
        let dayTens = UInt64(base[8] ^ 0x30)
        let dayUnits = UInt64(base[9] ^ 0x30)
        // Digits at bytes 0-3 and 5-6; "-" (0x2D, so 0x1D) at 4 and 7.
        guard areDigits(head, 0x00FF_FF00_FFFF_FFFF), head & 0xFF00_00FF_0000_0000 == 0x1D00_001D_0000_0000,
            dayTens <= 9, dayUnits <= 9
        else { return nil }
        if bytes.count == 19 {
            let time = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 11, as: UInt64.self)) ^ zeros
            // Digits at bytes 0-1, 3-4 and 6-7; ":" (0x3A, so 0x0A) at 2 and 5.
            guard base[10] == UInt8(ascii: "T") || base[10] == UInt8(ascii: " "),
                areDigits(time, 0xFFFF_00FF_FF00_FFFF), time & 0x0000_FF00_00FF_0000 == 0x0000_0A00_000A_0000,
                pair(time, 0) < 24, pair(time, 3) < 60, pair(time, 6) < 60
            else { return nil }
        }
        let year = pair(head, 0) * 100 + pair(head, 2)
        return CalendarDate(year: Int(year), month: Int(pair(head, 5)), day: Int(dayTens * 10 + dayUnits))
    }

    /// Whether every byte of `word` that `mask` keeps is 0 to 9. (A byte of 10 or more reaches
    /// 0x80 when 0x76 is added; one of 0x80 or more has it already. A carry out of a byte happens
    /// only for one that fails, so it cannot hide a failure.)
    @inline(__always)
    private static func areDigits(_ word: UInt64, _ mask: UInt64) -> Bool {
        let kept = word & mask
        return (kept | (kept &+ (0x7676_7676_7676_7676 & mask))) & 0x8080_8080_8080_8080 & mask == 0
    }

    /// The two digits at bytes `at` and `at + 1` of a word, as a number.
    @inline(__always)
    private static func pair(_ word: UInt64, _ at: Int) -> UInt64 {
        (word >> (8 * UInt64(at)) & 0xFF) * 10 + (word >> (8 * UInt64(at + 1)) & 0xFF)
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
