/// The UUIDs seen so far, each kept as a 64-bit fingerprint: 8 bytes a UUID in an open-addressing
/// table, where `UUIDTable` takes 20 (the 128 bits and where each was first seen). Ten million
/// invoices are checked for repeats in about 120 MB instead of 330.
///
/// A fingerprint met again means the UUID *may* repeat: two different UUIDs share one with odds of
/// about n² / 2⁶⁵ (three in a million for ten million UUIDs; a crafted file can force it), so a
/// reader that meets one confirms it the exact way, with a `UUIDTable`. A fingerprint never met
/// again proves that its UUID does not repeat, which is the case of every sound year.
public final class UUIDFingerprintSet {
    private var slots: UnsafeMutablePointer<UInt64>
    private var capacity: Int
    /// Fingerprints kept (not UUIDs inserted: a repeat adds none).
    public private(set) var count = 0
    /// Which fingerprint bits are kept: all but in tests, which make every UUID collide.
    private let mask: UInt64

    /// Sized for `expected` entries at two thirds full; it grows (doubling) past four fifths.
    /// - Parameter mask: the fingerprint bits kept; all but in tests, which keep few so that
    ///   different UUIDs collide.
    public init(expected: Int = 1_024, mask: UInt64 = ~0) {
        self.mask = mask
        capacity = max(1_024, expected + expected / 2)
        slots = Self.allocate(capacity)
    }

    deinit { ZeroedPages.release(UnsafeMutableRawPointer(slots), capacity * 8) }

    private static func allocate(_ capacity: Int) -> UnsafeMutablePointer<UInt64> {
        ZeroedPages.allocate(capacity * 8).bindMemory(to: UInt64.self, capacity: capacity)
    }

    /// Both halves through a 64-bit finaliser (splitmix64's), so every input bit moves every
    /// output bit; 0 marks an empty slot and is never a fingerprint.
    func fingerprint(_ uuid: InvoiceUUID) -> UInt64 {
        func mix(_ value: UInt64) -> UInt64 {
            var z = value
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let print = mix(uuid.high ^ mix(uuid.low &+ 0x9E37_79B9_7F4A_7C15)) & mask
        return print == 0 ? 1 : print
    }

    /// The home slot: the fingerprint's high bits scaled onto the slots.
    private func home(_ print: UInt64) -> Int {
        Int(truncatingIfNeeded: print.multipliedFullWidth(by: UInt64(capacity)).high)
    }

    /// Reads the home slot of each UUID, so that the inserts that follow find them in cache (the
    /// loads are independent, so many misses are in flight at once).
    public func touch(_ uuids: ArraySlice<InvoiceUUID?>) {
        var folded: UInt64 = 0
        for case let uuid? in uuids { folded ^= slots[home(fingerprint(uuid))] }
        touched = folded
    }

    /// Keeps `touch`'s loads from being optimised away.
    private var touched: UInt64 = 0

    /// Adds the UUID's fingerprint. Returns false when the fingerprint was there already: the UUID
    /// may have been inserted before (confirm it exactly), or another shares its fingerprint.
    public func insert(_ uuid: InvoiceUUID) -> Bool {
        let print = fingerprint(uuid)
        var index = home(print)
        while true {
            let seen = slots[index]
            if seen == 0 { break }
            if seen == print { return false }
            index += 1
            if index == capacity { index = 0 }
        }
        slots[index] = print
        count += 1
        if count * 5 > capacity * 4 { grow() }
        return true
    }

    private func grow() {
        let (old, oldCapacity) = (slots, capacity)
        capacity *= 2
        slots = Self.allocate(capacity)
        for position in 0..<oldCapacity where old[position] != 0 {
            var index = home(old[position])
            while slots[index] != 0 {
                index += 1
                if index == capacity { index = 0 }
            }
            slots[index] = old[position]
        }
        ZeroedPages.release(UnsafeMutableRawPointer(old), oldCapacity * 8)
    }
}
