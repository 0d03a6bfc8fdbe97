#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IMMEXDomain

/// The happy path of `sales.csv`: a row whose every field is well formed is read straight from the
/// bytes, with no string per field. Any row it does not fully accept goes the checked way
/// (`SalesReader.parse`), which reports every problem with its message and place, so the two
/// paths give the same invoices and the same findings.
struct SalesFastPath: Sendable {
    /// Field positions, resolved once from the header.
    let uuid, issuedOn, type, status, rfc, country, exportCode, currency, rate, subtotal, discount, totalUSD, pedimento: Int?
    let year: FiscalYear

    init(columns: ColumnMap, year: FiscalYear) {
        uuid = columns.index(of: "uuid"); issuedOn = columns.index(of: "issued_on"); type = columns.index(of: "type")
        status = columns.index(of: "status"); rfc = columns.index(of: "customer_rfc"); country = columns.index(of: "customer_country")
        exportCode = columns.index(of: "export_code"); currency = columns.index(of: "currency"); rate = columns.index(of: "exchange_rate")
        subtotal = columns.index(of: "subtotal"); discount = columns.index(of: "discount"); totalUSD = columns.index(of: "total_usd")
        pedimento = columns.index(of: "pedimento")
        self.year = year
    }

    /// The invoice, or nil to take the checked path. Its location names no file: the caller, on
    /// the thread that keeps the invoice, names it (so the two threads do not both count
    /// references to one string, a cache line passed back and forth for every row).
    func invoice(_ record: CSVRecord) -> SalesInvoice? {
        func field(_ index: Int?) -> UnsafeBufferPointer<UInt8>? {
            guard let index else { return UnsafeBufferPointer(start: nil, count: 0) }  // an optional column the file lacks
            return record.bytes(index)
        }
        guard let uuidBytes = field(uuid), let uuid = InvoiceUUID(utf8: uuidBytes),
              let dateBytes = field(issuedOn), let date = CalendarDate.parse(utf8: dateBytes), year.contains(date),
              let typeBytes = field(type), typeBytes.count == 1, let type = CFDIType(byte: typeBytes[0]), type.countsAsSales,
              let statusBytes = field(status), let status = InvoiceStatus(ascii: statusBytes),
              let rfcBytes = field(rfc), let rfc = RFC(asciiUppercase: rfcBytes),
              let countryBytes = field(country), let codeBytes = field(exportCode), let exportCode = ExportCode(ascii: codeBytes),
              let currencyBytes = field(currency), let currency = CurrencyCode(ascii: currencyBytes),
              let pedimentoBytes = field(pedimento), let pedimentos = Self.pedimentos(pedimentoBytes),
              let subtotalBytes = field(subtotal), case let .success(subtotal) = DecimalNumber.parse(utf8: subtotalBytes, maximumScale: 6),
              !subtotal.isNegative
        else { return nil }
        var country: CountryCode?
        if !countryBytes.isEmpty {
            guard let code = CountryCode(ascii: countryBytes) else { return nil }
            country = code
        } else if rfc.isGenericForeign {
            return nil
        }
        guard let rateBytes = field(rate) else { return nil }
        var exchangeRate = ExchangeRate.one
        if currency == .mxn {
            guard rateBytes.isEmpty else { return nil }
        } else {
            guard case let .success(value) = DecimalNumber.parse(utf8: rateBytes, maximumScale: 6), let parsed = ExchangeRate(value) else { return nil }
            exchangeRate = parsed
        }
        var discountValue = DecimalNumber(mantissa: 0, scale: 0)
        if let discountBytes = field(discount), !discountBytes.isEmpty {
            guard case let .success(value) = DecimalNumber.parse(utf8: discountBytes, maximumScale: 6), !value.isNegative,
                  value.mantissa(atScale: 18) <= subtotal.mantissa(atScale: 18) else { return nil }
            discountValue = value
        } else if field(discount) == nil {
            return nil
        }
        var usd: DecimalNumber?
        if let usdBytes = field(totalUSD), !usdBytes.isEmpty {
            guard case let .success(value) = DecimalNumber.parse(utf8: usdBytes, maximumScale: 6), !value.isNegative else { return nil }
            usd = value
        } else if field(totalUSD) == nil {
            return nil
        }
        return SalesInvoice(
            uuid: uuid, issuedOn: date, type: type, status: status, customerRFC: rfc, customerCountry: country, exportCode: exportCode,
            currency: currency, exchangeRate: exchangeRate, subtotal: subtotal, discount: discountValue, totalUSD: usd, pedimentos: pedimentos,
            location: SourceLocation(file: "", line: record.line, column: 1))
    }
}

extension SalesFastPath {
    /// Comma-separated 15-digit numbers, spaces allowed; nil when any is not one.
    static func pedimentos(_ bytes: UnsafeBufferPointer<UInt8>) -> [PedimentoNumber]? {
        guard !bytes.isEmpty else { return [] }
        var numbers: [PedimentoNumber] = []
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: ",") {
            let part = UnsafeBufferPointer(rebasing: bytes[start..<index])
            start = index + 1
            // Usually the 15 digits alone; with spaces (the CFDI's form) they are gathered first.
            if let number = PedimentoNumber(asciiDigits: part) {
                numbers.append(number)
                continue
            }
            var digits: [UInt8] = []
            digits.reserveCapacity(15)
            for byte in part where byte != UInt8(ascii: " ") {
                guard byte &- 0x30 <= 9, digits.count < 15 else { return nil }
                digits.append(byte)
            }
            guard let number = digits.withUnsafeBufferPointer(PedimentoNumber.init(asciiDigits:)) else { return nil }
            numbers.append(number)
        }
        return numbers
    }
}

extension CFDIType {
    init?(byte: UInt8) {
        switch byte {
        case UInt8(ascii: "I"): self = .income
        case UInt8(ascii: "E"): self = .credit
        default: return nil
        }
    }
}

extension ExportCode {
    /// The two digits `01` to `04`; other spellings take the checked path.
    init?(ascii bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 2, bytes[0] == UInt8(ascii: "0") else { return nil }
        switch bytes[1] {
        case UInt8(ascii: "1"): self = .notApplicable
        case UInt8(ascii: "2"): self = .definitiveA1
        case UInt8(ascii: "3"): self = .temporary
        case UInt8(ascii: "4"): self = .definitiveOther
        default: return nil
        }
    }
}

extension InvoiceStatus {
    /// `active`, `cancelled` or empty (active), lower case; other spellings take the checked path.
    init?(ascii bytes: UnsafeBufferPointer<UInt8>) {
        func spells(_ word: StaticString) -> Bool {
            bytes.count == word.utf8CodeUnitCount && memcmp(bytes.baseAddress!, word.utf8Start, bytes.count) == 0
        }
        if bytes.isEmpty || spells("active") { self = .active } else if spells("cancelled") { self = .cancelled } else { return nil }
    }
}
