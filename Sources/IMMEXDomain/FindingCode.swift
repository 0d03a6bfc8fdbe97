/// Stable codes of findings. The text of each is in `docs/findings.md`; a code never changes meaning.
public enum FindingCode: String, Sendable, Hashable, CaseIterable, Comparable {
    // MARK: Files and settings
    case missingFile = "missing-file"
    case unreadableFile = "unreadable-file"
    case invalidSettings = "invalid-settings"
    case templateError = "template-error"

    // MARK: CSV structure
    case malformedCSV = "malformed-csv"
    /// A byte that is not UTF-8: the file was saved in another encoding.
    case invalidUTF8 = "invalid-utf8"
    /// A byte with no character in the encoding `company.toml` names for the file.
    case undecodableByte = "undecodable-byte"
    /// A header that is not a column's name but close to one the file may have: that column is not read.
    case similarColumn = "similar-column"
    case missingColumn = "missing-column"
    case duplicateColumn = "duplicate-column"
    case wrongFieldCount = "wrong-field-count"

    // MARK: Field values
    case missingValue = "missing-value"
    case malformedAmount = "malformed-amount"
    case malformedRate = "malformed-rate"
    case malformedDate = "malformed-date"
    case malformedRFC = "malformed-rfc"
    case malformedUUID = "malformed-uuid"
    case malformedPedimento = "malformed-pedimento"
    case malformedCode = "malformed-code"
    case unknownCode = "unknown-code"
    case unknownKey = "unknown-key"
    case negativeAmount = "negative-amount"
    case missingExchangeRate = "missing-exchange-rate"
    case discountExceedsSubtotal = "discount-exceeds-subtotal"
    case dateOutsideYear = "date-outside-year"

    // MARK: Records
    case duplicateUUID = "duplicate-uuid"
    case duplicatePedimento = "duplicate-pedimento"
    case rectificationTargetMissing = "rectification-target-missing"
    case rectificationConflict = "rectification-conflict"
    case rectifiesWithoutRectificationKey = "rectifies-without-r1"
    case customsSectionMismatch = "customs-section-mismatch"
    case reviewKey = "review-key"
    case nonSalesCFDI = "non-sales-cfdi"
    case noSales = "no-sales"

    // MARK: Reconciliation (all warnings: they are for review, and do not stop a filing)
    case unmatchedExportPedimento = "unmatched-export-pedimento"
    case unmatchedExportInvoice = "unmatched-export-invoice"
    case unknownInvoice = "unknown-invoice"
    case unknownPedimento = "unknown-pedimento"
    case usdAmountMismatch = "usd-amount-mismatch"
    case mxnAmountMismatch = "mxn-amount-mismatch"
    case pedimentoRateMismatch = "pedimento-rate-mismatch"
    case dateMismatch = "date-mismatch"
    case exportCodeKeyMismatch = "export-code-key-mismatch"
    case foreignCustomerNotExport = "foreign-customer-not-export"
    case domesticCustomerExport = "domestic-customer-export"
    case rectificationOtherYear = "rectification-other-year"
    case returnUnlinked = "return-unlinked"
    case returnTargetMissing = "return-target-missing"

    // MARK: Data Stage
    case dataStageUnreadable = "datastage-unreadable"
    case dataStageCoverage = "datastage-coverage"
    case dataStageDuplicate = "datastage-duplicate"
    case dataStageOutsideYear = "datastage-outside-year"
    case dataStageOnlyPedimento = "datastage-only-pedimento"
    case csvOnlyPedimento = "csv-only-pedimento"
    case dataStageValueDifference = "datastage-value-difference"

    // MARK: Temporary imports
    /// A temporary-import line past its term (Ley Aduanera art. 108).
    case temporaryImportExpired = "temporary-import-expired"
    /// A temporary-import line within `[temporary_imports] warning_days` of its term.
    case temporaryImportExpiring = "temporary-import-expiring"
    /// An inventory-control line that discharged more than it imported.
    case dischargeExceedsImport = "discharge-exceeds-import"
    /// An inventory-control line whose pedimento and line the Data Stage does not hold.
    case balanceUnknownPedimento = "balance-unknown-pedimento"

