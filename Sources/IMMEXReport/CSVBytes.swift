import IMMEXDomain

// Text of the working papers written as bytes: a year may hold ten million invoices and two
// million pedimentos, and text made field by field (descriptions, joins, quoting) cost more than
// reading them.

extension [UInt8] {
    /// `mantissa` with `scale` decimals, as `DecimalNumber` writes it (`-0.05`, `1234.50`, `7`).
    mutating func appendDecimal(_ mantissa: Int64, scale: Int) {
        var digits = InlineArray<20, UInt8>(repeating: 0)
        var count = 0
        var rest = mantissa.magnitude
        repeat {
            digits[count] = UInt8(truncatingIfNeeded: rest % 10) + 0x30
            rest /= 10
            count += 1
        } while rest > 0 || count <= scale
        if mantissa < 0 { append(UInt8(ascii: "-")) }
        for index in stride(from: count - 1, through: 0, by: -1) {
            if index == scale - 1 { append(UInt8(ascii: ".")) }
            append(digits[index])
        }
    }

    /// `YYYY-MM-DD`.
    mutating func appendDate(_ date: CalendarDate) {
        let (year, month, day) = (date.year, date.month, date.day)
        append(UInt8(year / 1000 % 10) + 0x30)
        append(UInt8(year / 100 % 10) + 0x30)
        append(UInt8(year / 10 % 10) + 0x30)
        append(UInt8(year % 10) + 0x30)
        append(0x2D)
        append(UInt8(month / 10) + 0x30)
        append(UInt8(month % 10) + 0x30)
        append(0x2D)
        append(UInt8(day / 10) + 0x30)
        append(UInt8(day % 10) + 0x30)
    }

    /// Three capitals packed as ISO codes are (`USD`, `MEX`).
    mutating func appendCode(_ packed: UInt32) {
        append(UInt8(truncatingIfNeeded: packed >> 16))
        append(UInt8(truncatingIfNeeded: packed >> 8))
        append(UInt8(truncatingIfNeeded: packed))
    }

    /// `n` digits of `value`, with leading zeros (a pedimento number's 15, a customs section's 3).
    mutating func appendDigits(_ value: UInt64, count n: Int) {
        var divisor: UInt64 = 1
        for _ in 1..<n { divisor *= 10 }
        while divisor > 0 {
            append(UInt8(truncatingIfNeeded: value / divisor % 10) + 0x30)
            divisor /= 10
        }
    }

    /// A field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break.
    mutating func appendField(_ text: String) {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            append(contentsOf: utf8)
            return
        }
        append(0x22)
        for byte in utf8 {
            if byte == 0x22 { append(0x22) }
            append(byte)
        }
        append(0x22)
    }
}
