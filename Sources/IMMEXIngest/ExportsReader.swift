import IMMEXDomain
import Machinery

/// Reads `exports.csv`: one row per export-side pedimento of the fiscal year, through the one CSV
/// reader (`CSVRecordReader`) with `ExportsSchema`.
public struct ExportsReader: Sendable {
    public static var columns: [ColumnSpec] { ExportsSchema.columns }
    /// What an import profile (`[import.exports]`) rewrites: amounts and the payment date.
    static let profileRoles: [String: ProfiledText.Role] = [
        "exchange_rate": .amount, "value_usd": .amount, "commercial_value_mxn": .amount, "value_added_mxn": .amount, "paid_on": .date,
    ]

    public let year: FiscalYear
    public let keys: KeyClassification
    /// Consignment companies count value added, so it is required for them.
    public let consignment: Bool
    public let aliases: [String: String]
    /// Reading progress, for a progress bar.
    public var progress: ReadProgress?
    /// Whether a file streamed from disk is hashed as it is read (off only for a run that names
    /// no digest).
    public var hashesFile = true
    /// Off only in tests, which compare the fast path with the checked one.
    var usesFastPath = true
    /// How much of the file each chunk of the parallel reading holds (tests make it small). A
    /// quarter of `sales.csv`'s: a year's exports.csv is a tenth of the size, and with chunks as
    /// large its last chunk kept one core reading while the other had none left.
    var chunkSize = 2 << 20
    /// Off only in tests, which compare the parallel reading with the ordered one.
    var readsInParallel = true
    /// The most findings of one code kept for the file (`[limits] findings_per_code`); the rest
    /// are counted in one note.
    public var findingsPerCode = FindingLimiter.defaultPerCode
    /// Told how many rows took the checked path, when given.
    public var counts: ReadCounts?

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

    /// The same, from any source; a file streamed from disk comes back as an `InputFile`, hashed
    /// as it was read. The file is read on every core (`CSVRecordReader`); a pedimento met again
    /// is a finding that points at its first row. The pedimentos and findings are those of
    /// reading the file row by row.
    public func read(_ source: CSVSource, findings: inout [Finding]) -> (pedimentos: [ExportPedimento], rows: Int, file: InputFile?) {
        // One array for the year, made at the size the file's rows promise: its pages are touched
        // once, as it fills (fresh memory is dear), and it is not grown by doubling unless the
        // estimate falls short. Each stretch's array is made at its size, for the same reason.
        var pedimentos: [ExportPedimento] = []
        pedimentos.reserveCapacity(source.expectedRows())
        let (rows, file) = reader.read(
            source, findings: &findings,
            part: { rows in
                var part: [ExportPedimento] = []
                part.reserveCapacity(rows)
                return part
            }, accept: { $0.append($1) }, merge: { pedimentos.append(contentsOf: $0) })
        return (pedimentos, rows, file)
    }

    /// The one reader, set up for this file.
    var reader: CSVRecordReader<ExportsSchema> {
        var reader = CSVRecordReader(schema: ExportsSchema(year: year, keys: keys, consignment: consignment), aliases: aliases)
        reader.progress = progress
        reader.hashesFile = hashesFile
        reader.findingsPerCode = findingsPerCode
        reader.counts = counts
        reader.usesFastPath = usesFastPath
        reader.chunkSize = chunkSize
        reader.readsInParallel = readsInParallel
        return reader
    }
}

/// `exports.csv` as the one reader reads it: its columns, its fast path
/// (`ExportsSchema+FastPath.swift`), its checked path (below), and the pedimento (number and
/// customs section) no two rows may share.
struct ExportsSchema: RecordSchema {
    typealias Column = ExportsColumn

    static let columns: [ColumnSpec] = [
        .required("pedimento"), .required("customs_section"), .required("key"), .required("paid_on"),
        .required("exchange_rate"), .required("value_usd"), .required("commercial_value_mxn"),
        .optional("value_added_mxn"), .optional("destination_country"), .optional("invoice_uuid"),
        .optional("rectifies"), .optional("returned_pedimento"), .optional("fixed_asset_return"),
    ]
    static let keyColumn = "pedimento"

