import Foundation
import IMMEXDomain
import Machinery

/// Reads `sales.csv`: one row per CFDI issued in the fiscal year (issue layout in README.md),
/// through the one CSV reader (`CSVRecordReader`) with `SalesSchema`.
public struct SalesReader: Sendable {
    public static var columns: [ColumnSpec] { SalesSchema.columns }
    /// What an import profile (`[import.sales]`) rewrites: amounts and the issue date.
    static let profileRoles: [String: ProfiledText.Role] = [
        "exchange_rate": .amount, "subtotal": .amount, "discount": .amount, "total_usd": .amount, "issued_on": .date,
    ]

    public let year: FiscalYear
    /// Canonical column name → the header the file uses (`[columns.sales]` in company.toml).
    public let aliases: [String: String]
    /// Reading progress, for a progress bar.
    public var progress: ReadProgress?
    /// Whether a file streamed from disk is hashed as it is read (off only for a run that names
    /// no digest).
    public var hashesFile = true
    /// The most findings of one code kept for the file (`[limits] findings_per_code`); the rest
    /// are counted in one note.
    public var findingsPerCode = FindingLimiter.defaultPerCode
    /// Told how many rows took the checked path, when given.
    public var counts: ReadCounts?
    /// Off only in tests, which compare the fast path with the checked one.
    var usesFastPath = true
    /// How much of the file each chunk of the parallel reading holds (tests make it small, so
    /// that a small file is cut in many places).
    var chunkSize = 8 << 20
    /// The fingerprint bits kept when looking for repeated UUIDs: all but in tests, which keep few
    /// so that different UUIDs collide and the exact second reading is taken.
    var fingerprintMask: UInt64 = ~0

    public init(year: FiscalYear, aliases: [String: String] = [:]) {
        self.year = year
        self.aliases = aliases
    }

    /// Validates every row, hands each valid invoice to `accept`, and reports every problem.
    /// - Returns: the number of data rows read.
    @discardableResult
    public func read(_ file: InputFile, findings: inout [Finding], accept: (SalesInvoice) -> Void) -> Int {
        read(CSVSource.memory(file), findings: &findings, accept: accept).rows
    }

    /// The same, from any source, each valid invoice handed to `accept` in file order.
    public func read(_ source: CSVSource, findings: inout [Finding], accept: (SalesInvoice) -> Void) -> (rows: Int, file: InputFile?) {
        read(source, findings: &findings, part: { _ in [SalesInvoice]() }, accept: { $0.append($1) }, merge: { $0.forEach(accept) })
    }

    /// Reads the file on every core (`CSVRecordReader`): each stretch of it into a `Part` made for
    /// it (`part(rows)`: at most that many rows go into it, or 0 when that is not known), each
    /// valid invoice handed to `accept` on the thread that read it, the parts to `merge` in file
    /// order on the calling thread. The invoices, the findings and their order are those of
    /// reading the file row by row; a UUID met again is a finding that points at its first row.
    /// A file streamed from disk comes back as an `InputFile`, hashed as it was read.
    public func read<Part: Sendable>(
        _ source: CSVSource, findings: inout [Finding], part: @escaping @Sendable (_ rows: Int) -> Part,
        accept: @escaping @Sendable (inout Part, SalesInvoice) -> Void, merge: (Part) -> Void
    ) -> (rows: Int, file: InputFile?) {
        var reader = CSVRecordReader(schema: SalesSchema(year: year), aliases: aliases)
        reader.progress = progress
        reader.hashesFile = hashesFile
        reader.findingsPerCode = findingsPerCode
        reader.counts = counts
        reader.usesFastPath = usesFastPath
        reader.chunkSize = chunkSize
        reader.fingerprintMask = fingerprintMask
        return reader.read(source, findings: &findings, part: part, accept: accept, merge: merge)
    }
}

/// `sales.csv` as the one reader reads it: its columns, its fast path (`SalesSchema+FastPath.swift`),
/// its checked path (below), and the UUID no two rows may share.
struct SalesSchema: RecordSchema {
    typealias Column = SalesColumn

    static let columns: [ColumnSpec] = [
        .required("uuid"), .required("issued_on"), .required("type"), .optional("status"),
        .required("customer_rfc"), .optional("customer_country"), .required("export_code"),
        .required("currency"), .optional("exchange_rate"), .required("subtotal"), .optional("discount"),
        .optional("total_usd"), .optional("pedimento"),
    ]
    static let keyColumn = "uuid"

    let year: FiscalYear

    func key(of invoice: SalesInvoice) -> RowKey { RowKey(high: invoice.uuid.high, low: invoice.uuid.low) }

    func repeatFinding(_ invoice: SalesInvoice, at location: SourceLocation, first: SourceLocation) -> Finding {
        Finding(
            .duplicateUUID, "UUID \(invoice.uuid) appears again", at: location, hint: "each CFDI is one row; remove the repeated row",
            related: first)
    }

