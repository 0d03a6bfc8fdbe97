import IMMEXDomain

/// Reads typed values from one CSV record, adding a finding for each bad field, so that a row
/// reports all its problems at once. A row with any error is rejected by its reader.
struct RowReader {
    let record: CSVRecord
    let columns: ColumnMap
    let year: FiscalYear
    private(set) var findings: [Finding] = []
    private(set) var hasErrors = false

    init(record: CSVRecord, columns: ColumnMap, year: FiscalYear) {
        self.record = record
        self.columns = columns
        self.year = year
    }

    mutating func report(_ code: FindingCode, _ message: Phrase, column: String?, hint: Phrase? = nil, related: SourceLocation? = nil) {
        let location = column.flatMap { columns.index(of: $0) }.map(record.location) ?? record.location
        let finding = Finding(code, message, at: location, hint: hint, related: related)
        if finding.severity == .error { hasErrors = true }
        findings.append(finding)
    }

    // MARK: - Text

    /// The trimmed text of a column; nil when the file lacks the column or the field is empty.
    func text(_ column: String) -> String? {
        guard let index = columns.index(of: column), index < record.count else { return nil }
        let value = record.trimmed(index)
        return value.isEmpty ? nil : value
    }

    mutating func required(_ column: String, _ what: Phrase) -> String? {
        guard let value = text(column) else {
            report(.missingValue, "\(what) ('\(column)') is empty", column: column, hint: "fill it in; the column is required")
            return nil
        }
        return value
    }

    /// Parses a present field with `parse`; reports `code` with `expectation` when it fails.
    mutating func parsed<T>(
        _ column: String, _ what: Phrase, required isRequired: Bool, code: FindingCode, expectation: Phrase,
        _ parse: (String) -> T?
    ) -> T? {
        let value = isRequired ? required(column, what) : text(column)
        guard let value else { return nil }
        guard let result = parse(value) else {
            report(code, "\(what) '\(Finding.echo(value))' is not valid", column: column, hint: expectation)
            return nil
        }
        return result
    }

    // MARK: - Numbers

    /// A non-negative decimal with at most `scale` significant decimals.
    mutating func amount(_ column: String, _ what: Phrase, scale: Int, required isRequired: Bool) -> DecimalNumber? {
        let value = isRequired ? required(column, what) : text(column)
        guard let value else { return nil }
        switch DecimalNumber.parse(value, maximumScale: scale) {
        case .success(let number):
            guard !number.isNegative else {
                report(
                    .negativeAmount, "\(what) '\(Finding.echo(value))' is negative", column: column,
                    hint: "amounts are written as positive numbers; a credit note is type E, a return is key K1")
                return nil
            }
            return number
        case .failure(let error):
            report(
                .malformedAmount, "\(what) '\(Finding.echo(value))' is not an amount: \(error.explanation)", column: column,
                hint: "write it like 1234.56")
            return nil
        }
    }

    /// An amount of money: at most 2 decimals, and no more than `Money.largestStatedAmount`.
    mutating func money<C>(_ column: String, _ what: Phrase, required isRequired: Bool) -> Money<C>? {
        guard let number = amount(column, what, scale: 2, required: isRequired) else { return nil }
        if let money = Money<C>(exactly: number) { return money }
        let value = Finding.echo(text(column) ?? "")
        if number.reduced(toScale: 2) == nil {
            report(.malformedAmount, "\(what) '\(value)' has more than 2 decimals", column: column, hint: "amounts carry 2 decimals")
        } else {
            report(
                .malformedAmount,
                "\(what) '\(value)' is beyond the largest amount one row may state (\(Money<C>(centavos: Money<C>.largestStatedAmount).formatted))",
                column: column, hint: "check it for a typing error")
        }
        return nil
    }

    mutating func rate(_ column: String, _ what: Phrase, scale: Int, required isRequired: Bool) -> ExchangeRate? {
        let value = isRequired ? required(column, what) : text(column)
        guard let value else { return nil }
        switch DecimalNumber.parse(value, maximumScale: scale) {
        case .success(let number):
            guard let rate = ExchangeRate(number) else {
                report(
                    .malformedRate, "\(what) '\(Finding.echo(value))' must be greater than zero", column: column,
                    hint: "write the pesos per unit of currency, like 17.12345")
                return nil
            }
            return rate
        case .failure(let error):
            report(
                .malformedRate, "\(what) '\(Finding.echo(value))' is not an exchange rate: \(error.explanation)", column: column,
                hint: "write the pesos per unit of currency, with at most \(scale) decimals")
            return nil
        }
    }

    // MARK: - Dates and identifiers

    /// A date inside the fiscal year.
    mutating func date(_ column: String, _ what: Phrase) -> CalendarDate? {
        guard
            let date = parsed(
                column, what, required: true, code: .malformedDate,
                expectation: "write it as YYYY-MM-DD or as a CFDI date-time YYYY-MM-DDThh:mm:ss", CalendarDate.parse)
        else { return nil }
        guard year.contains(date) else {
            report(
                .dateOutsideYear, "\(what) \(date) is outside fiscal year \(year)", column: column,
                hint: "this file holds fiscal year \(year) only; move the row to its year's folder")
            return nil
        }
        return date
    }

    mutating func pedimento(_ column: String, _ what: Phrase, required isRequired: Bool) -> PedimentoNumber? {
        parsed(
            column, what, required: isRequired, code: .malformedPedimento,
            expectation: "a pedimento number has 15 digits: year (2), customs office (2), patent (4), sequence (7), spaces allowed",
            { PedimentoNumber($0) })
    }

    mutating func uuid(_ column: String, _ what: Phrase, required isRequired: Bool) -> InvoiceUUID? {
        parsed(
            column, what, required: isRequired, code: .malformedUUID,
            expectation: "the SAT stamp's UUID has 36 characters: 8-4-4-4-12 hexadecimal digits", { InvoiceUUID($0) })
    }

    mutating func country(_ column: String, _ what: Phrase, required isRequired: Bool) -> CountryCode? {
        parsed(
            column, what, required: isRequired, code: .malformedCode,
            expectation: "use the three-letter ISO code of c_Pais, like USA or DEU", { CountryCode($0.uppercased()) })
    }
}
