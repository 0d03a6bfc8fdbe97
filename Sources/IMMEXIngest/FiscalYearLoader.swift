import Foundation
import IMMEXDomain
import Synchronization

/// Where one fiscal year's inputs live: `<root>/fiscal-years/<year>/`.
public struct FiscalYearFolder: Sendable {
    public let root: URL
    public let year: FiscalYear

    public init(root: URL, year: FiscalYear) {
        self.root = root
        self.year = year
    }

    public var relativePath: String { "fiscal-years/\(year)" }
    public var url: URL { root.appendingPathComponent(relativePath, isDirectory: true) }

    public func file(_ name: String) -> (url: URL, displayPath: String) {
        (url.appendingPathComponent(name), "\(relativePath)/\(name)")
    }
}

/// One fiscal year's inputs, read and validated: the records that count, the files they came
/// from, and every finding.
public struct LoadedYear: Sendable {
    public var year: FiscalYear
    public var settings: CompanySettings
    public var rules: Rules
    public var sales: SalesTotals
    /// The invoices reconciliation looks at (`Reconciler.isRelevant`); the rest are only summed.
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

/// Reads a fiscal year folder: settings first (they say how to read the rest), then the extracts.
public enum FiscalYearLoader {
    /// Only `company.toml` (for commands that need the holder but not the extracts).
    public static func companySettings(_ folder: FiscalYearFolder, findings: inout [Finding]) -> CompanySettings? {
        let (url, display) = folder.file(companyFile)
        do {
            return CompanySettings.load(try InputFile.read(url, displayPath: display), findings: &findings)
        } catch {
            findings.append(error.finding)
            return nil
        }
    }

    /// Only `rules.toml`, with the key catalogue it overrides (for commands that need the rules,
    /// such as the filing calendar, but not the extracts).
    public static func rules(_ folder: FiscalYearFolder, findings: inout [Finding]) -> Rules? {
        let catalogue = readCatalogue(folder, findings: &findings)
        let (url, display) = folder.file(rulesFile)
        do {
            return RulesSettings.load(try InputFile.read(url, displayPath: display), catalogue: catalogue?.keys, findings: &findings)
        } catch {
            findings.append(error.finding)
            return nil
        }
    }

    /// The pedimento key catalogue, which ships with the tool beside the templates.
    static func readCatalogue(_ folder: FiscalYearFolder, findings: inout [Finding]) -> (keys: KeyCatalogue, file: InputFile)? {
        do {
            let file = try InputFile.read(folder.root.appendingPathComponent(KeyCatalogueFile.path), displayPath: KeyCatalogueFile.path)
            return KeyCatalogueFile.load(file, findings: &findings).map { ($0, file) }
        } catch {
            var finding = error.finding
            finding.hint =
                "the key catalogue ships with the tool in templates/; restore it from the release, or pass --root to the folder that holds templates/"
            findings.append(finding)
            return nil
        }
    }

    public static let companyFile = "company.toml"
    public static let rulesFile = "rules.toml"
    public static let salesFile = "sales.csv"
    public static let exportsFile = "exports.csv"

