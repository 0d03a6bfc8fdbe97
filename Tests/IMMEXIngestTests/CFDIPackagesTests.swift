import Foundation
import TestSupport
import Testing
import ZipArchive

@testable import IMMEXDomain
@testable import IMMEXIngest

@Suite("cfdi/: the bulk download's packages, read in place")
struct CFDIPackagesTests {
    static let company = RFC("MFN180523QX4")!

    /// A minimal CFDI 4.0 in the SAT's shape, stamped with `uuid`.
    static func cfdi(issuer: String, uuid: String, total: String = "1000.00", export: String = "02") -> [UInt8] {
        Array(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" xmlns:tfd="http://www.sat.gob.mx/TimbreFiscalDigital" xmlns:cce20="http://www.sat.gob.mx/ComercioExterior20" Version="4.0" Fecha="2025-03-14T10:00:00" SubTotal="\(total)" Total="\(total)" Moneda="USD" TipoCambio="17.1598" TipoDeComprobante="I" Exportacion="\(export)">
              <cfdi:Emisor Rfc="\(issuer)" Nombre="EMPRESA" RegimenFiscal="601"/>
              <cfdi:Receptor Rfc="XEXX010101000" ResidenciaFiscal="USA"/>
              <cfdi:Conceptos>
                <cfdi:Concepto Importe="\(total)"><cfdi:InformacionAduanera NumeroPedimento="25  24  3421  5000101"/></cfdi:Concepto>
              </cfdi:Conceptos>
              <cfdi:Complemento>
                <cce20:ComercioExterior Version="2.0" ClaveDePedimento="A1" TipoCambioUSD="17.1598" TotalUSD="\(total)"/>
                <tfd:TimbreFiscalDigital Version="1.1" UUID="\(uuid)"/>
              </cfdi:Complemento>
            </cfdi:Comprobante>
            """.utf8)
    }

    @Test("ZIPs of XML and of metadata, and a loose XML: the company's CFDI kept, received ones counted, damage located")
    func packages() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cfdi-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = FiscalYearFolder(root: root, year: FiscalYear(2025))
        let cfdiFolder = folder.url.appendingPathComponent("cfdi")
        try FileManager.default.createDirectory(at: cfdiFolder, withIntermediateDirectories: true)
        var xmls = try ZipWriter(path: cfdiFolder.appendingPathComponent("A1B2C3_01.zip").path)
        try xmls.add(
            "6F9619FF-8B86-D011-B42D-000000000001.xml", bytes: Self.cfdi(issuer: "MFN180523QX4", uuid: "6F9619FF-8B86-D011-B42D-000000000001"), modified: 0)
        try xmls.add(
            "6F9619FF-8B86-D011-B42D-000000000002.xml", bytes: Self.cfdi(issuer: "AAA010101AAA", uuid: "6F9619FF-8B86-D011-B42D-000000000002"), modified: 0)
        try xmls.add("6F9619FF-8B86-D011-B42D-000000000003.xml", bytes: Array("<cfdi:Comprobante".utf8), modified: 0)
        try xmls.add("__MACOSX/._junk.xml", bytes: [0, 1, 2], modified: 0)
        try xmls.close()
        let metadata = SATMetadata.text([
            "6F9619FF-8B86-D011-B42D-000000000001~MFN180523QX4~E~XEXX010101000~C~SAT970701NN3~2025-03-14 10:00:00~~1000.00~I~0~2026-01-20 09:00:00",
            "6F9619FF-8B86-D011-B42D-000000000002~AAA010101AAA~E~MFN180523QX4~C~SAT970701NN3~2025-03-14 10:00:00~~5.00~I~1~",
        ])
        var meta = try ZipWriter(path: cfdiFolder.appendingPathComponent("A1B2C3_01_M.zip").path)
        try meta.add("A1B2C3_01.txt", bytes: Array(metadata.utf8), modified: 0)
        // Since 2022 the SAT adds the third-party accounts beside the metadata: recognised and left.
        try meta.add(
            "6F9619FF-8B86-D011-B42D-000000000001_tercero.txt",
            bytes: Array("Uuid~RfcACuentaTerceros~NombreACuentaTerceros\r\n6F9619FF-8B86-D011-B42D-000000000001~AAA010101AAA~TERCERO\r\n".utf8),
            modified: 0)
        try meta.close()
        try Data(Self.cfdi(issuer: "MFN180523QX4", uuid: "6F9619FF-8B86-D011-B42D-000000000004", export: "01")).write(
            to: cfdiFolder.appendingPathComponent("loose.xml"))
        try Data("not a zip".utf8).write(to: cfdiFolder.appendingPathComponent("broken.zip"))
        var empty = try ZipWriter(path: cfdiFolder.appendingPathComponent("other.zip").path)
        try empty.add("readme.pdf", bytes: [1], modified: 0)
        try empty.close()

        var findings: [Finding] = []
        let opened = try #require(CFDIPackages.open(folder, company: Self.company, limits: InputLimits(), findings: &findings))
        #expect(opened.thirdPartyLists == 1 && opened.documentCount == 4 && opened.metadataRows == 1)
        findings = []
        let contents = try #require(CFDIPackages.read(folder, company: Self.company, limits: InputLimits(), findings: &findings))
        // Loose files first, then the packages' members in name order.
        #expect(contents.documents.map { $0.uuid?.value } == ["6F9619FF-8B86-D011-B42D-000000000004", "6F9619FF-8B86-D011-B42D-000000000001"])
        let first = contents.documents[1]
        #expect(first.location.description == "fiscal-years/2025/cfdi/A1B2C3_01.zip!6F9619FF-8B86-D011-B42D-000000000001.xml:2:1")
        #expect(first.foreignTrade?.totalUSD?.description == "1000.00" && first.pedimentos.map(\.digits) == ["252434215000101"])
        #expect(contents.metadata.count == 1 && contents.metadata[0].isActive == false)
        #expect(contents.received == 2)  // one XML, one metadata row
        #expect(
            contents.files.map { $0.displayPath.split(separator: "/").last! } == ["A1B2C3_01.zip", "A1B2C3_01_M.zip", "broken.zip", "loose.xml", "other.zip"])
        let codes = findings.map { "\($0.code.rawValue) \($0.location?.file ?? "")" }
        #expect(codes.contains("malformed-xml fiscal-years/2025/cfdi/A1B2C3_01.zip!6F9619FF-8B86-D011-B42D-000000000003.xml"))
        #expect(codes.contains("cfdi-unreadable fiscal-years/2025/cfdi/broken.zip") && codes.contains("cfdi-unreadable fiscal-years/2025/cfdi/other.zip"))
        // (libxml2 says two things of the truncated XML; the unreadable ZIP is said once.)
        #expect(findings.count == 4, "\(findings.map(\.rendered))")
    }
}
