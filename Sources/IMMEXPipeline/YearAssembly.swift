import Foundation
import IMMEXDomain
import IMMEXEngine
import IMMEXIngest
import Synchronization

/// One fiscal year's inputs, read and validated: the records that count, the files they came
/// from, and every finding.
public struct LoadedYear: Sendable {
    public var year: FiscalYear
    public var settings: CompanySettings
    public var rules: Rules
    public var sales: SalesTotals
    /// The invoices reconciliation looks at (`SalesInvoice.isExportRelevant`); the rest are only summed.
    public var exportInvoices: InvoiceList
    public var pedimentos: [ExportPedimento]
    public var exportRows: Int
    /// Every file read, in the order read, with its bytes and digest.
    public var inputs: [InputFile]
    /// With a cut-off date (a dry run): the valid rows dated after it, read and left out.
    public var leftOutInvoices = 0
    public var leftOutPedimentos = 0
    /// Which extract `pedimentos` come from.
    public var exportSource: ExportPedimento.Origin = .exportsCSV
    /// The Data Stage requests read, when there is a `datastage/` folder.
    public var dataStageRequests: [DataStageExtract.Request] = []
    /// The other extract's pedimentos, when both are present, to cross-check.
    public var otherPedimentos: [ExportPedimento]?
    /// Rows each CSV extract's fast path left to the checked path, by file.
    public var checkedRows: [String: Int] = [:]
    /// The findings the tax team reviewed (`explanations.toml`), when the file is there.
    public var explanations: [Explanation] = []
    /// The invoices written to the sales working paper, when the run asked for one.
    public var salesPaperRows = 0
    /// The Data Stage's import-side lines (which are temporary imports is decided when they are
    /// aged), and the inventory control's balances (`imports-balances.csv`, read only beside a Data Stage).
    public var importLines: [TemporaryImportLine] = []
    public var inventoryBalances: [InventoryBalance]?
    /// The years whose Data Stage the import lines come from (the year before's too, when present).
    public var importYears: [FiscalYear] = []
    /// With a `cfdi/` folder: where the CFDI as the SAT holds them and `sales.csv` differ, and the
    /// company's CFDI themselves (their TotalUSD is compared with the pedimentos once those are read).
    public var cfdiItems: [ReconciliationItem] = []
    public var cfdiHoldings: CFDIHoldings?
    /// Where total sales come from (`[sales] source`).
    public var salesSource = SalesSource.salesCSV
}

/// The company's CFDI of `cfdi/`, looked up by UUID while `sales.csv` is read.
struct CFDIIndex: Sendable {
    let documents: [CFDIDocument]
    let byUUID: [InvoiceUUID: Int32]
    let metadata: [InvoiceUUID: CFDIMetadata]

    init(documents: [CFDIDocument], metadata rows: [CFDIMetadata]) {
        self.documents = documents
        var byUUID: [InvoiceUUID: Int32] = [:]
        for (index, document) in documents.enumerated() {
            if let uuid = document.uuid, byUUID[uuid] == nil { byUUID[uuid] = Int32(index) }
        }
        self.byUUID = byUUID
        metadata = CFDIIndex.byUUID(rows)
    }

    /// The first row of each UUID (the SAT lists a CFDI once; a repeat in overlapping downloads is
    /// the same row).
    static func byUUID(_ rows: [CFDIMetadata]) -> [InvoiceUUID: CFDIMetadata] {
        var metadata: [InvoiceUUID: CFDIMetadata] = [:]
        metadata.reserveCapacity(rows.count)
        for row in rows where metadata[row.uuid] == nil { metadata[row.uuid] = row }
        return metadata
    }
}

