import CIntrinsics
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A row's key as the readers' tables hold it: 128 bits (a CFDI's UUID; a pedimento's number and
/// customs section in `high`, with `low` zero).
public struct RowKey: Sendable, Hashable {
    public let high: UInt64
    public let low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }
}

/// Keys, each with a positive number recorded when it was first seen (the line of its row, or its
/// position + 1): an open-addressing table whose slots lie side by side in one zeroed block, 20
/// bytes each (the 128 bits and a 32-bit number), so that checking millions of rows for
/// duplicates touches one cache line per lookup, costs no allocation per entry, and holds ten
/// million UUIDs in about 300 MB. Swift's `Dictionary` would hash every key with SipHash. Every
/// reader's exact check for repeats uses it (`CSVRecordReader`).
///
/// The number of slots need not be a power of two: a hash is mapped onto them by multiplying it
/// by the count (the high half of the product), so the table can be sized close to the file.
public final class KeyTable {
    private static let slotSize = 20
    private var slots: UnsafeMutableRawPointer
    private var capacity: Int
    public private(set) var count = 0

    /// Sized for `expected` entries at two thirds full; it grows (doubling) past four fifths.
    public init(expected: Int = 1_024) {
        capacity = max(1_024, expected + expected / 2)
        slots = ZeroedPages.allocate(capacity * Self.slotSize)
    }

    deinit { ZeroedPages.release(slots, capacity * Self.slotSize) }

    private func home(_ key: RowKey) -> Int {
        let mixed = (key.high ^ (key.low &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed.multipliedFullWidth(by: UInt64(capacity)).high)
    }

    /// Prefetches the home slot of each key, so that the lookups that follow find them in cache.
    /// A prefetch waits for nothing, so the processor keeps many misses in flight at once, where
    /// lookups one after another wait for memory each time.
    public func touch(_ keys: ArraySlice<RowKey?>) {
        for case let key? in keys { immex_prefetch(slots + home(key) * Self.slotSize + 16) }
    }

    /// The number recorded for `key`, if any.
    public func number(for key: RowKey) -> Int? {
        var index = home(key)
        while true {
            let slot = slots + index * Self.slotSize
            let seen = slot.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
            if seen == 0 { return nil }
            if slot.loadUnaligned(as: UInt64.self) == key.high && slot.loadUnaligned(fromByteOffset: 8, as: UInt64.self) == key.low {
                return Int(seen)
            }
            index += 1
            if index == capacity { index = 0 }
        }
    }

    /// The number recorded for `key`, or nil after recording `number` for it (at least 1; past
    /// 4,294,967,295 it is kept as that).
    public func number(for key: RowKey, recordingIfNew number: Int) -> Int? {
        var index = home(key)
        while true {
            let slot = slots + index * Self.slotSize
            let seen = slot.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
            if seen == 0 { break }  // numbers are positive: 0 marks an empty slot
            if slot.loadUnaligned(as: UInt64.self) == key.high && slot.loadUnaligned(fromByteOffset: 8, as: UInt64.self) == key.low {
                return Int(seen)
            }
            index += 1
            if index == capacity { index = 0 }
        }
        store(key, number: UInt32(clamping: max(number, 1)), at: index)
        count += 1
        if count * 5 > capacity * 4 { grow() }
        return nil
    }

    private func store(_ key: RowKey, number: UInt32, at index: Int) {
        let slot = slots + index * Self.slotSize
        slot.storeBytes(of: key.high, as: UInt64.self)
        slot.storeBytes(of: key.low, toByteOffset: 8, as: UInt64.self)
        slot.storeBytes(of: number, toByteOffset: 16, as: UInt32.self)
    }

    private func grow() {
        let (old, oldCapacity) = (slots, capacity)
        capacity *= 2
        slots = ZeroedPages.allocate(capacity * Self.slotSize)
        for position in 0..<oldCapacity {
            let slot = old + position * Self.slotSize
            let line = slot.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
            guard line != 0 else { continue }
            let key = RowKey(high: slot.loadUnaligned(as: UInt64.self), low: slot.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            var index = home(key)
            while slots.loadUnaligned(fromByteOffset: index * Self.slotSize + 16, as: UInt32.self) != 0 {
                index += 1
                if index == capacity { index = 0 }
            }
            store(key, number: line, at: index)
        }
        ZeroedPages.release(old, oldCapacity * Self.slotSize)
    }
}

/// Zeroed memory for the key tables: pages mapped from the kernel (zeroed when first touched, not
/// before) and, on Linux, marked for transparent huge pages. Lookups land anywhere in hundreds of
/// megabytes, and 2 MB pages spare most of the address-translation misses 4 kB pages would cost.
public enum ZeroedPages {
    public static func allocate(_ size: Int) -> UnsafeMutableRawPointer {
        #if canImport(Glibc)
            let block = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
            guard let block, block != MAP_FAILED else { fatalError("out of memory for a table of \(size) bytes") }
            _ = madvise(block, size, MADV_HUGEPAGE)  // advice only: without huge pages the table works the same
            return block
        #else
            guard let block = calloc(size, 1) else { fatalError("out of memory for a table of \(size) bytes") }
            return block
        #endif
    }

    /// Has the kernel map and clear a block's pages now, on two cores, before anything uses it:
    /// each 4 kB is written a zero byte, which it holds already. (Blocks under 8 MB are left to
    /// fault in as they are used.) The block is taken 2 MB (a huge page) at a time by whichever
    /// thread is free, not in fixed halves: on a virtual machine one huge page may cost a hundred
    /// times another (the host backs it only when it is first touched), and with halves one core
    /// sat idle for a tenth of a second while the other cleared the slow pages of its half.
    public static func faultIn(_ block: UnsafeMutableRawPointer, _ size: Int) {
        guard size >= 8 << 20 else { return }
        let page = 4_096
        let piece = 2 << 20
        let pieces = (size + piece - 1) / piece
        let address = UInt(bitPattern: block)
        let next = Atomic<Int>(0)
        @Sendable func touch() {
            let block = UnsafeMutableRawPointer(bitPattern: address)!
            while case let taken = next.add(1, ordering: .relaxed).oldValue, taken < pieces {
                for offset in stride(from: taken * piece, to: min(size, (taken + 1) * piece), by: page) {
                    block.storeBytes(of: 0, toByteOffset: offset, as: UInt8.self)
                }
            }
        }
        _ = concurrently({ touch() }) { touch() }
    }

    public static func release(_ block: UnsafeMutableRawPointer, _ size: Int) {
        #if canImport(Glibc)
            munmap(block, size)
        #else
            free(block)
        #endif
    }
}
