import Foundation
import IMMEXDomain
import Machinery
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
            finding.replaceHint(
                "the key catalogue ships with the tool in templates/; restore it from the release, or pass --root to the folder that holds templates/")
            findings.append(finding)
            return nil
        }
    }

    public static let companyFile = "company.toml"
    public static let rulesFile = "rules.toml"
    public static let salesFile = "sales.csv"
    public static let exportsFile = "exports.csv"
}

/// A year's folder being read: settings first (they say how to read the rest), then each extract,
/// handed over as rows. Reading decides nothing about the rows: what is summed, what is kept, which
/// extract counts and what a dry run leaves out are the pipeline's (`YearAssembly`). Every file
/// read is kept (`inputs`, in the order read) and every problem is a finding.
public struct YearReading {
    public let folder: FiscalYearFolder
    public private(set) var settings: CompanySettings?
    public private(set) var rules: Rules?

    /// Sums sales from `source` whatever rules.toml says (`immex check --sales-source`: the same
    /// year seen from the other extract).
    public mutating func overrideSalesSource(_ source: SalesSource) { rules?.salesSource = source }
    public private(set) var catalogue: KeyCatalogue?
    public private(set) var explanations: [Explanation] = []
    /// Every file read, in the order read, with its bytes and digest.
    public private(set) var inputs: [InputFile] = []
    public var findings: [Finding] = []
    /// Rows each CSV extract's fast path left to the checked path, by file.
    public private(set) var checkedRows: [String: Int] = [:]
    public var progress: ReadProgress?
    /// Off only for a run that names no input's digest (a dry run without a report): the
    /// extracts are then read without hashing them, and their `InputFile`s say so (`isHashed`).
    /// Settings are always hashed.
    public var hashesExtracts = true
    /// Told when each extract has been read (`--verbose`).
    public var log: (@Sendable (String) -> Void)?

    /// The folder with its settings read (company.toml, the key catalogue, rules.toml,
    /// explanations.toml; their findings in the reading's `findings`); nil when there is no such
    /// folder (its finding added to `findings`).
    public static func open(_ folder: FiscalYearFolder, findings: inout [Finding]) -> YearReading? {
        guard FileManager.default.fileExists(atPath: folder.url.path) else {
            findings.append(
                Finding(
                    .missingFile, "there is no folder \(folder.relativePath)", at: SourceLocation(file: folder.relativePath),
                    hint: "create it with company.toml, rules.toml, sales.csv and exports.csv (templates are in fiscal-years/2025/), or pass --root"))
            return nil
        }
        var reading = YearReading(folder: folder)
        reading.settings = reading.read(FiscalYearLoader.companyFile).flatMap { CompanySettings.load($0, findings: &reading.findings) }
        let catalogue = FiscalYearLoader.readCatalogue(folder, findings: &reading.findings)
        if let catalogue { reading.inputs.append(catalogue.file) }
        reading.catalogue = catalogue?.keys
        reading.rules = reading.read(FiscalYearLoader.rulesFile).flatMap {
            RulesSettings.load($0, catalogue: catalogue?.keys, findings: &reading.findings)
        }
        // Optional: the findings the tax team reviewed and explained.
        if FileManager.default.fileExists(atPath: folder.file(ExplanationsFile.name).url.path), let file = reading.read(ExplanationsFile.name) {
            reading.explanations = ExplanationsFile.load(file, findings: &reading.findings)
        }
        return reading
    }

    private init(folder: FiscalYearFolder) { self.folder = folder }

