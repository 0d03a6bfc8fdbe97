import IMMEXDomain

extension ExportsSchema {
    /// The happy path of `exports.csv`, like `sales.csv`'s: a row whose every field is well formed
    /// is read from the bytes; any other row takes the checked path with its messages.
    func fastRecord(_ fields: inout FieldBytes<ExportsColumn>, line: Int, file: SourceFile, _ body: (ExportPedimento) -> Void) -> Bool {
        guard let pedimento = pedimento(&fields, line: line, file: file) else { return false }
        body(pedimento)
        return true
    }

    /// The pedimento of a row's fields (a column the file lacks reads as empty), or nil.
    /// (`fields` in-out, though only read, as `fastRecord` takes it: passed where it lies, not
    /// copied.)
    private func pedimento(_ fields: inout FieldBytes<ExportsColumn>, line: Int, file: SourceFile) -> ExportPedimento? {
        func optionalNumber(_ column: ExportsColumn) -> PedimentoNumber?? {
            let bytes = fields[column]
            if bytes.isEmpty { return .some(nil) }
            return PedimentoNumber(officialSpelling: bytes).map { .some($0) } ?? nil
        }
        func money<C>(_ column: ExportsColumn) -> Money<C>?? {
            let bytes = fields[column]
            if bytes.isEmpty { return .some(nil) }
            guard let value = DecimalNumber.value(utf8: bytes, maximumScale: 2), !value.isNegative,
                let money = Money<C>(exactly: value)
            else { return nil }
            return .some(money)
        }
        let keyBytes = fields[.key]
        guard let number = PedimentoNumber(officialSpelling: fields[.pedimento]),
            let customsSection = CustomsSection(asciiDigits: fields[.section]),
            keyBytes.count == 2, let clave = PedimentoKey(ascii: keyBytes[0], keyBytes[1]),
            let keyClass = keys.keyClass(of: clave),
            let date = CalendarDate.parse(utf8: fields[.paidOn]), year.contains(date),
            let rateValue = DecimalNumber.value(utf8: fields[.rate], maximumScale: 5),
            let exchangeRate = ExchangeRate(rateValue),
            case let usdValue?? = money(.usd) as Money<USD>??, case let commercialValue?? = money(.commercial) as Money<MXN>??,
            case let added? = money(.valueAdded) as Money<MXN>??, !(consignment && added == nil),
            case let rectified? = optionalNumber(.rectifies), case let returned? = optionalNumber(.returns)
        else { return nil }
        let countryBytes = fields[.country]
        let invoiceBytes = fields[.invoice]
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
        guard let fixedAsset = Self.fixedAssetFlag(fields[.fixedAssetReturn]) else { return nil }
        var pedimento = ExportPedimento(
            number: number, customsSection: customsSection, key: clave, paidOn: date, exchangeRate: exchangeRate, valueUSD: usdValue,
            commercialValueMXN: commercialValue, valueAddedMXN: added, destinationCountry: destination, invoiceUUID: uuid,
            rectifies: rectified, returns: returned, location: SourceLocation(source: file, line: line, column: 1))
        pedimento.isFixedAssetReturn = fixedAsset
        return pedimento
    }
}

/// The columns of `exports.csv` the fast path reads, in the order of `ExportsSchema.columns`.
enum ExportsColumn: Int, CaseIterable, Sendable {
    case pedimento, section, key, paidOn, rate, usd, commercial, valueAdded, country, invoice, rectifies, returns, fixedAssetReturn

    /// The column's canonical name (`ExportsSchema.columns`, whose order this follows).
    var name: String { ExportsSchema.name(of: self) }
}