    // MARK: CFDI XML
    /// A CFDI that is not well-formed XML.
    case malformedXML = "malformed-xml"
    /// An XML file that is not a CFDI 4.0 or 3.3.
    case notACFDI = "not-a-cfdi"
    /// A CFDI that breaks a rule of its schema the tool relies on (a required attribute missing, a
    /// value of the wrong form).
    case malformedCFDI = "malformed-cfdi"
    /// A `cfdi/` folder, package or member that cannot be read (not a ZIP, unsafe, too large, empty).
    case cfdiUnreadable = "cfdi-unreadable"
    /// CFDI against sales.csv (reconciliation.csv).
    case cfdiOnlyInvoice = "cfdi-only-invoice"
    case csvOnlyInvoice = "csv-only-invoice"
    case cfdiAmountDifference = "cfdi-amount-difference"
    case cfdiCurrencyDifference = "cfdi-currency-difference"
    case cfdiExportCodeDifference = "cfdi-export-code-difference"
    case cfdiTypeDifference = "cfdi-type-difference"
    case cfdiStatusDifference = "cfdi-status-difference"
    case cfdiCancelledAfterYear = "cfdi-cancelled-after-year"
    /// The Comercio Exterior TotalUSD of the CFDI naming a pedimento against its USD value.
    case cfdiUSDDifference = "cfdi-usd-difference"
    /// A CFDI the Data Stage names for an export (505) that no package holds.
    case dataStageInvoiceWithoutCFDI = "datastage-invoice-without-cfdi"
    /// With sales from the CFDI: a CFDI without the SAT's stamp (a draft), or a sale in another
    /// currency without `TipoCambio` (its pesos unknown).
    case cfdiNotStamped = "cfdi-not-stamped"
    case cfdiNoExchangeRate = "cfdi-no-exchange-rate"
    /// With sales from the CFDI: a CFDI the SAT's metadata lists, in force and of the year, whose XML
    /// no package holds (its amount would be missing from total sales).
    case cfdiXMLMissing = "cfdi-xml-missing"
    /// The same CFDI in two packages (overlapping downloads): counted once.
    case cfdiDuplicate = "cfdi-duplicate"
    /// The same UUID in two packages with other figures: which copy is the SAT's cannot be told.
    case cfdiDuplicateDiffers = "cfdi-duplicate-differs"
    /// CFDI of the packages issued outside the fiscal year: left out.
    case cfdiOutsideYear = "cfdi-outside-year"

    // MARK: Dry runs
    case notFiled = "not-filed"
    case leftOutAfterAsOf = "left-out-after-as-of"
    case priorYearUnusable = "prior-year-unusable"
    /// More findings of one code in one file than `[limits] findings_per_code`: the rest counted.
    case findingsNotListed = "findings-not-listed"
    /// An explanation in explanations.toml that matches no finding, or tries to explain an error.
    case explanationUnmatched = "explanation-unmatched"

    /// The severity a finding of this code has unless a stage says otherwise.
    public var severity: Severity {
        switch self {
        case .customsSectionMismatch, .rectificationTargetMissing, .reviewKey,
            .rectifiesWithoutRectificationKey, .noSales, .priorYearUnusable, .invalidUTF8, .undecodableByte, .explanationUnmatched:
            .warning
        case .unmatchedExportPedimento, .unmatchedExportInvoice, .unknownInvoice, .unknownPedimento, .usdAmountMismatch,
            .mxnAmountMismatch, .pedimentoRateMismatch, .dateMismatch, .exportCodeKeyMismatch, .foreignCustomerNotExport,
            .domesticCustomerExport, .rectificationOtherYear, .returnUnlinked, .returnTargetMissing:
            .warning
        case .nonSalesCFDI, .leftOutAfterAsOf, .dataStageDuplicate, .dataStageOutsideYear, .findingsNotListed, .cfdiDuplicate, .cfdiOutsideYear:
            .note
        case .dataStageCoverage, .dataStageOnlyPedimento, .csvOnlyPedimento, .dataStageValueDifference:
            .warning
        case .temporaryImportExpired, .temporaryImportExpiring, .balanceUnknownPedimento:
            .warning
        case .cfdiOnlyInvoice, .csvOnlyInvoice, .cfdiAmountDifference, .cfdiCurrencyDifference, .cfdiExportCodeDifference, .cfdiTypeDifference,
            .cfdiStatusDifference, .cfdiCancelledAfterYear, .cfdiUSDDifference, .dataStageInvoiceWithoutCFDI:
            .warning
        default:
            .error
        }
    }

    /// The codes of the reconciliation of invoices with pedimentos.
    public var isReconciliation: Bool {
        switch self {
        case .unmatchedExportPedimento, .unmatchedExportInvoice, .unknownInvoice, .unknownPedimento, .usdAmountMismatch,
            .mxnAmountMismatch, .pedimentoRateMismatch, .dateMismatch, .exportCodeKeyMismatch, .foreignCustomerNotExport,
            .domesticCustomerExport, .rectificationOtherYear, .returnUnlinked, .returnTargetMissing, .rectificationTargetMissing,
            .rectificationConflict, .reviewKey, .dataStageOnlyPedimento, .csvOnlyPedimento, .dataStageValueDifference, .cfdiOnlyInvoice,
            .csvOnlyInvoice, .cfdiAmountDifference, .cfdiCurrencyDifference, .cfdiExportCodeDifference, .cfdiTypeDifference,
            .cfdiStatusDifference, .cfdiCancelledAfterYear, .cfdiUSDDifference, .dataStageInvoiceWithoutCFDI:
            true
        default:
            false
        }
    }

    public static func < (lhs: FindingCode, rhs: FindingCode) -> Bool { lhs.rawValue < rhs.rawValue }
}