    /// `fixed_asset_return`: whether the row returns fixed assets abroad (the Data Stage's 507
    /// `ClaveCaso` AF). Blank, `false`, `0` or `no` say no; `true`, `1`, `yes`, `sí` or `AF` say
    /// yes, in any case. Nil for anything else.
    static func fixedAssetFlag(_ bytes: some Collection<UInt8>) -> Bool? {
        if bytes.isEmpty { return false }
        switch String(decoding: bytes, as: UTF8.self).lowercased() {
        case "false", "0", "no": return false
        case "true", "1", "yes", "sí", "si", "af": return true
        default: return nil
        }
    }

    let year: FiscalYear
    let keys: KeyClassification
    /// Consignment companies count value added, so it is required for them.
    let consignment: Bool

    /// A pedimento's number and customs section, in one 64-bit half.
    func key(of pedimento: ExportPedimento) -> RowKey {
        RowKey(high: pedimento.number.packed &* 1_000 &+ UInt64(pedimento.customsSection.value), low: 0)
    }

    func repeatFinding(_ pedimento: ExportPedimento, at location: SourceLocation, first: SourceLocation) -> Finding {
        Finding(
            .duplicatePedimento, "pedimento \(pedimento.number) of customs section \(pedimento.customsSection) appears again",
            at: location, hint: "each pedimento is one row; a rectification is a new pedimento with key R1", related: first)
    }

    func checkedRecord(_ row: inout RowReader) -> ExportPedimento? {
        let number = row.pedimento("pedimento", "pedimento number", required: true)
        let section = row.parsed(
            "customs_section", "customs section", required: true, code: .malformedCode,
            expectation: "the customs section has 3 digits: customs office (2) and section (1), like 240",
            { CustomsSection($0) })
        let key = row.parsed(
            "key", "pedimento key", required: true, code: .unknownKey,
            expectation: "a pedimento key (Anexo 22 appendix 2) has two letters or digits, like A1",
            { PedimentoKey($0.uppercased()) })
        if let key, keys.keyClass(of: key) == nil {
            let unknown = KeyCatalogueFile.unknownKey(key, side: .export, at: nil)
            row.report(.unknownKey, unknown.messagePhrase, column: "key", hint: unknown.hintPhrase)
        }
        let paidOn = row.date("paid_on", "payment date")
        let rate = row.rate("exchange_rate", "exchange rate", scale: 5, required: true)
        let usd: Money<USD>? = row.money("value_usd", "USD value", required: true)
        let commercial: Money<MXN>? = row.money("commercial_value_mxn", "commercial value", required: true)
        let valueAdded: Money<MXN>? = row.money("value_added_mxn", "value added", required: consignment)
        let country = row.country("destination_country", "destination country", required: false)
        let invoice = row.uuid("invoice_uuid", "invoice UUID", required: false)
        let rectifies = row.pedimento("rectifies", "rectified pedimento", required: false)
        let returns = row.pedimento("returned_pedimento", "returned export pedimento", required: false)
        if let key, keys.keyClass(of: key) == .rectification, rectifies == nil, row.text("rectifies") == nil {
            row.report(
                .missingValue, "rectification \(number.map(\.description) ?? "") does not say which pedimento it rectifies",
                column: "rectifies", hint: "write the original pedimento's 15-digit number in 'rectifies'")
        }
        if let number, let section, number.customsOfficeCode != section.customsOfficeCode {
            row.report(
                .customsSectionMismatch,
                "pedimento \(number) was filed at customs office \(number.customsOffice) but the customs section is \(section)",
                column: "customs_section", hint: "check both columns; the section's first two digits are the customs office")
        }
        var fixedAsset = false
        if let text = row.text("fixed_asset_return") {
            if let flag = Self.fixedAssetFlag(Array(text.utf8)) {
                fixedAsset = flag
            } else {
                row.report(
                    .malformedCode, "fixed_asset_return '\(Finding.echo(text))' is neither yes nor no", column: "fixed_asset_return",
                    hint: "write true for a return abroad of fixed assets (507 ClaveCaso AF), false or nothing otherwise")
            }
        }
        guard let number, let section, let key, let paidOn, let rate, let usd, let commercial else { return nil }
        var pedimento = ExportPedimento(
            number: number, customsSection: section, key: key, paidOn: paidOn, exchangeRate: rate, valueUSD: usd,
            commercialValueMXN: commercial, valueAddedMXN: valueAdded, destinationCountry: country, invoiceUUID: invoice,
            rectifies: rectifies, returns: returns, location: row.record.location)
        pedimento.isFixedAssetReturn = fixedAsset
        return pedimento
    }
}
