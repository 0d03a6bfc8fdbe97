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
    public static func problem(_ text: some StringProtocol) -> Phrase? {
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
