import Testing

@testable import IMMEXDomain
@testable import IMMEXEngine

@Suite("The exports working paper")
struct WorkingPaperTests {
    @Test("each line adds what the totals add (a K1 subtracts, a listed key adds nothing); a paper that does not add up to the totals says so")
    func agreesWithTotals() {
        let rows = [
            Build.pedimento("250734215000001", key: "A1", usd: 100_000, mxn: 2_000_000),
            Build.pedimento("250734215000002", key: "K1", usd: 10_000, mxn: 200_000, line: 3),
            Build.pedimento("250734215000003", key: "BM", usd: 5_000, mxn: 100_000, line: 4),
            Build.pedimento("250734215000004", key: "R1", usd: 120_000, mxn: 2_400_000, rectifies: "250734215000001", line: 5),
        ]
        let rules = Rules.forTests
        let paper = ExportWorkingPaper(pedimentos: rows, rules: rules, consignment: false, year: FiscalYear(2025))
        let (effective, _, _) = RectificationResolver.resolve(rows, keys: rules.keys, year: FiscalYear(2025))
        var totals = ExportAggregator(rules: rules, consignment: false).aggregate(effective, rows: rows.count)
        #expect(paper.count == 3)
        #expect(paper.line(0).counted.mxn.centavos == 2_400_000)  // the rectification's values
        #expect(paper.line(0).rectifications == 1)
        #expect(paper.line(0).values.location.line == 5)
        #expect(paper.line(1).counted.mxn.centavos == -200_000)
        #expect(paper.line(2).counted == .zero)
        #expect(paper.line(2).listedAs == .temporaryExport)
        #expect(paper.agrees(with: totals))
        totals.indirect.mxn = Money(centavos: 1)
        #expect(!paper.agrees(with: totals))
    }
}

@Suite("The compact tables behind reconciliation")
struct CompactTableTests {
    @Test("NamedUUIDTable: a UUID keeps the first pedimento that named it; one never named is not found; a rectified pedimento keeps its chain in 16 bytes")
    func namedUUIDs() throws {
        let uuid = try #require(InvoiceUUID("40E51392-4F43-4176-B8FE-9CF52F1F3B6D"))
        let other = try #require(InvoiceUUID("C71DD50B-6CEA-42AB-BED2-9869DFCCED5B"))
        func naming(_ number: String, _ named: InvoiceUUID?) -> ExportPedimento {
            var pedimento = Build.pedimento(number, key: "A1", usd: 100, mxn: 2_000)
            pedimento.invoiceUUID = named
            return pedimento
        }
        let rows = [naming("250734215000001", uuid), naming("250734215000002", uuid), naming("250734215000003", nil)]
        let (effective, _, _) = RectificationResolver.resolve(rows, keys: Rules.forTests.keys, year: FiscalYear(2025))
        let table = NamedUUIDTable(effective)
        #expect(table.number(for: uuid, recordingIfNew: 1) == nil)
        #expect(table.number(for: uuid, recordingIfNew: 2) == 1)
        #expect(table.number(for: uuid) == 1)
        #expect(table.number(for: other) == nil)
        #expect(table.count == 1)

        let chain = [
            Build.pedimento("250734215000001", key: "A1", usd: 100, mxn: 2_000),
            Build.pedimento("250734215000002", key: "R1", usd: 120, mxn: 2_400, rectifies: "250734215000001", line: 3),
            Build.pedimento("250734215000003", key: "R1", usd: 130, mxn: 2_600, rectifies: "250734215000002", line: 4),
        ]
        let resolved = RectificationResolver.resolve(chain, keys: Rules.forTests.keys, year: FiscalYear(2025)).effective
        #expect(resolved.count == 1)
        #expect(resolved[0].rectifications.map(\.valueUSD.centavos) == [120, 130])
        #expect(resolved[0].current.valueUSD.centavos == 130)
        #expect(resolved[0].keyClass == .direct)
        #expect(resolved[0] == EffectivePedimento(original: chain[0], keyClass: .direct, rectifications: Array(chain[1...])))
    }
}
