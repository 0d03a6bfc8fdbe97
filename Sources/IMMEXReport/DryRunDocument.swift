import IMMEXDomain

/// What a dry run reports, for every output form (terminal, JSON, XML).
public struct DryRunDocument: Sendable {
    public var assessment: DryRunAssessment
    public var findings: [Finding]
    public var leftOutInvoices: Int
    public var leftOutPedimentos: Int
    /// The day the check ran (for days left to file).
    public var today: CalendarDate
    /// Whether the year was filed: `out/<year>/` holds the filing archive `immex archive` seals
    /// with VUCEM's acknowledgement (a report alone is no filing).
    public var filed: Bool
    /// The year's temporary imports as of the cut-off, with the estimate of the expired ones; nil
    /// without a Data Stage.
    public var temporaryImports: (control: TemporaryImportControl, estimates: [LineEstimate])?

    public init(assessment: DryRunAssessment, findings: [Finding], leftOutInvoices: Int, leftOutPedimentos: Int, today: CalendarDate, filed: Bool) {
        self.assessment = assessment
        self.findings = findings
        self.leftOutInvoices = leftOutInvoices
        self.leftOutPedimentos = leftOutPedimentos
        self.today = today
        self.filed = filed
    }

    public var daysLeft: Int { assessment.calendar.deadline.daysSince1970 - today.daysSince1970 }

    public var cancellationDate: CalendarDate {
        CalendarDate(year: assessment.calendar.lateWindowEnd.year, month: 9, day: 1)!
    }

    // MARK: - JSON (documented in docs/dry-run-json.md)

    public var json: JSONValue {
        let figures = assessment.yearToDate
        let exports = figures.exports
        func money<C>(_ value: Money<C>) -> JSONValue { .string(value.decimalString) }
        func optional(_ value: DecimalNumber?) -> JSONValue { value.map { .string($0.description) } ?? .null }
        func tests(_ evaluation: ThresholdEvaluation) -> JSONValue {
            .object([
                ("passes", .bool(evaluation.passes)),
                (
                    "usd",
                    .object([
                        ("enabled", .bool(evaluation.usd.enabled)), ("figure_usd", money(evaluation.usd.figure)),
                        ("limit_usd", money(evaluation.usd.limit)), ("comparison", .string(evaluation.usd.comparison.rawValue)),
                        ("margin_usd", money(evaluation.usd.margin)), ("passes", .bool(evaluation.usd.passes)),
                    ])
                ),
                (
                    "share",
                    .object([
                        ("enabled", .bool(evaluation.share.enabled)), ("exports_mxn", money(evaluation.share.numerator)),
                        ("invoicing_mxn", money(evaluation.share.denominator)), ("share_percent", optional(evaluation.share.percent)),
                        ("minimum_percent", .string(evaluation.share.minimumPercent.description)),
                        ("comparison", .string(evaluation.share.comparison.rawValue)), ("margin_mxn", money(evaluation.share.margin)),
                        ("passes", .bool(evaluation.share.passes)),
                    ])
                ),
            ])
        }
        let calendar = assessment.calendar
        let imports: JSONValue
        if let (control, estimates) = temporaryImports {
            imports = .object([
                ("as_of", .string(control.asOf.description)),
                ("balances", .string(control.hasInventoryControl ? "inventory-control" : "gross-upper-bound")),
                ("lines", .integer(control.lines.count)),
                (
                    "by_bucket",
                    .array(
                        control.byBucket.map {
                            .object([("bucket", .string($0.bucket.rawValue)), ("lines", .integer($0.lines)), ("value_left_mxn", money($0.valueLeft))])
                        })
                ),
                (
                    "estimate",
                    .object([
                        ("label", .string("estimate")),
                        ("lines_estimated", .integer(estimates.filter { (try? $0.result.get()) != nil }.count)),
                        ("lines_not_estimated", .integer(estimates.filter { (try? $0.result.get()) == nil }.count)),
                        ("total_mxn", money(estimates.compactMap { try? $0.result.get() }.sum(\.total))),
                    ])
                ),
            ])
        } else {
            imports = .null
        }
        return .object([
            ("schema", .string("immex-dry-run/1")),
            ("fiscal_year", .integer(figures.year.value)),
            ("as_of", .string(assessment.asOf.description)),
            ("days_elapsed", .integer(assessment.daysElapsed)),
            ("days_in_year", .integer(assessment.daysInYear)),
            ("company", .object([("rfc", .string(figures.company.rfc.value)), ("legal_name", .string(figures.company.legalName))])),
            ("left_out_after_as_of", .object([("invoices", .integer(leftOutInvoices)), ("pedimentos", .integer(leftOutPedimentos))])),
            (
                "year_to_date",
                .object([
                    ("sales_mxn", money(figures.sales.net)),
                    (
                        "exports",
                        .object([
                            ("direct_mxn", money(exports.direct.mxn)), ("direct_usd", money(exports.direct.usd)),
                            ("indirect_mxn", money(exports.indirect.mxn)), ("indirect_usd", money(exports.indirect.usd)),
                            ("total_mxn", money(exports.total.mxn)), ("total_usd", money(exports.total.usd)),
                        ])
                    ),
                    ("tests", tests(figures.thresholds)),
                ])
            ),
            (
                "projections",
                .array(
                    assessment.projections.map { projection in
                        .object([
                            ("method", .string(projection.method.rawValue)), ("sales_mxn", money(projection.sales)),
                            ("exports_mxn", money(projection.exportsMXN)), ("exports_usd", money(projection.exportsUSD)),
                            ("tests", tests(projection.thresholds)),
                        ])
                    })
            ),
            (
                "gap",
                .object([
                    ("usd_needed", money(assessment.gap.usdNeeded)),
                    ("mxn_needed_for_share", money(assessment.gap.mxnNeededForShare)),
                    ("share_of_remaining_sales_percent", optional(assessment.gap.shareOfRemainingSales)),
                ])
            ),
            ("on_track", .bool(assessment.onTrack)),
            (
                "calendar",
                .object([
                    ("today", .string(today.description)), ("deadline", .string(calendar.deadline.description)),
                    ("days_left", .integer(daysLeft)), ("late_window_end", .string(calendar.lateWindowEnd.description)),
                    ("cancelled_from", .string(cancellationDate.description)), ("filed", .bool(filed)),
                ])
            ),
            ("temporary_imports", imports),
            (
                "findings",
                .object([
                    ("errors", .integer(findings.count(of: .error))), ("warnings", .integer(findings.count(of: .warning))),
                    ("notes", .integer(findings.count(of: .note))),
                    (
                        "items",
                        .array(
                            findings.sorted().map { finding in
                                .object([
                                    ("severity", .string(finding.severity.rawValue)), ("code", .string(finding.code.rawValue)),
                                    ("message", .string(finding.message)),
                                    ("file", finding.location.map { .string($0.file) } ?? .null),
                                    ("line", finding.location?.line.map { .integer($0) } ?? .null),
                                    ("column", finding.location?.column.map { .integer($0) } ?? .null),
                                    ("hint", finding.hint.map { .string($0) } ?? .null),
                                ])
                            })
                    ),
                ])
            ),
        ])
    }
}
