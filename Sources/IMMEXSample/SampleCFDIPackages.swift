import Foundation
import IMMEXDomain
import ZipArchive

/// Writes the sample year's invoices as the SAT's bulk download delivers them (formats.md): ZIPs of
/// `<UUID>.xml`, at most 200,000 to a package, and one metadata package of `~`-separated rows ended
/// by CR LF. Each CFDI is a CFDI 4.0 in the SAT's shape: issuer, receiver (with `ResidenciaFiscal`
/// abroad), one or two concepts with their taxes and, for an export, the pedimento in
/// `InformacionAduanera`, the Comercio Exterior 2.0 complement and the stamp; seals and
/// certificates are filler of their real length, so that a package weighs what a real one does.
/// Deterministic: nothing here draws from the year's random sequence.
final class SampleCFDIPackages {
    static let folderName = "cfdi"
    /// The SAT's limit per XML package (formats.md).
    static let perPackage = 200_000
    /// The request the packages answer, as the SAT names them (`<request>_01.zip`).
    static let request = "5E3F2A10-7C4B-4D2E-9A61-0B8C3D4E5F60"
    static let metadataRequest = "9B1C7D22-4E5F-4A60-8B71-2C3D4E5F6071"

    private let folder: URL
    private let company: (rfc: String, name: String)
    private var package: ZipWriter?
    private var inPackage = 0
    private var packages = 0
    private var metadata: [UInt8] = []
    /// The last domestic invoice, which the next credit note relates to.
    private var lastDomestic: String?

    init(folder: URL, company: (rfc: String, name: String)) throws {
        self.folder = folder.appendingPathComponent(Self.folderName)
        self.company = company
        try FileManager.default.createDirectory(at: self.folder, withIntermediateDirectories: true)
        metadata = Array(
            "Uuid~RfcEmisor~NombreEmisor~RfcReceptor~NombreReceptor~RfcPac~FechaEmision~FechaCertificacionSat~Monto~EfectoComprobante~Estatus~FechaCancelacion\r\n"
                .utf8)
    }

    /// Adds one invoice's CFDI and its metadata row. `cancelledOn` overrides when a cancelled
    /// invoice was cancelled (by default a few days after it was issued, within its year).
    func add(_ invoice: SampleInvoice, year: FiscalYear, cancelledOn: String? = nil) throws {
        if package == nil || inPackage == Self.perPackage {
            if let full = package.take() { try full.close() }
            packages += 1
            package = try ZipWriter(path: folder.appendingPathComponent("\(Self.request)_\(twoDigits(packages)).zip").path)
            inPackage = 0
        }
        let issued = invoice.issued.count == 10 ? invoice.issued + "T12:00:00" : invoice.issued
        let xml = cfdi(invoice, issued: issued)
        try package!.add("\(invoice.uuid).xml", bytes: Array(xml.utf8), modified: 0)
        inPackage += 1
        var cancelled = ""
        if invoice.status == "cancelled" {
            let date = CalendarDate.parse(String(issued.prefix(10)))!
            let later = CalendarDate(secondsSince1970: Int64(date.daysSince1970 + 3) * 86_400)
            cancelled = cancelledOn ?? "\(min(later, year.lastDay)) 09:30:00"
        } else if let cancelledOn {
            cancelled = cancelledOn
        }
        let total = amounts(invoice).total
        let row = [
            invoice.uuid, company.rfc, company.name, invoice.rfc, invoice.name, "SAT970701NN3", issued.replacingOccurrences(of: "T", with: " "),
            issued.replacingOccurrences(of: "T", with: " "), SampleMarket.decimal(total), invoice.type, cancelled.isEmpty ? "1" : "0", cancelled,
        ]
        metadata += Array((row.joined(separator: "~") + "\r\n").utf8)
        if invoice.type == "I", invoice.rfc != RFC.genericForeign.value, invoice.currency == "MXN" { lastDomestic = invoice.uuid }
    }

    /// Closes the last XML package and writes the metadata package.
    func finish() throws {
        if let last = package.take() { try last.close() }
        var writer = try ZipWriter(path: folder.appendingPathComponent("\(Self.metadataRequest)_01.zip").path)
        try writer.add("\(Self.metadataRequest).txt", bytes: metadata, modified: 0)
        try writer.close()
    }

