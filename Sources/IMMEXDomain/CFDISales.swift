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
    /// Each CFDI held, by UUID, with a print of its figures (`figuresPrint`): 20 bytes a CFDI where a
    /// set of UUIDs takes 16, so that a repeat can be compared with the copy held.
    public private(set) var prints: [InvoiceUUID: UInt32] = [:]
    public var foreignTrade: [ForeignTradeLine] = []

    public init() {}

    /// Room for `count` CFDI without growing (a table grown by doubling holds both while it grows).
    public mutating func reserveCapacity(_ count: Int) { prints.reserveCapacity(count) }

    /// Whether a CFDI of this UUID is held.
    public func holds(_ uuid: InvoiceUUID) -> Bool { prints[uuid] != nil }

    /// What holding a CFDI found.
    public enum Holding: Sendable, Hashable {
        /// Its UUID was not held: it is now.
        case held
        /// Its UUID was held, with the same figures (overlapping downloads): nothing is kept.
        case repeated
        /// Its UUID was held with other figures: one of the two is not the SAT's, and which cannot
        /// be told here; nothing is kept.
        case repeatedWithOtherFigures
    }

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

    /// Keeps what the checks need of `cfdi`, unless its UUID is held already (the same CFDI in two
    /// packages: overlapping downloads), which says whether the two copies' figures agree.
    @discardableResult
    public mutating func hold(_ cfdi: CFDIDocument) -> Holding {
        guard let uuid = cfdi.uuid else { return .held }
        let print = cfdi.figuresPrint
        if let held = prints[uuid] { return held == print ? .repeated : .repeatedWithOtherFigures }
        prints[uuid] = print
        // (Each concept names its pedimento: a CFDI of several concepts repeats the one number.)
        if let usd = cfdi.foreignTrade?.totalUSD, let first = cfdi.pedimentos.first, cfdi.pedimentos.allSatisfy({ $0 == first }) {
            foreignTrade.append(ForeignTradeLine(uuid: uuid, totalUSD: usd, pedimento: first, location: cfdi.location))
        }
        return .held
    }
}

extension CFDIDocument {
    /// A print of what the year's figures and checks take from a CFDI (its type, date, amounts,
    /// currency and rate, export code, parties, complement and pedimentos): two copies of one
    /// CFDI with equal prints count the same. 32 bits of the standard library's hash (seeded per
    /// run, compared only within it): two copies that differ print alike once in four billion.
    public var figuresPrint: UInt32 {
        var hasher = Hasher()
        hasher.combine(type)
        hasher.combine(issuedOn)
        hasher.combine(subtotal)
        hasher.combine(discount)
        hasher.combine(total)
        hasher.combine(currency)
        hasher.combine(exchangeRate)
        hasher.combine(exportCode)
        hasher.combine(issuerRFC)
        hasher.combine(receiverRFC)
        hasher.combine(receiverResidence)
        hasher.combine(foreignTrade)
        hasher.combine(pedimentos)
        let hash = UInt64(UInt(bitPattern: hasher.finalize()))
        return UInt32(truncatingIfNeeded: hash ^ hash >> 32)
    }
}
