/// Where total sales come from (`[sales] source` in rules.toml): the ERP's `sales.csv`, or the CFDI
/// as the SAT stamped them (`cfdi/`, the bulk download). Ours to choose (domain.md): the
/// authorities hold the CFDI, the ERP holds what the company booked; either is read, and when both
/// are present the other is compared with it.
public enum SalesSource: String, Sendable, Hashable, CaseIterable {
    case salesCSV = "csv"
    case cfdi
}

/// One CFDI of the company as a sale of the year: the rules that make a stamped CFDI a row of total
/// sales, kept here so that the CSV and the XML cannot be summed by different rules.
public enum CFDISales {
    /// What a CFDI of the packages is to the year's sales.
    public enum Outcome: Sendable, Hashable {
        /// A sale (or a credit note, a payment, a transfer: `SalesAccumulator` decides what counts).
        case invoice(SalesInvoice)
        /// Issued outside the fiscal year: a package may span more than the year; left out.
        case outsideYear
        /// Not stamped (no `TimbreFiscalDigital`): a draft, not a CFDI the SAT holds.
        case notStamped
        /// A sale in another currency without `TipoCambio`: its pesos cannot be known.
        case noExchangeRate
    }

    /// The CFDI as a sales row. Its status is the SAT's (`metadata`, which overrides the XML): a
    /// CFDI cancelled on or before the year's last day is cancelled; one cancelled after the year
    /// ended counted in the year (`CFDIComparison.cancelledAfterYear` lists it). A CFDI 3.3 has no
    /// `Exportacion`: with a Comercio Exterior complement it is a definitive A1 export (the
    /// complement accepts only A1, formats.md), else not an export. The customer's country is the
    /// receiver's `ResidenciaFiscal` (c_Pais, three letters).
    public static func outcome(of cfdi: CFDIDocument, metadata: CFDIMetadata?, year: FiscalYear) -> Outcome {
        guard let uuid = cfdi.uuid else { return .notStamped }
        guard year.contains(cfdi.issuedOn) else { return .outsideYear }
        let rate: ExchangeRate
        if cfdi.currency == .mxn || !cfdi.type.countsAsSales {
            rate = .one
        } else if let given = cfdi.exchangeRate.flatMap(ExchangeRate.init) {
            rate = given
        } else {
            return .noExchangeRate
        }
        var status = InvoiceStatus.active
        if let metadata, !metadata.isActive, metadata.cancelledOn.map { $0 <= year.lastDay } ?? true { status = .cancelled }
        let exportCode = cfdi.exportCode ?? (cfdi.foreignTrade == nil ? .notApplicable : .definitiveA1)
        // Each concept names its pedimento: the numbers once each, in document order.
        var pedimentos: [PedimentoNumber] = []
        for number in cfdi.pedimentos where !pedimentos.contains(number) { pedimentos.append(number) }
        return .invoice(
            SalesInvoice(
                uuid: uuid, issuedOn: cfdi.issuedOn, type: cfdi.type, status: status, customerRFC: cfdi.receiverRFC,
                customerCountry: cfdi.receiverResidence.flatMap(CountryCode.init), exportCode: exportCode, currency: cfdi.currency,
                exchangeRate: rate, subtotal: cfdi.subtotal, discount: cfdi.discount ?? DecimalNumber(mantissa: 0, scale: 0),
                totalUSD: cfdi.foreignTrade?.totalUSD, pedimentos: PedimentoList(pedimentos), location: cfdi.location))
    }
}

/// What the year keeps of the company's CFDI once they are summed: the UUIDs the packages hold (the
/// Data Stage's 505 invoices are looked up in them) and each export CFDI's Comercio Exterior
/// `TotalUSD` with its one pedimento (compared with the pedimento's USD value). Kept instead of the
/// documents, so a million CFDI cost tens of megabytes, not hundreds.
public struct CFDIHoldings: Sendable, Hashable {
    public var uuids: Set<InvoiceUUID> = []
    public var foreignTrade: [ForeignTradeLine] = []

    public init() {}

    /// A CFDI naming exactly one pedimento (in one concept or several), with its complement's `TotalUSD`.
    public struct ForeignTradeLine: Sendable, Hashable {
        public var uuid: InvoiceUUID
        public var totalUSD: DecimalNumber
        public var pedimento: PedimentoNumber
        public var location: SourceLocation

        public init(uuid: InvoiceUUID, totalUSD: DecimalNumber, pedimento: PedimentoNumber, location: SourceLocation) {
            (self.uuid, self.totalUSD, self.pedimento, self.location) = (uuid, totalUSD, pedimento, location)
        }
    }

    /// Keeps what the checks need of `cfdi`; false when its UUID is held already (the same CFDI in
    /// two packages: overlapping downloads), and nothing is kept.
    @discardableResult
    public mutating func hold(_ cfdi: CFDIDocument) -> Bool {
        guard let uuid = cfdi.uuid else { return true }
        guard uuids.insert(uuid).inserted else { return false }
        // (Each concept names its pedimento: a CFDI of several concepts repeats the one number.)
        if let usd = cfdi.foreignTrade?.totalUSD, let first = cfdi.pedimentos.first, cfdi.pedimentos.allSatisfy({ $0 == first }) {
            foreignTrade.append(ForeignTradeLine(uuid: uuid, totalUSD: usd, pedimento: first, location: cfdi.location))
        }
        return true
    }
}
