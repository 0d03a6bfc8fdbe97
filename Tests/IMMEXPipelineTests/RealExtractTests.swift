import Foundation
import Testing

@testable import IMMEXDomain
@testable import IMMEXIngest
@testable import IMMEXPipeline
@testable import IMMEXSample

/// The shapes real Data Stage extracts of IMMEX companies hold (formats.md §3.5): keys our old
/// defaults never named, both sides of the border, 701 numbers without their leading zeros, and
/// fixed-asset returns. Fixtures are written in the SAT's layout by `DataStageRequestWriter`.
@Suite("Real SAT extracts: every key, both sides, 701 as the SAT writes it")
struct RealExtractTests {
    func file(_ root: WorkingRoot) throws(FilingError) -> FilingResult {
        try FilingRun.run(FilingRequest(root: root.url, year: FiscalYear(2025), generatedAt: fixedTime))
    }

    func memo(_ result: FilingResult, _ kind: ExportTotals.MemoKind) -> [ExportTotals.MemoLine] {
        result.figures.exports.memo.filter { $0.kind == kind }
    }

    @Test("BM and BO exports (goods sent for transformation or repair) run with the default settings: listed as pending return, not counted")
    func temporaryExports() throws {
        let root = try Stage.root([
            Stage.request(
                "700", Stage.fullYear, Stage.yearEnd,
                [
                    Stage.export("5000001", paid: "2025-02-10", usd: 1_000_00, pesos: 20_000),
                    Stage.export("5000002", key: "BM", paid: "2025-03-10", usd: 4_000_00, pesos: 80_000),
                    Stage.export("5000003", key: "BO", paid: "2025-04-10", usd: 500_00, pesos: 10_000),
                    Stage.export("5000004", key: "BM", paid: "2025-05-10", usd: 250_00, pesos: 5_000),
                ])
        ])
        defer { root.remove() }
        let result = try file(root)
        #expect(result.figures.exports.total.mxn.decimalString == "20000.00")
        #expect(result.figures.exports.total.usd.decimalString == "1000.00")
        let lines = memo(result, .temporaryExport)
        #expect(lines.map(\.key.code) == ["BM", "BO"])
        #expect(lines.map(\.pedimentos) == [2, 1])
        #expect(lines.map(\.amount.mxn.decimalString) == ["85000.00", "10000.00"])
        #expect(lines.map(\.amount.usd.decimalString) == ["4250.00", "500.00"])
        let xml = try root.read("out/2025/immex-annual-report-2025.xml")
        #expect(xml.contains("<Memo kind=\"temporary-export\" key=\"BM\" pedimentos=\"2\" mxn=\"85000.00\" usd=\"4250.00\"/>"))
        let summary = try root.read("out/2025/summary.txt")
        #expect(summary.contains("exportación temporal, pendiente de retorno: BM, 2 pedimentos"))
        let page = try root.read("out/2025/summary.html")
        #expect(page.contains("exportación temporal, pendiente de retorno"))

        // A company that counts BM as a direct export says so in rules.toml, overriding the catalogue.
        try root.write("fiscal-years/2025/rules.toml", "[keys]\ndirect = [\"BM\"]\n")
        #expect(try file(root).figures.exports.total.mxn.decimalString == "105000.00")
    }

