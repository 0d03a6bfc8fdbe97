import Testing

@testable import IMMEXDomain

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
