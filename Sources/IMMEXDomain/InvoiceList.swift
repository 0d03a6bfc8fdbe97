/// Invoices held for reconciliation, packed: about 100 bytes each instead of a `SalesInvoice`'s
/// 250 (whose dates, codes and amounts are full-width integers and strings). A year of ten million
/// invoices keeps about three million of them, so this is the difference between holding them in
/// 300 MB or 750 MB. Reading an element rebuilds the same `SalesInvoice` that was appended; the
/// rare invoice that does not fit the packed form (several pedimentos, a line past 4 billion) is
/// kept whole beside the rest. Records are stored in chunks of 65,536, so the list grows without
/// ever copying what it already holds (an array would copy hundreds of megabytes as it doubles).
public struct InvoiceList: RandomAccessCollection, Sendable, ExpressibleByArrayLiteral {
    private static let chunkBits = 16
    private static let chunkSize = 1 << chunkBits
    private var chunks: [[PackedInvoice]] = []
    public private(set) var count = 0
    /// Invoices kept whole, by position.
    private var whole: [Int: SalesInvoice] = [:]
    /// The files invoices come from (usually one), so each record holds a small index.
    private var files: [String] = []
    private var fileIndexes: [String: UInt16] = [:]

    public init() {}

    public init(_ invoices: some Sequence<SalesInvoice>) {
        for invoice in invoices { append(invoice) }
    }

    public init(arrayLiteral invoices: SalesInvoice...) { self.init(invoices) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public mutating func append(_ invoice: SalesInvoice) {
        var record = fileIndex(invoice.location.file).flatMap { PackedInvoice(invoice, file: $0) }
        if record == nil {
            whole[count] = invoice
            record = PackedInvoice(placeholderFor: invoice)
        }
        if count & (Self.chunkSize - 1) == 0 {
            chunks.append([])
            chunks[chunks.count - 1].reserveCapacity(Self.chunkSize)
        }
        chunks[chunks.count - 1].append(record!)
        count += 1
    }

    public subscript(position: Int) -> SalesInvoice {
        precondition(position >= 0 && position < count, "invoice index out of range")
        let record = chunks[position >> Self.chunkBits][position & (Self.chunkSize - 1)]
        if record.isPlaceholder, let invoice = whole[position] { return invoice }
        return record.invoice(file: files[Int(record.file)])
    }

    /// The fields reconciliation matches, filters and adds up, read without rebuilding the
    /// invoice (which would copy its strings and allocate its list of pedimentos).
    public func matchingFields(at position: Int) -> InvoiceMatchingFields {
        precondition(position >= 0 && position < count, "invoice index out of range")
        let record = chunks[position >> Self.chunkBits][position & (Self.chunkSize - 1)]
        if record.isPlaceholder, let invoice = whole[position] { return InvoiceMatchingFields(invoice) }
        return record.matchingFields
    }

    /// The invoice's pedimento numbers, each as its 15 digits read as an integer
    /// (`PedimentoNumber.packed`), in the invoice's order, without rebuilding the invoice.
    public func packedPedimentos(at position: Int) -> [UInt64] {
        precondition(position >= 0 && position < count, "invoice index out of range")
        let record = chunks[position >> Self.chunkBits][position & (Self.chunkSize - 1)]
        if record.isPlaceholder, let invoice = whole[position] { return invoice.pedimentos.map(\.packed) }
        return record.pedimentoCount == 0 ? [] : [record.pedimento]
    }

    /// Nil past 65,536 distinct files (such an invoice is kept whole).
    private mutating func fileIndex(_ file: String) -> UInt16? {
        if let last = files.last, last == file { return UInt16(files.count - 1) }
        if let index = fileIndexes[file] { return index }
        guard files.count <= Int(UInt16.max) else { return nil }
        fileIndexes[file] = UInt16(files.count)
        files.append(file)
        return UInt16(files.count - 1)
    }
}

/// What `InvoiceList.matchingFields(at:)` reads: no strings, nothing to retain.
public struct InvoiceMatchingFields: Sendable, Hashable {
    public let uuid: InvoiceUUID
    public let type: CFDIType
    public let status: InvoiceStatus
    public let exportCode: ExportCode
    public let hasPedimentos: Bool
    public let isGenericForeignCustomer: Bool
    public let issuedOn: CalendarDate
    public let totalUSD: DecimalNumber?
    let subtotal: DecimalNumber
    let discount: DecimalNumber
    let exchangeRate: ExchangeRate

    init(
        uuid: InvoiceUUID, type: CFDIType, status: InvoiceStatus, exportCode: ExportCode, hasPedimentos: Bool, isGenericForeignCustomer: Bool,
        issuedOn: CalendarDate, totalUSD: DecimalNumber?, subtotal: DecimalNumber, discount: DecimalNumber, exchangeRate: ExchangeRate
    ) {
        (self.uuid, self.type, self.status, self.exportCode) = (uuid, type, status, exportCode)
        (self.hasPedimentos, self.isGenericForeignCustomer) = (hasPedimentos, isGenericForeignCustomer)
        (self.issuedOn, self.totalUSD, self.subtotal, self.discount, self.exchangeRate) = (issuedOn, totalUSD, subtotal, discount, exchangeRate)
    }

    init(_ invoice: SalesInvoice) {
        self.init(
            uuid: invoice.uuid, type: invoice.type, status: invoice.status, exportCode: invoice.exportCode,
            hasPedimentos: !invoice.pedimentos.isEmpty, isGenericForeignCustomer: invoice.customerRFC.isGenericForeign,
            issuedOn: invoice.issuedOn, totalUSD: invoice.totalUSD, subtotal: invoice.subtotal, discount: invoice.discount,
            exchangeRate: invoice.exchangeRate)
    }

