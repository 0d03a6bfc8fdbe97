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
    public var explanation: String {
        switch self {
        case .empty:
            "the value is empty"
        case let .unexpectedCharacter(character, offset):
            "unexpected character '\(character)' at position \(offset + 1); write digits with a '.' decimal point, without thousands separators or currency signs"
        case .missingDigits:
            "digits are missing before or after the decimal point"
        case let .tooManyDecimals(found, allowed):
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
    /// 10 raised to `exponent` (0...38), from a table: it is asked for on every amount.
    static func power10(_ exponent: Int) -> Int128 { powersOf10[exponent] }

    private static let powersOf10: [Int128] = {
        var powers: [Int128] = [1]
        for _ in 1...38 { powers.append(powers[powers.count - 1] * 10) }
        return powers
    }()
}
