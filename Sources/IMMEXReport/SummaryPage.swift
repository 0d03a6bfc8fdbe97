import Foundation
import IMMEXDomain

/// The context of `templates/summary.html.mustache`: the page a tax director reads in a minute.
public enum SummaryPage {
    /// For a dry run: the cut-off and the run-rate projection of cumulative USD exports by month.
    public struct DryRun: Sendable {
        public var asOf: CalendarDate
        public var projectedCumulativeUSD: [Money<USD>]

        public init(asOf: CalendarDate, projectedCumulativeUSD: [Money<USD>]) {
            self.asOf = asOf
            self.projectedCumulativeUSD = projectedCumulativeUSD
        }
    }

    /// - Parameter signature: who signed the evidence, nil for an unsigned rehearsal.
    public static func context(
        figures: AnnualFigures, findings: [Finding], metadata: ReportMetadata, language: SummaryLanguage,
        signature: String?, dryRun: DryRun? = nil, imports: TemporaryImportControl? = nil
    ) -> [String: Any] {
        let words = language.words
        let tests = figures.thresholds
        let exports = figures.exports
        var passedBy: [String] = []
        if tests.usd.enabled && tests.usd.passes { passedBy.append(words.byUSD) }
        if tests.share.enabled && tests.share.passes { passedBy.append(words.byShare) }
        let waived = !tests.usd.enabled && !tests.share.enabled
        let verdict = tests.passes ? words.verdictPasses : words.verdictFails
        let reason = waived ? words.verdictWaived : passedBy.joined(separator: " \(words.and) ")

        func status(_ enabled: Bool, _ passes: Bool) -> String { enabled ? (passes ? words.passes : words.fails) : words.notInForce }
        let shareText = tests.share.percent.map { "\($0)%" } ?? "—"
        let figuresList: [[String: Any]] = [
            [
                "label": words.totalSales, "value": figures.sales.net.formatted + " MXN",
                "detail": "\(words.domestic) \(figures.sales.domestic.formatted) · \(words.foreign) \(figures.sales.foreign.formatted)",
            ],
            ["label": words.directExports, "value": exports.direct.mxn.formatted + " MXN", "detail": exports.direct.usd.formatted + " USD"],
            ["label": words.indirectExports, "value": exports.indirect.mxn.formatted + " MXN", "detail": exports.indirect.usd.formatted + " USD"],
            ["label": words.totalExports, "value": exports.total.mxn.formatted + " MXN", "detail": ""],
            [
                "label": words.usdFigure, "value": tests.usd.figure.formatted + " USD",
                "detail":
                    "\(words.limit) \(tests.usd.comparison.symbol) \(tests.usd.limit.formatted) · \(words.margin) \(tests.usd.margin.formatted) · \(status(tests.usd.enabled, tests.usd.passes))",
                "state": tests.usd.passes ? "ok" : "bad",
            ],
            [
                "label": words.share, "value": shareText,
                "detail":
                    "\(words.limit) \(tests.share.comparison.symbol) \(tests.share.minimumPercent)% · \(words.margin) \(tests.share.margin.formatted) MXN · \(status(tests.share.enabled, tests.share.passes))",
                "state": tests.share.passes ? "ok" : "bad",
            ],
        ]

        let minimum = Int64(tests.share.minimumPercent.mantissa(atScale: 2))
        // Returns (K1) are shown as what they are: subtracted, with their minus sign.
        let byKey = exports.byKey.map { ($0.key.code, $0.value.keyClass == .subtracting ? -$0.value.amount.mxn : $0.value.amount.mxn) }
        let byCountry = exports.byCountry.map { ($0.key?.value ?? words.unknownCountry, $0.value.mxn) }
        let charts = SummaryCharts.make(
            figures: figures, words: words, minimumBasisPoints: minimum, byKey: byKey, byCountry: byCountry,
            projection: dryRun?.projectedCumulativeUSD, imports: imports)

        var context: [String: Any] = [
            "lang": language.rawValue, "w": wordsContext(words), "year": String(figures.year.value),
            "company": ["name": figures.company.legalName, "rfc": figures.company.rfc.value, "program": figures.company.programNumber],
            "verdict": ["text": verdict, "reason": reason, "state": tests.passes ? "ok" : "bad"],
            "figures": figuresList, "charts": charts,
            "reconciliation": ReconciliationCSV.counts(figures.reconciliation).map { ["code": $0.code.rawValue, "count": String($0.count)] },
            "hasReconciliation": !figures.reconciliation.isEmpty,
            "records": records(figures, words: words),
            "memo": exports.memo.map { line -> [String: String] in
                [
                    "kind": words.memoKinds[line.kind] ?? line.kind.rawValue, "key": line.key.code, "pedimentos": String(line.pedimentos),
                    "mxn": line.amount.mxn.formatted, "usd": line.amount.usd.formatted,
                ]
            },
            "hasMemo": !exports.memo.isEmpty,
            "findingGroups": findingGroups(findings, language: language), "hasFindings": !findings.isEmpty,
            "inputs": metadata.inputs.map { ["path": $0.path, "sha256": $0.sha256, "bytes": String($0.bytes)] },
            "rules": [
                [
                    "name": words.byUSD,
                    "value": "\(tests.usd.comparison.symbol) \(figures.rules.usdTest.limit.formatted) USD — \(figures.rules.usdTest.legalBasis)",
                ],
                [
                    "name": words.byShare,
                    "value": "\(tests.share.comparison.symbol) \(figures.rules.shareTest.minimumPercent)% — \(figures.rules.shareTest.legalBasis)",
                ],
                ["name": words.usdMethod, "value": language.usdMethod(figures.rules.usdConversion)],
                ["name": words.rounding, "value": language.rounding(figures.rules.rounding)],
                [
                    "name": words.keys,
                    "value": KeyClass.allCases.filter { $0 != .temporaryImport }.map {
                        "\(language.keyClass($0)): \(figures.rules.keys.keys(in: $0).map(\.code).joined(separator: " "))"
                    }.joined(separator: "; "),
                ],
            ],
            "generated": "\(metadata.generatedAt) · \(metadata.generator)",
            "signature": signature.map { "\(words.signedBy) \($0)" } ?? words.unsigned,
        ]
        if let dryRun { context["dryRun"] = ["asOf": dryRun.asOf.description] }
        return context
    }

