import Testing

@testable import IMMEXDomain
@testable import IMMEXEngine

@Suite("What counts as an export, by key class")
struct AggregationTests {
    func totals(_ pedimentos: [ExportPedimento], rules: Rules = .forTests, consignment: Bool = false) -> (ExportTotals, [Finding]) {
        var company = Build.company
        company.consignment = consignment
        let (figures, findings) = AnnualFigures.compute(
            year: FiscalYear(2025), company: company, rules: rules, sales: Build.sales(net: 1_000_000_000_00), pedimentos: pedimentos)
        return (figures.exports, findings)
    }

    @Test("direct (A1, RT) and indirect (V1, V2, V7, BB) add up; V5 and H1 do not")
    func classes() {
        let (exports, _) = totals([
            Build.pedimento("252434215000001", key: "A1", usd: 1_000_00, mxn: 20_000_00),
            Build.pedimento("252434215000002", key: "RT", usd: 2_000_00, mxn: 40_000_00),
            Build.pedimento("252434215000003", key: "V1", usd: 100_00, mxn: 2_000_00),
            Build.pedimento("252434215000004", key: "V2", usd: 200_00, mxn: 4_000_00),
            Build.pedimento("252434215000005", key: "V7", usd: 300_00, mxn: 6_000_00),
            Build.pedimento("252434215000006", key: "BB", usd: 400_00, mxn: 8_000_00),
            Build.pedimento("252434215000007", key: "V5", usd: 9_999_00, mxn: 99_999_00),
            Build.pedimento("252434215000008", key: "H1", usd: 9_999_00, mxn: 99_999_00),
        ])
        #expect(exports.direct == ExportAmount(mxn: Money(centavos: 60_000_00), usd: Money(centavos: 3_000_00)))
        #expect(exports.indirect == ExportAmount(mxn: Money(centavos: 20_000_00), usd: Money(centavos: 1_000_00)))
        #expect(exports.total.mxn.centavos == 80_000_00)
        #expect(exports.counts.excluded == 2)
        #expect(exports.counts.counted == 6)
    }

    @Test("K1 subtracts from direct exports, in its month too")
    func returns() {
        let (exports, _) = totals([
            Build.pedimento("252434215000001", key: "A1", usd: 1_000_00, mxn: 20_000_00, month: 2),
            Build.pedimento("252434215000002", key: "K1", usd: 250_00, mxn: 5_000_00, month: 4),
        ])
        #expect(exports.direct.mxn.centavos == 15_000_00)
        #expect(exports.direct.usd.centavos == 750_00)
        #expect(exports.returns.mxn.centavos == 5_000_00)
        #expect(exports.monthly[3].total.mxn.centavos == -5_000_00)
        #expect(exports.byCountry[CountryCode("USA")]?.mxn.centavos == 15_000_00)
    }

    @Test("an R1 replaces the values of the pedimento it rectifies; chains resolve to the latest")
    func rectificationChain() {
        let (exports, findings) = totals([
            Build.pedimento("252434215000001", key: "RT", usd: 1_000_00, mxn: 20_000_00, month: 2),
            Build.pedimento("252434215000002", key: "R1", usd: 1_100_00, mxn: 22_000_00, month: 3, rectifies: "252434215000001"),
            Build.pedimento("252434215000003", key: "R1", usd: 1_050_00, mxn: 21_000_00, month: 5, rectifies: "252434215000002"),
        ])
        #expect(findings.isEmpty)
        #expect(exports.direct.mxn.centavos == 21_000_00)
        #expect(exports.direct.usd.centavos == 1_050_00)
        #expect(exports.counts.rectified == 1)
        // The export happened in February: the month and key stay the original's.
        #expect(exports.monthly[1].direct.mxn.centavos == 21_000_00)
        #expect(exports.byKey[PedimentoKey("RT")!]?.pedimentos == 1)
        #expect(exports.byKey[PedimentoKey("R1")!] == nil)
    }

    @Test("an R1 whose original is missing is not counted, and says so")
    func orphanRectification() {
        let (exports, findings) = totals([
            Build.pedimento("252434215000002", key: "R1", usd: 1_100_00, mxn: 22_000_00, rectifies: "252434215000099", line: 7)
        ])
        #expect(exports.total.mxn == .zero)
        #expect(findings.map(\.code) == [.rectificationTargetMissing])
        #expect(findings.first?.location?.line == 7)
    }

