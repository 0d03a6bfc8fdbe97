/// Total sales of the fiscal year in pesos: active invoices (I) minus active credit notes (E),
/// each converted at its own exchange rate and rounded per invoice (domain.md §2, §5).
public struct SalesTotals: Sendable, Hashable {
    /// Active `I` invoices.
    public var invoices = Money<MXN>.zero
    /// Active `E` credit notes, as a positive amount.
    public var creditNotes = Money<MXN>.zero
    /// To customers in Mexico, net of their credit notes.
    public var domestic = Money<MXN>.zero
    /// To customers abroad, net of their credit notes.
    public var foreign = Money<MXN>.zero
    /// Net sales by month, January first.
    public var monthly = [Money<MXN>](repeating: .zero, count: 12)
    public var counts = Counts()

    public init() {}

    /// Total sales: invoices − credit notes.
    public var net: Money<MXN> { invoices - creditNotes }

    /// Adds the totals of other invoices (another stretch of the same file): every figure and
    /// count is a sum, so the order in which stretches are added changes nothing.
    public mutating func add(_ other: SalesTotals) {
        invoices += other.invoices
        creditNotes += other.creditNotes
        domestic += other.domestic
        foreign += other.foreign
        for month in monthly.indices { monthly[month] += other.monthly[month] }
        counts.rows += other.counts.rows
        counts.activeInvoices += other.counts.activeInvoices
        counts.activeCreditNotes += other.counts.activeCreditNotes
        counts.cancelled += other.counts.cancelled
        counts.notSales += other.counts.notSales
    }

    public struct Counts: Sendable, Hashable {
        /// Every data row of the file (set by the reader; the accumulator counts only valid rows).
        public var rows = 0
        public var activeInvoices = 0
        public var activeCreditNotes = 0
        /// Cancelled CFDIs, which do not count (domain.md §5).
        public var cancelled = 0
        /// Payment, transfer and payroll CFDIs, which are not sales.
        public var notSales = 0
        public init() {}
    }
}

/// Adds invoices to `SalesTotals` one at a time, so a reader can stream a file of any size.
public struct SalesAccumulator: Sendable {
    public private(set) var totals = SalesTotals()
    public let rounding: RoundingRule

    public init(rounding: RoundingRule) { self.rounding = rounding }

    /// Counts one valid invoice. Returns false if its peso amount overflows (never for real data).
    @discardableResult
    public mutating func add(_ invoice: SalesInvoice) -> Bool {
        totals.counts.rows += 1
        guard invoice.status == .active else {
            totals.counts.cancelled += 1
            return true
        }
        guard invoice.type.countsAsSales else {
            totals.counts.notSales += 1
            return true
        }
        guard let amount = invoice.netPesos(rounding: rounding) else { return false }
        let signed = invoice.type == .credit ? -amount : amount
        if invoice.type == .credit {
            totals.counts.activeCreditNotes += 1
            totals.creditNotes += amount
        } else {
            totals.counts.activeInvoices += 1
            totals.invoices += amount
        }
        if invoice.isForeignCustomer { totals.foreign += signed } else { totals.domestic += signed }
        totals.monthly[invoice.issuedOn.month - 1] += signed
        return true
    }
}
