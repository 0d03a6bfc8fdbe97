import IMMEXDomain

/// The happy path of `exports.csv`, like `SalesFastPath`: a row whose every field is well formed
/// is read from the bytes; any other row takes the checked path with its messages.
struct ExportsFastPath: Sendable {
    /// What each field of a row is, by position; `nil` for a column no reader uses.
    let roles: [ExportsColumn?]
    /// Each position's place among a row's fields (`FieldBytes.slots`).
    let slots: [UInt8]
    let year: FiscalYear
    let keys: KeyClassification
    let consignment: Bool

    init(columns: ColumnMap, year: FiscalYear, keys: KeyClassification, consignment: Bool) {
        var roles = [ExportsColumn?](repeating: nil, count: columns.width)
        for role in ExportsColumn.allCases {
            if let index = columns.index(of: role.name), index < roles.count { roles[index] = role }
        }
        self.roles = roles
        slots = FieldBytes<ExportsColumn>.slots(roles)
        self.year = year
        self.keys = keys
        self.consignment = consignment
    }

    /// The pedimento of a record the scanner cut, its location naming no file (the caller names
    /// it), or nil to take the checked path.
    func pedimento(_ record: CSVRecord) -> ExportPedimento? {
        guard var fields = FieldBytes(record, roles: roles) else { return nil }
        return pedimento(&fields, line: record.line)
    }

    /// The row that starts at byte `start` of `bytes`, on line `line` of `file`, read without the
    /// scanner (`RowSplitter`, as `SalesFastPath.row` reads `sales.csv`): its pedimento is handed
    /// to `body`, and where the next row starts is returned. Nil for a row the scanner
    /// and the checked path must read, with the same result for a row this accepts.
    /// `fields`: where the row's fields are put, kept by the caller from row to row.
    func row(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, line: Int, file: SourceFile, fields: inout FieldBytes<ExportsColumn>,
        _ body: (ExportPedimento) -> Void
    ) -> Int? {
        guard let next = RowSplitter.fields(bytes, from: start, slots: slots, into: &fields), let pedimento = pedimento(&fields, line: line, file: file) else {
            return nil
        }
        body(pedimento)
        return next
    }

    /// The pedimento of a row's fields (a column the file lacks reads as empty), or nil.
    /// (`fields` in-out, though only read, as `SalesFastPath.invoice` takes it: passed where it
    /// lies, not copied.)
    private func pedimento(_ fields: inout FieldBytes<ExportsColumn>, line: Int, file: SourceFile = .none) -> ExportPedimento? {
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
        guard let fixedAsset = ExportsReader.fixedAssetFlag(fields[.fixedAssetReturn]) else { return nil }
        var pedimento = ExportPedimento(
            number: number, customsSection: customsSection, key: clave, paidOn: date, exchangeRate: exchangeRate, valueUSD: usdValue,
            commercialValueMXN: commercialValue, valueAddedMXN: added, destinationCountry: destination, invoiceUUID: uuid,
            rectifies: rectified, returns: returned, location: SourceLocation(source: file, line: line, column: 1))
        pedimento.isFixedAssetReturn = fixedAsset
        return pedimento
    }
}

/// The columns of `exports.csv` the fast path reads, in the order of `ExportsReader.columns`.
enum ExportsColumn: Int, CaseIterable, Sendable {
    case pedimento, section, key, paidOn, rate, usd, commercial, valueAdded, country, invoice, rectifies, returns, fixedAssetReturn

    /// The column's canonical name (`ExportsReader.columns`, whose order this follows).
    var name: String { ExportsReader.columns[rawValue].name }
}
