import Foundation
import IMMEXDomain
import IMMEXIngest

/// What `immex imports` is asked to do.
public struct ImportsRequest: Sendable {
    public var root: URL
    public var year: FiscalYear
    /// The day the lines are aged on; nil: today (what must leave by when is a question of now,
    /// whichever year's imports are asked about).
    public var asOf: CalendarDate?
    public var today: CalendarDate
    /// Stage messages (`--verbose`); nil: silent.
    public var log: (@Sendable (String) -> Void)?
    /// Also estimate the lines whose last day is before this day, as of it (a dry run's "what if
    /// they are still here then"); nil: only the lines already expired, as of `asOf`.
    public var estimateUntil: CalendarDate?

    public init(root: URL, year: FiscalYear, asOf: CalendarDate? = nil, today: CalendarDate? = nil) {
        self.root = root
        self.year = year
        self.asOf = asOf
        self.today = today ?? CalendarDate(secondsSince1970: GenerationTime.current())
    }

    /// The date the run ages the lines on.
    public var effectiveAsOf: CalendarDate { asOf ?? today }
}

/// What the temporary-imports control found.
public struct ImportsResult: Sendable {
    public var control: TemporaryImportControl
    /// What the expired lines would cost; empty when the estimate's tables could not be read
    /// (their findings say why).
    public var estimates: [LineEstimate]
    /// The fiscal years whose Data Stage was read, earliest first.
    public var yearsRead: [FiscalYear]
    public var findings: [Finding]
}

/// The temporary imports behind the program, as of a date: every import-side line of the SAT's
/// Data Stage whose key is a temporary import (the key catalogue's import side, `rules.toml`'s
/// overrides), from the year's folder and the year before's (an 18-month term spans two
/// extracts), aged against its term. Reads; writes nothing.
public enum ImportsRun {
    public static func run(_ request: ImportsRequest) throws(FilingError) -> ImportsResult {
        let asOf = request.effectiveAsOf
        var findings: [Finding] = []
        guard var reading = YearReading.open(FiscalYearFolder(root: request.root, year: request.year), findings: &findings) else {
            throw .inputErrors(findings)
        }
        findings += reading.findings
        reading.findings = []
        guard let rules = reading.rules, !findings.hasErrors else { throw .inputErrors(findings) }
        var lines: [TemporaryImportLine] = []
        var yearsRead: [FiscalYear] = []
        // The year before first, when its folder has a Data Stage: its imports may still be in
        // their term.
        let prior = YearAssembly.priorImportLines(reading.folder, findings: &findings)
        if !prior.files.isEmpty {
            lines += prior.lines
            yearsRead.append(FiscalYear(request.year.value - 1))
        }
        guard FileManager.default.fileExists(atPath: reading.folder.url.appendingPathComponent("datastage").path) else {
            findings.append(
                Finding(
                    .missingFile, "\(reading.folder.relativePath)/datastage/ is missing: temporary imports are read from the SAT's Data Stage",
                    at: SourceLocation(file: reading.folder.relativePath + "/datastage"),
                    hint: "download the year's Data Stage requests from the SAT and put their ZIPs in datastage/"))
            throw .inputErrors(findings)
        }
        guard let extract = reading.readDataStage() else { throw .inputErrors(findings + reading.findings) }
        lines += extract.importLines
        yearsRead.append(request.year)
        request.log?("read \(lines.count) import lines from the Data Stage of \(yearsRead.map(\.description).joined(separator: " and "))")
        // The company's inventory control, when given: what is left of each line.
        let balances = reading.hasBalances ? reading.readBalances() : nil
        findings += reading.findings
        guard !findings.hasErrors else { throw .inputErrors(findings) }
        let (control, estimates) = standing(
            lines, balances: balances, rules: rules, asOf: asOf, root: request.root, yearsRead: yearsRead, estimateUntil: request.estimateUntil,
            findings: &findings)
        return ImportsResult(control: control, estimates: estimates, yearsRead: yearsRead, findings: findings)
    }

    /// The lines aged as of `asOf` against the balances, their findings, and the estimate of what
    /// the expired ones would cost: what `immex imports` shows and `immex file` seals.
    static func standing(
        _ lines: [TemporaryImportLine], balances: [InventoryBalance]?, rules: Rules, asOf: CalendarDate, root: URL, yearsRead: [FiscalYear],
        estimateUntil: CalendarDate? = nil, findings: inout [Finding]
    ) -> (control: TemporaryImportControl, estimates: [LineEstimate]) {
        let (control, unmatched) = TemporaryImportControl.age(
            lines, keys: rules.keys, rules: rules.temporaryImports, asOf: asOf, calendar: BusinessDays(holidays: rules.holidays),
            balances: balances, rounding: rules.rounding)
        for balance in unmatched {
            findings.append(
                Finding(
                    .balanceUnknownPedimento,
                    "line \(balance.line) of pedimento \(balance.pedimento) is in the inventory control but not among the temporary imports of the Data Stage read (\(yearsRead.map(\.description).joined(separator: ", ")))",
                    at: balance.location,
                    hint: "check the number and line; an older import needs its year's datastage/, and a key that is not a temporary import is not aged"))
        }
        findings += control.findings(warningDays: rules.temporaryImports.warningDays)
        var estimates: [LineEstimate] = []
        if let (inpc, surcharges) = estimateTables(root, findings: &findings) {
            estimates = control.estimates(
                rates: rules.temporaryImports.estimateRates, inpc: inpc, surcharges: surcharges, until: estimateUntil, rounding: rules.rounding)
        }
        return (control, estimates)
    }

    /// `templates/inpc.toml` and `templates/surcharge-rates.toml`; nil (with a warning, or their
    /// errors) when either cannot be read: the aging stands without the estimate.
    static func estimateTables(_ root: URL, findings: inout [Finding]) -> (INPCTable, SurchargeRates)? {
        var problems: [Finding] = []
        func read(_ path: String) -> InputFile? {
            do { return try InputFile.read(root.appendingPathComponent(path), displayPath: path) } catch {
                problems.append(
                    Finding(
                        .missingFile, "\(path) cannot be read, so no cost is estimated: \(error.finding.messagePhrase)", at: SourceLocation(file: path),
                        hint: "restore it from the tool's templates/"))
                return nil
            }
        }
        let inpc = read(EstimateTablesFile.inpcPath).flatMap { EstimateTablesFile.inpc($0, findings: &problems) }
        let surcharges = read(EstimateTablesFile.surchargePath).flatMap { EstimateTablesFile.surcharges($0, findings: &problems) }
        findings += problems.map { finding in
            var warning = finding
            if warning.code == .missingFile { warning.severity = .warning }
            return warning
        }
        guard let inpc, let surcharges else { return nil }
        return (inpc, surcharges)
    }
}
