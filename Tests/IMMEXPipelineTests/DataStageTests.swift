import Foundation
import Testing
import ZipArchive

@testable import IMMEXDomain
@testable import IMMEXPipeline
@testable import IMMEXSample

/// Data Stage requests built in the real layout (anonymised made-up values) for fiscal year 2025.
enum Stage {
    static func day(_ text: String) -> CalendarDate { CalendarDate.parse(text)! }

    static func export(
        _ number: String, key: String = "A1", paid: String, usd: Int64, pesos: Int64, valueAdded: Int64 = 0,
        invoices: [String] = [], operation: Int = 2, replaces: (String, String)? = nil,
        description: String = "Arnés eléctrico ñandú"
    ) -> DataStagePedimento {
        DataStagePedimento(
            patent: "3421", number: number, section: "240", operation: operation, key: key, paidOn: day(paid), rate: "20.00000",
            invoices: invoices,
            lines: [
                .init(description: description, commercialPesos: pesos, usdCentavos: usd, valueAddedPesos: valueAdded, country: operation == 2 ? "USA" : "MEX")
            ],
            replaces: replaces.map { (patent: "3421", number: $0.0, section: "240", date: day($0.1)) })
    }

    static func request(_ folio: String, _ from: String, _ to: String, _ pedimentos: [DataStagePedimento]) -> DataStageRequestWriter {
        DataStageRequestWriter(folio: folio, rfc: "TFX010101AB1", from: day(from), to: day(to), pedimentos: pedimentos)
    }

    /// A root with a 2025 year: sales, no exports.csv unless asked, and these requests in datastage/.
    static func root(_ requests: [DataStageRequestWriter], exportsCSV: Bool = false, rules: String = "") throws -> WorkingRoot {
        let root = try WorkingRoot(fixture: "handworked")
        var year = YearBuilder(2025)
        year.monthlySales("1000000.00", months: 1...12)
        year.withoutExportsCSV = !exportsCSV
        year.rules = rules
        try year.write(into: root.url)
        try FileManager.default.createDirectory(at: root.path("fiscal-years/2025/datastage"), withIntermediateDirectories: true)
        for request in requests { try request.write(into: root.path("fiscal-years/2025/datastage")) }
        return root
    }

    static let fullYear = "2025-01-01", yearEnd = "2025-12-31"
}

@Suite("The SAT's Data Stage, read directly")
struct DataStageTests {
    func file(_ root: WorkingRoot) throws(FilingError) -> FilingResult {
        try FilingRun.run(FilingRequest(root: root.url, year: FiscalYear(2025), generatedAt: fixedTime))
    }

    func expectErrors(_ root: WorkingRoot, _ check: ([Finding]) -> Void) {
        do {
            _ = try file(root)
            Issue.record("the run succeeded")
        } catch {
            guard case .inputErrors(let findings) = error else {
                Issue.record("\(error)")
                return
            }
            check(findings)
        }
    }

    @Test("exports from 551 (TipoOperacion 2 only), Latin-1, CRLF, trailing pipes, single-space blanks; the report names the source")
    func basics() throws {
        let root = try Stage.root([
            Stage.request(
                "752372", Stage.fullYear, Stage.yearEnd,
                [
                    Stage.export("5000001", paid: "2025-02-10", usd: 1_000_00, pesos: 20_000),
                    Stage.export("5000002", key: "RT", paid: "2025-03-10", usd: 2_000_00, pesos: 40_000, valueAdded: 5_000),
                    Stage.export("5000003", key: "V1", paid: "2025-04-10", usd: 500_00, pesos: 10_000),
                    // V1 received (TipoOperacion 1) and an import: not exports.
                    Stage.export("5000004", key: "V1", paid: "2025-04-11", usd: 9_000_00, pesos: 180_000, operation: 1),
                    Stage.export("5000005", key: "IN", paid: "2025-04-12", usd: 9_000_00, pesos: 180_000, operation: 1),
                ])
        ])
        defer { root.remove() }
        let result = try file(root)
        let exports = result.figures.exports
        #expect(result.figures.exportSource == .dataStage)
        #expect(exports.direct.mxn.decimalString == "60000.00")
        #expect(exports.direct.usd.decimalString == "3000.00")
        #expect(exports.indirect.mxn.decimalString == "10000.00")
        #expect(exports.monthly[1].direct.mxn.decimalString == "20000.00")
        let xml = try root.read("out/2025/immex-annual-report-2025.xml")
        #expect(xml.contains("<Exports source=\"datastage\">"))
        #expect(xml.contains("<DataStageRequest folio=\"752372\" from=\"2025-01-01\" to=\"2025-12-31\"/>"))
        #expect(xml.contains("path=\"fiscal-years/2025/datastage/752372_solicitudes.zip\""))
        // The ZIP, unchanged, is in the evidence.
        let unzip = try runProcess(URL(fileURLWithPath: "/usr/bin/unzip"), ["-l", root.path("out/2025/immex-2025-evidence.zip").path])
        #expect(unzip.stdout.contains("inputs/datastage/752372_solicitudes.zip"))
        #expect(!result.findings.contains { $0.code == .dataStageCoverage })
    }

