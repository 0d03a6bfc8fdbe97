/// One fiscal year's regulation, as settings (`fiscal-years/<year>/rules.toml`).
///
/// Nothing here is a constant in code: the thresholds were waived for fiscal year 2020 (the COVID
/// year, reported in 2021), and the sources are silent
/// on several choices this project makes (domain.md, "[ours]"). Every value is printed in the
/// report, so an auditor sees which rules produced the figures.
public struct Rules: Sendable, Hashable {
    public var usdTest: USDTest
    public var shareTest: ShareTest
    public var keys: KeyClassification
    public var usdConversion: USDConversion
    public var rounding: RoundingRule
    public var report: ReportSettings
    /// Non-working days besides weekends, for the filing calendar (`[calendar] holidays`).
    public var holidays: Set<CalendarDate> = []
    /// How closely invoices and pedimentos must agree (`[reconciliation]`).
    public var reconciliation = ReconciliationRules()
    /// The terms of temporary imports and when they are reported (`[temporary_imports]`).
    public var temporaryImports = TemporaryImportRules()
    /// Which extract the export figures come from when both are present (`[exports] source`).
    public var exportSource: ExportPedimento.Origin = .dataStage
    /// Which extract total sales come from (`[sales] source`): `sales.csv` unless set to the CFDI.
    public var salesSource = SalesSource.salesCSV
    /// Whether a return abroad of fixed assets (an export pedimento with 507 `ClaveCaso` AF: RT of
    /// machinery) counts as an export (`[exports] count_fixed_asset_returns`). Not by default: art.
    /// 24 fr. VI measures sales abroad, and a returned machine is not one; it is listed instead.
    public var countsFixedAssetReturns = false
    /// Where the key classes' defaults come from (`templates/pedimento-keys.toml`), for the report.
    public var keyCatalogue = ""
    /// How much of one input the tool reads (`[limits]`): not regulation, a guard against hostile
    /// or damaged files.
    public var limits = InputLimits()

    public init(
        usdTest: USDTest = .init(), shareTest: ShareTest = .init(), keys: KeyClassification = KeyClassification(export: [:]),
        usdConversion: USDConversion = .declared, rounding: RoundingRule = .halfAwayFromZero,
        report: ReportSettings = .init()
    ) {
        self.usdTest = usdTest
        self.shareTest = shareTest
        self.keys = keys
        self.usdConversion = usdConversion
        self.rounding = rounding
        self.report = report
    }
}

/// How a figure is compared with its limit.
public enum Comparison: String, Sendable, Hashable, CaseIterable {
    /// Strictly greater: "superior a".
    case greaterThan = "greater-than"
    /// Greater or equal: "cuando menos".
    case atLeast = "at-least"

    public func holds<T: Comparable>(_ figure: T, against limit: T) -> Bool {
        switch self {
        case .greaterThan: figure > limit
        case .atLeast: figure >= limit
        }
    }

    public var symbol: String { self == .greaterThan ? ">" : "≥" }
}

/// Exports abroad above a dollar amount (Decreto IMMEX art. 24 fr. VI).
public struct USDTest: Sendable, Hashable {
    public var enabled: Bool
    public var limit: Money<USD>
    public var comparison: Comparison
    public var legalBasis: String

    public init(
        enabled: Bool = true, limit: Money<USD> = Money(centavos: 500_000_00), comparison: Comparison = .greaterThan,
        legalBasis: String = "Decreto IMMEX art. 24 fr. VI: ventas al exterior superiores a 500,000 dólares"
    ) {
        self.enabled = enabled
        self.limit = limit
        self.comparison = comparison
        self.legalBasis = legalBasis
    }
}

/// Exports as a share of total invoicing (Decreto IMMEX art. 24 fr. VI).
public struct ShareTest: Sendable, Hashable {
    public var enabled: Bool
    /// Percent, e.g. 10 or 10.5.
    public var minimumPercent: DecimalNumber
    public var comparison: Comparison
    public var basis: ShareBasis
    public var legalBasis: String

    public init(
        enabled: Bool = true, minimumPercent: DecimalNumber = DecimalNumber(mantissa: 10, scale: 0),
        comparison: Comparison = .atLeast, basis: ShareBasis = .asReported,
        legalBasis: String = "Decreto IMMEX art. 24 fr. VI: exportaciones de cuando menos el 10% de su facturación total"
    ) {
        self.enabled = enabled
        self.minimumPercent = minimumPercent
        self.comparison = comparison
        self.basis = basis
        self.legalBasis = legalBasis
    }
}