/// What one stretch of `sales.csv` adds to the year, kept by the thread that read it.
private struct SalesStretch: Sendable {
    var accumulator: SalesAccumulator
    var leftOut = 0
    var overflowed: [SourceLocation] = []
    /// The invoices reconciliation looks at, packed where they are read.
    var relevant = InvoiceList()
    /// The stretch's lines of the sales working paper, when the run asked for one.
    var paper: [UInt8] = []
    var paperRows = 0
    /// Against `cfdi/`: the differences found, the CFDI met (by position), and the rows with none.
    var cfdiItems: [ReconciliationItem] = []
    var matchedCFDI: [Int32] = []
    var withoutCFDI: [SalesInvoice] = []
}

/// Where the sales working paper goes, when a run asks for one (`immex file`): every valid invoice,
/// in file order, with what it added to total sales (`SalesContribution`, the question the totals
/// ask).
public struct SalesPaper {
    /// Appends one invoice's line; called on the reading threads, for the stretch each reads.
    public var line: @Sendable (SalesInvoice, SalesContribution, inout [UInt8]) -> Void
    /// Takes a stretch's lines, in file order, on the calling thread.
    public var write: ([UInt8]) -> Void

    public init(line: @escaping @Sendable (SalesInvoice, SalesContribution, inout [UInt8]) -> Void, write: @escaping ([UInt8]) -> Void) {
        self.line = line
        self.write = write
    }
}

