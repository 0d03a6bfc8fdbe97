/// An exact decimal number read from text: `mantissa × 10^-scale`.
///
/// Amounts, exchange rates and percentages in the inputs are decimal text. They are parsed with
/// a strict grammar (`-?[0-9]+(\.[0-9]+)?`): no thousands separators, no exponent, no spaces, no
/// currency symbols. `Foundation.Decimal(string: "12abc")` returns 12; this parser refuses it.
public struct DecimalNumber: Sendable, Hashable, CustomStringConvertible {
    public let mantissa: Int64
    /// Digits after the decimal point, 0...18.
    public let scale: Int

    public init(mantissa: Int64, scale: Int) {
        precondition((0...18).contains(scale), "scale out of range")
        self.mantissa = mantissa
        self.scale = scale
    }

    public var isNegative: Bool { mantissa < 0 }
    public var isZero: Bool { mantissa == 0 }

    /// The same value with at most `maximumScale` decimals, if no non-zero digit is lost.
    /// `"1234.5000"` reduces to scale 2; `"1234.5001"` does not.
    public func reduced(toScale maximumScale: Int) -> DecimalNumber? {
        var value = self
        while value.scale > maximumScale {
            guard value.mantissa % 10 == 0 else { return nil }
            value = DecimalNumber(mantissa: value.mantissa / 10, scale: value.scale - 1)
        }
        return value
    }

    /// The mantissa expressed at a larger scale (exact).
    public func mantissa(atScale target: Int) -> Int128 {
        precondition(target >= scale)
        return Int128(mantissa) * Int128.power10(target - scale)
    }

    public var description: String {
        let magnitude = mantissa.magnitude
        let digits = String(magnitude)
        let sign = mantissa < 0 ? "-" : ""
        guard scale > 0 else { return sign + digits }
        let padded = String(repeating: "0", count: max(0, scale + 1 - digits.count)) + digits
        let cut = padded.index(padded.endIndex, offsetBy: -scale)
        return sign + padded[..<cut] + "." + padded[cut...]
    }
}

// MARK: - Parsing

/// Why a piece of text is not a decimal number.
public enum DecimalParseError: Error, Sendable, Hashable {
    case empty
    /// A character that the grammar does not allow, at a 0-based character offset.
    case unexpectedCharacter(Character, offset: Int)
    case missingDigits
    case tooManyDecimals(found: Int, allowed: Int)
    case tooLarge

    /// A sentence a tax user can act on.
    public var explanation: Phrase {
        switch self {
        case .empty:
            "the value is empty"
        case .unexpectedCharacter(let character, let offset):
            "unexpected character '\(character)' at position \(offset + 1); write digits with a '.' decimal point, without thousands separators or currency signs"
        case .missingDigits:
            "digits are missing before or after the decimal point"
        case .tooManyDecimals(let found, let allowed):
            "\(found) decimals where at most \(allowed) are allowed"
        case .tooLarge:
            "the number is too large"
        }
    }
}

extension DecimalNumber {
    /// Parses `-?[0-9]+(\.[0-9]+)?` exactly; extra trailing zero decimals beyond `maximumScale` are accepted.
    public static func parse(_ text: some StringProtocol, maximumScale: Int = 18) -> Result<DecimalNumber, DecimalParseError> {
        var utf8 = Array(text.utf8)
        return utf8.withUnsafeMutableBufferPointer { parse(utf8: UnsafeBufferPointer($0), maximumScale: maximumScale) }
    }