    @Test("the two halves of the rows, resolved on two cores, give what one pass would: classes kept, the first row of a repeated number rectified")
    func resolvedInHalves() {
        let keys = ["A1", "V1", "K1", "GC", "V5", "H1", "RT"]
        for filler in [0, 1, 2, 5, 40] {
            // Pedimento 0001 twice (the readers refuse that; the resolver keeps to the first), with
            // other keys around them, and an R1 of 0001 near the end: wherever the middle falls.
            var rows = [Build.pedimento("252434215000001", key: "RT", usd: 1_000_00, mxn: 20_000_00, line: 2)]
            rows += (0..<filler).map { Build.pedimento(String(252_434_215_100_000 + $0), key: keys[$0 % keys.count], usd: 100, mxn: 2_000, line: 3 + $0) }
            rows.append(Build.pedimento("252434215000001", key: "A1", usd: 5_000_00, mxn: 90_000_00, line: 3 + filler))
            rows.append(Build.pedimento("252434215000009", key: "R1", usd: 1_100_00, mxn: 22_000_00, rectifies: "252434215000001", line: 4 + filler))
            let (effective, findings, _) = RectificationResolver.resolve(rows, keys: .forTests)
            #expect(findings.isEmpty, "\(filler)")
            #expect(effective.count == rows.count - 1, "\(filler)")
            #expect(effective.first?.current.valueUSD == Money(centavos: 1_100_00), "\(filler)")
            #expect(effective.first?.keyClass == .direct, "\(filler)")
            #expect(effective.last?.original.key == PedimentoKey("A1"), "\(filler)")
            #expect(effective.last?.isRectified == false, "\(filler)")
            let expectedClasses = rows.dropLast().map { KeyClassification.forTests.keyClass(of: $0.key) }
            #expect(effective.map(\.keyClass) == expectedClasses.compactMap { $0 }, "\(filler)")
        }
    }

    @Test("two rectifications of one pedimento are a conflict")
    func conflict() {
        let (_, findings) = totals([
            Build.pedimento("252434215000001", key: "RT", usd: 1_000_00, mxn: 20_000_00),
            Build.pedimento("252434215000002", key: "R1", usd: 1_100_00, mxn: 22_000_00, rectifies: "252434215000001", line: 3),
            Build.pedimento("252434215000003", key: "R1", usd: 1_200_00, mxn: 24_000_00, rectifies: "252434215000001", line: 4),
        ])
        #expect(findings.map(\.code) == [.rectificationConflict])
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.related?.line == 3)
    }

    @Test("GC and CT are listed for review, not counted")
    func review() {
        let (exports, findings) = totals([Build.pedimento("252434215000001", key: "GC", usd: 1_000_00, mxn: 20_000_00)])
        #expect(exports.total.mxn == .zero)
        #expect(exports.counts.forReview == 1)
        #expect(findings.map(\.code) == [.reviewKey])
        #expect(findings.first?.severity == .warning)
    }

    @Test("consignment companies count value added; declared dollars in the same proportion")
    func consignment() {
        let (exports, _) = totals(
            [Build.pedimento("252434215000001", key: "RT", usd: 10_000_00, mxn: 200_000_00, valueAdded: 30_000_00)],
            consignment: true)
        #expect(exports.direct.mxn.centavos == 30_000_00)
        #expect(exports.direct.usd.centavos == 1_500_00)
    }

    @Test("USD methods: declared, the pedimento's own rate, an annual average")
    func usdMethods() throws {
        let pedimento = Build.pedimento("252434215000001", key: "A1", usd: 1_000_00, mxn: 20_500_00, rate: "20.00000")
        var rules = Rules.forTests
        #expect(totals([pedimento], rules: rules).0.total.usd.centavos == 1_000_00)
        rules.usdConversion = .pedimentoRate
        #expect(totals([pedimento], rules: rules).0.total.usd.centavos == 1_025_00)
        rules.usdConversion = .annualAverage(ExchangeRate(try DecimalNumber.parse("20.5").get())!)
        #expect(totals([pedimento], rules: rules).0.total.usd.centavos == 1_000_00)
    }

    @Test("key classes are settings: moving GC to direct counts it")
    func reclassified() {
        var rules = Rules.forTests
        var classes = KeyClassification.forTests.export
        classes[PedimentoKey("GC")!] = .direct
        rules.keys = KeyClassification(export: classes)
        let (exports, findings) = totals([Build.pedimento("252434215000001", key: "GC", usd: 1_000_00, mxn: 20_000_00)], rules: rules)
        #expect(exports.direct.mxn.centavos == 20_000_00)
        #expect(findings.isEmpty)
    }

    @Test("the class of every possible key is the one its classes say, or none")
    func everyKeyLooksUp() {
        let characters = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)
        var classes: [PedimentoKey: KeyClass] = [:]
        var all: [PedimentoKey] = []
        for first in characters {
            for second in characters { all.append(PedimentoKey(ascii: first, second)!) }
        }
        // Every class somewhere, including keys at both ends of the places (00 and ZZ).
        for (position, key) in all.enumerated() where position % 7 == 0 || key.code == "ZZ" {
            classes[key] = KeyClass.allCases[position % KeyClass.allCases.count]
        }
        for table in [KeyClassification(export: classes, import: classes), KeyClassification.forTests, KeyClassification(export: [:])] {
            #expect(all.allSatisfy { table.keyClass(of: $0) == table.export[$0] && table.keyClass(of: $0, side: .import) == table.import[$0] })
        }
        #expect(Set(all.map(\.denseIndex)).count == PedimentoKey.denseCount)
        #expect(KeyClassification(export: classes).keyClass(of: PedimentoKey("ZZ")!) != nil)
    }
}
