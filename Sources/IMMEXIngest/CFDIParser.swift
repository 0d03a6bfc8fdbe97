import IMMEXDomain
import XMLSupport

/// Reads one CFDI XML (4.0 or 3.3) with libxml2's streaming reader (`XMLStreamReader`: no tree,
/// no network, no entity substituted) into a `CFDIDocument`. Every problem is a finding located at
/// `file:line:column` (inside a ZIP, `zip!member:line:column`); one bad CFDI never stops the others.
public enum CFDIParser {
    static let cfdi4 = "http://www.sat.gob.mx/cfd/4"
    static let cfdi3 = "http://www.sat.gob.mx/cfd/3"
    static let stamp = "http://www.sat.gob.mx/TimbreFiscalDigital"
    static let foreignTrade = ["http://www.sat.gob.mx/ComercioExterior20": "2.0", "http://www.sat.gob.mx/ComercioExterior11": "1.1"]

    /// The document, or nil with the findings that say why not.
    public static func parse(_ bytes: [UInt8], displayPath: String, findings: inout [Finding]) -> CFDIDocument? {
        var comprobante: XMLStartTag?
        var emisor: XMLStartTag?
        var receptor: XMLStartTag?
        var stampTag: XMLStartTag?
        var complement: (version: String, tag: XMLStartTag)?
        var relationType = ""
        var related: [(String, XMLStartTag)] = []
        var customs: [XMLStartTag] = []
        var first = true
        var isCFDI = false
        do {
            try XMLStreamReader.startTags(bytes, name: displayPath) { tag in
                defer { first = false }
                let inVoucher = tag.namespace == cfdi4 || tag.namespace == cfdi3
                if first {
                    isCFDI = inVoucher && tag.localName == "Comprobante"
                    if isCFDI { comprobante = tag }
                    return
                }
                guard isCFDI else { return }
                if inVoucher {
                    switch tag.localName {
                    case "Emisor": emisor = emisor ?? tag
                    case "Receptor": receptor = receptor ?? tag
                    case "CfdiRelacionados": relationType = tag.attribute("TipoRelacion") ?? ""
                    case "CfdiRelacionado": related.append((relationType, tag))
                    case "InformacionAduanera": customs.append(tag)
                    default: break
                    }
                } else if tag.namespace == stamp, tag.localName == "TimbreFiscalDigital" {
                    stampTag = stampTag ?? tag
                } else if let version = foreignTrade[tag.namespace], tag.localName == "ComercioExterior" {
                    complement = complement ?? (version, tag)
                }
            }
        } catch {
            if case .notWellFormed(_, let diagnostics) = error {
                for diagnostic in diagnostics.prefix(5) {
                    findings.append(
                        Finding(
                            .malformedXML, "\(displayPath) is not well-formed XML: \(diagnostic.message)",
                            at: SourceLocation(file: displayPath, line: diagnostic.line, column: max(diagnostic.column, 1)),
                            hint: "download the CFDI again from the SAT; a CFDI is exactly the XML that was stamped"))
                }
            }
            return nil
        }
        guard isCFDI, let comprobante else {
            findings.append(
                Finding(
                    .notACFDI, "\(displayPath) is not a CFDI: its root is not cfdi:Comprobante of CFDI 4.0 or 3.3",
                    at: SourceLocation(file: displayPath, line: 1, column: 1), hint: "leave only CFDI XML in cfdi/"))
            return nil
        }
        var reading = AttributeReading(displayPath: displayPath)
        let version = reading.required(comprobante, "Version") ?? ""
        let issued = reading.required(comprobante, "Fecha").flatMap { text -> CalendarDate? in
            let date = CalendarDate.parse(String(text.prefix(10)))
            if date == nil { reading.fail(comprobante, "Fecha '\(Finding.echo(text))' is not a date and time") }
            return date
        }
        let type = reading.required(comprobante, "TipoDeComprobante").flatMap { text -> CFDIType? in
            let value = CFDIType(rawValue: text)
            if value == nil { reading.fail(comprobante, "TipoDeComprobante '\(Finding.echo(text))' is not I, E, T, N or P") }
            return value
        }
        let subtotal = reading.decimal(comprobante, "SubTotal", required: true)
        let discount = reading.decimal(comprobante, "Descuento", required: false)
        let total = reading.decimal(comprobante, "Total", required: true)
        let currency = reading.required(comprobante, "Moneda").flatMap { text -> CurrencyCode? in
            let code = CurrencyCode(text)
            if code == nil { reading.fail(comprobante, "Moneda '\(Finding.echo(text))' is not an ISO 4217 code") }
            return code
        }
        let rate = reading.decimal(comprobante, "TipoCambio", required: false)
        var exportCode: ExportCode?
        if comprobante.namespace == cfdi4, let text = reading.required(comprobante, "Exportacion") {
            exportCode = ExportCode(rawValue: text)
            if exportCode == nil { reading.fail(comprobante, "Exportacion '\(Finding.echo(text))' is not 01, 02, 03 or 04") }
        }
        func rfc(_ tag: XMLStartTag?, _ what: String) -> RFC? {
            guard let tag else {
                reading.fail(comprobante, "the CFDI has no \(what)")
                return nil
            }
            guard let text = reading.required(tag, "Rfc") else { return nil }
            let value = RFC(text)
            if value == nil { reading.fail(tag, "\(what) Rfc '\(Finding.echo(text))' is not an RFC") }
            return value
        }
        let issuer = rfc(emisor, "Emisor")
        let receiver = rfc(receptor, "Receptor")
        var uuid: InvoiceUUID?
        if let stampTag, let text = reading.required(stampTag, "UUID") {
            uuid = InvoiceUUID(text)
            if uuid == nil { reading.fail(stampTag, "the stamp's UUID '\(Finding.echo(text))' is not a UUID") }
        }
        var relations: [CFDIDocument.Relation] = []
        for (relation, tag) in related {
            guard let text = reading.required(tag, "UUID") else { continue }
            guard let value = InvoiceUUID(text) else {
                reading.fail(tag, "related CFDI '\(Finding.echo(text))' is not a UUID")
                continue
            }
            relations.append(CFDIDocument.Relation(type: relation, uuid: value))
        }
        var pedimentos: [PedimentoNumber] = []
        for tag in customs {
            guard let text = reading.required(tag, "NumeroPedimento") else { continue }
            guard let number = PedimentoNumber(text) else {
                reading.fail(tag, "NumeroPedimento '\(Finding.echo(text))' is not a 15-digit pedimento number")
                continue
            }
            pedimentos.append(number)
        }
        var trade: CFDIDocument.ForeignTrade?
        if let (tradeVersion, tag) = complement {
            trade = CFDIDocument.ForeignTrade(
                version: tradeVersion, totalUSD: reading.decimal(tag, "TotalUSD", required: false),
                exchangeRateUSD: reading.decimal(tag, "TipoCambioUSD", required: false),
                pedimentoKey: tag.attribute("ClaveDePedimento").flatMap { PedimentoKey($0) })
        }
        findings += reading.findings
        guard reading.findings.isEmpty, let issued, let type, let subtotal, let total, let currency, let issuer, let receiver else { return nil }
        return CFDIDocument(
            version: version, issuedOn: issued, type: type, subtotal: subtotal, discount: discount, total: total, currency: currency,
            exchangeRate: rate, exportCode: exportCode, issuerRFC: issuer, receiverRFC: receiver,
            receiverResidence: receptor?.attribute("ResidenciaFiscal"), uuid: uuid, related: relations, foreignTrade: trade,
            pedimentos: pedimentos, location: SourceLocation(file: displayPath, line: comprobante.line, column: 1))
    }
}

/// Reads attributes of start tags, each problem a finding at its tag.
private struct AttributeReading {
    let displayPath: String
    var findings: [Finding] = []

    mutating func fail(_ tag: XMLStartTag, _ message: String) {
        findings.append(
            Finding(
                .malformedCFDI, message, at: SourceLocation(file: displayPath, line: tag.line, column: max(tag.column, 1)),
                hint: "the CFDI breaks its schema's rules; ask its issuer for the stamped XML"))
    }

    mutating func required(_ tag: XMLStartTag, _ name: String) -> String? {
        guard let value = tag.attribute(name) else {
            fail(tag, "\(tag.localName) has no \(name)")
            return nil
        }
        return value
    }

    mutating func decimal(_ tag: XMLStartTag, _ name: String, required: Bool) -> DecimalNumber? {
        guard let text = required ? self.required(tag, name) : tag.attribute(name) else { return nil }
        guard case .success(let value) = DecimalNumber.parse(text), !value.isNegative else {
            fail(tag, "\(tag.localName) \(name) '\(Finding.echo(text))' is not an amount")
            return nil
        }
        return value
    }
}
