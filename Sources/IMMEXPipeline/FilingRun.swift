import Foundation
import IMMEXDomain
import IMMEXEngine
import IMMEXEvidence
import IMMEXIngest
import IMMEXReport
import SpreadsheetSupport
import XMLSupport

/// What a filing run is asked to do.
public struct FilingRequest: Sendable {
    /// The working root holding `fiscal-years/`, `templates/` and `out/`.
    public var root: URL
    public var year: FiscalYear
    /// When the report is generated; `GenerationTime.current()` reads `SOURCE_DATE_EPOCH`.
    public var generatedAt: Int64
    public var generator: String
    /// Whether and with which e.firma the evidence bundle is signed.
    public var signing: SigningChoice
    /// The summary page's language; nil: company.toml's, else Spanish.
    public var language: SummaryLanguage?
    /// Stage messages (`--verbose`); nil: silent.
    public var log: (@Sendable (String) -> Void)?
    /// Reading progress of the extracts, for a progress bar; nil: none.
    public var progress: ReadProgress?
    /// Deflate large extracts on another core while reading (the bundle's bytes are the same).
    public var precompress = true

    public init(
        root: URL, year: FiscalYear, signing: SigningChoice = .unsigned, language: SummaryLanguage? = nil,
        generatedAt: Int64 = GenerationTime.current(), generator: String = IMMEXVersion.generator
    ) {
        self.root = root
        self.language = language
        self.year = year
        self.signing = signing
        self.generatedAt = generatedAt
        self.generator = generator
    }
}

/// How the evidence bundle is signed.
public enum SigningChoice: Sendable {
    /// A rehearsal: the bundle is marked unsigned in its manifest, and is not evidence.
    case unsigned
    /// With the company's e.firma. Paths override `company.toml` `[signing]`; the password is
    /// asked for only once a credential is known to be needed.
    case sign(certificate: URL?, key: URL?, password: @Sendable () throws -> [UInt8])
}

/// What a successful run produced.
public struct FilingResult: Sendable {
    public var figures: AnnualFigures
    /// Warnings and notes (a run with errors throws instead).
    public var findings: [Finding]
    /// The files written, relative to the root.
    public var outputs: [String]
    public var summary: String
    /// The language the outputs were written in (and the terminal should speak).
    public var language: SummaryLanguage = .es
    public var passes: Bool { figures.thresholds.passes }
}

/// Why a run stopped before writing anything.
public enum FilingError: Error, Sendable {
    /// The inputs, settings or templates have errors; every finding is listed (warnings too).
    case inputErrors([Finding])
    /// The e.firma cannot sign (wrong password, wrong key, expired, another RFC, not configured).
    case signingRefused(Phrase)
    /// The outputs could not be written; nothing was left half-written.
    case outputFailed(Phrase)
    /// Another run is writing the same year's outputs (`YearLock`).
    case busy(Phrase)
}

/// The filing run: a fiscal year folder becomes a validated annual report in `out/<year>/`.
///
/// fiscal-years/<year>/ → ingest → aggregate → thresholds → render → validate → write.
/// Nothing is written unless every stage succeeds; then all outputs appear together.
public enum FilingRun {
    public static func run(_ request: FilingRequest) throws(FilingError) -> FilingResult {
        let folder = FiscalYearFolder(root: request.root, year: request.year)
        let lock = try YearLock.acquire(root: request.root, year: String(request.year.value), command: "file")
        defer { withExtendedLifetime(lock) {} }
        // The large extracts are deflated on the other core while this one reads them.
        let precompression = request.precompress ? startPrecompression(folder, root: request.root) : nil
        defer { precompression?.discard() }
        let language = request.language ?? Self.language(of: folder)
        let salesPaper = try WorkingPapers.startSales(root: request.root, year: request.year, language: language)
        let year = try ComputedYear.compute(folder, log: request.log, progress: request.progress, salesPaper: salesPaper.paper)
        let (loaded, figures, findings) = (year.loaded, year.figures, year.findings)

        let templates = try TemplateSet.load(root: request.root, report: loaded.rules.report)
        let metadata = ReportMetadata(
            generator: request.generator, generatedAt: UTCTime.iso8601(request.generatedAt),
            inputs: loaded.inputs.map {
                InputDigest(path: $0.displayPath, role: $0.displayPath.hasSuffix(".toml") ? .settings : .extract, sha256: $0.sha256, bytes: $0.size)
            }
                + templates.digests,
            dataStageRequests: loaded.dataStageRequests.map { ($0.folio, $0.from.description, $0.to.description) })
        let reportName = "immex-annual-report-\(request.year).xml"
        let xml = templates.renderer.render(ReportContext.make(figures: figures, metadata: metadata, findings: findings, language: language))
        let xmlBytes = Array(xml.utf8)
        do {
            try templates.schema.validate(xmlBytes, name: reportName)
        } catch {
            throw .inputErrors(templates.findings(for: error))
        }

        request.log?("rendered \(reportName) from templates/\(loaded.rules.report.template) and validated it against templates/\(loaded.rules.report.schema)")
        let signer = try openSigner(request, folder: folder, settings: loaded.settings)
        request.log?(signer.map { "opened the e.firma of \($0.identity.info.holderRFC ?? "?")" } ?? "no signature: an unsigned rehearsal bundle")
        let summary = SummaryText.render(figures, findings: findings, generatedAt: metadata.generatedAt, language: language)
        let page = try SummaryPageRenderer.render(
            root: request.root,
            context: SummaryPage.context(
                figures: figures, findings: findings, metadata: metadata, language: language,
                signature: signer.map { "\($0.identity.info.commonName) (\($0.identity.info.holderRFC ?? ""))" }, imports: year.imports?.control))
        let papers = try WorkingPapers.finish(sales: salesPaper.file, loaded: loaded, figures: figures, language: language, root: request.root)
        let workbook = papers.workbook(figures: figures, findings: findings, language: language)
        var reportFiles: [(name: String, bytes: [UInt8])] = [
            (reportName, xmlBytes),
            ("findings.csv", Array(FindingsCSV.render(findings, language: language).utf8)),
            ("reconciliation.csv", Array(ReconciliationCSV.render(figures.reconciliation, language: language).utf8)),
            ("summary.txt", Array(summary.utf8)),
            ("summary.html", Array(page.utf8)),
        ]
        // The temporary imports of the year's Data Stage as of its last day, sealed with the rest.
        if let imports = year.imports {
            reportFiles.append(
                (ImportsAgingCSV.fileName, Array(ImportsAgingCSV.render(imports.control, estimates: imports.estimates, language: language).utf8)))
        }
        let evidence = EvidenceAssembly(
            year: request.year, company: loaded.settings.company, inputs: loaded.inputs, folder: folder,
            templates: [templates.templateFile, templates.schemaFile], report: reportFiles,
            generator: request.generator, generatedAt: request.generatedAt, holidays: loaded.rules.holidays,
            precompressed: precompression?.finish(),
            generated: papers.bundleEntries)
        let outputs = OutputSet(
            directory: "out/\(request.year)",
            files: reportFiles.map { ($0.name, OutputSet.bytes($0.bytes)) } + papers.outputs + [
                (
                    AnnualWorkbook.fileName(request.year),
                    { url in
                        try Spreadsheet.write(
                            workbook,
                            properties: SpreadsheetProperties(
                                title: "IMMEX \(request.year) \(loaded.settings.company.rfc)", author: request.generator, created: request.generatedAt),
                            to: url)
                    }
                ),
                (evidence.fileName, { url in try evidence.write(to: url, signer: signer?.identity) }),
            ])
        do {
            try outputs.publish(root: request.root)
        } catch {
            throw .outputFailed(error.phrase)
        }
        request.log?("wrote \(outputs.paths.count) files into out/\(request.year)/, the evidence bundle \(signer == nil ? "unsigned" : "signed")")
        return FilingResult(figures: figures, findings: findings, outputs: outputs.paths, summary: summary, language: language)
    }
}

