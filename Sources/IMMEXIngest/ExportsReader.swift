import IMMEXDomain

/// Reads `exports.csv`: one row per export-side pedimento of the fiscal year.
public struct ExportsReader: Sendable {
    public static let columns: [ColumnSpec] = [
        .required("pedimento"), .required("customs_section"), .required("key"), .required("paid_on"),
        .required("exchange_rate"), .required("value_usd"), .required("commercial_value_mxn"),
        .optional("value_added_mxn"), .optional("destination_country"), .optional("invoice_uuid"),
        .optional("rectifies"), .optional("returned_pedimento"),
    ]

    public let year: FiscalYear
    public let keys: KeyClassification
    /// Consignment companies count value added, so it is required for them.
    public let consignment: Bool
    public let aliases: [String: String]
    /// Reading progress, for a progress bar.
    public var progress: ReadProgress?

    public init(year: FiscalYear, keys: KeyClassification, consignment: Bool, aliases: [String: String] = [:]) {
        self.year = year
        self.keys = keys
        self.consignment = consignment
        self.aliases = aliases
    }

    /// Every valid pedimento, in file order, and the number of data rows read.
    public func read(_ file: InputFile, findings: inout [Finding]) -> (pedimentos: [ExportPedimento], rows: Int) {
        let result = read(CSVSource.memory(file), findings: &findings)
        return (result.pedimentos, result.rows)
    }

    /// The same, from any source; a file streamed from disk comes back as an `InputFile`.
    public func read(_ source: CSVSource, findings: inout [Finding]) -> (pedimentos: [ExportPedimento], rows: Int, file: InputFile?) {
        // Where each pedimento (number and section, packed into one integer) was first seen.
        var firstSeen: [UInt64: SourceLocation] = [:]
        var pedimentos: [ExportPedimento] = []
        var fastPath: ExportsFastPath?
        let (rows, streamed) = CSVTable(columns: Self.columns, aliases: aliases, year: year, progress: progress).read(source, findings: &findings) { row in
            if fastPath == nil { fastPath = ExportsFastPath(columns: row.columns, year: year, keys: keys, consignment: consignment) }
            guard let pedimento = fastPath?.pedimento(row.record) ?? parse(&row) else { return }
            let identity = pedimento.number.packed &* 1_000 &+ UInt64(pedimento.customsSection.digits)!
            if let earlier = firstSeen[identity] {
                row.report(
                    .duplicatePedimento, "pedimento \(pedimento.number) of customs section \(pedimento.customsSection) appears again",
                    column: "pedimento", hint: "each pedimento is one row; a rectification is a new pedimento with key R1",
                    related: earlier)
            } else {
                firstSeen[identity] = row.record.location
            }
            if !row.hasErrors { pedimentos.append(pedimento) }
        }
        return (pedimentos, rows, streamed)
    }

    private func parse(_ row: inout RowReader) -> ExportPedimento? {
        let number = row.pedimento("pedimento", "pedimento number", required: true)
        let section = row.parsed("customs_section", "customs section", required: true, code: .malformedCode,
                                 expectation: "the customs section has 3 digits: customs office (2) and section (1), like 240",
                                 { CustomsSection($0) })
        let key = row.parsed("key", "pedimento key", required: true, code: .unknownKey,
                             expectation: "a pedimento key (Anexo 22 appendix 2) has two letters or digits, like A1",
                             { PedimentoKey($0.uppercased()) })
        if let key, keys.keyClass(of: key) == nil {
            row.report(.unknownKey, "pedimento key \(key) is in no class of rules.toml", column: "key",
                       hint: "if the key is right, add it to one of the lists in rules.toml [keys] (direct, indirect, subtracting, rectification, review, excluded)")
        }
        let paidOn = row.date("paid_on", "payment date")
        let rate = row.rate("exchange_rate", "exchange rate", scale: 5, required: true)
        let usd: Money<USD>? = row.money("value_usd", "USD value", required: true)
        let commercial: Money<MXN>? = row.money("commercial_value_mxn", "commercial value", required: true)
        let valueAdded: Money<MXN>? = row.money("value_added_mxn", "value added", required: consignment)
        if row.text("value_usd") != nil, usd == nil, !row.hasErrors {
            row.report(.malformedAmount, "USD value has more than 2 decimals", column: "value_usd", hint: "pedimento values carry 2 decimals")
        }
        let country = row.country("destination_country", "destination country", required: false)
        let invoice = row.uuid("invoice_uuid", "invoice UUID", required: false)
        let rectifies = row.pedimento("rectifies", "rectified pedimento", required: false)
        let returns = row.pedimento("returned_pedimento", "returned export pedimento", required: false)
        if let key, keys.keyClass(of: key) == .rectification, rectifies == nil, row.text("rectifies") == nil {
            row.report(.missingValue, "rectification \(number.map(\.description) ?? "") does not say which pedimento it rectifies",
                       column: "rectifies", hint: "write the original pedimento's 15-digit number in 'rectifies'")
        }
        if let number, let section, number.customsOffice != section.customsOffice {
            row.report(.customsSectionMismatch,
                       "pedimento \(number) was filed at customs office \(number.customsOffice) but the customs section is \(section)",
                       column: "customs_section", hint: "check both columns; the section's first two digits are the customs office")
        }
        guard let number, let section, let key, let paidOn, let rate, let usd, let commercial else { return nil }
        return ExportPedimento(
            number: number, customsSection: section, key: key, paidOn: paidOn, exchangeRate: rate, valueUSD: usd,
            commercialValueMXN: commercial, valueAddedMXN: valueAdded, destinationCountry: country, invoiceUUID: invoice,
            rectifies: rectifies, returns: returns, location: row.record.location)
    }
}