/// One year's rows made into what the run computes from, in one place: the decisions reading
/// leaves to the pipeline. Sales are summed as they are read (the speed of one pass), and here is
/// what is summed, what reconciliation keeps, what a dry run leaves out, and which extract of the
/// pedimentos counts.
public enum YearAssembly {
    /// Reads the folder (`YearReading`) and makes the year; nil when errors prevent computing
    /// figures (every finding is returned either way).
    /// - Parameters:
    ///   - asOf: a dry run's cut-off: rows dated after it are validated but left out.
    ///   - hashesExtracts: off only for a run that names no input's digest (a dry run without a report).
    ///   - log: told when each extract has been read (`--verbose`).
    ///   - salesPaper: given, every valid invoice is also written to the sales working paper.
    ///   - salesSource: given, overrides `[sales] source` (a dry run from the other extract).
    public static func load(
        _ folder: FiscalYearFolder, asOf: CalendarDate? = nil, progress: ReadProgress? = nil, hashesExtracts: Bool = true,
        log: (@Sendable (String) -> Void)? = nil, salesPaper: SalesPaper? = nil, salesSource: SalesSource? = nil
    ) -> (year: LoadedYear?, findings: [Finding]) {
        var findings: [Finding] = []
        guard var reading = YearReading.open(folder, findings: &findings) else { return (nil, findings) }
        if let salesSource { reading.overrideSalesSource(salesSource) }
        reading.progress = progress
        reading.hashesExtracts = hashesExtracts
        reading.log = log
        // The CFDI first, when there are any: the source of sales when rules.toml says so, and each
        // invoice of sales.csv is compared with them as it is read.
        let packages = reading.openCFDIPackages()
        var cfdiItems: [ReconciliationItem] = []
        var holdings: CFDIHoldings?
        let sales: Sales?
        if reading.rules?.salesSource == .cfdi {
            if var opened = packages {
                let fromCFDI = readCFDISales(&reading, &opened, asOf: asOf, salesPaper: salesPaper, keepDocuments: reading.hasSalesCSV)
                sales = fromCFDI.sales
                holdings = fromCFDI.holdings
                cfdiItems = fromCFDI.items
                if reading.hasSalesCSV, let documents = fromCFDI.documents {
                    // sales.csv is then compared with the CFDI, not counted.
                    let index = CFDIIndex(documents: documents, metadata: opened.metadata)
                    _ = readSales(&reading, asOf: asOf, salesPaper: nil, cfdi: index, cfdiItems: &cfdiItems, listsCancellations: false)
                }
            } else {
                sales = nil
                reading.findings.append(
                    Finding(
                        .missingFile, "rules.toml takes sales from the CFDI ([sales] source = \"cfdi\"), but \(folder.relativePath)/cfdi/ does not exist",
                        at: SourceLocation(file: "\(folder.relativePath)/cfdi"),
                        hint: "put the SAT's bulk-download packages in cfdi/, or set [sales] source = \"csv\" to sum sales.csv"))
            }
        } else {
            var index: CFDIIndex?
            if var opened = packages {
                var documents: [CFDIDocument] = []
                opened.forEachDocument(findings: &reading.findings) { documents.append($0) }
                index = CFDIIndex(documents: documents, metadata: opened.metadata)
                // The same CFDI in two packages is compared once (the first copy), and said.
                var held = CFDIHoldings()
                held.reserveCapacity(documents.count)
                var limiter = FindingLimiter(perCode: reading.findingsPerCodeLimit)
                for document in documents {
                    if let repeated = Self.repeatFinding(held.hold(document), document, summed: false) {
                        limiter.add([repeated], into: &reading.findings)
                    }
                }
                reading.findings += limiter.notes()
                holdings = held
            }
            sales = readSales(&reading, asOf: asOf, salesPaper: salesPaper, cfdi: index, cfdiItems: &cfdiItems)
        }
        // With a datastage/ folder, exports.csv is optional.
        let dataStage = reading.readDataStage()
        let exportsCSV = dataStage == nil || reading.hasExportsCSV ? reading.readExports() : nil
        let balances = dataStage != nil && reading.hasBalances ? reading.readBalances() : nil
        findings = reading.findings
        guard let settings = reading.settings, let rules = reading.rules, let sales, exportsCSV != nil || dataStage != nil else {
            return (nil, findings)
        }
        var exports = chooseExports(csv: exportsCSV, dataStage: dataStage, rules: rules, findings: &findings)
        var leftOutPedimentos = 0
        if let asOf {
            leftOutPedimentos = exports.pedimentos.count { $0.paidOn > asOf }
            if leftOutPedimentos > 0 { exports.pedimentos.removeAll { $0.paidOn > asOf } }
            exports.other?.removeAll { $0.paidOn > asOf }
            exports.rows -= leftOutPedimentos
        }
        var year = LoadedYear(
            year: folder.year, settings: settings, rules: rules, sales: sales.totals, exportInvoices: sales.kept, pedimentos: exports.pedimentos,
            exportRows: exports.rows, inputs: reading.inputs, leftOutInvoices: sales.leftOut, leftOutPedimentos: leftOutPedimentos,
            exportSource: exports.source, dataStageRequests: dataStage?.requests ?? [], otherPedimentos: exports.other)
        year.checkedRows = reading.checkedRows
        year.salesSource = rules.salesSource
        year.salesPaperRows = sales.paperRows
        year.explanations = reading.explanations
        if let dataStage {
            // The year before's temporary imports may still be in their term (18 months span two
            // extracts): its Data Stage's import lines first, and its files among the inputs.
            let prior = priorImportLines(folder, findings: &findings)
            year.importLines = prior.lines + dataStage.importLines
            year.inputs += prior.files
            year.importYears = (prior.files.isEmpty ? [] : [FiscalYear(folder.year.value - 1)]) + [folder.year]
        }
        year.inventoryBalances = balances
        year.cfdiItems = cfdiItems
        year.cfdiHoldings = holdings
        return (year, findings)
    }

    /// The import-side lines of `fiscal-years/<year-1>/datastage/`, when there is one, and the files
    /// read for them; its errors are the year's (a damaged extract is not silently skipped).
    static func priorImportLines(_ folder: FiscalYearFolder, findings: inout [Finding]) -> (lines: [TemporaryImportLine], files: [InputFile]) {
        let prior = FiscalYearFolder(root: folder.root, year: FiscalYear(folder.year.value - 1))
        guard FileManager.default.fileExists(atPath: prior.url.appendingPathComponent("datastage").path) else { return ([], []) }
        var opening: [Finding] = []
        guard var reading = YearReading.open(prior, findings: &opening) else { return ([], []) }
        let settingsRead = reading.inputs.count
        guard let extract = reading.readDataStage() else {
            findings += reading.findings.filter { $0.severity == .error }
            return ([], [])
        }
        findings += reading.findings.filter { $0.severity == .error }
        return (extract.importLines, Array(reading.inputs[settingsRead...]))
    }

