import IMMEXDomain
import Machinery

/// The record `InvoiceList` keeps for each invoice, and what its readers get from one without
/// rebuilding the invoice.

/// What `InvoiceList.codes(at:)` reads.
public struct InvoiceCodes: Sendable, Hashable {
    public let status: InvoiceStatus
    public let type: CFDIType
    public let exportCode: ExportCode
    public let isGenericForeignCustomer: Bool

    init(status: InvoiceStatus, type: CFDIType, exportCode: ExportCode, isGenericForeignCustomer: Bool) {
        (self.status, self.type, self.exportCode, self.isGenericForeignCustomer) = (status, type, exportCode, isGenericForeignCustomer)
    }

    init(_ invoice: SalesInvoice) {
        self.init(
            status: invoice.status, type: invoice.type, exportCode: invoice.exportCode,
            isGenericForeignCustomer: invoice.customerRFC.isGenericForeign)
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

/// One invoice in 64 bytes: amounts as 32-bit mantissas with 4-bit scales, codes of three capitals
/// in 15 bits, the customer and the file as indexes into the list's tables, one pedimento as its
/// 15 digits read as a number, the row's line (its column is 1). Fields are declared widest first,
/// so nothing is padded.
struct PackedInvoice: Sendable {
    let uuidHigh: UInt64, uuidLow: UInt64
    let pedimento: UInt64
    let line: UInt32
    let subtotal: UInt32, discount: UInt32, exchangeRate: UInt32, totalUSD: UInt32
    private(set) var customer: UInt32
    let issuedOn: CalendarDate
    /// 0: no country.
    let country: UInt16
    let currency: UInt16
    private(set) var file: UInt16
    /// Subtotal, discount, rate and TotalUSD, 4 bits each, in that order from the top.
    let scales: UInt16
    let type: CFDIType, status: InvoiceStatus, exportCode: ExportCode
    let flags: UInt8

    private static let hasUSD: UInt8 = 1, hasOnePedimento: UInt8 = 2, inPackage: UInt8 = 4, placeholder: UInt8 = 0x80
    /// A member of a package (a CFDI of the bulk download) is indexed by its package, its position
    /// in the top 20 bits of `line` and its line within it in the low 12.
    private static let lineBits: UInt32 = 12

    var isPlaceholder: Bool { flags & Self.placeholder != 0 }

    /// The same invoice, indexed into another list's tables.
    func moved(file: UInt16, customer: UInt32) -> PackedInvoice {
        var copy = self
        copy.file = file
        copy.customer = customer
        return copy
    }
    var hasPedimento: Bool { flags & Self.hasOnePedimento != 0 }
    var uuid: InvoiceUUID { InvoiceUUID(high: uuidHigh, low: uuidLow) }

    init(placeholderFor invoice: SalesInvoice) {
        (uuidHigh, uuidLow, pedimento) = (invoice.uuid.high, invoice.uuid.low, 0)
        (line, subtotal, discount, exchangeRate, totalUSD, customer) = (0, 0, 0, 0, 0, 0)
        (issuedOn, country, currency, file, scales) = (invoice.issuedOn, 0, 0, 0, 0)
        (type, status, exportCode) = (invoice.type, invoice.status, invoice.exportCode)
        flags = Self.placeholder
    }

    /// Nil when some field does not fit (the invoice is then kept whole). `position`: the place of
    /// the invoice's file in the package `file` indexes, when it is a package's member.
    init?(_ invoice: SalesInvoice, file: UInt16, position: Int? = nil, customer: UInt32) {
        func narrow(_ amount: DecimalNumber?) -> (mantissa: UInt32, scale: UInt16)? {
            guard let amount else { return (0, 0) }
            guard let mantissa = UInt32(exactly: amount.mantissa), amount.scale < 16 else { return nil }
            return (mantissa, UInt16(amount.scale))
        }
        guard invoice.pedimentos.count <= 1, invoice.location.column == 1,
            let line = UInt32(exactly: invoice.location.line ?? 0), line != 0,
            let subtotal = narrow(invoice.subtotal), let discount = narrow(invoice.discount),
            let rate = narrow(invoice.exchangeRate.value), let usd = narrow(invoice.totalUSD)
        else { return nil }
        if let position {
            guard line < 1 << Self.lineBits, position < 1 << (32 - Self.lineBits) else { return nil }
            self.line = UInt32(position) << Self.lineBits | line
        } else {
            self.line = line
        }
        (uuidHigh, uuidLow) = (invoice.uuid.high, invoice.uuid.low)
        pedimento = invoice.pedimentos.first?.packed ?? 0
        (self.subtotal, self.discount, exchangeRate, totalUSD) = (subtotal.mantissa, discount.mantissa, rate.mantissa, usd.mantissa)
        scales = subtotal.scale << 12 | discount.scale << 8 | rate.scale << 4 | usd.scale
        self.customer = customer
        issuedOn = invoice.issuedOn
        country = invoice.customerCountry.map { narrowCode($0.packed) } ?? 0
        currency = narrowCode(invoice.currency.packed)
        self.file = file
        (type, status, exportCode) = (invoice.type, invoice.status, invoice.exportCode)
        flags = (invoice.totalUSD == nil ? 0 : Self.hasUSD) | (invoice.pedimentos.isEmpty ? 0 : Self.hasOnePedimento) | (position == nil ? 0 : Self.inPackage)
    }

    private func decimal(_ mantissa: UInt32, scaleAt shift: UInt16) -> DecimalNumber {
        DecimalNumber(mantissa: Int64(mantissa), scale: Int(scales >> shift & 0xF))
    }

    private var usd: DecimalNumber? { flags & Self.hasUSD == 0 ? nil : decimal(totalUSD, scaleAt: 0) }
    // Every part was checked when packed, so rebuilding cannot fail.
    private var rate: ExchangeRate { ExchangeRate(decimal(exchangeRate, scaleAt: 4))! }

    func matchingFields(isGenericForeignCustomer: Bool) -> InvoiceMatchingFields {
        InvoiceMatchingFields(
            uuid: uuid, type: type, status: status, exportCode: exportCode, hasPedimentos: hasPedimento,
            isGenericForeignCustomer: isGenericForeignCustomer, issuedOn: issuedOn, totalUSD: usd,
            subtotal: decimal(subtotal, scaleAt: 12), discount: decimal(discount, scaleAt: 8), exchangeRate: rate)
    }

    func invoice(file: SourceFile, customer: RFC) -> SalesInvoice {
        SalesInvoice(
            uuid: uuid, issuedOn: issuedOn, type: type, status: status, customerRFC: customer,
            customerCountry: country == 0 ? nil : CountryCode(packed: widenCode(country)), exportCode: exportCode,
            currency: CurrencyCode(packed: widenCode(currency)), exchangeRate: rate, subtotal: decimal(subtotal, scaleAt: 12),
            discount: decimal(discount, scaleAt: 8), totalUSD: usd, pedimentos: hasPedimento ? PedimentoList(PedimentoNumber(packed: pedimento)) : [],
            location: location(file))
    }

    private func location(_ file: SourceFile) -> SourceLocation {
        guard flags & Self.inPackage != 0, let member = SourceFile.member(of: file, at: Int(line >> Self.lineBits)) else {
            return SourceLocation(source: file, line: Int(line), column: 1)
        }
        return SourceLocation(source: member, line: Int(line & (1 << Self.lineBits - 1)), column: 1)
    }
}

/// A code of three capitals (`ThreeLetterCode.packed`: its bytes, the first highest) as a number
/// from 1 to 26³ (15 bits); 0 is left to mean "none".
@inline(__always) private func narrowCode(_ packed: UInt32) -> UInt16 {
    let letters = (packed >> 16 & 0xFF, packed >> 8 & 0xFF, packed & 0xFF)
    return UInt16(((letters.0 - 65) * 26 + letters.1 - 65) * 26 + letters.2 - 65 + 1)
}

private func widenCode(_ narrow: UInt16) -> UInt32 {
    let number = UInt32(narrow - 1)
    return (number / 676 + 65) << 16 | (number / 26 % 26 + 65) << 8 | (number % 26 + 65)
}
