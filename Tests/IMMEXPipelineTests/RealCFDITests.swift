import Foundation
import TestSupport
import Testing
import ZipArchive

@testable import IMMEXDomain
@testable import IMMEXPipeline

/// The real public CFDI of `../shared/samples/` (samples/SOURCES.md), each summed as its issuer's
/// own sales: the whole path (a package as the SAT delivers it, the parser, the rules that make a
/// CFDI a sale, the report) on documents this project did not write. Read where they are; skipped
/// with a message where the samples are absent.
@Suite("Real stamped CFDI summed as their issuer's sales")
struct RealCFDITests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/samples")

    /// A real CFDI, its issuer, its year, and what it adds to total sales in centavos (worked from
    /// the document: SubTotal − Descuento, × TipoCambio), domestic or foreign.
    struct Case: Sendable, CustomStringConvertible {
        var path: String
        var issuer: String
        var year: Int
        var centavos: Int64
        var foreign: Bool
        /// What reconciliation says of it, if anything.
        var reconciliation: [FindingCode] = []
        var description: String { path }
    }

    static let cases = [
        // CFDI 4.0, MXN, to a Mexican RFC: SubTotal 862.07, no discount.
        Case(path: "eclipxe13__CfdiUtils/cfdi40-real.xml", issuer: "ISD950921HE5", year: 2025, centavos: 86_207, foreign: false),
        // CFDI 3.3 (no Exportacion, no TipoCambio: MXN): SubTotal 1,709.12.
        Case(path: "eclipxe13__CfdiUtils/cfdi33-real.xml", issuer: "POT9207213D6", year: 2018, centavos: 170_912, foreign: false),
        // A PAC's stamped test export: CFDI 4.0 with Comercio Exterior 1.1, Exportacion 02, in AMD
        // at TipoCambio 1, Descuento 1: (400 − 1) × 1 = 399.00. Its receiver is a Mexican RFC with
        // no ResidenciaFiscal, so the sale is domestic (reconciliation questions the code).
        Case(
            path: "lunasoft__sw-sdk-java/ComercioExterior_Timbrado.xml", issuer: "EKU9003173C9", year: 2023, centavos: 39_900, foreign: false,
            reconciliation: [.domesticCustomerExport, .unmatchedExportInvoice]),
    ]

    @Test("summed to the centavo, and named in the sales working paper by its package member", arguments: cases)
    func summed(_ sample: Case) throws {
        let url = Self.samples.appendingPathComponent(sample.path)
        guard let bytes = FileManager.default.contents(atPath: url.path) else {
            print("skipped: \(url.path) is absent (the shared samples are not beside the project)")
            return
        }
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        var year = YearBuilder(sample.year)
        year.monthlyExports(usd: "10.00", mxn: "200.00", months: 1...1)
        year.rules = "[sales]\nsource = \"cfdi\"\n"
        try year.write(into: root.url)
        let folder = root.path("fiscal-years/\(sample.year)")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("sales.csv"))
        let company = try String(contentsOf: folder.appendingPathComponent("company.toml"), encoding: .utf8)
        try company.replacingOccurrences(of: "TFX010101AB1", with: sample.issuer).write(
            to: folder.appendingPathComponent("company.toml"), atomically: true, encoding: .utf8)
        let cfdi = folder.appendingPathComponent("cfdi")
        try FileManager.default.createDirectory(at: cfdi, withIntermediateDirectories: true)
        let member = url.lastPathComponent
        var zip = try ZipWriter(path: cfdi.appendingPathComponent("REAL_01.zip").path)
        try zip.add(member, bytes: [UInt8](bytes), modified: 0)
        try zip.close()

        let result = try FilingRun.run(FilingRequest(root: root.url, year: FiscalYear(sample.year), generatedAt: fixedTime))
        let sales = result.figures.sales
        #expect(sales.net == Money(centavos: sample.centavos), "\(sales)")
        #expect((sample.foreign ? sales.foreign : sales.domestic) == Money(centavos: sample.centavos))
        #expect(sales.counts.rows == 1 && sales.counts.activeInvoices == 1)
        #expect(!result.findings.contains { $0.severity == .error }, "\(result.findings.map(\.rendered))")
        #expect(Set(result.figures.reconciliation.map(\.code)) == Set(sample.reconciliation), "\(result.figures.reconciliation.map(\.message))")
        let paper = try root.read("out/\(sample.year)/working-paper-sales.csv")
        #expect(paper.contains("REAL_01.zip!\(member)"), "\(paper)")
    }
}