    @Test("a K1 on the import side subtracts, linked through 512 to the export it returns; an unknown import key is an error naming the catalogue")
    func importSideReturn() throws {
        var back = Stage.export("5000010", key: "K1", paid: "2025-04-10", usd: 300_00, pesos: 6_000, operation: 1)
        back.discharges = (patent: "3421", number: "5000001", section: "240", key: "A1", date: Stage.day("2025-02-10"))
        var orphan = Stage.export("5000011", key: "K1", paid: "2025-05-10", usd: 100_00, pesos: 2_000, operation: 1)
        orphan.discharges = (patent: "3421", number: "5000099", section: "240", key: "A1", date: Stage.day("2025-01-20"))
        var lastYears = Stage.export("5000012", key: "K1", paid: "2025-01-20", usd: 50_00, pesos: 1_000, operation: 1)
        lastYears.discharges = (patent: "3421", number: "4000777", section: "240", key: "A1", date: Stage.day("2024-12-20"))
        let root = try Stage.root([
            Stage.request(
                "701", Stage.fullYear, Stage.yearEnd,
                [
                    Stage.export("5000001", paid: "2025-02-10", usd: 1_000_00, pesos: 20_000),
                    back, orphan, lastYears,
                    // An import of inputs: read past, not an export.
                    Stage.export("5000013", key: "IN", paid: "2025-04-12", usd: 9_000_00, pesos: 180_000, operation: 1),
                ])
        ])
        defer { root.remove() }
        let result = try file(root)
        let exports = result.figures.exports
        #expect(exports.returns.mxn.decimalString == "9000.00")
        #expect(exports.direct.mxn.decimalString == "11000.00")
        #expect(exports.direct.usd.decimalString == "550.00")
        #expect(exports.monthly[3].returns.mxn.decimalString == "6000.00")
        // The K1 whose export is in the extract reconciles; the one naming a 2025 export the extract
        // lacks is listed; one of a 2024 export is no finding (a return may come a year later).
        let missing = result.figures.reconciliation.filter { $0.code == .returnTargetMissing }
        #expect(missing.map(\.pedimento?.id) == ["252434215000011"])
        #expect(missing.first?.pedimento?.location.description.hasPrefix("fiscal-years/2025/datastage/701_solicitudes.zip!701_551.asc:") == true)
        #expect(!result.figures.reconciliation.contains { $0.code == .returnUnlinked })

        // A key on the import side that neither the catalogue nor rules.toml classes.
        let strange = try Stage.root([
            Stage.request(
                "702", Stage.fullYear, Stage.yearEnd,
                [
                    Stage.export("5000001", paid: "2025-02-10", usd: 1_000_00, pesos: 20_000),
                    Stage.export("5000002", key: "Z9", paid: "2025-02-11", usd: 1_000_00, pesos: 20_000, operation: 1),
                ])
        ])
        defer { strange.remove() }
        let findings = filingErrors(strange, year: 2025)
        let finding = try #require(findings.first { $0.code == .unknownKey })
        #expect(finding.message == "pedimento key Z9 (import side) is in neither the key catalogue templates/pedimento-keys.toml nor rules.toml [keys.import]")
        #expect(finding.hint?.contains("add it to templates/pedimento-keys.toml") == true)
        #expect(finding.location?.description == "fiscal-years/2025/datastage/702_solicitudes.zip!702_551.asc:3:1")
        #expect(strange.outFiles().isEmpty)
    }

