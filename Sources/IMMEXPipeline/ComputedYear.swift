import Foundation
import IMMEXDomain
import IMMEXEngine
import IMMEXIngest

/// One fiscal year read and computed: the stage `file` and `check` share (one code path), from
/// the folder to the figures and every finding.
struct ComputedYear {
    let loaded: LoadedYear
    let figures: AnnualFigures
    /// Sorted; warnings and notes only (errors throw).
    let findings: [Finding]
    /// The temporary imports of the year's Data Stage, aged as of the cut-off (the year's last
    /// day for a filing), with the estimate of the expired ones; nil without a Data Stage.
    let imports: (control: TemporaryImportControl, estimates: [LineEstimate])?

    /// - Parameters:
    ///   - asOf: a dry run's cut-off.
    ///   - salesPaper: where the sales working paper goes (`file` only).
    static func compute(
        _ folder: FiscalYearFolder, asOf: CalendarDate? = nil, log: (@Sendable (String) -> Void)? = nil, progress: ReadProgress? = nil,
        hashesExtracts: Bool = true, salesPaper: SalesPaper? = nil, estimateUntil: CalendarDate? = nil, salesSource: SalesSource? = nil
    ) throws(FilingError) -> ComputedYear {
        let (loaded, loadFindings) = YearAssembly.load(
            folder, asOf: asOf, progress: progress, hashesExtracts: hashesExtracts, log: log, salesPaper: salesPaper, salesSource: salesSource)
        if let loaded {
            log?(
                "read \(folder.relativePath): \(loaded.inputs.count) files, \(loaded.sales.counts.rows) invoices, \(loaded.exportRows) pedimentos from \(loaded.exportSource.rawValue)"
            )
        }
        var findings = loadFindings
        guard let loaded, !findings.hasErrors else { throw .inputErrors(findings.sorted()) }
        var (figures, figureFindings) = AnnualFigures.compute(
            year: loaded.year, company: loaded.settings.company, rules: loaded.rules, sales: loaded.sales,
            invoices: loaded.exportInvoices, pedimentos: loaded.pedimentos, source: loaded.exportSource,
            otherExtract: loaded.otherPedimentos)
        findings += figureFindings
        figures.salesSource = loaded.salesSource
        // The CFDI as the SAT holds them against sales.csv, listed with the other disagreements.
        var cfdiItems = loaded.cfdiItems
        if let holdings = loaded.cfdiHoldings {
            let effective = RectificationResolver.resolve(loaded.pedimentos, keys: loaded.rules.keys, year: loaded.year).effective
            cfdiItems += CFDIComparison.dollars(holdings, pedimentos: effective, rules: loaded.rules.reconciliation)
            // The Data Stage's pedimentos, whichever extract counts.
            let dataStage = loaded.exportSource == .dataStage ? loaded.pedimentos : loaded.otherPedimentos ?? []
            cfdiItems += CFDIComparison.dataStageInvoices(dataStage, holdings: holdings)
        }
        figures.reconciliation += cfdiItems
        findings += cfdiItems.map(\.finding)
        var imports: (control: TemporaryImportControl, estimates: [LineEstimate])?
        if !loaded.dataStageRequests.isEmpty {
            imports = ImportsRun.standing(
                loaded.importLines, balances: loaded.inventoryBalances, rules: loaded.rules, asOf: asOf ?? loaded.year.lastDay, root: folder.root,
                yearsRead: loaded.importYears, estimateUntil: estimateUntil, findings: &findings)
        }
        findings = Explanation.apply(loaded.explanations, to: findings)
        log?("computed the figures and both tests; reconciliation lists \(figures.reconciliation.count) disagreements")
        guard !findings.hasErrors else { throw .inputErrors(findings.sorted()) }
        return ComputedYear(loaded: loaded, figures: figures, findings: findings.sorted(), imports: imports)
    }
}