    @Test("a ZIP nested in a ZIP, with __MACOSX junk, reads the same; loose .asc files are accepted too")
    func nestedAndLoose() throws {
        let request = Stage.request("1001699", Stage.fullYear, Stage.yearEnd, [Stage.export("5000001", paid: "2025-02-10", usd: 1_000_00, pesos: 20_000)])
        let root = try Stage.root([])
        defer { root.remove() }
        let inner = FileManager.default.temporaryDirectory.appendingPathComponent("immex-inner-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: inner) }
        try request.write(into: inner)
        var outer = try ZipWriter(path: root.path("fiscal-years/2025/datastage/descarga.zip").path)
        try outer.add("descarga/\(request.zipName)", bytes: [UInt8](try Data(contentsOf: inner.appendingPathComponent(request.zipName))), modified: 0)
        try outer.add("__MACOSX/descarga/._\(request.zipName)", bytes: [0, 5, 22, 7], modified: 0)
        try outer.close()
        #expect(try file(root).figures.exports.direct.mxn.decimalString == "20000.00")

        // The same tables as loose files.
        try FileManager.default.removeItem(at: root.path("fiscal-years/2025/datastage/descarga.zip"))
        for member in request.members() { try Data(member.bytes).write(to: root.path("fiscal-years/2025/datastage/\(member.name)")) }
        #expect(try file(root).figures.exports.direct.mxn.decimalString == "20000.00")
    }

    @Test("overlapping requests count a pedimento once; a month no request covers is a finding")
    func overlapAndCoverage() throws {
        let shared = Stage.export("5000002", paid: "2025-07-01", usd: 2_000_00, pesos: 40_000)
        let root = try Stage.root([
            Stage.request("100", "2025-01-01", "2025-02-28", [Stage.export("5000001", paid: "2025-02-10", usd: 1_000_00, pesos: 20_000)]),
            Stage.request("101", "2025-04-01", "2025-07-15", [shared]),
            Stage.request("102", "2025-07-01", "2025-12-31", [shared]),
        ])
        defer { root.remove() }
        let result = try file(root)
        #expect(result.figures.exports.direct.mxn.decimalString == "60000.00")
        #expect(result.findings.contains { $0.code == .dataStageDuplicate })
        let coverage = try #require(result.findings.first { $0.code == .dataStageCoverage })
        #expect(coverage.message == "Data Stage does not cover 2025-03")
    }

    @Test("a rectification chain: the latest version's values, the original's month; both stay in the evidence")
    func rectificationChain() throws {
        let root = try Stage.root([
            Stage.request(
                "200", Stage.fullYear, Stage.yearEnd,
                [
                    Stage.export("5000001", paid: "2025-02-10", usd: 1_000_00, pesos: 20_000),
                    Stage.export("5000002", paid: "2025-03-10", usd: 1_100_00, pesos: 22_000, replaces: ("5000001", "2025-02-10")),
                    Stage.export("5000003", paid: "2025-05-10", usd: 1_050_00, pesos: 21_000, replaces: ("5000002", "2025-03-10")),
                    Stage.export("5000004", paid: "2025-06-10", usd: 700_00, pesos: 14_000, replaces: ("4000099", "2024-11-10")),
                ])
        ])
        defer { root.remove() }
        let result = try file(root)
        #expect(result.figures.exports.direct.mxn.decimalString == "21000.00")
        #expect(result.figures.exports.counts.rectified == 1)
        #expect(result.figures.exports.monthly[1].direct.mxn.decimalString == "21000.00")
        // A rectification of a 2024 pedimento is listed, not counted.
        #expect(result.figures.reconciliation.map(\.code).contains(.rectificationOtherYear))
    }

    @Test("an A1 linked to its CFDI through 505's NumeroFactura reconciles")
    func invoiceLink() throws {
        let root = try Stage.root([
            Stage.request(
                "300", Stage.fullYear, Stage.yearEnd,
                [
                    Stage.export("5000001", paid: "2025-02-10", usd: 1_000_00, pesos: 20_000, invoices: ["00000000-0000-4000-8000-00000000AAAA"])
                ])
        ])
        defer { root.remove() }
        try root.write(
            "fiscal-years/2025/sales.csv",
            """
            uuid,issued_on,type,customer_rfc,customer_country,export_code,currency,exchange_rate,subtotal,total_usd
            00000000-0000-4000-8000-00000000AAAA,2025-02-09,I,XEXX010101000,USA,02,USD,20.000000,1000.00,1000.00

            """)
        let result = try file(root)
        #expect(result.figures.reconciliation.isEmpty, "\(result.figures.reconciliation.map(\.message))")
    }

    @Test("a truncated ZIP is an error naming the ZIP; nothing is written")
    func truncated() throws {
        let root = try Stage.root([
            Stage.request("400", Stage.fullYear, Stage.yearEnd, [Stage.export("5000001", paid: "2025-02-10", usd: 1_000_00, pesos: 20_000)])
        ])
        defer { root.remove() }
        let path = root.path("fiscal-years/2025/datastage/400_solicitudes.zip")
        let bytes = try Data(contentsOf: path)
        try bytes.prefix(bytes.count / 2).write(to: path)
        expectErrors(root) { findings in
            let finding = findings.first { $0.code == .dataStageUnreadable }
            #expect(finding?.location?.file == "fiscal-years/2025/datastage/400_solicitudes.zip")
            #expect(finding?.severity == .error)
        }
        #expect(root.outFiles().isEmpty)
    }

    @Test("a member missing a column, and a bad number, are reported with ZIP, member, line and column")
    func malformedMembers() throws {
        let request = Stage.request("500", Stage.fullYear, Stage.yearEnd, [Stage.export("5000001", paid: "2025-02-10", usd: 1_000_00, pesos: 20_000)])
        let root = try Stage.root([])
        defer { root.remove() }
        var writer = try ZipWriter(path: root.path("fiscal-years/2025/datastage/\(request.zipName)").path)
        for member in request.members() {
            var bytes = member.bytes
            if member.name == "500_501.asc" {
                bytes = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "|TipoCambio|", with: "|TipoKambio|").utf8)
            }
            if member.name == "500_551.asc" {
                bytes = Array(
                    String(decoding: bytes.map { $0 < 0x80 ? $0 : UInt8(ascii: "?") }, as: UTF8.self).replacingOccurrences(of: "|20000|", with: "|20,000|").utf8
                )
            }
            try writer.add(member.name, bytes: bytes, modified: 0)
        }
        try writer.close()
        expectErrors(root) { findings in
            let places = findings.filter { $0.severity == .error }.map { "\($0.location?.description ?? "") \($0.code.rawValue)" }
            #expect(places.contains("fiscal-years/2025/datastage/500_solicitudes.zip!500_501.asc:1:1 missing-column"))
            #expect(places.contains { $0.hasPrefix("fiscal-years/2025/datastage/500_solicitudes.zip!500_551.asc:2:") && $0.hasSuffix("malformed-amount") })
        }
    }

    @Test("with exports.csv too: the Data Stage counts, and every difference is a finding")
    func crossCheck() throws {
        let root = try Stage.root(
            [
                Stage.request(
                    "600", Stage.fullYear, Stage.yearEnd,
                    [
                        Stage.export("5000001", key: "RT", paid: "2025-02-10", usd: 1_000_00, pesos: 20_000),
                        Stage.export("5000002", key: "RT", paid: "2025-03-10", usd: 2_000_00, pesos: 40_000),
                        Stage.export("5000003", key: "RT", paid: "2025-04-10", usd: 3_000_00, pesos: 60_000),
                    ])
            ], exportsCSV: true)
        defer { root.remove() }
        try root.write(
            "fiscal-years/2025/exports.csv",
            """
            pedimento,customs_section,key,paid_on,exchange_rate,value_usd,commercial_value_mxn
            252434215000001,240,RT,2025-02-10,20.00000,1000.00,20000.00
            252434215000002,240,RT,2025-03-10,20.00000,2100.00,42000.00
            252434215000009,240,RT,2025-05-10,20.00000,10.00,200.00

            """)
        let result = try file(root)
        #expect(result.figures.exports.direct.mxn.decimalString == "120000.00")
        #expect(result.figures.reconciliation.map(\.code).sorted() == [.csvOnlyPedimento, .dataStageOnlyPedimento, .dataStageValueDifference])
        let difference = try #require(result.figures.reconciliation.first { $0.code == .dataStageValueDifference })
        #expect(difference.invoice?.location.description == "fiscal-years/2025/exports.csv:3:1")
        #expect(difference.difference == "100.00")

        // The setting picks the ERP's extract instead.
        try root.write("fiscal-years/2025/rules.toml", "[exports]\nsource = \"exports.csv\"\n")
        #expect(try file(root).figures.exports.direct.mxn.decimalString == "62200.00")
    }
}