    /// Subtotal − discount, the 16% VAT of a domestic sale (exports are at 0%), and the total, in
    /// centavos.
    private func amounts(_ invoice: SampleInvoice) -> (base: Int64, tax: Int64, total: Int64) {
        let base = invoice.subtotal - invoice.discount
        let tax = invoice.exportCode == "01" && invoice.type != "P" ? (base * 16 + 50) / 100 : 0
        return (base, tax, base + tax)
    }

    private func cfdi(_ invoice: SampleInvoice, issued: String) -> String {
        let (base, tax, total) = amounts(invoice)
        let seed = invoice.uuid.utf8.reduce(UInt64(1_469_598_103_934_665_603)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
        let isPayment = invoice.type == "P"
        let isExport = !invoice.totalUSD.isEmpty && invoice.exportCode == "02"
        let money = { (centavos: Int64) in SampleMarket.decimal(centavos) }
        var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        xml += #"<cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#
        xml += #" xmlns:tfd="http://www.sat.gob.mx/TimbreFiscalDigital""#
        if isExport { xml += #" xmlns:cce20="http://www.sat.gob.mx/ComercioExterior20""# }
        xml += #" xsi:schemaLocation="http://www.sat.gob.mx/cfd/4 http://www.sat.gob.mx/sitio_internet/cfd/4/cfdv40.xsd"#
        if isExport {
            xml += #" http://www.sat.gob.mx/ComercioExterior20 http://www.sat.gob.mx/sitio_internet/cfd/ComercioExterior20/ComercioExterior20.xsd"#
        }
        xml += #"" Version="4.0" Serie="\#(isPayment ? "P" : invoice.type == "E" ? "NC" : "F")" Folio="\#(seed % 900_000 + 100_000)" Fecha="\#(issued)""#
        xml += #" Sello="\#(filler(seed, 344))" NoCertificado="00001000000712345678" Certificado="\#(filler(seed >> 7, 1_732))""#
        if isPayment {
            xml += #" SubTotal="0" Moneda="XXX" Total="0" TipoDeComprobante="P" Exportacion="01" LugarExpedicion="32000">"#
        } else {
            xml += #" FormaPago="99" SubTotal="\#(money(invoice.subtotal))""#
            if invoice.discount > 0 { xml += #" Descuento="\#(money(invoice.discount))""# }
            xml += #" Moneda="\#(invoice.currency)""#
            if !invoice.rate.isEmpty { xml += #" TipoCambio="\#(invoice.rate)""# }
            xml +=
                #" Total="\#(money(total))" TipoDeComprobante="\#(invoice.type)" Exportacion="\#(invoice.exportCode)" MetodoPago="PPD" LugarExpedicion="32000">"#
        }
        xml += "\n"
        if invoice.type == "E", let related = lastDomestic {
            xml += #"  <cfdi:CfdiRelacionados TipoRelacion="01"><cfdi:CfdiRelacionado UUID="\#(related)"/></cfdi:CfdiRelacionados>"# + "\n"
        }
        xml += #"  <cfdi:Emisor Rfc="\#(company.rfc)" Nombre="\#(escaped(company.name))" RegimenFiscal="601"/>"# + "\n"
        xml += #"  <cfdi:Receptor Rfc="\#(invoice.rfc)" Nombre="\#(escaped(invoice.name))""#
        if invoice.rfc == RFC.genericForeign.value {
            xml +=
                #" ResidenciaFiscal="\#(invoice.country)" NumRegIdTrib="\#(seed % 900_000_000 + 100_000_000)" DomicilioFiscalReceptor="32000" RegimenFiscalReceptor="616" UsoCFDI="S01"/>"#
        } else {
            xml += #" DomicilioFiscalReceptor="\#(44100 + seed % 900)" RegimenFiscalReceptor="601" UsoCFDI="\#(isPayment ? "CP01" : "G01")"/>"#
        }
        xml += "\n  <cfdi:Conceptos>\n"
        if isPayment {
            xml +=
                #"    <cfdi:Concepto ClaveProdServ="84111506" Cantidad="1" ClaveUnidad="ACT" Descripcion="Pago" ValorUnitario="0" Importe="0" ObjetoImp="01"/>"#
                + "\n"
        } else {
            // One or two concepts whose amounts add up to the subtotal (and the discount).
            let split = seed % 2 == 0 ? invoice.subtotal : invoice.subtotal * Int64(3 + seed % 5) / 10
            let parts = split == invoice.subtotal ? [invoice.subtotal] : [split, invoice.subtotal - split]
            for (index, amount) in parts.enumerated() {
                let discount = index == 0 ? invoice.discount : 0
                let taxBase = amount - discount
                let rate = isExport || invoice.exportCode != "01" ? "0.000000" : "0.160000"
                let conceptTax = rate == "0.000000" ? 0 : (taxBase * 16 + 50) / 100
                xml +=
                    #"    <cfdi:Concepto ClaveProdServ="25174400" NoIdentificacion="MFN-\#(1000 + (seed >> (index * 8)) % 9000)" Cantidad="1" ClaveUnidad="H87""#
                xml += #" Descripcion="Arnés eléctrico ensamblado, modelo \#(seed % 97)" ValorUnitario="\#(money(amount))" Importe="\#(money(amount))""#
                if discount > 0 { xml += #" Descuento="\#(money(discount))""# }
                xml += #" ObjetoImp="02">"# + "\n"
                xml +=
                    #"      <cfdi:Impuestos><cfdi:Traslados><cfdi:Traslado Base="\#(money(taxBase))" Impuesto="002" TipoFactor="Tasa" TasaOCuota="\#(rate)" Importe="\#(money(conceptTax))"/></cfdi:Traslados></cfdi:Impuestos>"#
                xml += "\n"
                if !invoice.pedimento.isEmpty { xml += #"      <cfdi:InformacionAduanera NumeroPedimento="\#(invoice.pedimento)"/>"# + "\n" }
                xml += "    </cfdi:Concepto>\n"
            }
        }
        xml += "  </cfdi:Conceptos>\n"
        if !isPayment {
            xml +=
                #"  <cfdi:Impuestos TotalImpuestosTrasladados="\#(money(tax))"><cfdi:Traslados><cfdi:Traslado Base="\#(money(base))" Impuesto="002" TipoFactor="Tasa" TasaOCuota="\#(tax == 0 ? "0.000000" : "0.160000")" Importe="\#(money(tax))"/></cfdi:Traslados></cfdi:Impuestos>"#
            xml += "\n"
        }
        xml += "  <cfdi:Complemento>\n"
        if isExport {
            xml +=
                #"    <cce20:ComercioExterior Version="2.0" ClaveDePedimento="A1" CertificadoOrigen="0" Incoterm="FCA" TipoCambioUSD="\#(invoice.usdRate)" TotalUSD="\#(invoice.totalUSD)">"#
            xml += "\n"
            xml += #"      <cce20:Emisor><cce20:Domicilio Calle="Av. de las Industrias" Estado="CHH" Pais="MEX" CodigoPostal="32000"/></cce20:Emisor>"# + "\n"
            xml +=
                #"      <cce20:Receptor><cce20:Domicilio Calle="Commerce St." Estado="TX" Pais="\#(invoice.country)" CodigoPostal="79901"/></cce20:Receptor>"#
                + "\n"
            xml +=
                #"      <cce20:Mercancias><cce20:Mercancia NoIdentificacion="MFN-\#(1000 + seed % 9000)" FraccionArancelaria="8544300200" CantidadAduana="1" UnidadAduana="06" ValorUnitarioAduana="\#(invoice.totalUSD)" ValorDolares="\#(invoice.totalUSD)"/></cce20:Mercancias>"#
            xml += "\n    </cce20:ComercioExterior>\n"
        }
        xml +=
            #"    <tfd:TimbreFiscalDigital xmlns:tfd="http://www.sat.gob.mx/TimbreFiscalDigital" xsi:schemaLocation="http://www.sat.gob.mx/TimbreFiscalDigital http://www.sat.gob.mx/sitio_internet/cfd/TimbreFiscalDigital/TimbreFiscalDigitalv11.xsd""#
        xml += #" Version="1.1" UUID="\#(invoice.uuid)" FechaTimbrado="\#(issued)" RfcProvCertif="SAT970701NN3" SelloCFD="\#(filler(seed >> 3, 344))""#
        xml += #" NoCertificadoSAT="00001000000509846663" SelloSAT="\#(filler(seed >> 5, 344))"/>"# + "\n"
        xml += "  </cfdi:Complemento>\n</cfdi:Comprobante>\n"
        return xml
    }

    /// Base64-looking filler of `count` characters in place of a seal or certificate.
    private func filler(_ seed: UInt64, _ count: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var state = seed | 1
        var bytes = [UInt8](repeating: 0, count: count)
        for index in 0..<count {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            bytes[index] = alphabet[Int(state & 63)]
        }
        if count > 2 { (bytes[count - 1], bytes[count - 2]) = (UInt8(ascii: "="), UInt8(ascii: "=")) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "<", with: "&lt;")
    }
}