    /// What `sales.csv` gives the year.
    struct Sales {
        var totals: SalesTotals
        /// The invoices reconciliation looks at (`SalesInvoice.isExportRelevant`).
        var kept: InvoiceList
        var leftOut: Int
        var paperRows: Int
    }

    /// Sales, summed as they are read: each invoice dated after `asOf` is left out; the rest are
    /// added up (`SalesAccumulator`), kept when reconciliation looks at them, and written to the
    /// working paper when there is one. Nil when the file could not be read.
    static func readSales(
        _ reading: inout YearReading, asOf: CalendarDate?, salesPaper: SalesPaper?, cfdi: CFDIIndex? = nil, cfdiItems: inout [ReconciliationItem],
        listsCancellations: Bool = true
    ) -> Sales? {
        let rounding = reading.rules?.rounding ?? .halfAwayFromZero
        let paperLine = salesPaper?.line
        // The stretches' paper buffers, used again once written: a fresh buffer per stretch,
        // allocated on one thread and freed on another, grew the heap by hundreds of megabytes.
        let paperBuffers = Mutex<[[UInt8]]>([])
        var sales = Sales(totals: SalesTotals(), kept: InvoiceList(), leftOut: 0, paperRows: 0)
        var overflowed: [SourceLocation] = []
        var salesOverflow = false
        var matched = Set<Int32>()
        var withoutCFDI = 0
        var listedWithoutCFDI = 0
        let listLimit = reading.findingsPerCodeLimit
        // Each stretch of the file is summed on the thread that reads it; stretches are merged in file order.
        let rows = reading.readSales(
            part: { rows in
                // Room for every row of the stretch at once: grown by doubling, the list would copy itself.
                var stretch = SalesStretch(accumulator: SalesAccumulator(rounding: rounding))
                stretch.relevant.reserveCapacity(rows)
                // (A line of the paper is under 128 bytes; emptied here, where the stretch that
                // filled it is gone, so the buffer is no longer shared.)
                if paperLine != nil {
                    stretch.paper = paperBuffers.withLock { $0.popLast() } ?? []
                    stretch.paper.removeAll(keepingCapacity: true)
                    stretch.paper.reserveCapacity(rows * 128)
                }
                return stretch
            },
            accept: { stretch, invoice in
                if let asOf, invoice.issuedOn > asOf {
                    stretch.leftOut += 1
                    return
                }
                if let paperLine {
                    paperLine(invoice, stretch.accumulator.contribution(of: invoice), &stretch.paper)
                    stretch.paperRows += 1
                }
                if !stretch.accumulator.add(invoice) { stretch.overflowed.append(invoice.location) }
                if invoice.isExportRelevant { stretch.relevant.append(invoice) }
                if let cfdi {
                    if let index = cfdi.byUUID[invoice.uuid] {
                        stretch.matchedCFDI.append(index)
                        stretch.cfdiItems += CFDIComparison.differences(invoice, cfdi.documents[Int(index)], metadata: cfdi.metadata[invoice.uuid])
                    } else {
                        stretch.withoutCFDI.append(invoice)
                    }
                }
            },
            merge: { stretch in
                if !sales.totals.add(stretch.accumulator.totals) { salesOverflow = true }
                sales.leftOut += stretch.leftOut
                overflowed += stretch.overflowed
                sales.kept.append(contentsOf: stretch.relevant)
                if let salesPaper, !stretch.paper.isEmpty {
                    salesPaper.write(stretch.paper)
                    paperBuffers.withLock { $0.append(stretch.paper) }
                }
                sales.paperRows += stretch.paperRows
                cfdiItems += stretch.cfdiItems
                matched.formUnion(stretch.matchedCFDI)
                withoutCFDI += stretch.withoutCFDI.count
                for invoice in stretch.withoutCFDI where listedWithoutCFDI < listLimit {
                    cfdiItems.append(CFDIComparison.onlyInCSV(invoice))
                    listedWithoutCFDI += 1
                }
            })
        if let cfdi {
            let year = reading.folder.year
            for (index, document) in cfdi.documents.enumerated()
            where !matched.contains(Int32(index)) && year.contains(document.issuedOn) && (asOf.map { document.issuedOn <= $0 } ?? true) {
                cfdiItems.append(CFDIComparison.onlyInCFDI(document))
            }
            for row in cfdi.metadata.values.sorted(by: { $0.location < $1.location }) where listsCancellations {
                if let item = CFDIComparison.cancelledAfterYear(row, year: year) { cfdiItems.append(item) }
            }
            if withoutCFDI > listedWithoutCFDI {
                reading.findings.append(
                    Finding(
                        .findingsNotListed,
                        "\(withoutCFDI - listedWithoutCFDI) more invoices of sales.csv are in none of cfdi/'s packages (the first \(listedWithoutCFDI) are listed)",
                        at: nil, hint: "download the missing periods from the SAT"))
            }
        }
        let file = reading.folder.file(FiscalYearLoader.salesFile).displayPath
        for location in overflowed {
            reading.findings.append(
                Finding(
                    .malformedAmount,
                    "the invoice's peso amount is beyond what one invoice may state (MXN \(Money<MXN>(centavos: Money<MXN>.largestStatedAmount).formatted)), or takes total sales beyond the largest total the report states (MXN \(Money<MXN>.largestTotal.formatted))",
                    at: location,
                    hint: "check the row's subtotal, discount and exchange rate for a typing error"))
        }
        if salesOverflow {
            reading.findings.append(
                Finding(
                    .malformedAmount,
                    "total sales of \(file) are beyond the largest total the report states (MXN \(Money<MXN>.largestTotal.formatted))",
                    at: SourceLocation(file: file), hint: "check the largest amounts of the file for a typing error"))
        }
        guard let rows else { return nil }
        reading.log?("kept \(sales.kept.count) invoices of \(file) for reconciliation")
        sales.totals.counts.rows = rows - sales.leftOut
        return sales
    }