    /// Reads everything it can and returns all findings; the year is nil when errors prevent
    /// computing figures.
    /// - Parameters:
    ///   - asOf: a dry run's cut-off: rows dated after it are validated but left out.
    ///   - hashesExtracts: off only for a run that names no input's digest (a dry run without a
    ///     report): the extracts are then read without hashing them, and their `InputFile`s say
    ///     so (`isHashed`). Settings are always hashed.
    ///   - log: told when each extract has been read (`--verbose`).
    ///   - salesPaper: given, every valid invoice is also written to the sales working paper.
    public static func load(
        _ folder: FiscalYearFolder, asOf: CalendarDate? = nil, progress: ReadProgress? = nil, hashesExtracts: Bool = true,
        log: (@Sendable (String) -> Void)? = nil, salesPaper: SalesPaper? = nil
    ) -> (year: LoadedYear?, findings: [Finding]) {
        var findings: [Finding] = []
        guard FileManager.default.fileExists(atPath: folder.url.path) else {
            findings.append(
                Finding(
                    .missingFile, "there is no folder \(folder.relativePath)", at: SourceLocation(file: folder.relativePath),
                    hint: "create it with company.toml, rules.toml, sales.csv and exports.csv (templates are in fiscal-years/2025/), or pass --root"))
            return (nil, findings)
        }
        var inputs: [InputFile] = []
        func read(_ name: String) -> InputFile? {
            let (url, display) = folder.file(name)
            do {
                let file = try InputFile.read(url, displayPath: display)
                inputs.append(file)
                return file
            } catch {
                findings.append(error.finding)
                return nil
            }
        }

        let settings = read(companyFile).flatMap { CompanySettings.load($0, findings: &findings) }
        let catalogue = readCatalogue(folder, findings: &findings)
        if let catalogue { inputs.append(catalogue.file) }
        let rules = read(rulesFile).flatMap { RulesSettings.load($0, catalogue: catalogue?.keys, findings: &findings) }
        // Optional: the findings the tax team reviewed and explained.
        var explanations: [Explanation] = []
        if FileManager.default.fileExists(atPath: folder.file(ExplanationsFile.name).url.path), let file = read(ExplanationsFile.name) {
            explanations = ExplanationsFile.load(file, findings: &findings)
        }
        /// An extract is streamed from disk (never held whole in memory), hashed while read; one
        /// that its ERP writes in its own way (`[import.<table>]`) is read whole and rewritten into
        /// the canonical form first (`ProfiledInput`).
        func extract(_ name: String, table: String, columns: [ColumnSpec], roles: [String: ProfiledText.Role]) -> (CSVSource, ProfiledInput?)? {
            let (url, display) = folder.file(name)
            if let profile = settings?.importProfiles[table], !profile.isCanonical {
                guard let original = read(name) else { return nil }
                inputs.removeLast()  // added again where it is read, in its place
                let text = ProfiledText(
                    original.bytes, file: display, profile: profile, columns: columns, aliases: settings?.columnAliases[table] ?? [:], roles: roles)
                do {
                    let rewritten = try InputFile(displayPath: display, url: url, bytes: text.bytes)
                    return (.memory(rewritten), ProfiledInput(original: original, text: text))
                } catch {
                    findings.append(error.finding)
                    return nil
                }
            }
            guard FileManager.default.fileExists(atPath: url.path) else {
                findings.append(InputFile.missing(display))
                return nil
            }
            // Refused before it is sized or opened: a FIFO would hang the run, a device never ends.
            if case let kind?? = fileKind(url) {
                findings.append(InputFile.notAFile(display, kind))
                return nil
            }
            return (.disk(url, displayPath: display), nil)
        }

        var sales = SalesTotals()
        var salesRows = 0
        let salesCounts = ReadCounts()
        // Rows each extract's fast path left to the checked path, by file (`--verbose`, tests).
        var checkedRows: [String: Int] = [:]
        var leftOutInvoices = 0
        var exportInvoices = InvoiceList()
        var salesInput: InputFile?
        var salesPaperRows = 0
        if let (source, profiled) = extract(salesFile, table: "sales", columns: SalesReader.columns, roles: SalesReader.profileRoles) {
            let firstFinding = findings.count
            var overflowed: [SourceLocation] = []
            var salesOverflow = false
            var reader = SalesReader(year: folder.year, aliases: settings?.columnAliases["sales"] ?? [:])
            reader.progress = progress
            reader.hashesFile = hashesExtracts
            reader.findingsPerCode = rules?.limits.findingsPerCode ?? FindingLimiter.defaultPerCode
            reader.counts = salesCounts
            let rounding = rules?.rounding ?? .halfAwayFromZero
            let paperLine = salesPaper?.line
            var paperRows = 0
            // The stretches' paper buffers, used again once written: a fresh buffer per stretch,
            // allocated on one thread and freed on another, grew the heap by hundreds of megabytes.
            let paperBuffers = Mutex<[[UInt8]]>([])
            // Each stretch of the file is summed on the thread that reads it; stretches are merged in file order.
            (salesRows, salesInput) = reader.read(
                source, findings: &findings,
                part: { rows in
                    // Room for every row of the stretch at once: grown by doubling, the list would copy itself.
                    var stretch = SalesStretch(accumulator: SalesAccumulator(rounding: rounding))
                    stretch.relevant.reserveCapacity(rows)
                    // (A line of the paper is under 128 bytes; grown by doubling, the buffers churned the heap.)
                    if paperLine != nil {
                        // (Emptied here, where the stretch that filled it is gone: the buffer is no longer shared.)
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
                    if Reconciler.isRelevant(invoice) { stretch.relevant.append(invoice) }
                },
                merge: { stretch in
                    if !sales.add(stretch.accumulator.totals) { salesOverflow = true }
                    leftOutInvoices += stretch.leftOut
                    overflowed += stretch.overflowed
                    exportInvoices.append(contentsOf: stretch.relevant)
                    if let salesPaper, !stretch.paper.isEmpty {
                        salesPaper.write(stretch.paper)
                        paperBuffers.withLock { $0.append(stretch.paper) }
                    }
                    paperRows += stretch.paperRows
                })
            for location in overflowed {
                findings.append(
                    Finding(
                        .malformedAmount,
                        "the invoice's peso amount is beyond what one invoice may state (MXN \(Money<MXN>(centavos: Money<MXN>.largestStatedAmount).formatted)), or takes total sales beyond the largest total the report states (MXN \(Money<MXN>.largestTotal.formatted))",
                        at: location,
                        hint: "check the row's subtotal, discount and exchange rate for a typing error"))
            }
            if salesOverflow {
                findings.append(
                    Finding(
                        .malformedAmount,
                        "total sales of \(source.displayPath) are beyond the largest total the report states (MXN \(Money<MXN>.largestTotal.formatted))",
                        at: SourceLocation(file: source.displayPath),
                        hint: "check the largest amounts of the file for a typing error"))
            }
            if let profiled { salesInput = profiled.settle(&findings, from: firstFinding) }
            if let salesInput { inputs.append(salesInput) }
            FreedMemory.returnToSystem()
            checkedRows[source.displayPath] = salesCounts.checkedRows
            salesPaperRows = paperRows
            log?(
                "read \(source.displayPath): \(salesRows) rows (\(salesCounts.checkedRows) read by the checked path), \(exportInvoices.count) kept for reconciliation"
            )
        }

        // With a datastage/ folder, exports.csv is optional.
        var dataStage: DataStageExtract?
        var builder = DataStageBuilder()
        builder.findingsPerCode = rules?.limits.findingsPerCode ?? FindingLimiter.defaultPerCode
        if let files = DataStageCollector.collect(
            folder, limits: rules?.limits ?? InputLimits(), findings: &findings, visit: { member, findings in builder.add(member, findings: &findings) })
        {
            inputs += files
            dataStage = builder.finish(year: folder.year, findings: &findings)
        }
        let hasExportsCSV = FileManager.default.fileExists(atPath: folder.file(exportsFile).url.path)

        var pedimentos: [ExportPedimento] = []
        var exportRows = 0
        var exportsInput: InputFile?
        // Read and checked even when rules.toml has errors (with the catalogue's classes), so that the
        // user sees every error of the year at once.
        if dataStage == nil || hasExportsCSV, let keys = rules?.keys ?? catalogue?.keys.classification(),
            let (source, profiled) = extract(exportsFile, table: "exports", columns: ExportsReader.columns, roles: ExportsReader.profileRoles)
        {
            let firstFinding = findings.count
            var reader = ExportsReader(
                year: folder.year, keys: keys, consignment: settings?.company.consignment ?? false,
                aliases: settings?.columnAliases["exports"] ?? [:])
            reader.progress = progress
            reader.hashesFile = hashesExtracts
            reader.findingsPerCode = rules?.limits.findingsPerCode ?? FindingLimiter.defaultPerCode
            let exportsCounts = ReadCounts()
            reader.counts = exportsCounts
            let result = reader.read(source, findings: &findings)
            (pedimentos, exportRows, exportsInput) = (result.pedimentos, result.rows, result.file)
            if let profiled { exportsInput = profiled.settle(&findings, from: firstFinding) }
            if let exportsInput { inputs.append(exportsInput) }
            FreedMemory.returnToSystem()
            checkedRows[source.displayPath] = exportsCounts.checkedRows
            log?("read \(source.displayPath): \(exportRows) rows (\(exportsCounts.checkedRows) read by the checked path)")
        }
        let exportsFile = exportsInput

        guard let settings, let rules, salesInput != nil, exportsFile != nil || dataStage != nil else { return (nil, findings) }
        // Data Stage rows are validated like the CSV's: keys must be classified, dates in the year.
        var stagePedimentos = dataStage?.pedimentos ?? []
        for pedimento in stagePedimentos where rules.keys.keyClass(of: pedimento.key, side: pedimento.side) == nil {
            findings.append(KeyCatalogueFile.unknownKey(pedimento.key, side: pedimento.side, at: pedimento.location))
        }
        stagePedimentos.removeAll { rules.keys.keyClass(of: $0.key, side: $0.side) == nil }
        // An import-side pedimento bears on exports only when its key subtracts (a K1 return).
        stagePedimentos.removeAll { $0.side == .import && rules.keys.keyClass(of: $0.key, side: .import) != .subtracting }
        var source = ExportPedimento.Origin.exportsCSV
        var otherPedimentos: [ExportPedimento]?
        if dataStage != nil, exportsFile == nil || rules.exportSource == .dataStage {
            source = .dataStage
            otherPedimentos = exportsFile == nil ? nil : pedimentos
            pedimentos = stagePedimentos
            exportRows = stagePedimentos.count
        } else if dataStage != nil {
            otherPedimentos = stagePedimentos
        }
        var totals = sales
        totals.counts.rows = salesRows - leftOutInvoices
        var leftOutPedimentos = 0
        if let asOf {
            leftOutPedimentos = pedimentos.count { $0.paidOn > asOf }
            if leftOutPedimentos > 0 { pedimentos.removeAll { $0.paidOn > asOf } }
            otherPedimentos?.removeAll { $0.paidOn > asOf }
            exportRows -= leftOutPedimentos
        }
        var year = LoadedYear(
            year: folder.year, settings: settings, rules: rules, sales: totals, exportInvoices: exportInvoices, pedimentos: pedimentos,
            exportRows: exportRows, inputs: inputs, leftOutInvoices: leftOutInvoices, leftOutPedimentos: leftOutPedimentos,
            exportSource: source, dataStageRequests: dataStage?.requests ?? [], otherPedimentos: otherPedimentos)
        year.checkedRows = checkedRows
        year.salesPaperRows = salesPaperRows
        year.explanations = explanations
        return (year, findings)
    }
}

/// An extract read through its import profile: the file as written (what the evidence seals)
/// and its canonical rewriting (what the reader read).
struct ProfiledInput {
    let original: InputFile
    let text: ProfiledText

    /// Puts the reader's findings (from `start` on) back at their places in the file as written,
    /// drops those on a field the rewriting reported already, and adds the rewriting's own
    /// before them. Returns the file to seal.
    func settle(_ findings: inout [Finding], from start: Int) -> InputFile {
        var kept = text.findings
        for var finding in findings[start...] {
            if let location = finding.location { finding.location = text.originalLocation(location) }
            if let related = finding.related { finding.related = text.originalLocation(related) }
            if let location = finding.location, text.owns(location) { continue }
            kept.append(finding)
        }
        findings.replaceSubrange(start..., with: kept)
        return original
    }
}
