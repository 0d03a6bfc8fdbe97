import CIntrinsics

/// Positions by pedimento number (`PedimentoNumber.packed`, its 15 digits as an integer): the
/// first position given for each number. An open-addressing table of 12 bytes a slot, where a
/// `[UInt64: Int]` takes about 34 bytes an entry and hashes each key with SipHash; a year holds
/// a million pedimentos, looked up several million times.
public struct PedimentoIndex: Sendable {
    /// Never a packed number (those have 15 digits at most).
    private static let empty = UInt64.max
    private var keys: [UInt64]
    private var positions: [Int32]

    /// Every position of `numbers` under its number, the first one kept for a number that repeats.
    public init(_ numbers: some Collection<UInt64>) {
        precondition(numbers.count < Int(Int32.max), "too many pedimentos to index")
        let capacity = max(16, numbers.count + numbers.count / 2)
        keys = [UInt64](repeating: Self.empty, count: capacity)
        positions = [Int32](repeating: 0, count: capacity)
        // A window of numbers at a time, their slots prefetched before any is filled: the misses
        // overlap.
        var window: [UInt64] = []
        window.reserveCapacity(Self.window)
        var position = 0
        func insertWindow() {
            touch(window)
            for number in window {
                var slot = home(number)
                while keys[slot] != Self.empty && keys[slot] != number { slot = slot + 1 == capacity ? 0 : slot + 1 }
                if keys[slot] == Self.empty { (keys[slot], positions[slot]) = (number, Int32(position)) }
                position += 1
            }
            window.removeAll(keepingCapacity: true)
        }
        for number in numbers {
            window.append(number)
            if window.count == Self.window { insertWindow() }
        }
        insertWindow()
    }

    /// How many numbers are read ahead at a time.
    private static let window = 64

    /// Prefetches the home slot of each number, so that the inserts or lookups that follow find it
    /// in cache (a prefetch waits for nothing, so many misses are in flight at once): its key, and
    /// its position (another array, another miss).
    public func touch(_ numbers: some Sequence<UInt64>) {
        keys.withUnsafeBufferPointer { keys in
            positions.withUnsafeBufferPointer { positions in
                for number in numbers {
                    let slot = home(number, capacity: keys.count)
                    immex_prefetch(keys.baseAddress! + slot)
                    immex_prefetch(positions.baseAddress! + slot)
                }
            }
        }
    }

    private func home(_ number: UInt64) -> Int { home(number, capacity: keys.count) }

    private func home(_ number: UInt64, capacity: Int) -> Int {
        let mixed = (number ^ (number >> 29)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: (mixed ^ (mixed >> 32)).multipliedFullWidth(by: UInt64(capacity)).high)
    }

    /// The first position given for `number`, if any.
    public subscript(number: UInt64) -> Int? {
        var slot = home(number)
        while true {
            let key = keys[slot]
            if key == number { return Int(positions[slot]) }
            if key == Self.empty { return nil }
            slot = slot + 1 == keys.count ? 0 : slot + 1
        }
    }
}
