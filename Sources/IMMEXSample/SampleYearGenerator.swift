import Foundation
import IMMEXDomain

/// Writes a synthetic but realistic fiscal year folder in the real layouts: `company.toml`,
/// `rules.toml`, `sales.csv` and `exports.csv` for a fictional company. Deterministic for a seed.
///
/// The data mixes what real extracts hold: domestic and foreign customers, MXN, USD and EUR
/// invoices with their own exchange rates, credit notes, cancellations, payment CFDIs, quoted
/// fields with commas, and pedimentos of every key class (direct, indirect, returns, a
/// rectification chain, adjustments for review, keys that are not exports).
public struct SampleYearGenerator {
    /// How the year's exports are shaped.
    public enum Shape: String, CaseIterable, Sendable {
        /// About 30% of invoices exported, consolidated 1 to 6 to a pedimento, exports.csv numbering
        /// pedimentos compactly (`250734215000210`): the shipped sample year.
        case consolidated
        /// 40% of invoices exported, each under a pedimento of its own, and every pedimento number in
        /// exports.csv written as the CFDI writes it (`25  07  3421  5000210`, quoted): the shape of a
        /// pedimento-heavy year, `make bench`'s second year (issue 23).
        case onePerInvoice = "one-per-invoice"
    }

    public var year: FiscalYear
    public var invoices: Int
    public var pedimentos: Int
    public var seed: UInt64
    /// Temporary imports in the Data Stage beyond the shipped six (`--imports`).
    public var temporaryImports = 0
    /// Plant the few mismatches the sample year documents (its README), for reconciliation to find.
    public var deliberateMismatches: Bool
    public var shape: Shape
    /// Write the invoices as the SAT's bulk-download packages too (`cfdi/`).
    public var writesCFDI = true

    public init(
        year: FiscalYear, invoices: Int, pedimentos: Int, seed: UInt64 = 2025, deliberateMismatches: Bool = true, shape: Shape = .consolidated
    ) {
        self.shape = shape
        self.year = year
        self.invoices = invoices
        self.pedimentos = pedimentos
        self.seed = seed
        self.deliberateMismatches = deliberateMismatches
    }

    /// What `write(to:)` writes into a folder (and so would overwrite there).
    public static let fileNames = ["company.toml", "rules.toml", "sales.csv", "exports.csv", "datastage", "imports-balances.csv", "cfdi"]

    /// Writes the four files into `folder` (created if needed).
    public func write(to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(SampleSettings.company.utf8).write(to: folder.appendingPathComponent("company.toml"))
        try Data(SampleSettings.rules(year: year).utf8).write(to: folder.appendingPathComponent("rules.toml"))
        var random = SampleRandom(seed: seed)
        var market = SampleMarket(year: year, deliberateMismatches: deliberateMismatches, shape: shape)
        let packages = writesCFDI ? try SampleCFDIPackages(folder: folder, company: (SampleSettings.rfc, SampleSettings.legalName)) : nil
        var plantedCancellation = false
        try CSVFileWriter.write(to: folder.appendingPathComponent("sales.csv")) { writer in
            writer.line(SampleMarket.salesHeader)
            for index in 0..<invoices {
                let invoice = market.invoice(index: index, of: invoices, random: &random)
                writer.line(invoice.csvLine)
                guard let packages else { continue }
                // Deliberate difference 1 (the sample's README): the first active export invoice
                // from 15 December on was cancelled in January, after the year ended; the ERP
                // still lists it as active. It counted in the year either way.
                var cancelledOn: String?
                if deliberateMismatches, !plantedCancellation, invoice.status == "active", invoice.exportCode == "02",
                    invoice.issued.prefix(10) >= "\(year.value)-12-15"
                {
                    plantedCancellation = true
                    cancelledOn = "\(year.value + 1)-01-15 10:00:00"
                }
                try packages.add(invoice, year: year, cancelledOn: cancelledOn)
            }
        }
        if deliberateMismatches, packages != nil {
            // Deliberate difference 2: a payment CFDI (P) the ERP's extract leaves out. Not a sale,
            // so the figures agree; reconciliation lists it as only in the CFDI.
            try packages?.add(
                SampleInvoice(
                    uuid: "C0FFEE00-2B1D-4C3E-8F40-5A6B7C8D9E0F", issued: "\(year.value)-12-30T11:15:00", type: "P", status: "active",
                    rfc: SampleMarket.domesticCustomers[0].0, name: SampleMarket.domesticCustomers[0].1, country: "", exportCode: "01",
                    currency: "XXX", rate: "", subtotal: 0, discount: 0, totalUSD: "", usdRate: "", pedimento: ""),
                year: year)
        }
        try packages?.finish()
        let consignments = market.closeConsignments()
        let rows = market.pedimentos(count: pedimentos, consignments: consignments, random: &random)
        try CSVFileWriter.write(to: folder.appendingPathComponent("exports.csv")) { writer in
            writer.line(SampleMarket.exportsHeader)
            for row in rows { writer.line(row.line(spaced: shape == .onePerInvoice)) }
        }
        var stage = SampleDataStage(year: year, deliberateDifferences: deliberateMismatches)
        stage.extraImports = temporaryImports
        for request in stage.requests(for: rows, random: &random) {
            try request.write(into: folder.appendingPathComponent("datastage"))
        }
        try CSVFileWriter.write(to: folder.appendingPathComponent("imports-balances.csv")) { writer in
            for line in stage.inventoryBalances() { writer.line(line) }
        }
    }
}

/// Buffers lines and writes them in large blocks.
struct CSVFileWriter {
    private var buffer: [UInt8] = []
    private let handle: FileHandle

    static func write(to url: URL, _ body: (inout CSVFileWriter) throws -> Void) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var writer = CSVFileWriter(handle: handle)
        try body(&writer)
        writer.flush()
    }

    private init(handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(1 << 20)
    }

    mutating func line(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        buffer.append(contentsOf: [0x0D, 0x0A])
        if buffer.count >= 1 << 20 { flush() }
    }

    mutating func flush() {
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
