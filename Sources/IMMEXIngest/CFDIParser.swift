import IMMEXDomain
import XMLSupport

/// Reads one CFDI XML (4.0 or 3.3) with libxml2's streaming reader (`XMLStreamReader`: no tree,
/// no network, no entity substituted) into a `CFDIDocument`. Every problem is a finding located at
/// `file:line:column` (inside a ZIP, `zip!member:line:column`); one bad CFDI never stops the others.
public enum CFDIParser {
    static let cfdi4 = "http://www.sat.gob.mx/cfd/4"
    static let cfdi3 = "http://www.sat.gob.mx/cfd/3"
    static let stamp = "http://www.sat.gob.mx/TimbreFiscalDigital"
    static let foreignTrade = [("http://www.sat.gob.mx/ComercioExterior20", "2.0"), ("http://www.sat.gob.mx/ComercioExterior11", "1.1")]

    /// The tags read, in either version's namespace, and the attributes kept of each (the rest, the
    /// seals and certificates among them, are never copied).
    private struct Names: Sendable {
        let comprobante, emisor, receptor, relations, relation, customs: XMLName

        init(_ namespace: String) {
            comprobante = XMLName("Comprobante", namespace: namespace)
            emisor = XMLName("Emisor", namespace: namespace)
            receptor = XMLName("Receptor", namespace: namespace)
            relations = XMLName("CfdiRelacionados", namespace: namespace)
            relation = XMLName("CfdiRelacionado", namespace: namespace)
            customs = XMLName("InformacionAduanera", namespace: namespace)
        }
    }
    private static let versions = [Names(cfdi4), Names(cfdi3)]
    private static let stampName = XMLName("TimbreFiscalDigital", namespace: stamp)
    private static let tradeNames = foreignTrade.map { (XMLName("ComercioExterior", namespace: $0.0), $0.1) }
    private static let voucherAttributes = ["Version", "Fecha", "TipoDeComprobante", "SubTotal", "Descuento", "Total", "Moneda", "TipoCambio", "Exportacion"]

    /// The document, or nil with the findings that say why not.
    public static func parse(_ bytes: [UInt8], displayPath: String, findings: inout [Finding]) -> CFDIDocument? {
        parse(bytes, source: SourceFile(displayPath), findings: &findings)
    }

    /// The same for the file `source` (a package's member), with `reader` used again when given
    /// (one per thread: a package holds a million CFDI).
    public static func parse(_ bytes: [UInt8], source: SourceFile, reader: XMLStreamReader? = nil, findings: inout [Finding]) -> CFDIDocument? {
        var comprobante: XMLElement?
        var emisor: XMLElement?
        var receptor: XMLElement?
        var stampTag: XMLElement?
        var complement: (version: String, tag: XMLElement)?
        var relationType = ""
        var related: [(String, XMLElement)] = []
        var customs: [XMLElement] = []
        var first = true
        var names = versions[0]
        do {
            try (reader ?? XMLStreamReader()).startTags(bytes, name: "cfdi.xml") { tag in
                if first {
                    first = false
                    guard let version = versions.first(where: { tag.is($0.comprobante) }) else { return }
                    names = version
                    comprobante = tag.element(keeping: voucherAttributes)
                    return
                }
                guard comprobante != nil else { return }
                if tag.is(names.emisor) {
                    if emisor == nil { emisor = tag.element(keeping: ["Rfc"]) }
                } else if tag.is(names.receptor) {
                    if receptor == nil { receptor = tag.element(keeping: ["Rfc", "ResidenciaFiscal"]) }
                } else if tag.is(names.relations) {
                    relationType = tag.element(keeping: ["TipoRelacion"]).attribute("TipoRelacion") ?? ""
                } else if tag.is(names.relation) {
                    related.append((relationType, tag.element(keeping: ["UUID"])))
                } else if tag.is(names.customs) {
                    customs.append(tag.element(keeping: ["NumeroPedimento"]))
                } else if tag.is(stampName) {
                    if stampTag == nil { stampTag = tag.element(keeping: ["UUID"]) }
                } else if complement == nil, let trade = tradeNames.first(where: { tag.is($0.0) }) {
                    complement = (trade.1, tag.element(keeping: ["TotalUSD", "TipoCambioUSD", "ClaveDePedimento"]))
                }
            }
        } catch {
            if case .notWellFormed(_, let diagnostics) = error {
                let displayPath = source.name
                for diagnostic in diagnostics.prefix(5) {
                    findings.append(
                        Finding(
                            .malformedXML, "\(displayPath) is not well-formed XML: \(diagnostic.message)",
                            at: SourceLocation(source: source, line: diagnostic.line, column: max(diagnostic.column, 1)),
                            hint: "download the CFDI again from the SAT; a CFDI is exactly the XML that was stamped"))
                }
            }
            return nil
        }
        let isCFDI = comprobante != nil
        guard isCFDI, let comprobante else {
            findings.append(
                Finding(
                    .notACFDI, "\(source.name) is not a CFDI: its root is not cfdi:Comprobante of CFDI 4.0 or 3.3",
                    at: SourceLocation(source: source, line: 1, column: 1), hint: "leave only CFDI XML in cfdi/"))
            return nil
        }
        var reading = AttributeReading(source: source)
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
        func rfc(_ tag: XMLElement?, _ what: String) -> RFC? {
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
            pedimentos: pedimentos, location: SourceLocation(source: source, line: comprobante.line, column: 1))
    }
}

/// Reads attributes of start tags, each problem a finding at its tag.
private struct AttributeReading {
    let source: SourceFile
    var findings: [Finding] = []

    mutating func fail(_ tag: XMLElement, _ message: Phrase) {
        findings.append(
            Finding(
                .malformedCFDI, message, at: SourceLocation(source: source, line: tag.line, column: max(tag.column, 1)),
                hint: "the CFDI breaks its schema's rules; ask its issuer for the stamped XML"))
    }

    mutating func required(_ tag: XMLElement, _ name: String) -> String? {
        guard let value = tag.attribute(name) else {
            fail(tag, "\(tag.localName) has no \(name)")
            return nil
        }
        return value
    }

    mutating func decimal(_ tag: XMLElement, _ name: String, required: Bool) -> DecimalNumber? {
        guard let text = required ? self.required(tag, name) : tag.attribute(name) else { return nil }
        guard case .success(let value) = DecimalNumber.parse(text), !value.isNegative else {
            fail(tag, "\(tag.localName) \(name) '\(Finding.echo(text))' is not an amount")
            return nil
        }
        return value
    }
}