    func checkedRecord(_ row: inout RowReader) -> SalesInvoice? {
        let uuid = row.uuid("uuid", "UUID", required: true)
        let issuedOn = row.date("issued_on", "issue date")
        let type = row.parsed(
            "type", "CFDI type", required: true, code: .unknownCode,
            expectation: "TipoDeComprobante is I (sale) or E (credit note); T, N and P are accepted and left out",
            { CFDIType(rawValue: $0.uppercased()) })
        var status = InvoiceStatus.active
        if let text = row.text("status") {
            if let parsed = InvoiceStatus(text: text) {
                status = parsed
            } else {
                row.report(
                    .unknownCode, "status '\(Finding.echo(text))' is not known", column: "status",
                    hint: "write active or cancelled (vigente or cancelado)")
            }
        }
        let rfc = row.parsed(
            "customer_rfc", "customer RFC", required: true, code: .malformedRFC,
            expectation: "\(row.text("customer_rfc").flatMap(RFC.problem) ?? "not an RFC"); foreign customers use XEXX010101000",
            { RFC($0) })
        let country = row.country("customer_country", "customer country", required: rfc?.isGenericForeign ?? false)
        let exportCode = row.parsed(
            "export_code", "export code", required: true, code: .unknownCode,
            expectation: "c_Exportacion is 01, 02, 03 or 04",
            { ExportCode(rawValue: $0.count == 1 ? "0" + $0 : $0) })
        let currency = row.parsed(
            "currency", "currency", required: true, code: .malformedCode,
            expectation: "use the ISO 4217 code of c_Moneda, like MXN or USD", { CurrencyCode($0.uppercased()) })
        let pedimentos = pedimentoList(&row)

        // Pagos, traslados and nómina carry no sale; their amounts are not read.
        guard let type, type.countsAsSales else {
            guard let uuid, let issuedOn, let type, let rfc, let exportCode else { return nil }
            return SalesInvoice(
                uuid: uuid, issuedOn: issuedOn, type: type, status: status, customerRFC: rfc, customerCountry: country,
                exportCode: exportCode, currency: currency ?? .mxn, exchangeRate: .one,
                subtotal: DecimalNumber(mantissa: 0, scale: 0), discount: DecimalNumber(mantissa: 0, scale: 0),
                totalUSD: nil, pedimentos: PedimentoList(pedimentos), location: row.record.location)
        }

        let subtotal = row.amount("subtotal", "subtotal", scale: 6, required: true)
        let discount = row.amount("discount", "discount", scale: 6, required: false)
        let totalUSD = row.amount("total_usd", "TotalUSD", scale: 6, required: false)
        var rate: ExchangeRate?
        if currency == .mxn {
            rate = row.rate("exchange_rate", "exchange rate", scale: 6, required: false) ?? .one
            if let given = rate, given.value.mantissa(atScale: 6) != 1_000_000 {
                row.report(
                    .malformedRate, "an invoice in MXN has exchange rate \(given)", column: "exchange_rate",
                    hint: "leave the rate empty or write 1 for invoices in pesos")
            }
        } else if let currency {
            if row.text("exchange_rate") == nil {
                row.report(
                    .missingExchangeRate, "an invoice in \(currency) has no exchange rate", column: "exchange_rate",
                    hint: "write the CFDI's TipoCambio, pesos per unit of \(currency), up to 6 decimals")
            } else {
                rate = row.rate("exchange_rate", "exchange rate", scale: 6, required: true)
            }
        }
        if let subtotal, let discount, discount.mantissa(atScale: 18) > subtotal.mantissa(atScale: 18) {
            row.report(
                .discountExceedsSubtotal, "discount \(discount) is larger than subtotal \(subtotal)", column: "discount",
                hint: "check the columns; CFDI's Descuento cannot exceed SubTotal")
        }
        guard let uuid, let issuedOn, let rfc, let exportCode, let currency, let rate, let subtotal else { return nil }
        return SalesInvoice(
            uuid: uuid, issuedOn: issuedOn, type: type, status: status, customerRFC: rfc, customerCountry: country,
            exportCode: exportCode, currency: currency, exchangeRate: rate, subtotal: subtotal,
            discount: discount ?? DecimalNumber(mantissa: 0, scale: 0), totalUSD: totalUSD, pedimentos: PedimentoList(pedimentos),
            location: row.record.location)
    }

    /// One pedimento, or several separated by commas (an invoice exported under several).
    private func pedimentoList(_ row: inout RowReader) -> [PedimentoNumber] {
        guard let text = row.text("pedimento") else { return [] }
        var numbers: [PedimentoNumber] = []
        for part in text.split(separator: ",") {
            let trimmed = part.trimmingSpaces
            guard let number = PedimentoNumber(trimmed) else {
                row.report(
                    .malformedPedimento, "pedimento '\(Finding.echo(trimmed))' is not a 15-digit pedimento number", column: "pedimento",
                    hint: "write YY AA PPPP NNNNNNN (spaces optional); separate several with commas inside quotes")
                continue
            }
            numbers.append(number)
        }
        return numbers
    }
}
