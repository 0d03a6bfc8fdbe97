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
