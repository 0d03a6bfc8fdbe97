/// One CFDI issued in the fiscal year, as read from `sales.csv`, with the row it came from.
public struct SalesInvoice: Sendable, Hashable {
    public var uuid: InvoiceUUID
    public var issuedOn: CalendarDate
    public var type: CFDIType
    public var status: InvoiceStatus
    public var customerRFC: RFC
    public var customerCountry: CountryCode?
    public var exportCode: ExportCode
    public var currency: CurrencyCode
    /// Pesos per unit of `currency`; 1 for MXN.
    public var exchangeRate: ExchangeRate
    /// In `currency`, up to 6 decimals (t_Importe).
    public var subtotal: DecimalNumber
    /// In `currency`; zero when absent.
    public var discount: DecimalNumber
    /// Comercio Exterior `TotalUSD`, when the invoice carries it.
    public var totalUSD: DecimalNumber?
    /// The pedimentos the goods left under, if the extract says so.
    public var pedimentos: PedimentoList
    public var location: SourceLocation

    // (Inlinable: readers make an invoice for every row, and called from another module its
    // fourteen arguments went through the stack.)
    @inlinable
    public init(
        uuid: InvoiceUUID, issuedOn: CalendarDate, type: CFDIType, status: InvoiceStatus, customerRFC: RFC,
        customerCountry: CountryCode?, exportCode: ExportCode, currency: CurrencyCode, exchangeRate: ExchangeRate,
        subtotal: DecimalNumber, discount: DecimalNumber, totalUSD: DecimalNumber?, pedimentos: PedimentoList,
        location: SourceLocation
    ) {
        self.uuid = uuid
        self.issuedOn = issuedOn
        self.type = type
        self.status = status
        self.customerRFC = customerRFC
        self.customerCountry = customerCountry
        self.exportCode = exportCode
        self.currency = currency
        self.exchangeRate = exchangeRate
        self.subtotal = subtotal
        self.discount = discount
        self.totalUSD = totalUSD
        self.pedimentos = pedimentos
        self.location = location
    }

    /// A customer abroad: the generic foreign RFC, or a country other than Mexico.
    public var isForeignCustomer: Bool {
        customerRFC.isGenericForeign || (customerCountry.map { $0 != .mexico } ?? false)
    }

    /// (Subtotal − discount) × exchange rate, rounded once, per invoice, by `rule`.
    /// The CFDI's taxes are not sales and are left out. Nil only on overflow.
    public func netPesos(rounding rule: RoundingRule) -> Money<MXN>? {
        Self.netPesos(subtotal: subtotal, discount: discount, exchangeRate: exchangeRate, rounding: rule)
    }

    package static func netPesos(subtotal: DecimalNumber, discount: DecimalNumber, exchangeRate: ExchangeRate, rounding rule: RoundingRule) -> Money<MXN>? {
        // Usually no discount, or one written to the subtotal's decimals: the difference is then
        // taken in 64 bits (the same number, without widening both sides).
        if discount.isZero || discount.scale == subtotal.scale {
            let (net, overflow) = subtotal.mantissa.subtractingReportingOverflow(discount.mantissa)
            if !overflow {
                return Conversion.pesos(DecimalNumber(mantissa: net, scale: subtotal.scale), at: exchangeRate, rounding: rule)
            }
        }
        let scale = max(subtotal.scale, discount.scale)
        let net = subtotal.mantissa(atScale: scale) - discount.mantissa(atScale: scale)
        guard let mantissa = Int64(exactly: net) else { return nil }
        return Conversion.pesos(DecimalNumber(mantissa: mantissa, scale: scale), at: exchangeRate, rounding: rule)
    }
}

/// The pedimentos an invoice left under: usually none or one, held inline (ten million invoices
/// would otherwise allocate millions of one-number arrays), several in an array.
public struct PedimentoList: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
    /// The one number, packed; `none` when there are none or several.
    private let single: UInt64
    /// Two or more; empty otherwise.
    private let several: [PedimentoNumber]
    private static let none = UInt64.max

    public init(_ numbers: [PedimentoNumber]) {
        if numbers.count == 1 {
            (single, several) = (numbers[0].packed, [])
        } else {
            (single, several) = (Self.none, numbers)
        }
    }

    public init(arrayLiteral numbers: PedimentoNumber...) { self.init(numbers) }

    /// One number, with no array.
    public init(_ number: PedimentoNumber) { (single, several) = (number.packed, []) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { single == Self.none ? several.count : 1 }
    public subscript(position: Int) -> PedimentoNumber {
        guard single != Self.none else { return several[position] }
        precondition(position == 0, "pedimento index out of range")
        return PedimentoNumber(packed: single)
    }
}
