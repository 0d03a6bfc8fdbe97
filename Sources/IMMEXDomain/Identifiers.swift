/// The UUID of a CFDI's SAT stamp (`tfd:TimbreFiscalDigital/@UUID`), either case, kept as its
/// 128 bits: duplicate detection over millions of invoices hashes two integers, not a string.
public struct InvoiceUUID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let high: UInt64
    public let low: UInt64

    /// Accepts the 8-4-4-4-12 hexadecimal form in either case.
    public init?(_ text: some StringProtocol) {
        var bytes = Array(text.utf8)
        guard let value = bytes.withUnsafeMutableBufferPointer({ InvoiceUUID(utf8: UnsafeBufferPointer($0)) }) else { return nil }
        self = value
    }

    /// The UUID of these 128 bits.
    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// The fast path for readers: ASCII bytes, no allocation. The 32 digits are taken as four
    /// words of eight (8, 4 + 4, 4 + 4, 8), each checked and read eight bytes at a time
    /// (`isHex`, `hexValue`), and the four dashes one by one.
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 36, let base = bytes.baseAddress else { return nil }
        let dash = UInt8(ascii: "-")
        guard base[8] == dash, base[13] == dash, base[18] == dash, base[23] == dash else { return nil }
        let raw = UnsafeRawPointer(base)
        func word(_ offset: Int) -> UInt64 { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
        func half(_ offset: Int) -> UInt64 { UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))) }
        let words = (word(0), half(9) | half(14) << 32, half(19) | half(24) << 32, word(28))
        guard Self.isHex(words.0), Self.isHex(words.1), Self.isHex(words.2), Self.isHex(words.3) else { return nil }
        high = Self.hexValue(words.0) << 32 | Self.hexValue(words.1)
        low = Self.hexValue(words.2) << 32 | Self.hexValue(words.3)
    }

    /// Whether each of the eight bytes of `word` is a hexadecimal digit of either case: each
    /// byte is ASCII, and either within `0`–`9` or, with the case bit set, within `a`–`f`. Each
    /// range is tested for all eight bytes at once by adding to every byte what carries it into
    /// its top bit exactly from the range's start, and what carries it there past its end
    /// (no carry crosses bytes: every byte is below 0x80 when added to).
    @inline(__always)
    static func isHex(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let tops: UInt64 = 0x8080_8080_8080_8080
        guard word & tops == 0 else { return false }
        let digit = (word &+ ones &* (0x80 - 0x30)) & ~(word &+ ones &* (0x80 - 0x3A))
        let lower = word | ones &* 0x20
        let letter = (lower &+ ones &* (0x80 - 0x61)) & ~(lower &+ ones &* (0x80 - 0x67))
        return (digit | letter) & tops == tops
    }

    /// The value of eight hexadecimal digits of either case, already checked (the first one
    /// lowest in `word`, as read from memory). A digit's low four bits are its value; a letter's
    /// (0x41 or 0x61 and up, the 0x40 bit set) are 1 to 6, nine less.
    @inline(__always)
    static func hexValue(_ word: UInt64) -> UInt64 {
        var nibbles = (word & 0x0F0F_0F0F_0F0F_0F0F) &+ (word >> 6 & 0x0101_0101_0101_0101) &* 9
        // The eight values packed, the first digit the most significant.
        nibbles = (nibbles << 4 | nibbles >> 8) & 0x00FF_00FF_00FF_00FF
        nibbles = (nibbles | nibbles >> 8) & 0x0000_FFFF_0000_FFFF
        nibbles = (nibbles | nibbles >> 16) & 0xFFFF_FFFF
        return UInt64(UInt32(truncatingIfNeeded: nibbles).byteSwapped)
    }

    /// Upper-case 8-4-4-4-12, as the SAT prints it.
    public var value: String {
        var out = [UInt8]()
        out.reserveCapacity(36)
        append(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the same text as bytes (the sales working paper writes one per invoice).
    @inline(__always)
    public func append(to bytes: inout [UInt8]) {
        for index in 0..<32 {
            if index == 8 || index == 12 || index == 16 || index == 20 { bytes.append(UInt8(ascii: "-")) }
            let word = index < 16 ? high : low
            let nibble = UInt8(truncatingIfNeeded: word >> (UInt64(15 - index % 16) * 4)) & 0xF
            bytes.append(nibble < 10 ? 0x30 + nibble : 0x37 + nibble)
        }
    }

    public static func < (lhs: InvoiceUUID, rhs: InvoiceUUID) -> Bool { (lhs.high, lhs.low) < (rhs.high, rhs.low) }
    public var description: String { value }
}

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

/// A Mexican taxpayer id (RFC): 12 characters for companies, 13 for individuals (Anexo 20, t_RFC).
///
/// Kept as its characters, one byte each (`Ñ`, the one letter outside ASCII, as 0xD1, its Latin-1
/// code), in two words: compared and hashed as numbers, with no string to make for each invoice
/// read. Its text is made on demand.
public struct RFC: Sendable, Hashable, CustomStringConvertible {
    /// Characters 0 to 7, the first in the lowest byte.
    private let head: UInt64
    /// Characters 8 to 12 in the low bytes; the count in the highest.
    private let tail: UInt64
    private static let enye: UInt8 = 0xD1

    // The constants are given as their two words (a test checks them against their text): a
    // `static let` made from text is fetched through a lazy initialiser every time it is read,
    // and every invoice read asks whether its customer is the generic foreign one.

    /// The generic RFC the SAT assigns to foreign customers, `XEXX010101000`.
    public static var genericForeign: RFC { RFC(head: 0x3130_3130_5858_4558, tail: 0x0D00_0030_3030_3130) }
    /// The generic RFC for domestic customers without one (público en general), `XAXX010101000`.
    public static var genericDomestic: RFC { RFC(head: 0x3130_3130_5858_4158, tail: 0x0D00_0030_3030_3130) }

    private init(head: UInt64, tail: UInt64) {
        self.head = head
        self.tail = tail
    }

    /// Characters already checked, one byte each.
    private init(characters: some Collection<UInt8>) {
        var head: UInt64 = 0
        var tail: UInt64 = 0
        for (index, byte) in characters.enumerated() {
            if index < 8 { head |= UInt64(byte) << (8 * index) } else { tail |= UInt64(byte) << (8 * (index - 8)) }
        }
        self.head = head
        self.tail = tail | UInt64(characters.count) << 56
    }

    /// The RFC as written, upper case.
    public var value: String {
        var text = ""
        for index in 0..<Int(tail >> 56) {
            let byte = UInt8(truncatingIfNeeded: index < 8 ? head >> (8 * index) : tail >> (8 * (index - 8)))
            text.unicodeScalars.append(Unicode.Scalar(byte))  // 0xD1 is U+00D1, Ñ
        }
        return text
    }

    /// What is wrong with text that is no RFC, in words a tax user can act on (nil for an RFC):
    /// its length, its letters, its date, its homoclave, or its check character (SAT's t_RFC).
    public static func problem(_ text: some StringProtocol) -> String? {
        guard RFC(text) == nil else { return nil }
        let characters = Array(String(text).uppercased())
        guard characters.count == 12 || characters.count == 13 else {
            return "an RFC has 12 characters (a company) or 13 (a person); this one has \(characters.count)"
        }
        let letters = characters.count - 9
        func isLetter(_ c: Character) -> Bool { ("A"..."Z").contains(c) || c == "&" || c == "Ñ" }
        func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
        if !characters[0..<letters].allSatisfy(isLetter) {
            return "its first \(letters) characters must be letters (A–Z, Ñ or &)"
        }
        let month = Int(String(characters[(letters + 2)..<(letters + 4)])) ?? 0
        let day = Int(String(characters[(letters + 4)..<(letters + 6)])) ?? 0
        if !characters[letters..<(letters + 6)].allSatisfy(isDigit) || !(1...12).contains(month) || !(1...31).contains(day) {
            return "characters \(letters + 1) to \(letters + 6) must be a date, YYMMDD"
        }
        if !characters[(letters + 6)..<(letters + 8)].allSatisfy({ isLetter($0) || isDigit($0) }) {
            return "characters \(letters + 7) and \(letters + 8) (the homoclave) must be letters or digits"
        }
        if !(isDigit(characters[letters + 8]) || characters[letters + 8] == "A") {
            return "its last character, the check character, must be a digit or A; it is '\(characters[letters + 8])'"
        }
        return "a letter with an accent or mark is not one of an RFC's letters"
    }

    /// Checks the shape `[A-Z&Ñ]{3,4}[0-9]{6}[A-Z0-9]{2}[0-9A]` and that the 6 digits are a date.
    public init?(_ text: some StringProtocol) {
        let characters = Array(String(text).uppercased())
        guard characters.count == 12 || characters.count == 13 else { return nil }
        let letters = characters.count - 9
        func isLetter(_ c: Character) -> Bool { ("A"..."Z").contains(c) || c == "&" || c == "Ñ" }
        func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
        guard characters[0..<letters].allSatisfy(isLetter),
            characters[letters..<(letters + 6)].allSatisfy(isDigit),
            characters[(letters + 6)..<(letters + 8)].allSatisfy({ isLetter($0) || isDigit($0) }),
            isDigit(characters[letters + 8]) || characters[letters + 8] == "A"
        else { return nil }
        let month = Int(String(characters[(letters + 2)..<(letters + 4)])) ?? 0
        let day = Int(String(characters[(letters + 4)..<(letters + 6)])) ?? 0
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        // One byte a character. A letter with a combining mark sorts between "A" and "Z" as a
        // Character, but is no letter of the shape.
        var bytes: [UInt8] = []
        for character in characters {
            if character == "Ñ" {
                bytes.append(Self.enye)
            } else if let ascii = character.asciiValue {
                bytes.append(ascii)
            } else {
                return nil
            }
        }
        self.init(characters: bytes)
    }

    /// The fast path for readers: upper-case ASCII only (anything else goes the checked way).
    /// Read as two words, the first eight characters and the last eight (from the date's second
    /// digit), each character's class found for all eight bytes of a word at once.
    public init?(asciiUppercase bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        guard count == 12 || count == 13, let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        // The first byte is the lowest of a word.
        let head = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        let last = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        guard (head | last) & 0x8080_8080_8080_8080 == 0 else { return nil }  // ASCII only
        // 3 or 4 letters (capitals or "&"), 6 digits of a date, 2 letters or digits, a digit or "A".
        let letters = count - 9
        let letterBytes: UInt64 = letters == 4 ? 0x8080_8080 : 0x80_8080
        let lastDigits = Self.within(last, 0x30, 0x39)
        let lastLetters = Self.within(last, 0x41, 0x5A) | Self.within(last, 0x26, 0x26)
        guard (Self.within(head, 0x41, 0x5A) | Self.within(head, 0x26, 0x26)) & letterBytes == letterBytes,
            (head >> (8 * UInt64(letters)) & 0xFF) &- 0x30 <= 9,  // the date's first digit, the one byte before `last`
            lastDigits & 0x80_8080_8080 == 0x80_8080_8080,  // its other five
            (lastDigits | lastLetters) & 0x0080_8000_0000_0000 == 0x0080_8000_0000_0000,
            (lastDigits | Self.within(last, 0x41, 0x41)) >> 63 == 1
        else { return nil }
        func digit(_ at: UInt64) -> Int { Int(last >> (8 * at) & 0xFF) - 0x30 }
        let month = digit(1) * 10 + digit(2)
        let day = digit(3) * 10 + digit(4)
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        // One byte a character: the first eight in `head`, the last four or five (`last` shifted
        // past those already in `head`) in `tail`, with the count in its highest byte.
        self.init(head: head, tail: last >> (8 * UInt64(16 - count)) | UInt64(count) << 56)
    }

    /// Bit 7 of each byte of `word` that is in `low...high`, for a word of ASCII bytes (below
    /// 0x80, so that no sum below carries into the next byte): a byte reaches 0x80 when
    /// 0x80 − `low` is added exactly when it is `low` or more, and when 0x7F − `high` is added
    /// exactly when it is past `high`.
    @inline(__always)
    private static func within(_ word: UInt64, _ low: UInt8, _ high: UInt8) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        return (word &+ ones &* UInt64(0x80 - low)) & ~(word &+ ones &* UInt64(0x7F - high)) & 0x8080_8080_8080_8080
    }

    public var isGenericForeign: Bool { self == .genericForeign }
    public var description: String { value }
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
