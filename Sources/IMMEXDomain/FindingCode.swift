/// Stable codes of findings. The text of each is in `docs/findings.md`; a code never changes meaning.
public enum FindingCode: String, Sendable, Hashable, CaseIterable, Comparable {
    // MARK: Files and settings
    case missingFile = "missing-file"
    case unreadableFile = "unreadable-file"
    case invalidSettings = "invalid-settings"
    case templateError = "template-error"

    // MARK: CSV structure
    case malformedCSV = "malformed-csv"
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

    // MARK: Dry runs
    case notFiled = "not-filed"
    case leftOutAfterAsOf = "left-out-after-as-of"
    case priorYearUnusable = "prior-year-unusable"

    /// The severity a finding of this code has unless a stage says otherwise.
    public var severity: Severity {
        switch self {
        case .customsSectionMismatch, .rectificationTargetMissing, .reviewKey,
            .rectifiesWithoutRectificationKey, .noSales, .priorYearUnusable:
            .warning
        case .nonSalesCFDI, .leftOutAfterAsOf:
            .note
        default:
            .error
        }
    }

    public static func < (lhs: FindingCode, rhs: FindingCode) -> Bool { lhs.rawValue < rhs.rawValue }
}
