import Foundation
import IMMEXDomain
import IMMEXIngest
import IMMEXReport
import XMLSupport

/// What a filing run is asked to do.
public struct FilingRequest: Sendable {
    /// The working root holding `fiscal-years/`, `templates/` and `out/`.
    public var root: URL
    public var year: FiscalYear
    /// When the report is generated; `GenerationTime.current()` reads `SOURCE_DATE_EPOCH`.
    public var generatedAt: Int64
    public var generator: String

    public init(root: URL, year: FiscalYear, generatedAt: Int64 = GenerationTime.current(), generator: String = IMMEXVersion.generator) {
        self.root = root
        self.year = year
        self.generatedAt = generatedAt
        self.generator = generator
    }
}

/// What a successful run produced.
public struct FilingResult: Sendable {
    public var figures: AnnualFigures
    /// Warnings and notes (a run with errors throws instead).
    public var findings: [Finding]
    /// The files written, relative to the root.
    public var outputs: [String]
    public var summary: String
    public var passes: Bool { figures.thresholds.passes }
}

/// Why a run stopped before writing anything.
public enum FilingError: Error, Sendable {
    /// The inputs, settings or templates have errors; every finding is listed (warnings too).
    case inputErrors([Finding])
    /// The outputs could not be written; nothing was left half-written.
    case outputFailed(String)
}

/// The filing run: a fiscal year folder becomes a validated annual report in `out/<year>/`.
///
/// fiscal-years/<year>/ → ingest → aggregate → thresholds → render → validate → write.
/// Nothing is written unless every stage succeeds; then all outputs appear together.
public enum FilingRun {
    public static func run(_ request: FilingRequest) throws(FilingError) -> FilingResult {
        let folder = FiscalYearFolder(root: request.root, year: request.year)
        let (loaded, loadFindings) = FiscalYearLoader.load(folder)
        var findings = loadFindings
        guard let loaded, !findings.hasErrors else { throw .inputErrors(findings.sorted()) }

        let (figures, figureFindings) = AnnualFigures.compute(
            year: loaded.year, company: loaded.settings.company, rules: loaded.rules, sales: loaded.sales,
            pedimentos: loaded.pedimentos)
        findings += figureFindings
        guard !findings.hasErrors else { throw .inputErrors(findings.sorted()) }
        findings.sort()

        let templates = try TemplateSet.load(root: request.root, report: loaded.rules.report)
        let metadata = ReportMetadata(
            generator: request.generator, generatedAt: Timestamp.iso8601(secondsSince1970: request.generatedAt),
            inputs: loaded.inputs.map { InputDigest(path: $0.displayPath, role: $0.displayPath.hasSuffix(".toml") ? .settings : .extract, sha256: $0.sha256, bytes: $0.size) }
                + templates.digests)
        let reportName = "immex-annual-report-\(request.year).xml"
        let xml = templates.renderer.render(ReportContext.make(figures: figures, metadata: metadata, findings: findings))
        let xmlBytes = Array(xml.utf8)
        do {
            try templates.schema.validate(xmlBytes, name: reportName)
        } catch {
            throw .inputErrors(templates.findings(for: error))
        }

        let summary = SummaryText.render(figures, findings: findings, generatedAt: metadata.generatedAt)
        let outputs = OutputSet(directory: "out/\(request.year)", files: [
            (reportName, xmlBytes),
            ("findings.csv", Array(FindingsCSV.render(findings).utf8)),
            ("summary.txt", Array(summary.utf8)),
        ])
        do {
            try outputs.publish(root: request.root)
        } catch {
            throw .outputFailed(error.description)
        }
        return FilingResult(figures: figures, findings: findings, outputs: outputs.paths, summary: summary)
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
