import Foundation
import Testing

@testable import IMMEXDomain
@testable import IMMEXIngest

/// The real public CFDI in `../shared/samples/` (samples/SOURCES.md), read where they are.
private let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/samples")

@Suite("CFDI XML read with libxml2's streaming reader")
struct CFDIParserTests {
    private func sample(_ path: String) throws -> [UInt8]? {
        let url = samples.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            print("skipped: \(url.path) is absent (the shared samples are not beside the project)")
            return nil
        }
        return [UInt8](try Data(contentsOf: url))
    }

    private func parse(_ bytes: [UInt8], _ name: String = "cfdi/x.xml") -> (CFDIDocument?, [Finding]) {
        var findings: [Finding] = []
        let document = CFDIParser.parse(bytes, displayPath: name, findings: &findings)
        return (document, findings)
    }

    @Test("a real stamped CFDI 4.0: voucher, parties, the stamp's UUID")
    func real40() throws {
        guard let bytes = try sample("eclipxe13__CfdiUtils/cfdi40-real.xml") else { return }
        let (document, findings) = parse(bytes)
        #expect(findings.isEmpty, "\(findings)")
        let cfdi = try #require(document)
        #expect(cfdi.version == "4.0" && cfdi.type == .income && cfdi.exportCode == .notApplicable && cfdi.currency == .mxn)
        #expect(cfdi.uuid == InvoiceUUID("C2832671-DA6D-11EF-A83D-00155D012007"))
        #expect(cfdi.issuedOn.year == 2025 && cfdi.foreignTrade == nil)
        #expect(cfdi.location.description.hasPrefix("cfdi/x.xml:2:"))
    }

    @Test("a CFDI 4.0 export with Comercio Exterior 2.0: code 02, USD, TotalUSD, key A1; not stamped, so no UUID")
    func export20() throws {
        guard let bytes = try sample("facturacionmoderna__Comprobantes/CFDI40_ejemploCCE2.xml") else { return }
        let (document, findings) = parse(bytes)
        #expect(findings.isEmpty, "\(findings)")
        let cfdi = try #require(document)
        #expect(cfdi.exportCode == .definitiveA1 && cfdi.currency == CurrencyCode("USD") && cfdi.exchangeRate?.description == "17.1598")
        #expect(cfdi.receiverRFC.isGenericForeign && cfdi.uuid == nil)
        #expect(cfdi.foreignTrade?.version == "2.0" && cfdi.foreignTrade?.totalUSD?.description == "629.60")
        #expect(cfdi.foreignTrade?.pedimentoKey == PedimentoKey("A1"))
    }

    @Test("a real CFDI 3.3 and a 3.3 with Comercio Exterior 1.1")
    func version33() throws {
        if let bytes = try sample("eclipxe13__CfdiUtils/cfdi33-real.xml") {
            let (document, findings) = parse(bytes)
            #expect(findings.isEmpty, "\(findings)")
            #expect(document?.version == "3.3" && document?.uuid != nil && document?.exportCode == nil)
        }
        // A synthetic sample with "nonsense values" (SOURCES.md): its Emisor's RFC begins with a
        // space, which the schema's pattern does not allow; named where it is.
        if let bytes = try sample("SAT-CFDI__python-satcfdi/cfdv33-cce11.xml") {
            let (document, findings) = parse(bytes)
            #expect(document == nil && findings.count == 1)
            #expect(findings.first?.message == "Emisor Rfc ' AAA010101AAA' is not an RFC" && findings.first?.location?.line == 16)
        }
        if let bytes = try sample("lunasoft__SW-sdk-NetStandard/cfdi33_ComercioExterior.xml") {
            let (document, findings) = parse(bytes)
            #expect(findings.isEmpty, "\(findings)")
            #expect(document?.foreignTrade?.version == "1.1" && document?.foreignTrade?.totalUSD?.description == "1504.00")
        }
    }

    @Test("malformed XML, another document, a CFDI that breaks its rules: each a located finding; entities are not expanded")
    func badInput() throws {
        let truncated = Array("<?xml version=\"1.0\"?>\n<cfdi:Comprobante xmlns:cfdi=\"http://www.sat.gob.mx/cfd/4\" Version=\"4.0\"\n".utf8)
        let (none, broken) = parse(truncated)
        #expect(none == nil && broken.first?.code == .malformedXML && broken.first?.location?.line ?? 0 >= 2)

        let other = Array("<?xml version=\"1.0\"?>\n<factura total=\"1\"/>\n".utf8)
        #expect(parse(other).1.map(\.code) == [.notACFDI])

        let invalid = Array(
            """
            <?xml version="1.0"?>
            <cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" Version="4.0" Fecha="ayer" SubTotal="10" Total="x" Moneda="MXN" TipoDeComprobante="I" Exportacion="07">
              <cfdi:Emisor Rfc="AAA010101AAA"/>
              <cfdi:Receptor Rfc="nope"/>
            </cfdi:Comprobante>
            """.utf8)
        let (rejected, problems) = parse(invalid)
        #expect(rejected == nil)
        let messages = problems.map(\.message)
        #expect(problems.allSatisfy { $0.code == .malformedCFDI && $0.location?.line != nil })
        #expect(messages.contains { $0.contains("Fecha") } && messages.contains { $0.contains("Total") } && messages.contains { $0.contains("Exportacion") })
        #expect(messages.contains { $0.contains("Receptor Rfc") })

        // A billion laughs: the reader substitutes no entity, and refuses or reads it in bounded time.
        var laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        for level in 1...9 { laughs += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">" }
        laughs += "]>\n<cfdi:Comprobante xmlns:cfdi=\"http://www.sat.gob.mx/cfd/4\" Version=\"&lol9;\"/>\n"
        let started = ContinuousClock.now
        let (bomb, _) = parse(Array(laughs.utf8))
        #expect(bomb == nil && ContinuousClock.now - started < .seconds(5))
    }
}