    /// The same as `SalesInvoice.netPesos(rounding:)`.
    public func netPesos(rounding rule: RoundingRule) -> Money<MXN>? {
        SalesInvoice.netPesos(subtotal: subtotal, discount: discount, exchangeRate: exchangeRate, rounding: rule)
    }
}

/// One invoice in fixed-width fields. Codes of three capitals are kept as their bytes, decimals as
/// mantissa and scale, the date as its parts, one pedimento as its 15 digits read as a number.
private struct PackedInvoice: Sendable {
    let uuid: InvoiceUUID
    let customerRFC: RFC
    let subtotal: Int64, discount: Int64, exchangeRate: Int64, totalUSD: Int64
    let pedimento: UInt64
    let line: UInt32, column: UInt32
    let country: UInt32, currency: UInt32
    let year: Int16
    let month: UInt8, day: UInt8
    let subtotalScale: UInt8, discountScale: UInt8, rateScale: UInt8
    /// 0xFF: no TotalUSD.
    let totalUSDScale: UInt8
    let type: CFDIType, status: InvoiceStatus, exportCode: ExportCode
    /// 0 or 1; an invoice under several pedimentos is kept whole.
    let pedimentoCount: UInt8
    let file: UInt16

    private static let noUSD: UInt8 = 0xFF
    private static let absent: UInt32 = 0

    var isPlaceholder: Bool { pedimentoCount == 0xFF }

    init(placeholderFor invoice: SalesInvoice) {
        uuid = invoice.uuid
        customerRFC = invoice.customerRFC
        (subtotal, discount, exchangeRate, totalUSD, pedimento) = (0, 0, 0, 0, 0)
        (line, column, country, currency, year, month, day) = (0, 0, 0, 0, 0, 0, 0)
        (subtotalScale, discountScale, rateScale, totalUSDScale) = (0, 0, 0, 0)
        (type, status, exportCode) = (invoice.type, invoice.status, invoice.exportCode)
        pedimentoCount = 0xFF
        file = 0
    }

    /// Nil when some field does not fit (the invoice is then kept whole).
    init?(_ invoice: SalesInvoice, file: UInt16) {
        guard invoice.pedimentos.count <= 1,
              let year = Int16(exactly: invoice.issuedOn.year),
              let line = UInt32(exactly: invoice.location.line ?? 0), let column = UInt32(exactly: invoice.location.column ?? 0),
              invoice.location.line != 0, invoice.location.column != 0
        else { return nil }
        // Codes are three capitals, so never 0: 0 can mean no country.
        let currency = invoice.currency.packed
        let country = invoice.customerCountry?.packed ?? Self.absent
        uuid = invoice.uuid
        customerRFC = invoice.customerRFC
        (subtotal, subtotalScale) = (invoice.subtotal.mantissa, UInt8(invoice.subtotal.scale))
        (discount, discountScale) = (invoice.discount.mantissa, UInt8(invoice.discount.scale))
        (exchangeRate, rateScale) = (invoice.exchangeRate.value.mantissa, UInt8(invoice.exchangeRate.value.scale))
        (totalUSD, totalUSDScale) = invoice.totalUSD.map { ($0.mantissa, UInt8($0.scale)) } ?? (0, Self.noUSD)
        pedimento = invoice.pedimentos.first?.packed ?? 0
        pedimentoCount = UInt8(invoice.pedimentos.count)
        (self.line, self.column) = (line, column)
        (self.country, self.currency) = (country, currency)
        (self.year, month, day) = (year, UInt8(invoice.issuedOn.month), UInt8(invoice.issuedOn.day))
        (type, status, exportCode) = (invoice.type, invoice.status, invoice.exportCode)
        self.file = file
    }

    var matchingFields: InvoiceMatchingFields {
        InvoiceMatchingFields(
            uuid: uuid, type: type, status: status, exportCode: exportCode, hasPedimentos: pedimentoCount > 0,
            isGenericForeignCustomer: customerRFC.isGenericForeign,
            issuedOn: CalendarDate(year: Int(year), month: Int(month), day: Int(day))!,
            totalUSD: totalUSDScale == Self.noUSD ? nil : DecimalNumber(mantissa: totalUSD, scale: Int(totalUSDScale)),
            subtotal: DecimalNumber(mantissa: subtotal, scale: Int(subtotalScale)),
            discount: DecimalNumber(mantissa: discount, scale: Int(discountScale)),
            exchangeRate: ExchangeRate(DecimalNumber(mantissa: exchangeRate, scale: Int(rateScale)))!)
    }

    func invoice(file: String) -> SalesInvoice {
        // Every part was checked when packed, so rebuilding cannot fail.
        SalesInvoice(
            uuid: uuid, issuedOn: CalendarDate(year: Int(year), month: Int(month), day: Int(day))!, type: type, status: status,
            customerRFC: customerRFC, customerCountry: country == Self.absent ? nil : CountryCode(packed: country),
            exportCode: exportCode, currency: CurrencyCode(packed: currency),
            exchangeRate: ExchangeRate(DecimalNumber(mantissa: exchangeRate, scale: Int(rateScale)))!,
            subtotal: DecimalNumber(mantissa: subtotal, scale: Int(subtotalScale)),
            discount: DecimalNumber(mantissa: discount, scale: Int(discountScale)),
            totalUSD: totalUSDScale == Self.noUSD ? nil : DecimalNumber(mantissa: totalUSD, scale: Int(totalUSDScale)),
            pedimentos: pedimentoCount == 0 ? [] : [PedimentoNumber(packed: pedimento)],
            location: SourceLocation(file: file, line: line == 0 ? nil : Int(line), column: column == 0 ? nil : Int(column)))
    }
}
