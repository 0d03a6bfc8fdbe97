/// A pedimento (customs declaration) number: 15 digits, Anexo 22 field 1.
///
/// Validation year (2) + customs office (2) + broker patent (4) + last digit of the year (1) +
/// sequence (6). CFDI writes it `YY  AA  PPPP  NNNNNNN` with two spaces; spaces are dropped here.
public struct PedimentoNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 15 digits read as one number (leading zeros are restored by `digits`): compact, and
    /// hashed and compared as an integer. Every pedimento of a year carries one or more.
    public let packed: UInt64

    public init?(_ text: some StringProtocol) {
        // Over bytes, not Characters: this runs once per pedimento of a year's extract.
        var value: UInt64 = 0
        var count = 0
        for byte in text.utf8 where byte != UInt8(ascii: " ") {
            guard byte &- 0x30 <= 9, count < 15 else { return nil }
            value = value * 10 + UInt64(byte - 0x30)
            count += 1
        }
        guard count == 15 else { return nil }
        packed = value
    }

    /// Fifteen digits already checked by a reader.
    public init(validDigits: String) {
        precondition(validDigits.utf8.count == 15 && !validDigits.utf8.contains { $0 &- 0x30 > 9 }, "not 15 digits")
        packed = validDigits.utf8.reduce(0) { $0 * 10 + UInt64($1 - 0x30) }
    }

    /// The fast path for readers: exactly 15 ASCII digits, no spaces. Eight bytes at a time: the
    /// first seven digits (after a "0" put in front) and the last eight, each word checked for
    /// digits at once and its value added up in three steps (pairs, fours, eights).
    public init?(asciiDigits bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 15, let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        // The first byte is the lowest of a word; each byte less "0" (by exclusive or) is 0 to 9 for a digit.
        let head = (UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)) << 8 | 0x30) ^ DigitWords.zeros
        let tail = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 7, as: UInt64.self)) ^ DigitWords.zeros
        guard DigitWords.areDigits(head), DigitWords.areDigits(tail) else { return nil }
        packed = DigitWords.value(head) &* 100_000_000 &+ DigitWords.value(tail)
    }

    /// The fast path for either official spelling of one number: 15 digits, or the CFDI's
    /// `YY  AA  PPPP  NNNNNNN` (21 bytes, two spaces between the groups), whose digits are gathered
    /// from their known places and read as the compact form is. Nil for any other bytes.
    @inlinable
    public init?(officialSpelling bytes: UnsafeBufferPointer<UInt8>) {
        if bytes.count == 15 {
            self.init(asciiDigits: bytes)
            return
        }
        let space = UInt8(ascii: " ")
        guard bytes.count == 21, bytes[2] == space, bytes[3] == space, bytes[6] == space, bytes[7] == space,
            bytes[12] == space, bytes[13] == space
        else { return nil }
        let packed: UInt64? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 15) { digits in
            // YY, AA, PPPP and NNNNNNN, side by side (no array of places: this runs for each row).
            digits[0] = bytes[0]
            digits[1] = bytes[1]
            digits[2] = bytes[4]
            digits[3] = bytes[5]
            for offset in 0..<4 { digits[4 + offset] = bytes[8 + offset] }
            for offset in 0..<7 { digits[8 + offset] = bytes[14 + offset] }
            return PedimentoNumber(asciiDigits: UnsafeBufferPointer(digits))?.packed
        }
        guard let packed else { return nil }
        self.init(packed: packed)
    }

    /// The number of these 15 digits (from `packed`).
    public init(packed: UInt64) {
        precondition(packed < 1_000_000_000_000_000, "more than 15 digits")
        self.packed = packed
    }

    /// The 15 digits.
    public var digits: String {
        String(unsafeUninitializedCapacity: 15) { bytes in
            var rest = packed
            for index in stride(from: 14, through: 0, by: -1) {
                bytes[index] = 0x30 + UInt8(rest % 10)
                rest /= 10
            }
            return 15
        }
    }

    /// The customs office (aduana), 2 digits.
    public var customsOffice: Substring { digits.dropFirst(2).prefix(2) }
    /// The customs office as a number (digits 3–4), for comparing without text.
    public var customsOfficeCode: Int { Int(packed / 100_000_000_000 % 100) }
    /// The broker's patent, 4 digits.
    public var patent: Substring { digits.dropFirst(4).prefix(4) }
    /// The 7 digits Data Stage calls `Pedimento`.
    public var sequence: Substring { digits.suffix(7) }

    /// The form CFDI's `InformacionAduanera/@NumeroPedimento` uses.
    public var cfdiForm: String {
        "\(digits.prefix(2))  \(customsOffice)  \(patent)  \(sequence)"
    }

    /// The order of the digits as text (all have 15).
    public static func < (lhs: PedimentoNumber, rhs: PedimentoNumber) -> Bool { lhs.packed < rhs.packed }
    public var description: String { digits }
}