/// On which basis numerator and denominator of the share test stand for a company that works on
/// consignment. The sources do not settle it (domain.md §3); both keep the two on the same basis.
public enum ShareBasis: String, Sendable, Hashable, CaseIterable {
    /// Exports as reported (value added for consignment) over total invoicing, which for a
    /// consignment company is its invoicing of the value it adds.
    case asReported = "as-reported"
    /// Exports at commercial value over total invoicing grossed up by the goods' value that is not
    /// the company's (commercial value − value added of the exports).
    case commercialValue = "commercial-value"
}

/// Which exchange rate turns the export figure into dollars. No source states it (domain.md §3).
public enum USDConversion: Sendable, Hashable {
    /// Each pedimento's own declared USD value (`value_usd`).
    case declared
    /// Each pedimento's peso value divided by its own exchange rate.
    case pedimentoRate
    /// The peso total of each pedimento divided by one annual average rate, set in `rules.toml`.
    case annualAverage(ExchangeRate)

    public var name: String {
        switch self {
        case .declared: "declared"
        case .pedimentoRate: "pedimento-rate"
        case .annualAverage: "annual-average"
        }
    }

    public var explanation: String {
        switch self {
        case .declared: "each pedimento's own declared USD value"
        case .pedimentoRate: "each pedimento's MXN value divided by its own exchange rate"
        case .annualAverage(let rate): "each pedimento's MXN value divided by the annual average rate \(rate)"
        }
    }
}

/// Which report template and schema render and check the XML, relative to `templates/`.
public struct ReportSettings: Sendable, Hashable {
    public var template: String
    public var schema: String

    public init(template: String = "annual-report.xml.mustache", schema: String = "annual-report.xsd") {
        self.template = template
        self.schema = schema
    }
}

/// How much of one input the tool reads, so that a hostile or damaged file costs bounded memory and
/// time (`rules.toml` `[limits]`). The defaults are well above what real extracts hold.
public struct InputLimits: Sendable, Hashable {
    /// The largest member of a ZIP read, uncompressed: real Data Stage tables are tens of megabytes.
    public var zipMemberBytes: UInt64 = 256 << 20
    /// The most a ZIP member may expand over its compressed size (real tables: under 20 times).
    public var zipExpansionRatio: UInt64 = 200
    /// How deep ZIPs may nest in ZIPs (a request inside a download inside a folder's ZIP).
    public var zipNesting = 3
    /// The most findings of one code listed for one file; the rest are counted in one note.
    public var findingsPerCode = FindingLimiter.defaultPerCode
    /// The most rows of a working paper the workbook lists (every row is always in the paper's
    /// CSV): libxlsxwriter writes about 20,000 rows of the exports paper a second, and a sheet of
    /// a million rows is more than Excel handles well; 100,000 covers the pedimentos and invoices
    /// of nearly every company.
    public var workbookRows = 100_000
    /// The largest extract read through an import profile, which is rewritten in memory (about
    /// twice its size): ERP exports are megabytes; the canonical form streams a file of any size.
    public var profiledFileBytes = 1 << 30

    public init() {}
}

/// Tolerances for reconciling invoices with pedimentos. Sources set none; these are ours, and
/// settings (domain.md, "[ours]").
public struct ReconciliationRules: Sendable, Hashable {
    /// Largest accepted difference between a pedimento's USD value and its invoices' TotalUSD.
    public var usdTolerance: Money<USD> = Money(centavos: 1_00)
    /// Largest accepted difference between peso values (invoice against pedimento; a pedimento's
    /// MXN against USD × its rate). Pedimentos state whole pesos, so a peso or two is rounding.
    public var mxnTolerance: Money<MXN> = Money(centavos: 2_00)
    /// Invoices and pedimentos convert at their own dates' rates, so their pesos differ by the
    /// rate's movement: this share of the pedimento's value is accepted on top of `mxnTolerance`.
    public var mxnTolerancePercent: DecimalNumber = DecimalNumber(mantissa: 2, scale: 0)
    /// Largest accepted number of days between an invoice's date and its pedimento's payment.
    public var maxDaysApart: Int = 10

    public init() {}
}
