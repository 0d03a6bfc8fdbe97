import IMMEXDomain

/// The happy path of `exports.csv`, like `SalesFastPath`: a row whose every field is well formed
/// is read from the bytes; any other row takes the checked path with its messages.
struct ExportsFastPath: Sendable {
    let pedimento, section, key, paidOn, rate, usd, commercial, valueAdded, country, invoice, rectifies, returns: Int?
    let year: FiscalYear
    let keys: KeyClassification
    let consignment: Bool

    init(columns: ColumnMap, year: FiscalYear, keys: KeyClassification, consignment: Bool) {
        pedimento = columns.index(of: "pedimento"); section = columns.index(of: "customs_section"); key = columns.index(of: "key")
        paidOn = columns.index(of: "paid_on"); rate = columns.index(of: "exchange_rate"); usd = columns.index(of: "value_usd")
        commercial = columns.index(of: "commercial_value_mxn"); valueAdded = columns.index(of: "value_added_mxn")
        country = columns.index(of: "destination_country"); invoice = columns.index(of: "invoice_uuid")
        rectifies = columns.index(of: "rectifies"); returns = columns.index(of: "returned_pedimento")
        self.year = year
        self.keys = keys
        self.consignment = consignment
    }

    /// The pedimento, its location naming no file (the caller names it), or nil to take the
    /// checked path.
    func pedimento(_ record: CSVRecord) -> ExportPedimento? {
        func field(_ index: Int?) -> UnsafeBufferPointer<UInt8>? {
            guard let index else { return UnsafeBufferPointer(start: nil, count: 0) }  // an optional column the file lacks
            return record.bytes(index)
        }
        func optionalNumber(_ index: Int?) -> PedimentoNumber?? {
            guard let bytes = field(index) else { return nil }
            if bytes.isEmpty { return .some(nil) }
            return PedimentoNumber(asciiDigits: bytes).map { .some($0) } ?? nil
        }
        func money<C>(_ index: Int?) -> Money<C>?? {
            guard let bytes = field(index) else { return nil }
            if bytes.isEmpty { return .some(nil) }
            guard let value = DecimalNumber.value(utf8: bytes, maximumScale: 2), !value.isNegative,
                  let money = Money<C>(exactly: value) else { return nil }
            return .some(money)
        }
        guard let numberBytes = field(pedimento), let number = PedimentoNumber(asciiDigits: numberBytes),
              let sectionBytes = field(section), let customsSection = CustomsSection(asciiDigits: sectionBytes),
              let keyBytes = field(key), keyBytes.count == 2, let clave = PedimentoKey(ascii: keyBytes[0], keyBytes[1]),
              let keyClass = keys.keyClass(of: clave),
              let dateBytes = field(paidOn), let date = CalendarDate.parse(utf8: dateBytes), year.contains(date),
              let rateBytes = field(rate), let rateValue = DecimalNumber.value(utf8: rateBytes, maximumScale: 5),
              let exchangeRate = ExchangeRate(rateValue),
              case let usdValue?? = money(usd) as Money<USD>??, case let commercialValue?? = money(commercial) as Money<MXN>??,
              case let added? = money(valueAdded) as Money<MXN>??, !(consignment && added == nil),
              let countryBytes = field(country), let invoiceBytes = field(invoice),
              case let rectified? = optionalNumber(rectifies), case let returned? = optionalNumber(returns)
        else { return nil }
        guard number.customsOfficeCode == customsSection.customsOfficeCode else { return nil }
        // A rectification must say what it rectifies, and only a rectification may.
        guard (keyClass == .rectification) == (rectified != nil) else { return nil }
        var destination: CountryCode?
        if !countryBytes.isEmpty {
            guard let code = CountryCode(ascii: countryBytes) else { return nil }
            destination = code
        }
        var uuid: InvoiceUUID?
        if !invoiceBytes.isEmpty {
            guard let parsed = InvoiceUUID(utf8: invoiceBytes) else { return nil }
            uuid = parsed
        }
        return ExportPedimento(
            number: number, customsSection: customsSection, key: clave, paidOn: date, exchangeRate: exchangeRate, valueUSD: usdValue,
            commercialValueMXN: commercialValue, valueAddedMXN: added, destinationCountry: destination, invoiceUUID: uuid,
            rectifies: rectified, returns: returned, location: SourceLocation(file: "", line: record.line, column: 1))
    }
}
