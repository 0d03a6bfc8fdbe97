/// One CFDI as the SAT stamped it (CFDI 4.0 or 3.3): what the annual report's cross-checks read of
/// the voucher, its parties, its stamp, its related CFDI, its Comercio Exterior complement and the
/// pedimentos of its concepts.
public struct CFDIDocument: Sendable, Hashable {
    /// `Version`: "4.0" or "3.3".
    public var version: String
    public var issuedOn: CalendarDate
    public var type: CFDIType
    public var subtotal: DecimalNumber
    public var discount: DecimalNumber?
    public var total: DecimalNumber
    public var currency: CurrencyCode
    public var exchangeRate: DecimalNumber?
    /// `Exportacion` (4.0 only).
    public var exportCode: ExportCode?
    public var issuerRFC: RFC
    public var receiverRFC: RFC
    /// `ResidenciaFiscal` of a foreign receiver.
    public var receiverResidence: String?
    /// The stamp's UUID (`tfd:TimbreFiscalDigital`); nil for a CFDI not stamped.
    public var uuid: InvoiceUUID?
    /// `CfdiRelacionados`: the relation type and the related UUIDs (a credit note's invoices).
    public var related: [Relation]
    /// The Comercio Exterior complement (2.0 or 1.1), when present.
    public var foreignTrade: ForeignTrade?
    /// `InformacionAduanera/@NumeroPedimento` of its concepts, in document order.
    public var pedimentos: [PedimentoNumber]
    /// Where its `Comprobante` is.
    public var location: SourceLocation

    /// A related CFDI and how it relates (`TipoRelacion`, c_TipoRelacion).
    public struct Relation: Sendable, Hashable {
        public var type: String
        public var uuid: InvoiceUUID

        public init(type: String, uuid: InvoiceUUID) {
            self.type = type
            self.uuid = uuid
        }
    }

    public struct ForeignTrade: Sendable, Hashable {
        /// "2.0" or "1.1".
        public var version: String
        public var totalUSD: DecimalNumber?
        public var exchangeRateUSD: DecimalNumber?
        public var pedimentoKey: PedimentoKey?

        public init(version: String, totalUSD: DecimalNumber?, exchangeRateUSD: DecimalNumber?, pedimentoKey: PedimentoKey?) {
            self.version = version
            self.totalUSD = totalUSD
            self.exchangeRateUSD = exchangeRateUSD
            self.pedimentoKey = pedimentoKey
        }
    }

    public init(
        version: String, issuedOn: CalendarDate, type: CFDIType, subtotal: DecimalNumber, discount: DecimalNumber?, total: DecimalNumber,
        currency: CurrencyCode, exchangeRate: DecimalNumber?, exportCode: ExportCode?, issuerRFC: RFC, receiverRFC: RFC,
        receiverResidence: String?, uuid: InvoiceUUID?, related: [Relation], foreignTrade: ForeignTrade?,
        pedimentos: [PedimentoNumber], location: SourceLocation
    ) {
        self.version = version
        self.issuedOn = issuedOn
        self.type = type
        self.subtotal = subtotal
        self.discount = discount
        self.total = total
        self.currency = currency
        self.exchangeRate = exchangeRate
        self.exportCode = exportCode
        self.issuerRFC = issuerRFC
        self.receiverRFC = receiverRFC
        self.receiverResidence = receiverResidence
        self.uuid = uuid
        self.related = related
        self.foreignTrade = foreignTrade
        self.pedimentos = pedimentos
        self.location = location
    }
}
