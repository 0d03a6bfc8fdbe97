import Foundation
import IMMEXDomain
import IMMEXEngine
import IMMEXIngest
import IMMEXReport

/// What `immex check` is asked to do.
public struct CheckRequest: Sendable {
    public var root: URL
    public var year: FiscalYear
    /// The cut-off; nil: today for the current year, 31 December for a past one.
    public var asOf: CalendarDate?
    /// The day the check runs, for the calendar.
    public var today: CalendarDate
    /// Write `out/<year>/dry-run-<as-of>.xml`, `.txt` and `.html`.
    public var writeReport: Bool
    /// The language of the page (`--report`) and the text; nil: company.toml's, else Spanish.
    public var language: SummaryLanguage?
    /// Stage messages (`--verbose`); nil: silent.
    public var log: (@Sendable (String) -> Void)?
    /// Reading progress of the extracts, for a progress bar; nil: none.
    public var progress: ReadProgress?
    /// Also estimate the temporary imports whose term ends before this day, as of it; nil: only
    /// those already past their term at the cut-off.
    public var estimateUntil: CalendarDate?
    /// Sum sales from this extract whatever rules.toml says (`--sales-source`); nil: as it says.
    public var salesSource: SalesSource?
    public var generatedAt: Int64
    public var generator: String

    public init(
        root: URL, year: FiscalYear, asOf: CalendarDate? = nil, writeReport: Bool = false, language: SummaryLanguage? = nil,
        generatedAt: Int64 = GenerationTime.current(), today: CalendarDate? = nil, generator: String = IMMEXVersion.generator
    ) {
        self.root = root
        self.language = language
        self.year = year
        self.asOf = asOf
        self.writeReport = writeReport
        self.generatedAt = generatedAt
        self.today = today ?? CalendarDate(secondsSince1970: generatedAt)
        self.generator = generator
    }

    /// The cut-off date the run uses.
    public var effectiveAsOf: CalendarDate {
        if let asOf { return asOf }
        return today.year == year.value ? today : year.lastDay
    }
}

/// What a dry run found, and what it wrote.
public struct CheckResult: Sendable {
    public var document: DryRunDocument
    public var outputs: [String]
    /// The language the text and the page are in.
    public var language: SummaryLanguage = .es
}

/// The mid-year dry run: the filing run's reading and checks on the rows up to a date, then a
/// projection of the whole year. Writes nothing unless asked for a report; never a bundle.
public enum CheckRun {
    public static func run(_ request: CheckRequest) throws(FilingError) -> CheckResult {
        let asOf = request.effectiveAsOf
        guard request.year.contains(asOf) else {
            throw .inputErrors([
                Finding(
                    .malformedDate, "--as-of \(asOf) is outside fiscal year \(request.year)", at: nil,
                    hint: "give a date in \(request.year), or none")
            ])
        }
        // Only the report names the inputs' digests: without one, the extracts are not hashed.
        let year = try ComputedYear.compute(
            FiscalYearFolder(root: request.root, year: request.year), asOf: asOf, log: request.log, progress: request.progress,
            hashesExtracts: request.writeReport, estimateUntil: request.estimateUntil, salesSource: request.salesSource)
        let (loaded, figures) = (year.loaded, year.figures)
        var findings = year.findings

        if loaded.leftOutInvoices + loaded.leftOutPedimentos > 0 {
            findings.append(
                Finding(
                    .leftOutAfterAsOf,
                    "\(loaded.leftOutInvoices) invoices and \(loaded.leftOutPedimentos) pedimentos dated after \(asOf) are left out of this dry run",
                    at: nil, hint: "pass a later --as-of to include them"))
        }
        let prior = priorYear(request, findings: &findings)
        let assessment = DryRunAssessment.assess(yearToDate: figures, asOf: asOf, priorYear: prior)
        // Filed means sealed with VUCEM's acknowledgement (`immex archive`), not a report in out/:
        // a report is written by every `file` run, filed or not.
        let archiveName = "immex-\(request.year)-archive.zip"
        let filed = FileManager.default.fileExists(atPath: request.root.appendingPathComponent("out/\(request.year)/\(archiveName)").path)
        if !filed, request.today > assessment.calendar.deadline {
            let late = request.today <= assessment.calendar.lateWindowEnd
            findings.append(
                Finding(
                    .notFiled,
                    late
                        ? "the \(request.year) annual report was due \(assessment.calendar.deadline) and out/\(request.year)/ holds no filing archive (`immex archive` with VUCEM's acknowledgement); temporary imports are suspended until it is filed"
                        : "the \(request.year) annual report was due \(assessment.calendar.deadline) and out/\(request.year)/ holds no filing archive (`immex archive` with VUCEM's acknowledgement); the late window closed \(assessment.calendar.lateWindowEnd)",
                    at: nil,
                    hint: late
                        ? "file now with `immex file \(request.year)`: it is accepted until \(assessment.calendar.lateWindowEnd)"
                        : "the program is cancelled from 1 September; consult your customs advisor"))
        }
        findings.sort()
        var document = DryRunDocument(
            assessment: assessment, findings: findings, leftOutInvoices: loaded.leftOutInvoices,
            leftOutPedimentos: loaded.leftOutPedimentos, today: request.today, filed: filed)
        document.temporaryImports = year.imports
        var outputs: [String] = []
        if request.writeReport {
            outputs = try DryRunReport.write(document, request: request, inputs: loaded.inputs)
        }
        return CheckResult(document: document, outputs: outputs, language: request.language ?? FilingRun.language(root: request.root, year: request.year))
    }

    /// Last year's full figures, when its folder exists and reads cleanly.
    private static func priorYear(_ request: CheckRequest, findings: inout [Finding]) -> AnnualFigures? {
        let folder = FiscalYearFolder(root: request.root, year: FiscalYear(request.year.value - 1))
        guard FileManager.default.fileExists(atPath: folder.url.path) else { return nil }
        do {
            return try ComputedYear.compute(folder).figures
        } catch {
            let errors = if case .inputErrors(let list) = error { list.count(of: .error) } else { 1 }
            findings.append(
                Finding(
                    .priorYearUnusable, "\(folder.relativePath) has \(errors) errors, so last year's monthly shape is not used",
                    at: SourceLocation(file: folder.relativePath), hint: "run `immex check \(folder.year)` to see them"))
            return nil
        }
    }
}
