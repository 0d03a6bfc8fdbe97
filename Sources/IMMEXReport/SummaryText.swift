import IMMEXDomain

/// The plain-text summary: the verdict and the figures a tax director checks, aligned.
public enum SummaryText {
    public static func render(_ figures: AnnualFigures, findings: [Finding], generatedAt: String) -> String {
        let tests = figures.thresholds
        var lines: [String] = []
        lines.append("IMMEX annual report \(figures.year) — \(figures.company.legalName) (\(figures.company.rfc))")
        lines.append(
            "Program \(figures.company.programNumber), modality \(figures.company.modality.rawValue)"
                + (figures.company.consignment ? ", consignment (exports at value added)" : ""))
        lines.append("Generated \(generatedAt)")
        lines.append("")
        lines.append("Verdict: " + verdict(tests))
        lines.append("")
        var table: [(String, String)] = []
        table.append(("Total sales (MXN)", figures.sales.net.formatted))
        table.append(("  domestic", figures.sales.domestic.formatted))
        table.append(("  foreign", figures.sales.foreign.formatted))
        table.append(("Direct exports (MXN)", figures.exports.direct.mxn.formatted))
        table.append(("  of which returns (K1)", (-figures.exports.returns.mxn).formatted))
        table.append(("Indirect exports (MXN)", figures.exports.indirect.mxn.formatted))
        table.append(("Total exports (MXN)", figures.exports.total.mxn.formatted))
        table.append(("Total exports (USD)", figures.exports.total.usd.formatted))
        table.append(("Export share", tests.share.percent.map { "\($0)%" } ?? "n/a (no sales)"))
        lines.append(contentsOf: aligned(table))
        lines.append("")
        lines.append(contentsOf: aligned(testLines(figures)))
        lines.append("")
        if !figures.exports.memo.isEmpty {
            lines.append("Not counted in exports, listed (what each would have added):")
            lines.append(
                contentsOf: aligned(
                    figures.exports.memo.map { line in
                        (
                            "  \(memoLabel(line.kind)): \(line.key), \(line.pedimentos) pedimento\(line.pedimentos == 1 ? "" : "s")",
                            "\(line.amount.mxn.formatted) MXN  \(line.amount.usd.formatted) USD"
                        )
                    }))
            lines.append("")
        }
        lines.append("USD figure: \(figures.rules.usdConversion.explanation); rounding \(figures.rules.rounding.rawValue), per invoice.")
        let counts = figures.sales.counts
        let exportCounts = figures.exports.counts
        lines.append(
            "Records: \(counts.rows) invoices read (\(counts.activeInvoices) sales, \(counts.activeCreditNotes) credit notes, "
                + "\(counts.cancelled) cancelled, \(counts.notSales) not sales); \(exportCounts.rows) pedimentos read "
                + "(\(exportCounts.counted) counted, \(exportCounts.rectified) rectified, \(exportCounts.forReview) for review, "
                + "\(exportCounts.excluded) not exports).")
        let reconciliation = ReconciliationCSV.counts(figures.reconciliation)
        lines.append(
            "Reconciliation of invoices and pedimentos: "
                + (reconciliation.isEmpty
                    ? "no disagreements."
                    : "\(figures.reconciliation.count) to review ("
                        + reconciliation.map { "\($0.code.rawValue) \($0.count)" }.joined(separator: ", ") + "), listed in reconciliation.csv."))
        func counted(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        let explained = findings.count { $0.explanation != nil }
        lines.append(
            "Findings: \(counted(findings.count(of: .error), "error")), \(counted(findings.count(of: .warning), "warning")), \(counted(findings.count(of: .note), "note"))"
                + (explained > 0 ? " (\(explained) explained in explanations.toml)." : "."))
        return lines.joined(separator: "\n") + "\n"
    }

    public static func verdict(_ tests: ThresholdEvaluation) -> String {
        if !tests.usd.enabled && !tests.share.enabled { return "PASSES — no threshold is in force this year (rules.toml)" }
        var passedBy: [String] = []
        if tests.usd.enabled && tests.usd.passes { passedBy.append("the USD test") }
        if tests.share.enabled && tests.share.passes { passedBy.append("the share test") }
        return passedBy.isEmpty ? "FAILS — neither threshold test passes" : "PASSES — by " + passedBy.joined(separator: " and ")
    }

    /// The memo line's kind in words (`ExportTotals.MemoKind`).
    public static func memoLabel(_ kind: ExportTotals.MemoKind) -> String {
        switch kind {
        case .temporaryExport: "temporary export, pending return"
        case .fixedAssetReturn: "return of fixed assets"
        case .review: "value adjustment, for review"
        case .rectificationOtherYear: "rectification of another year"
        case .notAnExport: "not an export"
        }
    }

    private static func testLines(_ figures: AnnualFigures) -> [(String, String)] {
        let usd = figures.thresholds.usd
        let share = figures.thresholds.share
        var rows: [(String, String)] = []
        if usd.enabled {
            rows.append(
                (
                    "USD test",
                    "\(usd.passes ? "pass" : "FAIL"): \(usd.figure.formatted) \(usd.comparison.symbol) \(usd.limit.formatted), margin \(usd.margin.formatted)"
                ))
        } else {
            rows.append(("USD test", "not in force"))
        }
        if share.enabled {
            let percent = share.percent.map { "\($0)%" } ?? "n/a"
            rows.append(
                (
                    "Share test",
                    "\(share.passes ? "pass" : "FAIL"): \(percent) \(share.comparison.symbol) \(share.minimumPercent)%, margin \(share.margin.formatted) MXN"
                ))
        } else {
            rows.append(("Share test", "not in force"))
        }
        return rows
    }

    static func aligned(_ rows: [(String, String)]) -> [String] {
        let width = rows.map(\.0.count).max() ?? 0
        let valueWidth = rows.map(\.1.count).max() ?? 0
        return rows.map { label, value in
            let valuePadding = value.first == "$" || value.first == "-" ? String(repeating: " ", count: valueWidth - value.count) : ""
            return label + String(repeating: " ", count: width - label.count) + "  " + valuePadding + value
        }
    }
}