/// An ISO code of three capitals (country, currency), kept as its three bytes in the low 24 bits,
/// the first highest: compared and hashed as a number, its text made on demand.
public protocol ThreeLetterCode: Sendable, Hashable, CustomStringConvertible {
    var packed: UInt32 { get }
    /// For codes already checked and packed (as `InvoiceList` keeps them); anything else stops the
    /// program (see `checkedPacked`).
    init(packed: UInt32)
}

extension ThreeLetterCode {
    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.withUnsafeBufferPointer(isThreeCapitals) else { return nil }
        self.init(packed: packThree(bytes))
    }

    /// The fast path for readers: three ASCII capitals, read from bytes.
    @inline(__always) public init?(ascii bytes: UnsafeBufferPointer<UInt8>) {
        guard isThreeCapitals(bytes) else { return nil }
        self.init(packed: UInt32(bytes[0]) << 16 | UInt32(bytes[1]) << 8 | UInt32(bytes[2]))
    }

    public var value: String { unpackThree(packed) }
    public var description: String { value }
}

/// An ISO 3166-1 alpha-3 country code, as c_Pais uses (`USA`, `DEU`).
public struct CountryCode: ThreeLetterCode, Comparable {
    public let packed: UInt32
    /// `MEX`, given packed (a test checks it): a `static let` would be fetched through a lazy
    /// initialiser on every read.
    public static var mexico: CountryCode { CountryCode(packed: 0x4D_45_58) }

    @inlinable public init(packed: UInt32) { self.packed = checkedPacked(packed) }
    public static func < (lhs: CountryCode, rhs: CountryCode) -> Bool { lhs.packed < rhs.packed }
}

/// An ISO 4217 currency code, as c_Moneda uses (`MXN`, `USD`, `EUR`).
public struct CurrencyCode: ThreeLetterCode {
    public let packed: UInt32
    /// `MXN` and `USD`, given packed (a test checks them): a `static let` would be fetched
    /// through a lazy initialiser on every read, and every invoice read asks for `MXN`.
    public static var mxn: CurrencyCode { CurrencyCode(packed: 0x4D_58_4E) }
    public static var usd: CurrencyCode { CurrencyCode(packed: 0x55_53_44) }

    @inlinable public init(packed: UInt32) { self.packed = checkedPacked(packed) }
}

/// Three bytes in the low 24 bits of a number, the first highest (never 0 for capitals).
private func packThree(_ bytes: some Collection<UInt8>) -> UInt32 {
    bytes.reduce(0) { $0 << 8 | UInt32($1) }
}

/// `packed`, after checking that it holds three capitals and nothing else.
@inlinable @inline(__always) func checkedPacked(_ packed: UInt32) -> UInt32 {
    func isCapital(_ shift: UInt32) -> Bool { UInt8(truncatingIfNeeded: packed >> shift) &- 0x41 < 26 }
    precondition(packed >> 24 == 0 && isCapital(16) && isCapital(8) && isCapital(0), "not three capitals")
    return packed
}

private func unpackThree(_ packed: UInt32) -> String {
    String(unsafeUninitializedCapacity: 3) { bytes in
        (bytes[0], bytes[1], bytes[2]) = (UInt8(truncatingIfNeeded: packed >> 16), UInt8(truncatingIfNeeded: packed >> 8), UInt8(truncatingIfNeeded: packed))
        return 3
    }
}

/// `A`–`Z` three times: the shape of ISO country and currency codes.
@inline(__always) private func isThreeCapitals(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.count == 3 && bytes[0] &- 0x41 < 26 && bytes[1] &- 0x41 < 26 && bytes[2] &- 0x41 < 26
}

/// A customs section (sección aduanera): 3 digits, customs office (2) + section (1).
public struct CustomsSection: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 3 digits as a number, 0–999.
    public let value: UInt16

    public init?(_ text: some StringProtocol) {
        guard text.utf8.count == 3, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        value = text.utf8.reduce(0) { $0 * 10 + UInt16($1 - 0x30) }
    }

    /// The fast path for readers: exactly 3 ASCII digits.
    public init?(asciiDigits bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 3, bytes[0] &- 0x30 <= 9, bytes[1] &- 0x30 <= 9, bytes[2] &- 0x30 <= 9 else { return nil }
        value = UInt16(bytes[0] - 0x30) * 100 + UInt16(bytes[1] - 0x30) * 10 + UInt16(bytes[2] - 0x30)
    }

    /// The 3 digits, leading zeros kept.
    public var digits: String {
        String(unsafeUninitializedCapacity: 3) { bytes in
            (bytes[0], bytes[1], bytes[2]) = (0x30 + UInt8(value / 100), 0x30 + UInt8(value / 10 % 10), 0x30 + UInt8(value % 10))
            return 3
        }
    }

    public var customsOffice: Substring { digits.prefix(2) }
    /// The customs office as a number (the first two digits), for comparing without text.
    public var customsOfficeCode: Int { Int(value / 10) }
    public static func < (lhs: CustomsSection, rhs: CustomsSection) -> Bool { lhs.value < rhs.value }
    public var description: String { digits }
}
