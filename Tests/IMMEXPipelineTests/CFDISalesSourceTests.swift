import Foundation
import TestSupport
import Testing
import ZipArchive

@testable import IMMEXDomain
@testable import IMMEXPipeline

@Suite("Sales from the CFDI: [sales] source = \"cfdi\"")
struct CFDISalesSourceTests {
    static let company = "TFX010101AB1"

    /// A stamped CFDI in the SAT's shape: 4.0 unless `version` says 3.3 (then no `Exportacion`, and
    /// Comercio Exterior 1.1 when `foreignTrade`).
    static func cfdi(
        _ number: Int, date: String, type: String = "I", subtotal: String = "1000.00", discount: String? = nil, currency: String = "MXN",
        rate: String? = nil, receiver: String = "IDN0503157K2", residence: String? = nil, export: String = "01", foreignTrade: Bool = false,
        related: Int? = nil, issuer: String = company, version: String = "4.0", stamped: Bool = true
    ) -> [UInt8] {
        let uuid = String(format: "00000000-0000-4000-8000-%012d", number)
        let v4 = version == "4.0"
        let namespace = v4 ? "http://www.sat.gob.mx/cfd/4" : "http://www.sat.gob.mx/cfd/3"
        let tradeNamespace = v4 ? "http://www.sat.gob.mx/ComercioExterior20" : "http://www.sat.gob.mx/ComercioExterior11"
        var attributes = "Version=\"\(version)\" Fecha=\"\(date)T10:00:00\" SubTotal=\"\(subtotal)\" Total=\"\(subtotal)\" Moneda=\"\(currency)\""
        attributes += " TipoDeComprobante=\"\(type)\""
        if let discount { attributes += " Descuento=\"\(discount)\"" }
        if let rate { attributes += " TipoCambio=\"\(rate)\"" }
        if v4 { attributes += " Exportacion=\"\(export)\"" }
        let relation = related.map {
            String(
                format: "<cfdi:CfdiRelacionados TipoRelacion=\"01\"><cfdi:CfdiRelacionado UUID=\"00000000-0000-4000-8000-%012d\"/></cfdi:CfdiRelacionados>", $0)
        }
        let trade =
            foreignTrade
            ? "<cce:ComercioExterior Version=\"\(v4 ? "2.0" : "1.1")\" ClaveDePedimento=\"A1\" TipoCambioUSD=\"\(rate ?? "1")\" TotalUSD=\"\(subtotal)\"/>"
            : ""
        let stamp = stamped ? "<tfd:TimbreFiscalDigital Version=\"1.1\" UUID=\"\(uuid)\"/>" : ""
        return Array(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <cfdi:Comprobante xmlns:cfdi="\(namespace)" xmlns:tfd="http://www.sat.gob.mx/TimbreFiscalDigital" xmlns:cce="\(tradeNamespace)" \(attributes)>
              \(relation ?? "")
              <cfdi:Emisor Rfc="\(issuer)" Nombre="FIXTURE" RegimenFiscal="601"/>
              <cfdi:Receptor Rfc="\(receiver)"\(residence.map { " ResidenciaFiscal=\"\($0)\"" } ?? "")/>
              <cfdi:Complemento>\(trade)\(stamp)</cfdi:Complemento>
            </cfdi:Comprobante>
            """.utf8)
    }

    static let metadataHeader = SATMetadata.header

    static func metadataRow(_ number: Int, issued: String, amount: String = "1000.00", type: String = "I", cancelled: String? = nil) -> String {
        String(format: "00000000-0000-4000-8000-%012d", number)
            + "~\(company)~F~IDN0503157K2~C~SAT970701NN3~\(issued) 10:00:00~~\(amount)~\(type)~\(cancelled == nil ? "1" : "0")~\(cancelled.map { "\($0) 09:00:00" } ?? "")"
    }

    /// A 2025 year whose sales come from `cfdi/` (no sales.csv): the packages `packages` (name →
    /// members) and a metadata file of `metadata` rows.
    static func root(packages: [(String, [(String, [UInt8])])], metadata: [String]) throws -> WorkingRoot {
        let root = try WorkingRoot(fixture: "handworked")
        var year = YearBuilder(2025)
        year.monthlyExports(usd: "10.00", mxn: "200.00", months: 1...1)
        year.rules = "[sales]\nsource = \"cfdi\"\n"
        try year.write(into: root.url)
        try FileManager.default.removeItem(at: root.path("fiscal-years/2025/sales.csv"))
        let folder = root.path("fiscal-years/2025/cfdi")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, members) in packages {
            var zip = try ZipWriter(path: folder.appendingPathComponent(name).path)
            for (member, bytes) in members { try zip.add(member, bytes: bytes, modified: 0) }
            try zip.close()
        }
        var meta = try ZipWriter(path: folder.appendingPathComponent("META_01.zip").path)
        try meta.add("META.txt", bytes: Array(([metadataHeader] + metadata).joined(separator: "\r\n").utf8 + [13, 10]), modified: 0)
        try meta.close()
        return root
    }

    @Test("a year summed from its CFDI alone, worked by hand: I, E, P, T, a 3.3 export, cancellations either side of the year, a repeat, another year")
    func handWorked() throws {
        let root = try Self.root(
            packages: [
                (
                    "PKG_01.zip",
                    [
                        ("1.xml", Self.cfdi(1, date: "2025-01-15")),
                        (
                            "2.xml",
                            Self.cfdi(
                                2, date: "2025-02-10", subtotal: "500.00", discount: "50.00", currency: "USD", rate: "20.50", receiver: "XEXX010101000",
                                residence: "USA", export: "02", foreignTrade: true)
                        ),
                        ("3.xml", Self.cfdi(3, date: "2025-03-01", type: "E", subtotal: "200.00", related: 1)),
                        ("4.xml", Self.cfdi(4, date: "2025-03-05", type: "P", subtotal: "0", currency: "XXX")),
                        ("5.xml", Self.cfdi(5, date: "2025-03-06", type: "T", subtotal: "0")),
                        (
                            "6.xml",
                            Self.cfdi(
                                6, date: "2025-04-01", subtotal: "100.00", currency: "USD", rate: "19.00", receiver: "XEXX010101000", residence: "CAN",
                                foreignTrade: true, version: "3.3")
                        ),
                        ("7.xml", Self.cfdi(7, date: "2025-05-01")),
                        ("8.xml", Self.cfdi(8, date: "2025-12-20", subtotal: "300.00")),
                        ("10.xml", Self.cfdi(10, date: "2024-12-31")),
                        ("11.xml", Self.cfdi(11, date: "2025-06-01", issuer: "AAA010101AAA")),
                    ]
                ),
                // An overlapping download: CFDI 1 again.
                ("PKG_02.zip", [("1.xml", Self.cfdi(1, date: "2025-01-15"))]),
            ],
            metadata: [
                Self.metadataRow(1, issued: "2025-01-15"), Self.metadataRow(7, issued: "2025-05-01", cancelled: "2025-06-01"),
                Self.metadataRow(8, issued: "2025-12-20", amount: "348.00", cancelled: "2026-01-10"),
            ])
        defer { root.remove() }
        let result = try file(root, year: 2025)
        let sales = result.figures.sales
        // Invoices 1000.00 + (500 − 50) × 20.50 + 100 × 19 + 300 (cancelled after the year: it
        // counted) = 12,425.00; the credit note 200.00; 7 was cancelled in the year.
        #expect(sales.invoices == Money(centavos: 1_242_500) && sales.creditNotes == Money(centavos: 20_000) && sales.net == Money(centavos: 1_222_500))
        #expect(sales.domestic == Money(centavos: 110_000) && sales.foreign == Money(centavos: 1_112_500))
        #expect(sales.monthly[0] == Money(centavos: 100_000) && sales.monthly[1] == Money(centavos: 922_500) && sales.monthly[2] == Money(centavos: -20_000))
        #expect(sales.monthly[3] == Money(centavos: 190_000) && sales.monthly[4] == .zero && sales.monthly[11] == Money(centavos: 30_000))
        #expect(sales.counts.rows == 8 && sales.counts.activeInvoices == 4 && sales.counts.activeCreditNotes == 1)
        #expect(sales.counts.cancelled == 1 && sales.counts.notSales == 2)
        #expect(result.figures.salesSource == .cfdi)
        // The 3.3 export has no Exportacion: with its complement it is an A1 export (02).
        let codes = Set(result.findings.map(\.code))
        #expect(codes.isSuperset(of: [.cfdiDuplicate, .cfdiOutsideYear, .nonSalesCFDI, .cfdiCancelledAfterYear]))
        let duplicate = try #require(result.findings.first { $0.code == .cfdiDuplicate })
        #expect(duplicate.location?.description == "fiscal-years/2025/cfdi/PKG_02.zip!1.xml:2:1")
        #expect(result.findings.first { $0.code == .nonSalesCFDI }?.message.hasPrefix("2 payment, transfer or payroll CFDI") == true)
        #expect(result.findings.first { $0.code == .cfdiOutsideYear }?.message.hasPrefix("1 CFDI of") == true)
        let unmatched = result.figures.reconciliation.filter { $0.code == .unmatchedExportInvoice }.compactMap(\.invoice?.id)
        #expect(
            unmatched.sorted() == ["00000000-0000-4000-8000-000000000002", "00000000-0000-4000-8000-000000000006"],
            "both exports are kept for reconciliation and have no pedimento")
        // The report says where sales came from; the working paper names each CFDI's place.
        let xml = try root.read("out/2025/immex-annual-report-2025.xml")
        #expect(xml.contains("<Sales source=\"cfdi\" currency=\"MXN\" total=\"12225.00\""))
        let paper = try root.read("out/2025/working-paper-sales.csv")
        #expect(paper.contains("00000000-0000-4000-8000-000000000002,fiscal-years/2025/cfdi/PKG_01.zip!2.xml:2:1,2025-02-10,I,XEXX010101000,USD,"))
        #expect(paper.split(separator: "\r\n").count == 1 + 8)
    }

    @Test("what would change a figure stops the run, each at its place: no stamp, no exchange rate, a listed CFDI without its XML, no cfdi/")
    func errors() throws {
        let root = try Self.root(
            packages: [
                (
                    "PKG_01.zip",
                    [
                        ("1.xml", Self.cfdi(1, date: "2025-01-15", stamped: false)),
                        ("2.xml", Self.cfdi(2, date: "2025-02-15", currency: "USD")),
                        ("3.xml", Self.cfdi(3, date: "2025-03-15")),
                    ]
                )
            ],
            metadata: [
                Self.metadataRow(3, issued: "2025-03-15"), Self.metadataRow(9, issued: "2025-09-15"),
                Self.metadataRow(10, issued: "2025-10-15", cancelled: "2025-10-20"), Self.metadataRow(3, issued: "2025-03-15"),
            ])
        defer { root.remove() }
        let findings = try expectInputErrors(root)
        func at(_ code: FindingCode) -> [String] { findings.filter { $0.code == code }.compactMap { $0.location?.description } }
        #expect(at(.cfdiNotStamped) == ["fiscal-years/2025/cfdi/PKG_01.zip!1.xml:2:1"])
        #expect(at(.cfdiNoExchangeRate) == ["fiscal-years/2025/cfdi/PKG_01.zip!2.xml:2:1"])
        // CFDI 9 is listed in force and no package holds it; 10 was cancelled, so its XML is not needed.
        #expect(at(.cfdiXMLMissing) == ["fiscal-years/2025/cfdi/META_01.zip!META.txt:3:1"])
        // A row listed twice, found by the one reader as it reads the member inflating (the exact
        // reading, which starts the member again), with its first line.
        let repeated = try #require(findings.first { $0.code == .duplicateUUID })
        #expect(repeated.location?.description == "fiscal-years/2025/cfdi/META_01.zip!META.txt:5:1")
        #expect(repeated.related?.description == "fiscal-years/2025/cfdi/META_01.zip!META.txt:2:1")
        #expect(findings.allSatisfy { $0.severity == .error })
        #expect(root.outFiles().isEmpty, "nothing written")

        try FileManager.default.removeItem(at: root.path("fiscal-years/2025/cfdi"))
        let missing = try expectInputErrors(root)
        #expect(missing.map(\.code) == [.missingFile] && missing[0].message.contains("[sales] source = \"cfdi\""))
        try root.write("fiscal-years/2025/rules.toml", "[sales]\nsource = \"xml\"\n")
        #expect(try expectInputErrors(root).contains { $0.code == .invalidSettings && $0.message.contains("sales source 'xml' is not known") })
    }

    @Test(
        "the same UUID in two packages: with the same figures a note, counted once; with other figures an error at the later copy, whichever figure differs",
        arguments: ["an amount", "the date", "the type", "the receiver", "the currency"])
    func repeatedCFDI(differing: String) throws {
        let original = Self.cfdi(1, date: "2025-01-15")
        let copy =
            switch differing {
            case "an amount": Self.cfdi(1, date: "2025-01-15", subtotal: "1000.01")
            case "the date": Self.cfdi(1, date: "2025-01-16")
            case "the type": Self.cfdi(1, date: "2025-01-15", type: "E")
            case "the receiver": Self.cfdi(1, date: "2025-01-15", receiver: "XEXX010101000", residence: "USA")
            default: Self.cfdi(1, date: "2025-01-15", currency: "USD", rate: "1")
            }
        let same = try Self.root(
            packages: [("PKG_01.zip", [("1.xml", original)]), ("PKG_02.zip", [("1.xml", original)])], metadata: [Self.metadataRow(1, issued: "2025-01-15")])
        defer { same.remove() }
        let counted = try file(same, year: 2025)
        #expect(counted.figures.sales.net == Money(centavos: 100_000))
        #expect(counted.findings.filter { $0.code == .cfdiDuplicate }.compactMap(\.location?.description) == ["fiscal-years/2025/cfdi/PKG_02.zip!1.xml:2:1"])

        let other = try Self.root(
            packages: [("PKG_01.zip", [("1.xml", original)]), ("PKG_02.zip", [("1.xml", copy)])], metadata: [Self.metadataRow(1, issued: "2025-01-15")])
        defer { other.remove() }
        let findings = try expectInputErrors(other)
        let differs = findings.filter { $0.code == .cfdiDuplicateDiffers }
        #expect(differs.compactMap(\.location?.description) == ["fiscal-years/2025/cfdi/PKG_02.zip!1.xml:2:1"], "\(differing): \(findings.map(\.rendered))")
        #expect(differs.allSatisfy { $0.severity == .error } && other.outFiles().isEmpty)
    }

    func expectInputErrors(_ root: WorkingRoot) throws -> [Finding] {
        do {
            _ = try file(root, year: 2025)
        } catch {
            guard case .inputErrors(let findings) = error else { throw error }
            return findings
        }
        Issue.record("the run succeeded")
        return []
    }

    @Test("the shipped sample year: the same figures from sales.csv and from its CFDI")
    func sampleYearBothSources() throws {
        let fromCSV = try WorkingRoot.shipped()
        defer { fromCSV.remove() }
        let fromCFDI = try WorkingRoot.shipped()
        defer { fromCFDI.remove() }
        let rules = try fromCFDI.read("fiscal-years/2025/rules.toml")
        try fromCFDI.write("fiscal-years/2025/rules.toml", rules.replacingOccurrences(of: "[sales]\nsource = \"csv\"", with: "[sales]\nsource = \"cfdi\""))
        let csv = try file(fromCSV, year: 2025).figures
        let cfdi = try file(fromCFDI, year: 2025).figures
        #expect(csv.salesSource == .salesCSV && cfdi.salesSource == .cfdi)
        #expect(csv.sales.net == cfdi.sales.net && csv.sales.invoices == cfdi.sales.invoices && csv.sales.creditNotes == cfdi.sales.creditNotes)
        #expect(csv.sales.domestic == cfdi.sales.domestic && csv.sales.foreign == cfdi.sales.foreign && csv.sales.monthly == cfdi.sales.monthly)
        #expect(csv.sales.counts.activeInvoices == cfdi.sales.counts.activeInvoices && csv.sales.counts.cancelled == cfdi.sales.counts.cancelled)
        // The payment CFDI the ERP left out is one more row, and not a sale.
        #expect(cfdi.sales.counts.rows == csv.sales.counts.rows + 1 && cfdi.sales.counts.notSales == csv.sales.counts.notSales + 1)
        #expect(csv.exports == cfdi.exports && csv.thresholds == cfdi.thresholds)
        // The planted differences, listed once from either side.
        for figures in [csv, cfdi] {
            let codes = figures.reconciliation.map(\.code)
            #expect(codes.filter { $0 == .cfdiCancelledAfterYear }.count == 1 && codes.filter { $0 == .cfdiOnlyInvoice }.count == 1)
            #expect(!codes.contains(.cfdiAmountDifference) && !codes.contains(.cfdiStatusDifference) && !codes.contains(.csvOnlyInvoice))
        }
    }
}
