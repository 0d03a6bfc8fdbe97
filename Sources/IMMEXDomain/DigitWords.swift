/// Eight ASCII bytes read as one 64-bit word, the first byte lowest, for readers that check and
/// add up digits a word at a time rather than a byte at a time.
enum DigitWords {
    static let zeros: UInt64 = 0x3030_3030_3030_3030

    /// Whether every byte of `word` (each byte already less "0", by exclusive or) is 0 to 9: a byte
    /// of 10 or more reaches 0x80 when 0x76 is added, and one of 0x80 or more has it already. (A
    /// carry out of a byte happens only for one that fails, so it cannot hide a failure.)
    @inline(__always)
    static func areDigits(_ word: UInt64) -> Bool {
        (word | (word &+ 0x7676_7676_7676_7676)) & 0x8080_8080_8080_8080 == 0
    }

    /// The number of eight digits, one a byte (0 to 9), the first in the lowest byte: pairs, then
    /// fours, then the eight, each step one multiplication and a shift.
    @inline(__always)
    static func value(_ word: UInt64) -> UInt64 {
        var value = (word &* 10 &+ word >> 8) & 0x00FF_00FF_00FF_00FF  // pairs, in every other byte
        value = (value &* 100 &+ value >> 16) & 0x0000_FFFF_0000_FFFF  // fours
        return (value &* 10_000 &+ value >> 32) & 0xFFFF_FFFF
    }

    /// The offset of the first byte of `word` equal to `byte`, or 8 for none. (The lowest bit the
    /// zero-byte test sets is exact; higher ones may follow a borrow, and are not read.)
    @inline(__always)
    static func firstOffset(of byte: UInt8, in word: UInt64) -> Int {
        let x = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        let found = (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
        return found.trailingZeroBitCount / 8  // 64 / 8 when none
    }
}
