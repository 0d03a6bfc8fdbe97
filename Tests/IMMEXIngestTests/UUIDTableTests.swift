import Testing
@testable import IMMEXDomain
@testable import IMMEXIngest

@Suite("The UUID table of duplicate detection")
struct UUIDTableTests {
    @Test("remembers the first line of every UUID, through many growths, and finds every repeat")
    func firstLines() {
        var table = UUIDTable(expected: 1)
        var random: UInt64 = 0x1234_5678
        var uuids: [InvoiceUUID] = []
        for index in 0..<50_000 {
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let uuid = InvoiceUUID(high: random, low: random.byteSwapped ^ UInt64(index))
            uuids.append(uuid)
            #expect(table.firstLine(of: uuid, recordingIfNew: index + 2) == nil)
        }
        #expect(table.count == 50_000)
        for (index, uuid) in uuids.enumerated() where index % 997 == 0 {
            #expect(table.firstLine(of: uuid, recordingIfNew: 999_999) == index + 2)
        }
        #expect(table.count == 50_000)
        // Same high word, different low word: different invoices.
        #expect(table.firstLine(of: InvoiceUUID(high: uuids[0].high, low: uuids[0].low &+ 1), recordingIfNew: 7) == nil)
    }
}
