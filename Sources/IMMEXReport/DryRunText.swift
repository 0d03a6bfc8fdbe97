import IMMEXDomain

/// The dry run as a tax team reads it on the terminal, in `language` (the catalogue's words).
public enum DryRunText {
    public static func render(_ document: DryRunDocument, language: SummaryLanguage = .en) -> String {
        func say(_ phrase: Phrase) -> String { MessageCatalogue.say(phrase, in: language) }
        let assessment = document.assessment
        let figures = assessment.yearToDate
        var lines: [String] = []
        lines.append(say("IMMEX dry run \(figures.year) as of \(assessment.asOf) — \(figures.company.legalName) (\(figures.company.rfc))"))
        lines.append(say("Day \(assessment.daysElapsed) of \(assessment.daysInYear)."))
        if document.leftOutInvoices + document.leftOutPedimentos > 0 {
            lines.append(
                say("Left out, dated after \(assessment.asOf): \(document.leftOutInvoices) invoices, \(document.leftOutPedimentos) pedimentos."))
        }
        lines.append("")
        lines.append(say(assessment.onTrack ? "Verdict: ON TRACK — \(verdictReason(assessment))" : "Verdict: AT RISK — \(verdictReason(assessment))"))
        lines.append("")
        let notAvailable = say("n/a")
        var rows: [(String, String)] = [
            (say("Year to date"), ""),
            (say("  sales (MXN)"), figures.sales.net.formatted),
            (say("  direct exports (MXN)"), figures.exports.direct.mxn.formatted),
            (say("  indirect exports (MXN)"), figures.exports.indirect.mxn.formatted),
            (say("  exports (USD)"), figures.exports.total.usd.formatted),
            (say("  share"), figures.thresholds.share.percent.map { "\($0)%" } ?? notAvailable),
        ]
        for projection in assessment.projections {
            let name: Phrase = projection.method == .runRate ? "Projection, run rate" : "Projection, last year's shape"
            rows.append((say(name), say(projection.thresholds.passes ? "passes" : "fails")))
            rows.append((say("  sales (MXN)"), projection.sales.formatted))
            rows.append((say("  exports (MXN)"), projection.exportsMXN.formatted))
            rows.append((say("  exports (USD)"), projection.exportsUSD.formatted))
            rows.append((say("  share"), projection.thresholds.share.percent.map { "\($0)%" } ?? notAvailable))
        }
        if assessment.projections.count < 2 {
            rows.append((say("Last year's shape"), say("not available (no fiscal-years/\(figures.year.value - 1)/)")))
        }
        rows.append((say("Still needed by 31 December"), ""))
        rows.append(
            (
                say("  for the USD test"),
                assessment.gap.usdNeeded.centavos == 0
                    ? say("nothing: it already passes") : say("\(assessment.gap.usdNeeded.formatted) USD of exports")
            ))
        let needed = assessment.gap.mxnNeededForShare.formatted
        rows.append(
            (
                say("  for the share test"),
                assessment.gap.mxnNeededForShare.centavos == 0
                    ? say("nothing: it already passes")
                    : assessment.gap.shareOfRemainingSales.map { say("\(needed) MXN of exports (\($0)% of the rest of the year's sales)") }
                        ?? say("\(needed) MXN of exports")
            ))
        lines.append(contentsOf: SummaryText.aligned(rows))
        lines.append("")
        let calendar = assessment.calendar
        var filing = say(
            "Filing: due \(calendar.deadline) (last business day of May), \(daysText(document.daysLeft)); late filing accepted until \(calendar.lateWindowEnd), then the program is cancelled from \(document.cancellationDate)."
        )
        if document.filed { filing += say(" Filed: out/\(figures.year)/immex-\(figures.year)-archive.zip holds VUCEM's acknowledgement.") }
        lines.append(filing)
        let reconciliation = ReconciliationCSV.counts(figures.reconciliation)
        lines.append(
            reconciliation.isEmpty
                ? say("Reconciliation: no disagreements between invoices and pedimentos.")
                : say("Reconciliation: \(reconciliation.map { "\($0.code.rawValue) \($0.count)" }.joined(separator: ", ")).")
        )
        lines.append(say("Findings: \(FindingsListing.countLine(document.findings, language: language))."))
        return lines.joined(separator: "\n") + "\n"
    }

    static func verdictReason(_ assessment: DryRunAssessment) -> Phrase {
        let runRate = assessment.projections.contains { $0.method == .runRate && $0.thresholds.passes }
        let shape = assessment.projections.contains { $0.method != .runRate && $0.thresholds.passes }
        switch (runRate, shape) {
        case (true, true): return "the year passes when projected by the run rate and by last year's shape"
        case (true, false): return "the year passes when projected by the run rate"
        case (false, true): return "the year passes when projected by last year's shape"
        case (false, false): return "no projection of the year passes the export threshold"
        }
    }

    static func daysText(_ days: Int) -> Phrase {
        days > 0 ? "\(days) days left" : days == 0 ? "today" : "\(-days) days ago"
    }
}
