/// Looking at bytes eight at a time (SWAR: one 64-bit word holds eight bytes). XOR with a word of
/// the byte sought turns each match into a zero byte; `zeroBytes` marks those exactly.
enum ByteSearch {
    private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// A word of eight `byte`s.
    @inline(__always) static func repeated(_ byte: UInt8) -> UInt64 { 0x0101_0101_0101_0101 &* UInt64(byte) }

    /// The high bit of each byte of `x` that is zero (no carry crosses a byte: the marks are exact).
    @inline(__always) static func zeroBytes(_ x: UInt64) -> UInt64 { ~((((x & low7) &+ low7) | x) | low7) }

    /// The high bit of each byte of `x` below `limit` (at most 0x80), exactly: adding `0x80 - limit`
    /// to the low seven bits reaches the high bit just when the byte is at least `limit`, and no sum
    /// carries into the next byte.
    @inline(__always) static func bytesBelow(_ limit: UInt8, in x: UInt64) -> UInt64 {
        ~(((x & low7) &+ repeated(0x80 &- limit)) | x | low7)
    }

    /// The first position from `start` holding `byte` or a byte below `limit`; `bytes.count` when
    /// there is none. A CSV reader looks for a separator (or a quote) and a line end: with `limit`
    /// 0x0E, LF and CR are found by one comparison, and the rare other control byte (a tab) too,
    /// which the caller steps over.
    @inline(__always)
    static func first(_ byte: UInt8, orBelow limit: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = bytes.count
        var index = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let word = repeated(byte)
            while index + 8 <= count {
                // Read as little-endian, the first byte is the lowest: the lowest mark is the first match.
                let here = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let marks = zeroBytes(here ^ word) | bytesBelow(limit, in: here)
                if marks != 0 { return index + marks.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < count, bytes[index] != byte, bytes[index] >= limit { index += 1 }
        return index
    }
}