    private static func wordsContext(_ words: SummaryLanguage.Words) -> [String: String] {
        [
            "title": words.title, "charts": words.charts, "findings": words.findings, "noFindings": words.noFindings,
            "provenance": words.provenance, "inputs": words.inputs, "rules": words.rules, "generated": words.generated,
            "signature": words.signature, "severity": words.severity, "code": words.code, "count": words.count,
            "places": words.places, "file": words.file, "digest": words.digest, "bytes": words.bytes,
            "setting": words.setting, "value": words.value, "dryRun": words.dryRun, "asOf": words.asOf,
            "notCounted": words.notCounted, "notCountedIntro": words.notCountedIntro, "kind": words.kind, "key": words.key,
            "pedimentos": words.pedimentos, "amountMXN": words.amountMXN, "amountUSD": words.amountUSD,
            "dataOf": words.dataOf, "reconciliation": words.reconciliation, "noDisagreements": words.noDisagreements,
            "records": words.records, "page": words.page, "of": words.of, "explained": words.explained,
        ]
    }

    /// What was read and how it counted, as two rows a reader checks against the extracts.
    private static func records(_ figures: AnnualFigures, words: SummaryLanguage.Words) -> [[String: String]] {
        let sales = figures.sales.counts
        let exports = figures.exports.counts
        return [
            [
                "label": words.invoicesRead, "value": String(sales.rows),
                "detail":
                    "\(sales.activeInvoices) \(words.salesCounted) · \(sales.activeCreditNotes) \(words.creditNotes) · \(sales.cancelled) \(words.cancelled) · \(sales.notSales) \(words.notSales)",
            ],
            [
                "label": words.pedimentosRead, "value": String(exports.rows),
                "detail":
                    "\(exports.counted) \(words.counted) · \(exports.rectified) \(words.rectified) · \(exports.forReview) \(words.forReview) · \(exports.excluded) \(words.notExports)",
            ],
        ]
    }

    /// Findings by severity, then code, with up to ten places each.
    private static func findingGroups(_ findings: [Finding], language: SummaryLanguage) -> [[String: Any]] {
        let words = language.words
        return Severity.allCases.compactMap { severity -> [String: Any]? in
            let ofSeverity = findings.filter { $0.severity == severity }
            guard !ofSeverity.isEmpty else { return nil }
            let codes = Dictionary(grouping: ofSeverity, by: \.code).sorted { $0.key < $1.key }.map { code, list -> [String: Any] in
                let sorted = list.sorted()
                let places = sorted.prefix(10).map { finding -> [String: String] in
                    var place = ["place": finding.location?.description ?? "—", "message": finding.message(in: language)]
                    if let explanation = finding.explanation { place["explained"] = explanation }
                    return place
                }
                var entry: [String: Any] = ["code": code.rawValue, "count": String(list.count), "places": places]
                if list.count > 10 { entry["more"] = words.more.replacingOccurrences(of: "%d", with: String(list.count - 10)) }
                return entry
            }
            return ["severity": language.severity(severity), "codes": codes]
        }
    }
}
