import Testing

@testable import IMMEXDomain
@testable import IMMEXSample

@Suite("The synthetic year generator")
struct SampleMarketTests {
    @Test("pedimento numbers stay 15 digits and distinct past a patent's 999,999")
    func manyPedimentos() {
        var market = SampleMarket(year: FiscalYear(2030), deliberateMismatches: false)
        var random = SampleRandom(seed: 1)
        market.sequence = 999_997
        let numbers = (0..<4).map { _ in market.nextPedimento(office: "24", random: &random).number }
        #expect(numbers == ["302434210999998", "302434210999999", "302434220000001", "302434220000002"])
        #expect(numbers.allSatisfy { PedimentoNumber($0) != nil })
    }

    @Test("the same seed gives the same files")
    func deterministic() throws {
        var first = SampleRandom(seed: 7)
        var second = SampleRandom(seed: 7)
        #expect((0..<5).map { _ in first.uuid() } == (0..<5).map { _ in second.uuid() })
    }
}
