import Testing

@testable import Machinery

@Suite("The key tables of duplicate detection")
struct KeyTableTests {
    @Test("remembers the first line of every UUID, through many growths, and finds every repeat")
    func firstLines() {
        let table = KeyTable(expected: 1)
        var random: UInt64 = 0x1234_5678
        var uuids: [RowKey] = []
        for index in 0..<50_000 {
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let uuid = RowKey(high: random, low: random.byteSwapped ^ UInt64(index))
            uuids.append(uuid)
            #expect(table.number(for: uuid, recordingIfNew: index + 2) == nil)
        }
        #expect(table.count == 50_000)
        for (index, uuid) in uuids.enumerated() where index % 997 == 0 {
            #expect(table.number(for: uuid, recordingIfNew: 999_999) == index + 2)
        }
        #expect(table.count == 50_000)
        for (index, uuid) in uuids.enumerated() { #expect(table.number(for: uuid) == index + 2) }
        #expect(table.number(for: RowKey(high: 1, low: 1)) == nil)
        #expect(table.count == 50_000)
        // Same high word, different low word: different invoices.
        #expect(table.number(for: RowKey(high: uuids[0].high, low: uuids[0].low &+ 1), recordingIfNew: 7) == nil)
    }

    @Test("the all-zero UUID and sequential UUIDs (which crowd neighbouring slots) are kept apart")
    func crowdedSlots() {
        let table = KeyTable(expected: 1_000)
        #expect(table.number(for: RowKey(high: 0, low: 0), recordingIfNew: 2) == nil)
        for index in 1...3_000 {
            #expect(table.number(for: RowKey(high: 0, low: UInt64(index)), recordingIfNew: index + 2) == nil)
        }
        #expect(table.number(for: RowKey(high: 0, low: 0), recordingIfNew: 9) == 2)
        for index in stride(from: 1, through: 3_000, by: 61) {
            #expect(table.number(for: RowKey(high: 0, low: UInt64(index)), recordingIfNew: 1) == index + 2)
        }
        #expect(table.count == 3_001)
    }

    @Test("the fingerprint set: every new UUID is new and every repeat is met, from two threads at once; full or with no bits kept, it doubts")
    func fingerprints() async {
        var random: UInt64 = 0x9876_5432
        var uuids: [RowKey] = []
        for index in 0..<60_000 {
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Half of them sequential (the crowded case), half random.
            uuids.append(index.isMultiple(of: 2) ? RowKey(high: 7, low: UInt64(index)) : RowKey(high: random, low: random.byteSwapped))
        }
        let set = FingerprintSet(expected: 60_000)
        // Two threads, each inserting every UUID: each UUID is new to exactly one of them.
        let all = uuids
        async let first = all.map { set.insert($0) }
        async let second = all.reversed().map { set.insert($0) }
        let (one, other) = await (first, Array((await second).reversed()))
        #expect(zip(one, other).allSatisfy { $0 != $1 })
        for uuid in uuids { #expect(!set.insert(uuid)) }
        #expect(set.insert(RowKey(high: 0, low: 0)))
        #expect(!set.insert(RowKey(high: 0, low: 0)))

        let crowded = FingerprintSet(expected: 10, mask: 0)
        #expect(crowded.insert(uuids[0]))
        for uuid in uuids.dropFirst().prefix(100) { #expect(!crowded.insert(uuid)) }
        // Full: 1,024 slots, then every other UUID doubts instead of probing for ever.
        let small = FingerprintSet(expected: 1)
        #expect(small.capacity == 1_024)
        #expect(uuids.prefix(1_024).allSatisfy { small.insert($0) })
        #expect(!uuids.dropFirst(1_024).prefix(50).contains { small.insert($0) })
    }

    @Test("a window at a time: new UUIDs and exact keys go in, a repeat anywhere in a batch is met; distinct keys never share a print")
    func batches() {
        let uuids = (0..<5_000).map { RowKey(high: 11, low: UInt64($0) &* 0x9E37_79B9_7F4A_7C15) }
        let set = FingerprintSet(expected: 20_000)
        #expect(set.insertAll(uuids[..<2_500]))
        #expect(set.insertAll(uuids[2_500...]))
        // A batch with one UUID seen before, past the first window of 64.
        let repeating = (0..<200).map { RowKey(high: 12, low: UInt64($0)) } + [uuids[4_321]]
        #expect(!set.insertAll(repeating[...]))
        // Pedimento keys (number × 1,000 + section): consecutive numbers, every section, all distinct.
        let keys = (0..<3_000).flatMap { number in
            [240, 241, 470].map { RowKey(high: UInt64(252_434_215_000_000 + number) &* 1_000 &+ UInt64($0), low: 0) }
        }
        let keySet = FingerprintSet(expected: keys.count)
        #expect(keySet.insertAll(keys[...]))
        #expect(Set(keys.map { keySet.fingerprint($0) }).count == keys.count)
        #expect(!keySet.insertAll([RowKey(high: keys[0].high &+ 1_000_000, low: 0), keys[1_234]][...]))
    }

    @Test("pages faulted in ahead, a piece at a time by two threads, are all there and zero, for a block that is not whole pieces")
    func faultIn() {
        let size = (9 << 20) + 12_345
        let block = ZeroedPages.allocate(size)
        defer { ZeroedPages.release(block, size) }
        ZeroedPages.faultIn(block, size)
        let bytes = UnsafeRawBufferPointer(start: block, count: size)
        #expect(bytes.allSatisfy { $0 == 0 })
        // Written and read back at both ends and across a piece's edge.
        for offset in [0, (2 << 20) - 1, 2 << 20, size - 1] { block.storeBytes(of: 0xA5, toByteOffset: offset, as: UInt8.self) }
        #expect([0, (2 << 20) - 1, 2 << 20, size - 1].allSatisfy { bytes[$0] == 0xA5 })
    }
}
