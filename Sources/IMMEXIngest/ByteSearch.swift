/// Looking at bytes eight at a time (SWAR: one 64-bit word holds eight bytes). XOR with a word of
/// the byte sought turns each match into a zero byte; `zeroBytes` marks those exactly.
enum ByteSearch {
    private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// A word of eight `byte`s.
    @inline(__always) static func repeated(_ byte: UInt8) -> UInt64 { 0x0101_0101_0101_0101 &* UInt64(byte) }

    /// The high bit of each byte of `x` that is zero (no carry crosses a byte: the marks are exact).
    @inline(__always) static func zeroBytes(_ x: UInt64) -> UInt64 { ~((((x & low7) &+ low7) | x) | low7) }

    /// The first position from `start` holding `a`, `b` or `c`; `bytes.count` when there is none.
    @inline(__always)
    static func first(_ a: UInt8, _ b: UInt8, _ c: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = bytes.count
        var index = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let wordA = repeated(a), wordB = repeated(b), wordC = repeated(c)
            while index + 8 <= count {
                // Read as little-endian, the first byte is the lowest: the lowest mark is the first match.
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let marks = zeroBytes(word ^ wordA) | zeroBytes(word ^ wordB) | zeroBytes(word ^ wordC)
                if marks != 0 { return index + marks.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < count, bytes[index] != a, bytes[index] != b, bytes[index] != c { index += 1 }
        return index
    }
}
