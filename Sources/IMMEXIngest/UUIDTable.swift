import IMMEXDomain

/// The UUIDs seen so far and the line each was first seen on: an open-addressing table over flat
/// arrays (20 bytes a slot), hashed by multiplying the 128 bits down to 64, so that checking
/// millions of invoices for duplicates costs a few nanoseconds each and no per-entry allocation.
struct UUIDTable {
    private var highs: [UInt64]
    private var lows: [UInt64]
    /// 0 marks an empty slot; lines are 1-based.
    private var lines: [UInt32]
    private var mask: Int
    private(set) var count = 0

    /// Sized for `expected` entries at most half full; it grows when needed.
    init(expected: Int = 1_024) {
        var capacity = 1_024
        while capacity < expected * 2 { capacity <<= 1 }
        highs = [UInt64](repeating: 0, count: capacity)
        lows = [UInt64](repeating: 0, count: capacity)
        lines = [UInt32](repeating: 0, count: capacity)
        mask = capacity - 1
    }

    private func slot(_ uuid: InvoiceUUID) -> Int {
        let mixed = (uuid.high ^ (uuid.low &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed >> 20) & mask
    }

    /// The line `uuid` was first seen on, or nil after recording `line` for it.
    mutating func firstLine(of uuid: InvoiceUUID, recordingIfNew line: Int) -> Int? {
        var index = slot(uuid)
        while lines[index] != 0 {
            if highs[index] == uuid.high && lows[index] == uuid.low { return Int(lines[index]) }
            index = (index + 1) & mask
        }
        highs[index] = uuid.high
        lows[index] = uuid.low
        lines[index] = UInt32(clamping: max(line, 1))
        count += 1
        if count * 2 > lines.count { grow() }
        return nil
    }

    private mutating func grow() {
        let old = (highs, lows, lines)
        let capacity = lines.count * 2
        highs = [UInt64](repeating: 0, count: capacity)
        lows = [UInt64](repeating: 0, count: capacity)
        lines = [UInt32](repeating: 0, count: capacity)
        mask = capacity - 1
        for position in 0..<old.2.count where old.2[position] != 0 {
            var index = slot(InvoiceUUID(high: old.0[position], low: old.1[position]))
            while lines[index] != 0 { index = (index + 1) & mask }
            highs[index] = old.0[position]
            lows[index] = old.1[position]
            lines[index] = old.2[position]
        }
    }
}