    /// A settings file, read whole.
    private mutating func read(_ name: String) -> InputFile? {
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

    private var findingsPerCode: Int { findingsPerCodeLimit }
    /// The most findings of one code kept for a file (`[limits] findings_per_code`).
    public var findingsPerCodeLimit: Int { rules?.limits.findingsPerCode ?? FindingLimiter.defaultPerCode }

    /// An extract is streamed from disk (never held whole in memory), hashed while read; one
    /// that its ERP writes in its own way (`[import.<table>]`) is read whole and rewritten into
    /// the canonical form first (`ProfiledInput`).
    private mutating func extract(
        _ name: String, table: String, columns: [ColumnSpec], roles: [String: ProfiledText.Role]
    ) -> (CSVSource, ProfiledInput?)? {
        let (url, display) = folder.file(name)
        if let profile = settings?.importProfiles[table], !profile.isCanonical {
            let limit = rules?.limits.profiledFileBytes ?? InputLimits().profiledFileBytes
            if case let size?? = try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int, size > limit {
                findings.append(
                    Finding(
                        .unreadableFile,
                        "\(display) is \(size >> 20) MiB; a file read through its import profile ([import.\(table)]) is rewritten in memory, up to [limits] profiled_file_mib (\(limit >> 20) MiB)",
                        at: SourceLocation(file: display),
                        hint:
                            "save it as UTF-8 with commas, 1234.56 and 2025-03-31 and drop [import.\(table)] (that form is streamed at any size), or raise profiled_file_mib in rules.toml"
                    ))
                return nil
            }
            guard let original = read(name) else { return nil }
            inputs.removeLast()  // added again where it is read, in its place
            let text = ProfiledText(
                original.bytes, file: display, profile: profile, columns: columns, aliases: settings?.columnAliases[table] ?? [:], roles: roles)
            // (Not hashed: the evidence seals the original, hashed when it was read.)
            return (.memory(.rewritten(text.bytes, of: original)), ProfiledInput(original: original, text: text))
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

    /// What reading every extract ends with: its findings put back at their places in the file as
    /// written (when an import profile rewrote it), its rows that took the checked path, its log
    /// line, and the file among the inputs. False when the file could not be read.
    private mutating func finish(
        _ source: CSVSource, profiled: ProfiledInput?, from firstFinding: Int, file: InputFile?, rows: Int, counts: ReadCounts
    ) -> Bool {
        var input = file
        if let profiled { input = profiled.settle(&findings, from: firstFinding) }
        checkedRows[source.displayPath] = counts.checkedRows
        log?("read \(source.displayPath): \(rows) rows (\(counts.checkedRows) read by the checked path)")
        guard let input else { return false }
        inputs.append(input)
        return true
    }

    /// Streams `sales.csv`: each stretch of the file into a `Part` made for it (`part(rows)`) on
    /// the thread that reads it, each valid invoice handed to `accept`, the parts to `merge` in
    /// file order on this thread. Returns the data rows read, or nil when the file could not be
    /// read (its finding added).
    public mutating func readSales<Part: Sendable>(
        part: @escaping @Sendable (_ rows: Int) -> Part, accept: @escaping @Sendable (inout Part, SalesInvoice) -> Void, merge: (Part) -> Void
    ) -> Int? {
        guard
            let (source, profiled) = extract(
                FiscalYearLoader.salesFile, table: "sales", columns: SalesReader.columns, roles: SalesReader.profileRoles)
        else { return nil }
        let firstFinding = findings.count
        var reader = SalesReader(year: folder.year, aliases: settings?.columnAliases["sales"] ?? [:])
        reader.progress = progress
        reader.hashesFile = hashesExtracts
        reader.findingsPerCode = findingsPerCode
        let counts = ReadCounts()
        reader.counts = counts
        let (rows, input) = reader.read(source, findings: &findings, part: part, accept: accept, merge: merge)
        FreedMemory.returnToSystem()
        return finish(source, profiled: profiled, from: firstFinding, file: input, rows: rows, counts: counts) ? rows : nil
    }

    /// The SAT's Data Stage, when the folder has a `datastage/` (nil otherwise, or when it
    /// cannot be read: its findings added).
    public mutating func readDataStage() -> DataStageExtract? {
        var builder = DataStageBuilder()
        builder.findingsPerCode = findingsPerCode
        guard
            let files = DataStageCollector.collect(
                folder, limits: rules?.limits ?? InputLimits(), findings: &findings, visit: { member, findings in builder.add(member, findings: &findings) })
        else { return nil }
        inputs += files
        return builder.finish(year: folder.year, findings: &findings)
    }

    /// The packages of `cfdi/` (the SAT's bulk download), when the folder has one: listed, their
    /// metadata read (the company's, as `settings` name it); the files join the inputs. Their XML are
    /// read by `CFDIPackages.forEachDocument`.
    public mutating func openCFDIPackages() -> CFDIPackages? {
        guard let company = settings?.company.rfc,
            let packages = CFDIPackages.open(
                folder, company: company, limits: rules?.limits ?? InputLimits(), hashing: hashesExtracts, findings: &findings)
        else { return nil }
        inputs += packages.files
        log?(
            "listed \(folder.relativePath)/cfdi/: \(packages.documentCount) CFDI XML, \(packages.metadataRows) metadata rows of the company (\(packages.metadata.count) cancelled), \(packages.received) of others"
        )
        return packages
    }

    /// Whether the folder has `sales.csv`.
    public var hasSalesCSV: Bool { FileManager.default.fileExists(atPath: folder.file(FiscalYearLoader.salesFile).url.path) }

    /// Whether the folder has the inventory control's `imports-balances.csv`.
    public var hasBalances: Bool { FileManager.default.fileExists(atPath: folder.file(BalancesReader.file).url.path) }

    /// `imports-balances.csv`'s rows, as read; nil when it could not be read (its findings added).
    public mutating func readBalances() -> [InventoryBalance]? {
        guard let (source, profiled) = extract(BalancesReader.file, table: "balances", columns: BalancesReader.columns, roles: BalancesReader.profileRoles)
        else { return nil }
        let firstFinding = findings.count
        var reader = BalancesReader(aliases: settings?.columnAliases["balances"] ?? [:])
        reader.hashesFile = hashesExtracts
        reader.findingsPerCode = findingsPerCode
        let counts = ReadCounts()
        reader.counts = counts
        let result = reader.read(source, findings: &findings)
        return finish(source, profiled: profiled, from: firstFinding, file: result.file, rows: result.rows, counts: counts) ? result.balances : nil
    }

    /// Whether the folder has an `exports.csv`.
    public var hasExportsCSV: Bool { FileManager.default.fileExists(atPath: folder.file(FiscalYearLoader.exportsFile).url.path) }

    /// `exports.csv`'s pedimentos, as read, with its data rows; nil when it could not be read.
    /// Read and checked even when rules.toml has errors (with the catalogue's classes), so that
    /// the user sees every error of the year at once.
    public mutating func readExports() -> (pedimentos: [ExportPedimento], rows: Int)? {
        guard let keys = rules?.keys ?? catalogue?.classification(),
            let (source, profiled) = extract(
                FiscalYearLoader.exportsFile, table: "exports", columns: ExportsReader.columns, roles: ExportsReader.profileRoles)
        else { return nil }
        let firstFinding = findings.count
        var reader = ExportsReader(
            year: folder.year, keys: keys, consignment: settings?.company.consignment ?? false, aliases: settings?.columnAliases["exports"] ?? [:])
        reader.progress = progress
        reader.hashesFile = hashesExtracts
        reader.findingsPerCode = findingsPerCode
        let counts = ReadCounts()
        reader.counts = counts
        let result = reader.read(source, findings: &findings)
        FreedMemory.returnToSystem()
        guard finish(source, profiled: profiled, from: firstFinding, file: result.file, rows: result.rows, counts: counts) else { return nil }
        return (result.pedimentos, result.rows)
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
