/// Everything the annual report states, computed from one fiscal year's inputs.
public struct AnnualFigures: Sendable, Hashable {
    public var year: FiscalYear
    public var company: Company
    public var rules: Rules
    public var sales: SalesTotals
    public var exports: ExportTotals
    public var thresholds: ThresholdEvaluation
    /// Pedimentos listed for review (GC, CT), in file order.
    public var forReview: [ExportPedimento]
    /// Where invoices and pedimentos disagree (each also among the run's findings).
    public var reconciliation: [ReconciliationItem] = []
    /// Which extract the export figures come from.
    public var exportSource: ExportPedimento.Origin = .exportsCSV
    /// Which extract total sales were summed from (`[sales] source`).
    public var salesSource = SalesSource.salesCSV

    public init(
        year: FiscalYear, company: Company, rules: Rules, sales: SalesTotals, exports: ExportTotals,
        thresholds: ThresholdEvaluation, forReview: [ExportPedimento]
    ) {
        self.year = year
        self.company = company
        self.rules = rules
        self.sales = sales
        self.exports = exports
        self.thresholds = thresholds
        self.forReview = forReview
    }
}
