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
    /// count is a sum, so the order in which stretches are added changes nothing. Returns false,
    /// and changes nothing, when a total would pass `Money.largestTotal`.
    @discardableResult
    public mutating func add(_ other: SalesTotals) -> Bool {
        guard let invoices = invoices.adding(other.invoices), let creditNotes = creditNotes.adding(other.creditNotes),
            let domestic = domestic.adding(other.domestic), let foreign = foreign.adding(other.foreign),
            invoices.subtracting(creditNotes) != nil
        else { return false }
        var monthly = monthly
        for month in monthly.indices {
            guard let sum = monthly[month].adding(other.monthly[month]) else { return false }
            monthly[month] = sum
        }
        (self.invoices, self.creditNotes, self.domestic, self.foreign, self.monthly) = (invoices, creditNotes, domestic, foreign, monthly)
        counts.rows += other.counts.rows
        counts.activeInvoices += other.counts.activeInvoices
        counts.activeCreditNotes += other.counts.activeCreditNotes
        counts.cancelled += other.counts.cancelled
        counts.notSales += other.counts.notSales
        return true
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

/// What one valid invoice does to total sales: the question `SalesAccumulator` and the sales
/// working paper both ask, so that the paper cannot say other than the totals.
public enum SalesContribution: Sendable, Hashable {
    /// Cancelled: read and left out.
    case cancelled
    /// A payment, transfer or payroll CFDI (P, T, N): not a sale.
    case notSales
    /// Its net peso amount, negative for a credit note.
    case counted(Money<MXN>)
    /// Its peso amount is beyond what one invoice may state (an error for the reader to report).
    case unstatable
}

/// Adds invoices to `SalesTotals` one at a time, so a reader can stream a file of any size.
public struct SalesAccumulator: Sendable {
    /// Every figure but the months, which are kept inline here (an array's element changed for
    /// every invoice cost a check that the array was not shared) and put in when asked for.
    private var sums = SalesTotals()
    private var months = InlineArray<12, Money<MXN>>(repeating: .zero)
    public let rounding: RoundingRule

    public init(rounding: RoundingRule) { self.rounding = rounding }

    /// What `invoice` adds to total sales under the year's rounding.
    @inline(__always)
    public func contribution(of invoice: SalesInvoice) -> SalesContribution {
        guard invoice.status == .active else { return .cancelled }
        guard invoice.type.countsAsSales else { return .notSales }
        guard let amount = invoice.netPesos(rounding: rounding), amount.isStatable else { return .unstatable }
        return .counted(invoice.type == .credit ? -amount : amount)
    }

    /// What the invoices added so far come to.
    public var totals: SalesTotals {
        var totals = sums
        for month in months.indices { totals.monthly[month] = months[month] }
        return totals
    }

    /// Counts one valid invoice. Returns false, adding nothing, when its peso amount is beyond
    /// `Money.largestStatedAmount` or would take a total past `Money.largestTotal` (never for real
    /// data: the caller reports the row as an error).
    @discardableResult
    public mutating func add(_ invoice: SalesInvoice) -> Bool {
        sums.counts.rows += 1
        let signed: Money<MXN>
        switch contribution(of: invoice) {
        case .cancelled:
            sums.counts.cancelled += 1
            return true
        case .notSales:
            sums.counts.notSales += 1
            return true
        case .unstatable:
            return false
        case .counted(let amount):
            signed = amount
        }
        let amount = invoice.type == .credit ? -signed : signed
        let month = invoice.issuedOn.month - 1
        let isCredit = invoice.type == .credit
        let isForeign = invoice.isForeignCustomer
        // Every sum checked before any is changed.
        guard let byType = (isCredit ? sums.creditNotes : sums.invoices).adding(amount),
            let bySide = (isForeign ? sums.foreign : sums.domestic).adding(signed),
            let byMonth = months[month].adding(signed),
            (isCredit ? sums.invoices.subtracting(byType) : byType.subtracting(sums.creditNotes)) != nil
        else { return false }
        if isCredit {
            sums.counts.activeCreditNotes += 1
            sums.creditNotes = byType
        } else {
            sums.counts.activeInvoices += 1
            sums.invoices = byType
        }
        if isForeign { sums.foreign = bySide } else { sums.domestic = bySide }
        months[month] = byMonth
        return true
    }
}
