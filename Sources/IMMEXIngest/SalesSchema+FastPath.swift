import IMMEXDomain

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension SalesSchema {
    /// The happy path of `sales.csv`: a row whose every field is well formed is read straight from
    /// its bytes, with no string per field. Any row it does not fully accept goes the checked way
    /// (`checkedRecord`), which reports every problem with its message and place, so the two paths
    /// give the same invoices and the same findings.
    /// (`fields` in-out, though only read: so it is passed where it lies, where a borrow was
    /// copied, 256 bytes a row.)
    func fastRecord(_ fields: inout FieldBytes<SalesColumn>, line: Int, file: SourceFile, _ body: (SalesInvoice) -> Void) -> Bool {
        guard let uuid = InvoiceUUID(utf8: fields[.uuid]),
            let date = CalendarDate.parse(utf8: fields[.issuedOn]), year.contains(date),
            fields[.type].count == 1, let type = CFDIType(byte: fields[.type][0]),
            let status = InvoiceStatus(ascii: fields[.status]),
            let rfc = RFC(asciiUppercase: fields[.customerRFC]),
            let exportCode = ExportCode(ascii: fields[.exportCode]),
            let currency = CurrencyCode(ascii: fields[.currency]),
            let pedimentos = Self.pedimentos(fields[.pedimento])
        else { return false }
        var country: CountryCode?
        if !fields[.customerCountry].isEmpty {
            guard let code = CountryCode(ascii: fields[.customerCountry]) else { return false }
            country = code
        } else if rfc.isGenericForeign {
            return false
        }
        let location = SourceLocation(source: file, line: line, column: 1)
        // Pagos, traslados and nómina carry no sale: as on the checked path, their amounts are not read.
        guard type.countsAsSales else {
            body(
                SalesInvoice(
                    uuid: uuid, issuedOn: date, type: type, status: status, customerRFC: rfc, customerCountry: country, exportCode: exportCode,
                    currency: currency, exchangeRate: .one, subtotal: DecimalNumber(mantissa: 0, scale: 0),
                    discount: DecimalNumber(mantissa: 0, scale: 0), totalUSD: nil, pedimentos: pedimentos, location: location))
            return true
        }
        guard let subtotal = DecimalNumber.value(utf8: fields[.subtotal], maximumScale: 6), !subtotal.isNegative else { return false }
        var exchangeRate = ExchangeRate.one
        if currency == .mxn {
            guard fields[.exchangeRate].isEmpty else { return false }
        } else {
            guard let value = DecimalNumber.value(utf8: fields[.exchangeRate], maximumScale: 6),
                let parsed = ExchangeRate(value)
            else { return false }
            exchangeRate = parsed
        }
        var discount = DecimalNumber(mantissa: 0, scale: 0)
        if !fields[.discount].isEmpty {
            guard let value = DecimalNumber.value(utf8: fields[.discount], maximumScale: 6), !value.isNegative,
                value.mantissa(atScale: 18) <= subtotal.mantissa(atScale: 18)
            else { return false }
            discount = value
        }
        var usd: DecimalNumber?
        if !fields[.totalUSD].isEmpty {
            guard let value = DecimalNumber.value(utf8: fields[.totalUSD], maximumScale: 6), !value.isNegative else { return false }
            usd = value
        }
        body(
            SalesInvoice(
                uuid: uuid, issuedOn: date, type: type, status: status, customerRFC: rfc, customerCountry: country, exportCode: exportCode,
                currency: currency, exchangeRate: exchangeRate, subtotal: subtotal, discount: discount, totalUSD: usd, pedimentos: pedimentos,
                location: location))
        return true
    }
}

/// The columns of `sales.csv` the fast path reads, in the order of `SalesSchema.columns`.
enum SalesColumn: Int, CaseIterable, Sendable {
    case uuid, issuedOn, type, status, customerRFC, customerCountry, exportCode, currency, exchangeRate, subtotal, discount, totalUSD, pedimento

    /// The column's canonical name (`SalesSchema.columns`, whose order this follows).
    var name: String { SalesSchema.name(of: self) }
}

extension SalesSchema {
    /// Comma-separated 15-digit numbers, spaces allowed anywhere in them (the CFDI writes
    /// `YY  AA  PPPP  NNNNNNN`); nil when any is not one.
    static func pedimentos(_ bytes: UnsafeBufferPointer<UInt8>) -> PedimentoList? {
        guard !bytes.isEmpty else { return [] }
        if let number = onePedimento(bytes) { return PedimentoList(number) }
        return pedimentosBytewise(bytes)
    }

    /// The usual field, one number as 15 digits or in the CFDI's spaced form (`YY  AA  PPPP
    /// NNNNNNN`, 21 bytes: `PedimentoNumber(officialSpelling:)`); nil for any other field (read
    /// then byte by byte, with the same result for these two forms).
    @inline(__always)
    static func onePedimento(_ bytes: UnsafeBufferPointer<UInt8>) -> PedimentoNumber? {
        PedimentoNumber(officialSpelling: bytes)
    }

    /// Any list, one byte at a time.
    static func pedimentosBytewise(_ bytes: UnsafeBufferPointer<UInt8>) -> PedimentoList? {
        guard !bytes.isEmpty else { return [] }
        // The usual one number is kept without an array; a second one starts the array.
        var first: PedimentoNumber?
        var more: [PedimentoNumber] = []
        var value: UInt64 = 0
        var digits = 0
        for index in 0...bytes.count {
            let byte = index < bytes.count ? bytes[index] : UInt8(ascii: ",")
            if byte == UInt8(ascii: ",") {
                guard digits == 15 else { return nil }
                if let earlier = first, more.isEmpty { more = [earlier] }
                if first == nil { first = PedimentoNumber(packed: value) } else { more.append(PedimentoNumber(packed: value)) }
                value = 0
                digits = 0
            } else if byte != UInt8(ascii: " ") {
                guard byte &- 0x30 <= 9, digits < 15 else { return nil }
                value = value * 10 + UInt64(byte &- 0x30)
                digits += 1
            }
        }
        if !more.isEmpty { return PedimentoList(more) }
        return first.map(PedimentoList.init) ?? []
    }
}

extension CFDIType {
    /// The one capital letter of `TipoDeComprobante`; other spellings take the checked path.
    @inline(__always) init?(byte: UInt8) {
        switch byte {
        case UInt8(ascii: "I"): self = .income
        case UInt8(ascii: "E"): self = .credit
        case UInt8(ascii: "T"): self = .transfer
        case UInt8(ascii: "N"): self = .payroll
        case UInt8(ascii: "P"): self = .payment
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
    @inline(__always) init?(ascii bytes: UnsafeBufferPointer<UInt8>) {
        func spells(_ word: StaticString) -> Bool {
            bytes.count == word.utf8CodeUnitCount && memcmp(bytes.baseAddress!, word.utf8Start, bytes.count) == 0
        }
        if bytes.isEmpty || spells("active") { self = .active } else if spells("cancelled") { self = .cancelled } else { return nil }
    }
}