    /// The pedimentos that count and the other extract's, to cross-check.
    struct Exports {
        var pedimentos: [ExportPedimento]
        var rows: Int
        var source: ExportPedimento.Origin
        var other: [ExportPedimento]?
    }

    /// Which extract's pedimentos count: the Data Stage's when there is no `exports.csv` or
    /// `rules.toml` says so (`[exports] source`), else `exports.csv`'s; the other is kept to
    /// cross-check. Data Stage rows are validated like the CSV's (a key in no class is an error
    /// and the row is left out), and an import-side one bears on exports only when its key
    /// subtracts (a K1 return).
    static func chooseExports(
        csv: (pedimentos: [ExportPedimento], rows: Int)?, dataStage: DataStageExtract?, rules: Rules, findings: inout [Finding]
    ) -> Exports {
        var stage = dataStage?.pedimentos ?? []
        for pedimento in stage where rules.keys.keyClass(of: pedimento.key, side: pedimento.side) == nil {
            findings.append(KeyCatalogueFile.unknownKey(pedimento.key, side: pedimento.side, at: pedimento.location))
        }
        stage.removeAll { rules.keys.keyClass(of: $0.key, side: $0.side) == nil }
        stage.removeAll { $0.side == .import && rules.keys.keyClass(of: $0.key, side: .import) != .subtracting }
        guard dataStage != nil else { return Exports(pedimentos: csv?.pedimentos ?? [], rows: csv?.rows ?? 0, source: .exportsCSV, other: nil) }
        if let csv, rules.exportSource != .dataStage {
            return Exports(pedimentos: csv.pedimentos, rows: csv.rows, source: .exportsCSV, other: stage)
        }
        return Exports(pedimentos: stage, rows: stage.count, source: .dataStage, other: csv?.pedimentos)
    }
}