    /// Parses ASCII bytes; the fast path used by the CSV readers.
    public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>, maximumScale: Int = 18) -> Result<DecimalNumber, DecimalParseError> {
        guard !bytes.isEmpty else { return .failure(.empty) }
        var index = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "-") {
            negative = true
            index = 1
        }
        var mantissa: Int64 = 0
        var integerDigits = 0
        var fractionDigits = 0
        var seenPoint = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                let (times10, overflow1) = mantissa.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times10.addingReportingOverflow(Int64(byte - 0x30))
                if overflow1 || overflow2 { return .failure(.tooLarge) }
                mantissa = sum
                if seenPoint { fractionDigits += 1 } else { integerDigits += 1 }
            } else if byte == UInt8(ascii: "."), !seenPoint {
                if integerDigits == 0 { return .failure(.missingDigits) }
                seenPoint = true
            } else {
                return .failure(.unexpectedCharacter(character(in: bytes, at: index), offset: characterOffset(in: bytes, upTo: index)))
            }
            index += 1
        }
        if integerDigits == 0 || (seenPoint && fractionDigits == 0) { return .failure(.missingDigits) }
        if fractionDigits > 18 { return .failure(.tooManyDecimals(found: fractionDigits, allowed: maximumScale)) }
        let value = DecimalNumber(mantissa: negative ? -mantissa : mantissa, scale: fractionDigits)
        guard let reduced = value.reduced(toScale: maximumScale) else {
            return .failure(.tooManyDecimals(found: fractionDigits, allowed: maximumScale))
        }
        return .success(reduced)
    }

    /// What `parse(utf8:maximumScale:)` gives when it succeeds, and nil when it fails, without
    /// saying why: the readers' fast paths read millions of amounts, and a row whose amount this
    /// refuses is read again the checked way, which explains the problem. Text of up to 18 bytes
    /// (every amount of a real extract) cannot overflow 64 bits, so its digits are added up with no
    /// checks; longer text goes through `parse`.
    public static func value(utf8 bytes: UnsafeBufferPointer<UInt8>, maximumScale: Int) -> DecimalNumber? {
        let count = bytes.count
        // The usual amount first, a word at a time (`wordwise`); what it leaves is read byte by byte.
        if count >= 8, count <= 16, let base = bytes.baseAddress, let value = wordwise(base, count: count) {
            guard value.scale > maximumScale else { return value }
            return value.reduced(toScale: maximumScale)
        }
        guard count <= 18, let base = bytes.baseAddress else {
            guard case .success(let value) = parse(utf8: bytes, maximumScale: maximumScale) else { return nil }
            return value
        }
        guard count > 0 else { return nil }
        let negative = base[0] == UInt8(ascii: "-")
        // The integer digits, then (after a point) the fraction's: two tight loops, each test of a
        // byte one subtraction and one comparison.
        var index = negative ? 1 : 0
        var mantissa: Int64 = 0
        while index < count, case let digit = base[index] &- 0x30, digit <= 9 {
            mantissa = mantissa &* 10 &+ Int64(digit)
            index &+= 1
        }
        guard index > (negative ? 1 : 0) else { return nil }  // no integer digit
        var scale = 0
        if index < count {
            guard base[index] == UInt8(ascii: ".") else { return nil }
            index &+= 1
            let fractionStart = index
            while index < count {
                let digit = base[index] &- 0x30
                guard digit <= 9 else { return nil }
                mantissa = mantissa &* 10 &+ Int64(digit)
                index &+= 1
            }
            scale = index &- fractionStart
            guard scale > 0 else { return nil }  // a point with no digit after it
        }
        if negative { mantissa = -mantissa }
        guard scale > maximumScale else { return DecimalNumber(mantissa: mantissa, scale: scale) }
        return DecimalNumber(mantissa: mantissa, scale: scale).reduced(toScale: maximumScale)
    }

    /// An amount of 8 to 16 bytes as extracts write them, unsigned, with a point among its first
    /// eight bytes and one to eight digits after it (`390123.35`, `20.469466`), or eight digits and
    /// no point, read as two words: the first eight bytes and the last eight. The integer digits
    /// are moved to the top of the first word and the fraction's are the top of the last, "0"s
    /// put below each, so that each word is checked and added up at once. Nil for anything else,
    /// which the byte-by-byte reading then decides (with the same value for what this reads).
    @inline(__always)
    private static func wordwise(_ base: UnsafePointer<UInt8>, count: Int) -> DecimalNumber? {
        let raw = UnsafeRawPointer(base)
        let zeros = DigitWords.zeros
        let head = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        let point = DigitWords.firstOffset(of: UInt8(ascii: "."), in: head)
        guard point < 8 else {
            // No point among the first eight: eight digits and nothing more, or not read here.
            guard count == 8, DigitWords.areDigits(head ^ zeros) else { return nil }
            return DecimalNumber(mantissa: Int64(DigitWords.value(head ^ zeros)), scale: 0)
        }
        let decimals = count - point - 1
        guard point > 0, decimals > 0, decimals <= 8 else { return nil }
        // (Shifts of 64 bits and more give 0.)
        let integerShift = UInt64(8 * (8 - point))
        let fractionShift = UInt64(8 * (8 - decimals))
        let integer = ((head << integerShift) | (zeros >> (64 - integerShift))) ^ zeros
        let tail = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        let fraction = (((tail >> fractionShift) << fractionShift) | (zeros >> (64 - fractionShift))) ^ zeros
        guard DigitWords.areDigits(integer), DigitWords.areDigits(fraction) else { return nil }
        let mantissa = DigitWords.value(integer) &* UInt64(Int64.power10(decimals)) &+ DigitWords.value(fraction)
        return DecimalNumber(mantissa: Int64(mantissa), scale: decimals)
    }

    private static func character(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Character {
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
        return text.first ?? "?"
    }

    private static func characterOffset(in bytes: UnsafeBufferPointer<UInt8>, upTo index: Int) -> Int {
        var count = 0
        for position in 0..<index where bytes[position] & 0xC0 != 0x80 { count += 1 }
        return count
    }
}

// MARK: - Int128 helpers

extension Int128 {
    /// 10 raised to `exponent` (0...38): it is asked for on every amount, so from constants the
    /// compiler lays out as a table (a global array would be fetched through a lazy initialiser
    /// each time).
    package static func power10(_ exponent: Int) -> Int128 {
        precondition((0...38).contains(exponent), "power of ten out of range")
        if exponent <= 18 { return Int128(Int64.power10(exponent)) }
        let high = Int128(Int64.power10(18))
        if exponent <= 36 { return high * Int128(Int64.power10(exponent - 18)) }
        return high * high * Int128(Int64.power10(exponent - 36))
    }
}

extension Int64 {
    /// 10 raised to `exponent` (0...18), the largest that fit.
    @inline(__always)
    package static func power10(_ exponent: Int) -> Int64 {
        switch exponent {
        case 0: 1
        case 1: 10
        case 2: 100
        case 3: 1_000
        case 4: 10_000
        case 5: 100_000
        case 6: 1_000_000
        case 7: 10_000_000
        case 8: 100_000_000
        case 9: 1_000_000_000
        case 10: 10_000_000_000
        case 11: 100_000_000_000
        case 12: 1_000_000_000_000
        case 13: 10_000_000_000_000
        case 14: 100_000_000_000_000
        case 15: 1_000_000_000_000_000
        case 16: 10_000_000_000_000_000
        case 17: 100_000_000_000_000_000
        case 18: 1_000_000_000_000_000_000
        default: preconditionFailure("power of ten out of range")
        }
    }
}
