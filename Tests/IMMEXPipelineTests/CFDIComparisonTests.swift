import Foundation
import TestSupport
import Testing
import ZipArchive

@testable import IMMEXDomain
@testable import IMMEXPipeline

@Suite("CFDI as the SAT holds them against sales.csv")
struct CFDIComparisonTests {
    /// A CFDI 4.0 of the fixture company, in the SAT's shape.
    static func cfdi(
        _ number: Int, date: String, subtotal: String = "1000000.00", currency: String = "MXN", export: String = "01",
        pedimento: String? = nil, totalUSD: String? = nil
    ) -> [UInt8] {
        let uuid = String(format: "00000000-0000-4000-8000-%012d", number)
        let customs =
            pedimento.map {
                "<cfdi:Conceptos><cfdi:Concepto Importe=\"1\"><cfdi:InformacionAduanera NumeroPedimento=\"\($0)\"/></cfdi:Concepto></cfdi:Conceptos>"
            } ?? ""
        let trade = totalUSD.map { "<cce20:ComercioExterior Version=\"2.0\" ClaveDePedimento=\"A1\" TipoCambioUSD=\"20.00\" TotalUSD=\"\($0)\"/>" } ?? ""
        return Array(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" xmlns:tfd="http://www.sat.gob.mx/TimbreFiscalDigital" xmlns:cce20="http://www.sat.gob.mx/ComercioExterior20" Version="4.0" Fecha="\(date)T10:00:00" SubTotal="\(subtotal)" Total="\(subtotal)" Moneda="\(currency)" TipoDeComprobante="I" Exportacion="\(export)">
              <cfdi:Emisor Rfc="TFX010101AB1" Nombre="FIXTURE" RegimenFiscal="601"/>
              <cfdi:Receptor Rfc="IDN0503157K2"/>
              \(customs)
              <cfdi:Complemento>\(trade)<tfd:TimbreFiscalDigital Version="1.1" UUID="\(uuid)"/></cfdi:Complemento>
            </cfdi:Comprobante>
            """.utf8)
    }

    @Test("every difference code at its places: only in the CFDI, only in sales.csv, amount, currency, export code, status, cancelled after the year")
    func differences() throws {
        let root = try Stage.root([])
        defer { root.remove() }
        // sales.csv: twelve invoices, numbers 1 to 12, one on the 15th of each month.
        let folder = root.path("fiscal-years/2025/cfdi")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var zip = try ZipWriter(path: folder.appendingPathComponent("PKG_01.zip").path)
        try zip.add("1.xml", bytes: Self.cfdi(1, date: "2025-01-15"), modified: 0)
        try zip.add("2.xml", bytes: Self.cfdi(2, date: "2025-02-15", subtotal: "999999.00"), modified: 0)
        try zip.add("3.xml", bytes: Self.cfdi(3, date: "2025-03-15", currency: "USD"), modified: 0)
        try zip.add("4.xml", bytes: Self.cfdi(4, date: "2025-04-15", export: "02"), modified: 0)
        try zip.add("5.xml", bytes: Self.cfdi(5, date: "2025-05-15"), modified: 0)
        try zip.add("99.xml", bytes: Self.cfdi(99, date: "2025-06-20"), modified: 0)
        for number in 6...12 { try zip.add("\(number).xml", bytes: Self.cfdi(number, date: String(format: "2025-%02d-15", number)), modified: 0) }
        try zip.close()
        let metadata = SATMetadata.text([
            "00000000-0000-4000-8000-000000000005~TFX010101AB1~F~IDN0503157K2~C~SAT970701NN3~2025-05-15 10:00:00~~1000000.00~I~0~2026-01-20 09:00:00",
            "00000000-0000-4000-8000-000000000006~TFX010101AB1~F~IDN0503157K2~C~SAT970701NN3~2025-06-15 10:00:00~~1000000.00~I~0~2025-08-01 09:00:00",
        ])
        try Data(metadata.utf8).write(to: folder.appendingPathComponent("PKG_01_M.txt"))
        // One invoice without its CFDI: a 13th row of sales.csv that no package holds.
        var sales = try root.read("fiscal-years/2025/sales.csv")
        sales += "00000000-0000-4000-8000-000000000013,2025-12-20,I,IDN0503157K2,01,MXN,5.00\n"
        try root.write("fiscal-years/2025/sales.csv", sales)

        let result = try file(root, year: 2025)
        let items = result.figures.reconciliation.filter { $0.cfdi != nil || $0.code == .csvOnlyInvoice }
        func codes(_ code: FindingCode) -> [ReconciliationItem] { items.filter { $0.code == code } }
        #expect(codes(.cfdiAmountDifference).map(\.invoice?.id) == ["00000000-0000-4000-8000-000000000002"])
        #expect(codes(.cfdiCurrencyDifference).count == 1 && codes(.cfdiExportCodeDifference).count == 1)
        // Cancelled within the year, the ERP's "active" is a difference; cancelled after it ended
        // (invoice 5), the CFDI was in force in the year: listed as such, not as a status difference.
        #expect(codes(.cfdiStatusDifference).map(\.invoice?.id) == ["00000000-0000-4000-8000-000000000006"])
        #expect(codes(.cfdiCancelledAfterYear).first?.cfdi?.location.description == "fiscal-years/2025/cfdi/PKG_01_M.txt:2:1")
        #expect(codes(.cfdiOnlyInvoice).map(\.cfdi?.id) == ["00000000-0000-4000-8000-000000000099"])
        #expect(codes(.csvOnlyInvoice).map(\.invoice?.id) == ["00000000-0000-4000-8000-000000000013"])
        let amount = try #require(codes(.cfdiAmountDifference).first)
        #expect(amount.cfdi?.location.description == "fiscal-years/2025/cfdi/PKG_01.zip!2.xml:2:1")
        #expect(amount.invoice?.location.description == "fiscal-years/2025/sales.csv:3:1")
        // In reconciliation.csv, with both places, and among the findings as warnings at the CFDI.
        let csv = try root.read("out/2025/reconciliation.csv")
        #expect(csv.contains("cfdi-amount-difference") && csv.contains("fiscal-years/2025/cfdi/PKG_01.zip!2.xml:2:1"))
        #expect(
            result.findings.contains {
                $0.code == .cfdiOnlyInvoice && $0.severity == .warning && $0.location?.file == "fiscal-years/2025/cfdi/PKG_01.zip!99.xml"
            })
        // The packages are sealed with the inputs.
        let xml = try root.read("out/2025/immex-annual-report-2025.xml")
        #expect(xml.contains("path=\"fiscal-years/2025/cfdi/PKG_01.zip\"") && xml.contains("path=\"fiscal-years/2025/cfdi/PKG_01_M.txt\""))
    }

    @Test("a CFDI repeated across packages, when sales.csv is summed: compared once; with other figures a warning (which copy was compared), the run goes on")
    func repeatedAcrossPackages() throws {
        let root = try Stage.root([])
        defer { root.remove() }
        let folder = root.path("fiscal-years/2025/cfdi")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var first = try ZipWriter(path: folder.appendingPathComponent("PKG_01.zip").path)
        for number in 1...12 { try first.add("\(number).xml", bytes: Self.cfdi(number, date: String(format: "2025-%02d-15", number)), modified: 0) }
        try first.close()
        var second = try ZipWriter(path: folder.appendingPathComponent("PKG_02.zip").path)
        try second.add("1.xml", bytes: Self.cfdi(1, date: "2025-01-15"), modified: 0)
        try second.add("2.xml", bytes: Self.cfdi(2, date: "2025-02-15", subtotal: "1.00"), modified: 0)
        try second.close()

        let result = try file(root, year: 2025)
        #expect(result.figures.sales.net == Money(centavos: 1_200_000_000), "sales.csv is what is summed")
        let same = result.findings.filter { $0.code == .cfdiDuplicate }
        #expect(same.map(\.location?.description) == ["fiscal-years/2025/cfdi/PKG_02.zip!1.xml:2:1"] && same.allSatisfy { $0.severity == .note })
        #expect(same.first?.message.hasSuffix("with the same figures; it was compared once") == true)
        let differs = result.findings.filter { $0.code == .cfdiDuplicateDiffers }
        #expect(differs.map(\.location?.description) == ["fiscal-years/2025/cfdi/PKG_02.zip!2.xml:2:1"] && differs.allSatisfy { $0.severity == .warning })
        // The first copy is the one compared: its amount agrees with sales.csv.
        #expect(!result.figures.reconciliation.contains { $0.code == .cfdiAmountDifference })
    }

    @Test("TotalUSD against the pedimento's USD value: two CFDI consolidated under one pedimento add up; a third pedimento's do not")
    func dollars() throws {
        let root = try Stage.root([
            Stage.request(
                "900", Stage.fullYear, Stage.yearEnd,
                [
                    Stage.export("5000104", paid: "2025-06-10", usd: 10_000_00, pesos: 200_000, invoices: ["00000000-0000-4000-8000-000000000006"]),
                    Stage.export("5000106", paid: "2025-09-10", usd: 1_000_00, pesos: 20_000, invoices: ["00000000-0000-4000-8000-000000000042"]),
                    Stage.export("5000105", paid: "2025-07-10", usd: 5_000_00, pesos: 100_000),
                ])
        ])
        defer { root.remove() }
        let folder = root.path("fiscal-years/2025/cfdi")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var zip = try ZipWriter(path: folder.appendingPathComponent("PKG.zip").path)
        try zip.add("6.xml", bytes: Self.cfdi(6, date: "2025-06-15", pedimento: "25  24  3421  5000104", totalUSD: "6000.00"), modified: 0)
        try zip.add("7.xml", bytes: Self.cfdi(7, date: "2025-07-15", pedimento: "252434215000104", totalUSD: "4000.00"), modified: 0)
        try zip.add("8.xml", bytes: Self.cfdi(8, date: "2025-08-15", pedimento: "252434215000105", totalUSD: "5120.00"), modified: 0)
        try zip.close()
        let result = try file(root, year: 2025)
        let dollars = result.figures.reconciliation.filter { $0.code == .cfdiUSDDifference }
        #expect(dollars.count == 1)
        let item = try #require(dollars.first)
        #expect(item.pedimento?.id == "252434215000105" && item.invoiceAmount == "5120.00" && item.pedimentoAmount == "5000.00")
        #expect(item.cfdi?.location.description == "fiscal-years/2025/cfdi/PKG.zip!8.xml:2:1")
        // The Data Stage's 505 names CFDI 42 for pedimento 5000106: no package holds it.
        let missing = result.figures.reconciliation.filter { $0.code == .dataStageInvoiceWithoutCFDI }
        #expect(missing.map(\.cfdi?.id) == ["00000000-0000-4000-8000-000000000042"] && missing.first?.pedimento?.id == "252434215000106")
    }
}
