import IMMEXDomain

/// The dry run as a tax team reads it on the terminal.
public enum DryRunText {
    public static func render(_ document: DryRunDocument) -> String {
        let assessment = document.assessment
        let figures = assessment.yearToDate
        var lines: [String] = []
        lines.append("IMMEX dry run \(figures.year) as of \(assessment.asOf) — \(figures.company.legalName) (\(figures.company.rfc))")
        lines.append("Day \(assessment.daysElapsed) of \(assessment.daysInYear).")
        if document.leftOutInvoices + document.leftOutPedimentos > 0 {
            lines.append("Left out, dated after \(assessment.asOf): \(document.leftOutInvoices) invoices, \(document.leftOutPedimentos) pedimentos.")
        }
        lines.append("")
        lines.append("Verdict: " + (assessment.onTrack ? "ON TRACK" : "AT RISK") + " — " + verdictReason(assessment))
        lines.append("")
        var rows: [(String, String)] = [
            ("Year to date", ""),
            ("  sales (MXN)", figures.sales.net.formatted),
            ("  direct exports (MXN)", figures.exports.direct.mxn.formatted),
            ("  indirect exports (MXN)", figures.exports.indirect.mxn.formatted),
            ("  exports (USD)", figures.exports.total.usd.formatted),
            ("  share", figures.thresholds.share.percent.map { "\($0)%" } ?? "n/a"),
        ]
        for projection in assessment.projections {
            let name = projection.method == .runRate ? "Projection, run rate" : "Projection, last year's shape"
            rows.append((name, projection.thresholds.passes ? "passes" : "fails"))
            rows.append(("  sales (MXN)", projection.sales.formatted))
            rows.append(("  exports (MXN)", projection.exportsMXN.formatted))
            rows.append(("  exports (USD)", projection.exportsUSD.formatted))
            rows.append(("  share", projection.thresholds.share.percent.map { "\($0)%" } ?? "n/a"))
        }
        if assessment.projections.count < 2 {
            rows.append(("Last year's shape", "not available (no fiscal-years/\(figures.year.value - 1)/)"))
        }
        rows.append(("Still needed by 31 December", ""))
        rows.append(
            (
                "  for the USD test",
                assessment.gap.usdNeeded.centavos == 0 ? "nothing: it already passes" : assessment.gap.usdNeeded.formatted + " USD of exports"
            ))
        let share = assessment.gap.shareOfRemainingSales.map { " (\($0)% of the rest of the year's sales)" } ?? ""
        rows.append(
            (
                "  for the share test",
                assessment.gap.mxnNeededForShare.centavos == 0
                    ? "nothing: it already passes" : assessment.gap.mxnNeededForShare.formatted + " MXN of exports" + share
            ))
        lines.append(contentsOf: SummaryText.aligned(rows))
        lines.append("")
        let calendar = assessment.calendar
        lines.append(
            "Filing: due \(calendar.deadline) (last business day of May), \(daysText(document.daysLeft)); "
                + "late filing accepted until \(calendar.lateWindowEnd), then the program is cancelled from \(document.cancellationDate)."
                + (document.filed ? " Filed: out/\(figures.year)/immex-\(figures.year)-archive.zip holds VUCEM's acknowledgement." : ""))
        let reconciliation = ReconciliationCSV.counts(figures.reconciliation)
        lines.append(
            "Reconciliation: "
                + (reconciliation.isEmpty
                    ? "no disagreements between invoices and pedimentos."
                    : reconciliation.map { "\($0.code.rawValue) \($0.count)" }.joined(separator: ", ") + "."))
        lines.append("Findings: \(FindingsListing.countLine(document.findings)).")
        return lines.joined(separator: "\n") + "\n"
    }

    static func verdictReason(_ assessment: DryRunAssessment) -> String {
        let passing = assessment.projections.filter { $0.thresholds.passes }.map { $0.method == .runRate ? "the run rate" : "last year's shape" }
        if passing.isEmpty { return "no projection of the year passes the export threshold" }
        return "the year passes when projected by " + passing.joined(separator: " and by ")
    }

    static func daysText(_ days: Int) -> String {
        days > 0 ? "\(days) days left" : days == 0 ? "today" : "\(-days) days ago"
    }
}