    @Test(
        "701 as real extracts write it: a four-digit PedimentoAnterior is padded; rectifications of other years' pedimentos are listed with their amounts, never counted"
    )
    func otherYearRectifications() throws {
        // 2010's pedimento 0002327 (its year's last digit is 0), written 2327; a 2024 one in full.
        let root = try Stage.root([
            Stage.request(
                "703", Stage.fullYear, Stage.yearEnd,
                [
                    Stage.export("5000001", key: "RT", paid: "2025-02-10", usd: 1_000_00, pesos: 20_000),
                    Stage.export("5000002", key: "RT", paid: "2025-03-10", usd: 700_00, pesos: 14_000, replaces: ("2327", "2010-06-15")),
                    Stage.export("5000003", key: "RT", paid: "2025-04-10", usd: 200_00, pesos: 4_000, replaces: ("4000123", "2024-12-02")),
                ])
        ])
        defer { root.remove() }
        let result = try file(root)
        #expect(result.figures.exports.total.mxn.decimalString == "20000.00")
        #expect(result.figures.exports.total.usd.decimalString == "1000.00")
        let listed = result.figures.reconciliation.filter { $0.code == .rectificationOtherYear }.map(\.message)
        #expect(
            listed == [
                "rectification 252434215000002 replaces 102434210002327, a pedimento of 2010; it is listed, not counted",
                "rectification 252434215000003 replaces 242434214000123, a pedimento of 2024; it is listed, not counted",
            ])
        let places = result.figures.reconciliation.filter { $0.code == .rectificationOtherYear }.map { $0.pedimento?.location.description ?? "" }
        #expect(
            places == ["fiscal-years/2025/datastage/703_solicitudes.zip!703_551.asc:3:1", "fiscal-years/2025/datastage/703_solicitudes.zip!703_551.asc:4:1"])
        let lines = memo(result, .rectificationOtherYear)
        #expect(lines.map(\.pedimentos) == [2])
        #expect(lines.map(\.amount.mxn.decimalString) == ["18000.00"])
        #expect(lines.map(\.amount.usd.decimalString) == ["900.00"])
    }

    @Test("a 701 row whose PedimentoAnterior is not digits is an error at its cell, not an export counted twice")
    func damaged701() throws {
        let root = try Stage.root([
            Stage.request(
                "704", Stage.fullYear, Stage.yearEnd,
                [
                    Stage.export("5000001", key: "RT", paid: "2025-02-10", usd: 1_000_00, pesos: 20_000),
                    Stage.export("5000002", key: "RT", paid: "2025-03-10", usd: 700_00, pesos: 14_000, replaces: ("23A7", "2020-06-15")),
                ])
        ])
        defer { root.remove() }
        let findings = filingErrors(root, year: 2025)
        let finding = try #require(findings.first { $0.code == .malformedCode })
        // PedimentoAnterior is the 6th column of 701; the row is the file's second line.
        #expect(
            finding.location?.description == "fiscal-years/2025/datastage/704_solicitudes.zip!704_701.asc:2:\(column(of: 6, in: "701", row: 2, root: root))")
        #expect(finding.message.contains("PedimentoAnterior '23A7'"))
        #expect(finding.severity == .error)
        #expect(root.outFiles().isEmpty)
    }

    @Test("a return abroad of fixed assets (507 ClaveCaso AF) is listed, not counted, unless rules.toml counts it; exports.csv says so in fixed_asset_return")
    func fixedAssetReturns() throws {
        var machine = Stage.export("5000002", key: "RT", paid: "2025-03-10", usd: 5_000_00, pesos: 100_000)
        machine.cases = ["AF"]
        let root = try Stage.root(
            [
                Stage.request(
                    "705", Stage.fullYear, Stage.yearEnd,
                    [
                        Stage.export("5000001", key: "RT", paid: "2025-02-10", usd: 1_000_00, pesos: 20_000), machine,
                    ])
            ], exportsCSV: true)
        defer { root.remove() }
        try root.write(
            "fiscal-years/2025/exports.csv",
            """
            pedimento,customs_section,key,paid_on,exchange_rate,value_usd,commercial_value_mxn,fixed_asset_return
            252434215000001,240,RT,2025-02-10,20.00000,1000.00,20000.00,
            252434215000002,240,RT,2025-03-10,20.00000,5000.00,100000.00,AF

            """)
        for source in ["datastage", "exports.csv"] {
            try root.write("fiscal-years/2025/rules.toml", "[exports]\nsource = \"\(source)\"\n")
            let result = try file(root)
            #expect(result.figures.exports.direct.mxn.decimalString == "20000.00", "\(source)")
            #expect(memo(result, .fixedAssetReturn).map(\.amount.mxn.decimalString) == ["100000.00"], "\(source)")
            #expect(result.figures.reconciliation.isEmpty, "\(source): \(result.figures.reconciliation.map(\.message))")
            #expect(try root.read("out/2025/immex-annual-report-2025.xml").contains("<FixedAssetReturns counted=\"false\"/>"))

            try root.write("fiscal-years/2025/rules.toml", "[exports]\nsource = \"\(source)\"\ncount_fixed_asset_returns = true\n")
            let counted = try file(root)
            #expect(counted.figures.exports.direct.mxn.decimalString == "120000.00", "\(source)")
            #expect(memo(counted, .fixedAssetReturn).isEmpty)
        }
    }

    @Test("the sample year gives the same figures from exports.csv and from the Data Stage, K1 returns and every memo line included")
    func bothSourcesAgree() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        try SampleYearGenerator(year: FiscalYear(2025), invoices: 2_400, pedimentos: 320, deliberateMismatches: false)
            .write(to: root.path("fiscal-years/2025"))
        var figures: [AnnualFigures] = []
        for source in ["datastage", "exports.csv"] {
            let rules = try root.read("fiscal-years/2025/rules.toml")
                .replacingOccurrences(of: "source = \"datastage\"", with: "source = \"\(source)\"")
            try root.write("fiscal-years/2025/rules.toml", rules)
            let result = try file(root)
            #expect(result.figures.exportSource.rawValue == source)
            figures.append(result.figures)
        }
        let (stage, csv) = (figures[0].exports, figures[1].exports)
        #expect(stage.returns.mxn.centavos > 0 && stage.returns == csv.returns)
        #expect(stage.directGross == csv.directGross)
        #expect(stage.indirect == csv.indirect)
        #expect(stage.total == csv.total)
        #expect(stage.monthly == csv.monthly)
        #expect(stage.counts == csv.counts)
        #expect(stage.byKey == csv.byKey)
        // A Data Stage rectification carries the effective key (RT), exports.csv's the key R1.
        func byKind(_ totals: ExportTotals) -> [ExportTotals.MemoKind: ExportAmount] {
            totals.memo.reduce(into: [:]) { $0[$1.kind, default: .zero] += $1.amount }
        }
        #expect(Set(byKind(stage).keys) == Set(ExportTotals.MemoKind.allCases))
        #expect(byKind(stage) == byKind(csv))
        #expect(
            figures[0].reconciliation.filter { $0.code != .rectificationOtherYear }.isEmpty,
            "\(figures[0].reconciliation.map(\.message))")
    }

    /// The 1-based column where field `field` (1-based) of line `row` of a member begins.
    private func column(of field: Int, in code: String, row: Int, root: WorkingRoot) -> Int {
        let request = Stage.request(
            "704", Stage.fullYear, Stage.yearEnd,
            [
                Stage.export("5000001", key: "RT", paid: "2025-02-10", usd: 1_000_00, pesos: 20_000),
                Stage.export("5000002", key: "RT", paid: "2025-03-10", usd: 700_00, pesos: 14_000, replaces: ("23A7", "2020-06-15")),
            ])
        let bytes = request.members().first { $0.name == "704_\(code).asc" }!.bytes
        let line = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n")[row - 1]
        return line.split(separator: "|", omittingEmptySubsequences: false).prefix(field - 1).reduce(1) { $0 + $1.count + 1 }
    }
}