extension FilingRun {
    /// The language of the page, the workbook and the working papers: `company.toml`'s, else
    /// Spanish. Read before the year is (the sales paper is written while it is read); errors in
    /// the file are the year's reading's to report.
    /// The same for the year `year` under `root`.
    public static func language(root: URL, year: FiscalYear) -> SummaryLanguage { language(of: FiscalYearFolder(root: root, year: year)) }

    static func language(of folder: FiscalYearFolder) -> SummaryLanguage {
        var ignored: [Finding] = []
        return FiscalYearLoader.companySettings(folder, findings: &ignored)?.language.flatMap(SummaryLanguage.init) ?? .es
    }

    /// Starts deflating the year's large extracts into a scratch archive under `out/`; nil when
    /// there is nothing large enough, or no place to put it.
    static func startPrecompression(_ folder: FiscalYearFolder, root: URL) -> Precompression? {
        let files = [FiscalYearLoader.salesFile, FiscalYearLoader.exportsFile].compactMap { name -> (path: String, url: URL)? in
            let url = folder.file(name).url
            guard let size = try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int,
                size >= Precompression.threshold
            else { return nil }
            return ("inputs/\(name)", url)
        }
        guard !files.isEmpty else { return nil }
        let out = root.appendingPathComponent("out", isDirectory: true)
        guard (try? FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)) != nil else { return nil }
        return Precompression(files: files, scratch: out.appendingPathComponent(".scratch-\(folder.year)-\(UUID().uuidString).zip"))
    }

    /// Opens and checks the e.firma before anything is written; nil for an unsigned rehearsal.
    static func openSigner(_ request: FilingRequest, folder: FiscalYearFolder, settings: CompanySettings) throws(FilingError) -> CheckedSigner? {
        guard case .sign(let certificate, let key, let password) = request.signing else { return nil }
        func configured(_ path: String?) -> URL? {
            guard let path else { return nil }
            return path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.url.appendingPathComponent(path)
        }
        guard let certificateURL = certificate ?? configured(settings.certificatePath),
            let keyURL = key ?? configured(settings.keyPath)
        else {
            throw .signingRefused(
                "no e.firma is configured: pass --cert and --key, or set [signing] certificate and key in \(folder.relativePath)/company.toml; for a rehearsal, pass --unsigned"
            )
        }
        let secret: [UInt8]
        do { secret = try password() } catch { throw .signingRefused((error as? any PhrasedError)?.phrase ?? Phrase(verbatim: "\(error)")) }
        do {
            return try CheckedSigner.open(
                CredentialRequest(certificate: certificateURL, key: keyURL, password: secret),
                company: settings.company.rfc, signingTime: request.generatedAt)
        } catch {
            throw .signingRefused(error.phrase)
        }
    }
}

/// The version this build writes into every report.
public enum IMMEXVersion {
    public static let number = "0.1.0"
    public static let generator = "immex \(number)"
}

/// The report's generation time.
public enum GenerationTime {
    /// `SOURCE_DATE_EPOCH` when it is set (reproducible builds convention), the clock otherwise.
    public static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int64 {
        if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text) { return seconds }
        return Int64(Date().timeIntervalSince1970)
    }
}
