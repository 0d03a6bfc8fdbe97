import IMMEXDomain
import Machinery

extension AnnualFigures {
    /// Aggregates validated records under the year's rules. Findings about the records' meaning
    /// (rectification chains, keys for review) are returned with the figures.
    /// - Parameter invoices: the export-relevant invoices (`SalesInvoice.isExportRelevant`), for reconciliation.
    public static func compute(
        year: FiscalYear, company: Company, rules: Rules, sales: SalesTotals, invoices: InvoiceList = [],
        pedimentos: [ExportPedimento], source: ExportPedimento.Origin = .exportsCSV, otherExtract: [ExportPedimento]? = nil
    ) -> (figures: AnnualFigures, findings: [Finding]) {
        let (effective, findings, otherYears) = RectificationResolver.resolve(pedimentos, keys: rules.keys, year: year)
        var all = findings
        let aggregator = ExportAggregator(rules: rules, consignment: company.consignment)
        // The totals are added up on another core while invoices and pedimentos are reconciled here.
        let reconciler = Reconciler(year: year, rules: rules)
        let (exports, reconciled) = concurrently({ aggregator.aggregate(effective, rows: pedimentos.count, otherYears: otherYears) }) {
            reconciler.reconcile(invoices: invoices, pedimentos: pedimentos, effective: effective)
        }
        if let location = exports.overflowAt {
            all.append(
                Finding(
                    .malformedAmount,
                    location.file.isEmpty
                        ? "the year's exports add up beyond the largest total the report states (\(Money<MXN>.largestTotal.formatted))"
                        : "the year's exports add up beyond the largest total the report states (\(Money<MXN>.largestTotal.formatted)); this pedimento pushed them over",
                    at: location.file.isEmpty ? nil : location,
                    hint: "check the largest pedimento values for a typing error"))
        }
        if sales.net.subtracting(exports.valueAddedMXN).flatMap({ $0.adding(exports.commercialValueMXN) }) == nil {
            all.append(
                Finding(
                    .malformedAmount, "total sales and the exports' commercial value add up beyond the largest total the report states",
                    at: nil, hint: "check the largest amounts of sales.csv and the exports for a typing error"))
        }
        // (By position: filtering the pedimentos themselves would copy each, counting references.)
        let review = effective.indices.filter { effective[$0].keyClass == .review }.map { effective[$0].current }
        for pedimento in review {
            all.append(
                Finding(
                    .reviewKey,
                    "pedimento \(pedimento.number) has key \(pedimento.key), a value adjustment that is not counted in exports",
                    at: pedimento.location,
                    hint: "review whether it changes the value of an export; if it does, move the key to a counted class in rules.toml"))
        }
        if sales.net.centavos <= 0 {
            all.append(
                Finding(
                    .noSales, "total sales are \(sales.net.formatted) MXN, so the share of exports cannot be computed",
                    at: nil, hint: "check that sales.csv is the complete extract for the year"))
        }
        let thresholds = ThresholdEvaluation.evaluate(
            sales: sales, exports: exports, rules: rules, consignment: company.consignment)
        var reconciliation = reconciled
        if let otherExtract { reconciliation += reconciler.compareExtracts(used: pedimentos, other: otherExtract) }
        all += reconciliation.map(\.finding)
        var figures = AnnualFigures(
            year: year, company: company, rules: rules, sales: sales, exports: exports, thresholds: thresholds, forReview: review)
        figures.reconciliation = reconciliation
        figures.exportSource = source
        return (figures, all)
    }
}
