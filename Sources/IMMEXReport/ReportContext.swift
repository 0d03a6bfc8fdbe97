import IMMEXDomain

/// The values a report template sees, as plain strings, lists and dictionaries.
///
/// Amounts are POSIX decimals with two decimals (`-1234.50`); flags are `"true"`/`"false"`, as
/// XML Schema's boolean expects. Every list is sorted, so the same figures give the same text.
public enum ReportContext {
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ]

    /// - Parameter language: the language of the XML's human-readable text (the USD method, what the
    ///   rounding applies to, `xml:lang`); codes and figures are the same in every language.
    public static func make(figures: AnnualFigures, metadata: ReportMetadata, findings: [Finding], language: SummaryLanguage = .en) -> [String: Any] {
        let context: [String: Any] = [
            "lang": language.rawValue,
            "roundingAppliedTo": MessageCatalogue.say("each invoice and each pedimento conversion", in: language),
            "salesSource": figures.salesSource.rawValue,
            "exportSource": [
                "kind": figures.exportSource.rawValue,
                "requests": metadata.dataStageRequests.map { ["folio": $0.folio, "from": $0.from, "to": $0.to] },
            ],
            "year": String(figures.year.value),
            "generator": metadata.generator,
            "generatedAt": metadata.generatedAt,
            "company": company(figures.company),
            "rules": rules(figures.rules, language: language),
            "sales": sales(figures.sales),
            "exports": exports(figures.exports),
            "tests": tests(figures.thresholds),
            "monthly": monthly(figures),
            "records": records(figures),
            "review": figures.forReview.map { ["pedimento": $0.number.digits, "key": $0.key.code, "location": $0.location.description] },
            "inputs": metadata.inputs.map {
                ["path": $0.path, "role": $0.role.rawValue, "sha256": $0.sha256, "bytes": String($0.bytes)]
            },
            "findings": findingCounts(findings),
            "reconciliation": [
                "items": String(figures.reconciliation.count),
                "byCode": ReconciliationCSV.counts(figures.reconciliation).map { ["code": $0.code.rawValue, "count": String($0.count)] },
            ],
        ]
        return context
    }

    static func flag(_ value: Bool) -> String { value ? "true" : "false" }

    static func pair(_ amount: ExportAmount) -> [String: Any] {
        ["mxn": amount.mxn.decimalString, "usd": amount.usd.decimalString]
    }

    private static func company(_ company: Company) -> [String: Any] {
        [
            "rfc": company.rfc.value, "legalName": company.legalName, "programNumber": company.programNumber,
            "modality": company.modality.rawValue, "consignment": flag(company.consignment),
        ]
    }

    private static func rules(_ rules: Rules, language: SummaryLanguage) -> [String: Any] {
        var conversion: [String: Any] = ["method": rules.usdConversion.name, "explanation": language.usdMethod(rules.usdConversion)]
        if case .annualAverage(let rate) = rules.usdConversion { conversion["annualAverageRate"] = rate.description }
        return [
            "usdTest": [
                "enabled": flag(rules.usdTest.enabled), "limit": rules.usdTest.limit.decimalString,
                "comparison": rules.usdTest.comparison.rawValue, "legalBasis": rules.usdTest.legalBasis,
            ],
            "shareTest": [
                "enabled": flag(rules.shareTest.enabled), "minimumPercent": rules.shareTest.minimumPercent.description,
                "comparison": rules.shareTest.comparison.rawValue, "basis": rules.shareTest.basis.rawValue,
                "legalBasis": rules.shareTest.legalBasis,
            ],
            "keyCatalogue": rules.keyCatalogue,
            "keyClasses": [OperationSide.export, .import].flatMap { side in
                KeyClass.allCases.map { keyClass in
                    ["side": side.rawValue, "name": keyClass.rawValue, "keys": rules.keys.keys(in: keyClass, side: side).map(\.code).joined(separator: " ")]
                }
            },
            "countsFixedAssetReturns": flag(rules.countsFixedAssetReturns),
            "usdConversion": conversion,
            "rounding": rules.rounding.rawValue,
        ]
    }

    private static func sales(_ sales: SalesTotals) -> [String: Any] {
        [
            "net": sales.net.decimalString, "invoices": sales.invoices.decimalString,
            "creditNotes": sales.creditNotes.decimalString, "domestic": sales.domestic.decimalString,
            "foreign": sales.foreign.decimalString,
        ]
    }

    private static func exports(_ exports: ExportTotals) -> [String: Any] {
        let byKey = exports.byKey.sorted { $0.key < $1.key }.map { key, line -> [String: Any] in
            [
                "key": key.code, "class": line.keyClass.rawValue, "pedimentos": String(line.pedimentos),
                "mxn": line.amount.mxn.decimalString, "usd": line.amount.usd.decimalString,
            ]
        }
        let byCountry = exports.byCountry
            .map { (country: $0.key?.value ?? "", amount: $0.value) }
            .sorted { $0.country < $1.country }
            .map { entry -> [String: Any] in
                var line: [String: Any] = ["mxn": entry.amount.mxn.decimalString, "usd": entry.amount.usd.decimalString]
                if !entry.country.isEmpty { line["country"] = entry.country }
                return line
            }
        return [
            "directGross": pair(exports.directGross), "returns": pair(exports.returns), "direct": pair(exports.direct),
            "indirect": pair(exports.indirect), "total": pair(exports.total), "byKey": byKey, "byCountry": byCountry,
            "memo": exports.memo.map { line -> [String: Any] in
                [
                    "kind": line.kind.rawValue, "key": line.key.code, "pedimentos": String(line.pedimentos),
                    "mxn": line.amount.mxn.decimalString, "usd": line.amount.usd.decimalString,
                ]
            },
        ]
    }

    private static func tests(_ evaluation: ThresholdEvaluation) -> [String: Any] {
        let usd = evaluation.usd
        let share = evaluation.share
        var shareContext: [String: Any] = [
            "enabled": flag(share.enabled), "numerator": share.numerator.decimalString,
            "denominator": share.denominator.decimalString, "minimumPercent": share.minimumPercent.description,
            "comparison": share.comparison.rawValue, "basis": share.basis.rawValue,
            "required": share.required.decimalString, "margin": share.margin.decimalString, "passes": flag(share.passes),
        ]
        if let percent = share.percent { shareContext["percent"] = percent.description }
        if let points = share.marginPoints { shareContext["marginPoints"] = points.description }
        return [
            "passes": flag(evaluation.passes),
            "usd": [
                "enabled": flag(usd.enabled), "figure": usd.figure.decimalString, "limit": usd.limit.decimalString,
                "comparison": usd.comparison.rawValue, "margin": usd.margin.decimalString, "passes": flag(usd.passes),
            ],
            "share": shareContext,
        ]
    }

    private static func monthly(_ figures: AnnualFigures) -> [[String: Any]] {
        (0..<12).map { index in
            let month = figures.exports.monthly[index]
            return [
                "number": String(index + 1), "name": monthNames[index],
                "sales": figures.sales.monthly[index].decimalString,
                "direct": pair(month.direct - month.returns), "indirect": pair(month.indirect), "total": pair(month.total),
            ]
        }
    }

    private static func records(_ figures: AnnualFigures) -> [String: Any] {
        let sales = figures.sales.counts
        let exports = figures.exports.counts
        return [
            "sales": [
                "rows": String(sales.rows), "activeInvoices": String(sales.activeInvoices),
                "activeCreditNotes": String(sales.activeCreditNotes), "cancelled": String(sales.cancelled),
                "notSales": String(sales.notSales),
            ],
            "exports": [
                "rows": String(exports.rows), "counted": String(exports.counted), "rectified": String(exports.rectified),
                "forReview": String(exports.forReview), "excluded": String(exports.excluded),
            ],
        ]
    }

    private static func findingCounts(_ findings: [Finding]) -> [String: Any] {
        var byCode: [FindingCode: (severity: Severity, count: Int, explained: Int)] = [:]
        for finding in findings {
            byCode[finding.code, default: (finding.severity, 0, 0)].count += 1
            if finding.explanation != nil { byCode[finding.code]?.explained += 1 }
        }
        return [
            "errors": String(findings.count(of: .error)), "warnings": String(findings.count(of: .warning)),
            "notes": String(findings.count(of: .note)),
            "byCode": byCode.sorted { $0.key < $1.key }.map {
                var line = ["code": $0.key.rawValue, "severity": $0.value.severity.rawValue, "count": String($0.value.count)]
                if $0.value.explained > 0 { line["explained"] = String($0.value.explained) }
                return line
            },
        ]
    }
}