/// Every key of the shipped catalogue resolves to a class on each side, with a reason.
@Suite("The pedimento key catalogue")
struct KeyCatalogueTests {
    static let catalogueURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates/pedimento-keys.toml")

    func load(_ text: String) throws -> (KeyCatalogue?, [Finding]) {
        var findings: [Finding] = []
        let file = try InputFile(displayPath: KeyCatalogueFile.path, url: URL(fileURLWithPath: "/nonexistent"), bytes: Array(text.utf8))
        return (KeyCatalogueFile.load(file, findings: &findings), findings)
    }

    @Test("all 76 keys of Anexo 22 apéndice 2, each classed on both sides with a reason; BM, BO, K1, F4 and GC as the issue of real extracts says")
    func wholeCatalogue() throws {
        let (loaded, findings) = try load(String(contentsOf: Self.catalogueURL, encoding: .utf8))
        #expect(findings.isEmpty, "\(findings)")
        let catalogue = try #require(loaded)
        // The appendix's keys by regime (formats.md, "Pedimento keys by regime").
        let appendix = """
            A1 A3 C1 D1 GC K1 L1 P1 S2 T1 VF VU G9 V1 V2 V5 V6 V7 V9 VD AD AJ BA BB BC BD BE BF BH BI BM BO BP BR H1 H8 I1 F4 F5 \
            IN AF RT A4 E1 E2 G1 C3 K2 A5 E3 E4 G2 K3 F2 F3 V3 V4 F8 F9 G6 G7 V8 M1 M2 J3 G8 M3 M4 M5 J4 T3 T6 T7 T9 R1 CT
            """.split(separator: " ").map { PedimentoKey($0)! }
        #expect(appendix.count == 76)
        // Besides the appendix, two keys real extracts hold on the import side (formats.md §3.5).
        #expect(Set(catalogue.entries.keys) == Set(appendix + [PedimentoKey("A2")!, PedimentoKey("A6")!]))
        let classes = catalogue.classification()
        for key in catalogue.entries.keys {
            for side in OperationSide.allCases {
                #expect(classes.keyClass(of: key, side: side) != nil, "\(key) \(side)")
                #expect(catalogue.entries[key]?.default(on: side).reason.isEmpty == false, "\(key) \(side)")
            }
        }
        func on(_ code: String, _ side: OperationSide) -> KeyClass? { classes.keyClass(of: PedimentoKey(code)!, side: side) }
        #expect(on("BM", .export) == .temporaryExport && on("BO", .export) == .temporaryExport)
        #expect(on("K1", .import) == .subtracting && on("K1", .export) == .subtracting)
        #expect(on("F4", .export) == .review && on("F4", .import) == .excluded)
        #expect(on("GC", .export) == .review && on("GC", .import) == .excluded)
        #expect(on("A1", .export) == .direct && on("RT", .export) == .direct && on("A1", .import) == .excluded)
        #expect(on("V5", .export) == .excluded && on("IN", .import) == .temporaryImport && on("AF", .import) == .temporaryImport)
        // The keys real extracts hold (formats.md §3.5) all resolve.
        for code in ["A1", "RT", "V1", "V5", "GC", "BM", "BO"] { #expect(on(code, .export) != nil) }
        for code in ["IN", "AF", "V1", "E1", "F4", "F5", "A1", "A3", "A4", "A6", "A2", "I1", "BO", "V5"] {
            #expect(on(code, .import) != nil, "\(code)")
        }
    }

    @Test("without the catalogue a run stops with an error that says where it belongs; nothing is written")
    func missingCatalogue() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        try FileManager.default.removeItem(at: root.path("templates/pedimento-keys.toml"))
        do {
            _ = try FilingRun.run(FilingRequest(root: root.url, year: FiscalYear(2024), generatedAt: fixedTime))
            Issue.record("the run succeeded without a key catalogue")
        } catch {
            guard case .inputErrors(let findings) = error else {
                Issue.record("\(error)")
                return
            }
            let finding = try #require(findings.first { $0.location?.file == "templates/pedimento-keys.toml" })
            #expect(finding.severity == .error)
            #expect(finding.hint?.contains("ships with the tool in templates/") == true)
            #expect(root.outFiles().isEmpty)
        }
    }

    @Test("a broken catalogue entry is an error at its line: an unknown class, a missing reason, a table that is no key")
    func brokenEntries() throws {
        let (catalogue, findings) = try load(
            """
            [A1]
            regime = "definitivo"
            description = "Importación o exportación definitiva"
            export = "counted"
            export_reason = "x"
            import = "excluded"

            [ABC]
            regime = "x"

            """)
        #expect(catalogue == nil)
        let places = findings.map { "\($0.location?.line ?? 0) \($0.message)" }.sorted()
        #expect(places.contains { $0.hasPrefix("4 ") && $0.contains("'counted'") }, "\(places)")
        #expect(places.contains { $0.contains("import_reason") }, "\(places)")
        #expect(places.contains { $0.contains("'ABC'") }, "\(places)")
        #expect(findings.allSatisfy { $0.code == .invalidSettings && $0.location?.file == "templates/pedimento-keys.toml" })
    }
}
