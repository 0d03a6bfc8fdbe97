import IMMEXDomain

/// The plain-text summary: the verdict and the figures a tax director checks, aligned.
public enum SummaryText {
    /// In `language` (the catalogue's words; codes and figures as they are).
    public static func render(_ figures: AnnualFigures, findings: [Finding], generatedAt: String, language: SummaryLanguage = .en) -> String {
        func say(_ phrase: Phrase) -> String { MessageCatalogue.say(phrase, in: language) }
        let tests = figures.thresholds
        var lines: [String] = []
        lines.append(say("IMMEX annual report \(figures.year) — \(figures.company.legalName) (\(figures.company.rfc))"))
        lines.append(
            figures.company.consignment
                ? say("Program \(figures.company.programNumber), modality \(figures.company.modality.rawValue), consignment (exports at value added)")
                : say("Program \(figures.company.programNumber), modality \(figures.company.modality.rawValue)"))
        lines.append(say("Generated \(generatedAt)"))
        lines.append("")
        lines.append(say("Verdict: \(verdict(tests))"))
        lines.append("")
        var table: [(String, String)] = []
        table.append((say("Total sales (MXN)"), figures.sales.net.formatted))
        table.append((say("  domestic"), figures.sales.domestic.formatted))
        table.append((say("  foreign"), figures.sales.foreign.formatted))
        table.append((say("Direct exports (MXN)"), figures.exports.direct.mxn.formatted))
        table.append((say("  of which returns (K1)"), (-figures.exports.returns.mxn).formatted))
        table.append((say("Indirect exports (MXN)"), figures.exports.indirect.mxn.formatted))
        table.append((say("Total exports (MXN)"), figures.exports.total.mxn.formatted))
        table.append((say("Total exports (USD)"), figures.exports.total.usd.formatted))
        table.append((say("Export share"), tests.share.percent.map { "\($0)%" } ?? say("n/a (no sales)")))
        lines.append(contentsOf: aligned(table))
        lines.append("")
        lines.append(contentsOf: aligned(testLines(figures, say: say)))
        lines.append("")
        if !figures.exports.memo.isEmpty {
            lines.append(say("Not counted in exports, listed (what each would have added):"))
            let memoWords = language.words.memoKinds
            lines.append(
                contentsOf: aligned(
                    figures.exports.memo.map { line in
                        let kind = memoWords[line.kind] ?? line.kind.rawValue
                        return (
                            line.pedimentos == 1
                                ? say("  \(kind): \(line.key), 1 pedimento") : say("  \(kind): \(line.key), \(line.pedimentos) pedimentos"),
                            "\(line.amount.mxn.formatted) MXN  \(line.amount.usd.formatted) USD"
                        )
                    }))
            lines.append("")
        }
        lines.append(
            say(
                "USD figure: \(language.usdMethod(figures.rules.usdConversion)); rounding \(language.rounding(figures.rules.rounding)), per invoice."
            ))
        let counts = figures.sales.counts
        let exportCounts = figures.exports.counts
        lines.append(
            say(
                "Records: \(counts.rows) invoices read (\(counts.activeInvoices) sales, \(counts.activeCreditNotes) credit notes, \(counts.cancelled) cancelled, \(counts.notSales) not sales); \(exportCounts.rows) pedimentos read (\(exportCounts.counted) counted, \(exportCounts.rectified) rectified, \(exportCounts.forReview) for review, \(exportCounts.excluded) not exports)."
            ))
        let reconciliation = ReconciliationCSV.counts(figures.reconciliation)
        lines.append(
            reconciliation.isEmpty
                ? say("Reconciliation of invoices and pedimentos: no disagreements.")
                : say(
                    "Reconciliation of invoices and pedimentos: \(figures.reconciliation.count) to review (\(reconciliation.map { "\($0.code.rawValue) \($0.count)" }.joined(separator: ", "))), listed in reconciliation.csv."
                ))
        let explained = findings.count { $0.explanation != nil }
        let findingCounts = FindingsListing.countLine(findings, language: language)
        lines.append(
            explained > 0
                ? say("Findings: \(findingCounts) (\(explained) explained in explanations.toml).") : say("Findings: \(findingCounts)."))
        return lines.joined(separator: "\n") + "\n"
    }

    public static func verdict(_ tests: ThresholdEvaluation) -> Phrase {
        if !tests.usd.enabled && !tests.share.enabled { return "PASSES — no threshold is in force this year (rules.toml)" }
        switch (tests.usd.enabled && tests.usd.passes, tests.share.enabled && tests.share.passes) {
        case (true, true): return "PASSES — by the USD test and the share test"
        case (true, false): return "PASSES — by the USD test"
        case (false, true): return "PASSES — by the share test"
        case (false, false): return "FAILS — neither threshold test passes"
        }
    }

    private static func testLines(_ figures: AnnualFigures, say: (Phrase) -> String) -> [(String, String)] {
        let usd = figures.thresholds.usd
        let share = figures.thresholds.share
        var rows: [(String, String)] = []
        if usd.enabled {
            let margin = usd.margin.formatted
            rows.append(
                (
                    say("USD test"),
                    usd.passes
                        ? say("pass: \(usd.figure.formatted) \(usd.comparison.symbol) \(usd.limit.formatted), margin \(margin)")
                        : say("FAIL: \(usd.figure.formatted) \(usd.comparison.symbol) \(usd.limit.formatted), margin \(margin)")
                ))
        } else {
            rows.append((say("USD test"), say("not in force")))
        }
        if share.enabled {
            let percent = share.percent.map { "\($0)%" } ?? "n/a"
            rows.append(
                (
                    say("Share test"),
                    share.passes
                        ? say("pass: \(percent) \(share.comparison.symbol) \(share.minimumPercent)%, margin \(share.margin.formatted) MXN")
                        : say("FAIL: \(percent) \(share.comparison.symbol) \(share.minimumPercent)%, margin \(share.margin.formatted) MXN")
                ))
        } else {
            rows.append((say("Share test"), say("not in force")))
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
