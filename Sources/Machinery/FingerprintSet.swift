import CIntrinsics
import Synchronization

/// The keys seen so far (`RowKey`: a CFDI's UUID, a pedimento's number and section), each kept as a
/// 64-bit fingerprint: 8 bytes a key in an open-addressing table, where `KeyTable` takes 20 (the
/// 128 bits and where each was first seen). Ten million invoices are checked for repeats in about
/// 130 MB instead of 330. Threads insert at the same time: an empty slot is claimed by
/// compare-and-exchange, so two threads never take one slot. Every reader's parallel reading
/// uses it (`CSVRecordReader`).
///
/// A fingerprint met again means the key *may* repeat: two different UUIDs share one with odds of
/// about n² / 2⁶⁵ (three in a million for ten million UUIDs; a crafted file can force it), so a
/// reader that meets one confirms it the exact way, with a `KeyTable`. A fingerprint never met
/// again proves that its key does not repeat, which is the case of every sound year. (A key whose
/// low half is zero, like a pedimento's, has a print that differs from every other such key's:
/// the finaliser is a bijection.)
///
/// The table does not grow (threads are inserting): it is sized for the rows expected, and a
/// table too full to find a free slot answers "may repeat", which sends the reader the exact way.
///
/// Unchecked: threads insert into the one table at once, each slot an `Atomic<UInt64>` in mapped
/// pages reached through a pointer, which the checker cannot see into.
public final class FingerprintSet: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Atomic<UInt64>>
    public let capacity: Int
    /// Which fingerprint bits are kept: all but in tests, which make every key collide.
    private let mask: UInt64

    /// Room for `expected` entries at two thirds full.
    /// - Parameter mask: the fingerprint bits kept; all but in tests, which keep few so that
    ///   different keys collide.
    public init(expected: Int = 1_024, mask: UInt64 = ~0) {
        self.mask = mask
        capacity = max(1_024, expected + expected / 2)
        // Mapped pages advised for transparent huge pages (`ZeroedPages`): lookups land anywhere in
        // a hundred megabytes, where 4 kB pages would miss the address-translation cache each time.
        // The pages come zeroed, and an `Atomic<UInt64>` holding 0 is eight zero bytes.
        // Its pages are faulted in now, on two cores (`ZeroedPages.faultIn`): the first window of
        // UUIDs lands all over the table, and left to it, clearing every page (a hundred
        // megabytes, about a tenth of a second) fell to the thread reading the file's first
        // chunk while the other cores waited for that chunk's header.
        let size = capacity * MemoryLayout<Atomic<UInt64>>.stride
        let block = ZeroedPages.allocate(size)
        ZeroedPages.faultIn(block, size)
        slots = block.bindMemory(to: Atomic<UInt64>.self, capacity: capacity)
    }

    deinit {
        // (Nothing to deinitialise: an atomic integer holds no reference.)
        ZeroedPages.release(UnsafeMutableRawPointer(slots), capacity * MemoryLayout<Atomic<UInt64>>.stride)
    }

    /// Both halves through a 64-bit finaliser (splitmix64's), so every input bit moves every
    /// output bit; 0 marks an empty slot and is never a fingerprint.
    func fingerprint(_ key: RowKey) -> UInt64 {
        let print = Self.mix(key.high ^ Self.mix(key.low &+ 0x9E37_79B9_7F4A_7C15)) & mask
        return print == 0 ? 1 : print
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The home slot: the fingerprint's high bits scaled onto the slots.
    private func home(_ print: UInt64) -> Int {
        Int(truncatingIfNeeded: print.multipliedFullWidth(by: UInt64(capacity)).high)
    }

    /// Adds every key, a window of 64 at a time: the home slots of a window are prefetched before
    /// any is filled (a prefetch waits for nothing, so the window's cache misses overlap), and each
    /// fingerprint is worked out once. False as soon as one is met again (the rest are not added)
    /// or finds no slot.
    public func insertAll(_ keys: ArraySlice<RowKey>) -> Bool {
        insertAll(count: keys.count) { fingerprint(keys[keys.startIndex + $0]) }
    }

    private func insertAll(count: Int, print: (Int) -> UInt64) -> Bool {
        var prints = InlineArray<64, UInt64>(repeating: 0)
        var from = 0
        while from < count {
            let window = min(64, count - from)
            for offset in 0..<window {
                prints[offset] = print(from + offset)
                immex_prefetch(slots + home(prints[offset]))
            }
            for offset in 0..<window where !insert(print: prints[offset]) { return false }
            from += window
        }
        return true
    }

    /// Adds the key's fingerprint. Returns false when the fingerprint was there already (the key
    /// may have been inserted before: confirm it exactly, another may share its fingerprint) or
    /// when no slot is free.
    public func insert(_ key: RowKey) -> Bool { insert(print: fingerprint(key)) }

    private func insert(print: UInt64) -> Bool {
        var index = home(print)
        for _ in 0..<capacity {
            let seen = slots[index].load(ordering: .relaxed)
            if seen == print { return false }
            if seen == 0 {
                let (claimed, holder) = slots[index].compareExchange(expected: 0, desired: print, ordering: .relaxed)
                if claimed { return true }
                if holder == print { return false }  // another thread put the same fingerprint here first
            }
            index += 1
            if index == capacity { index = 0 }
        }
        return false
    }
}
