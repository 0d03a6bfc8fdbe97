/// The checks of reconciliation (domain.md §1, §5, §8), each as the authorities would put it.
/// `IMMEXEngine`'s `Reconciler` finds which invoices and pedimentos belong together (a group: the
/// invoices of one export and the pedimentos it left under) and asks these questions of each group;
/// amounts are in centavos.

extension SalesInvoice {
    /// Whether reconciliation looks at the invoice: a sale that claims an export, names a
    /// pedimento, or is billed to a customer abroad. Others are domestic sales and stay out of it.
    public var isExportRelevant: Bool {
        type == .income && (exportCode != .notApplicable || !pedimentos.isEmpty || customerRFC.isGenericForeign)
    }
}

extension PedimentoKey {
    /// The key of a definitive export (Anexo 22 apéndice 2), the only key that goes with export
    /// code 02 on a CFDI.
    public static let definitiveExport = PedimentoKey("A1")!
}

extension ReconciliationRules {
    /// Whether the invoices' TotalUSD (`invoiced`) and the USD value their pedimentos declare
    /// differ by more than `usdTolerance`. Compared only when every invoice of the group states
    /// its TotalUSD.
    public func dollarsDisagree(invoiced: Int128, declared: Int128) -> Bool {
        (invoiced - declared).magnitude > UInt128(usdTolerance.centavos)
    }

    /// Whether the invoices' pesos (each at its own rate) and the pesos their `pedimentos`
    /// declare differ by more than the group's tolerance: `mxnTolerance` for each pedimento
    /// (each states whole pesos), plus `mxnTolerancePercent` of what they declare (the two sides
    /// convert at their own dates' rates).
    public func pesosDisagree(invoiced: Int128, declared: Int128, pedimentos: Int) -> Bool {
        let percentOfDeclared = declared.magnitudeAsInt128 * Int128(mxnTolerancePercent.mantissa) / (100 * Int128.power10(mxnTolerancePercent.scale))
        let tolerance = Int128(mxnTolerance.centavos) * Int128(max(1, pedimentos)) + percentOfDeclared
        return (invoiced - declared).magnitude > UInt128(tolerance)
    }

    /// The days between an invoice's date and its pedimento's payment (each as days since 1970,
    /// `CalendarDate.daysSince1970`, worked out once for a group), when more than `maxDaysApart`;
    /// nil when they are close enough.
    public func daysTooFarApart(paidOnDay: Int, issuedOnDay: Int) -> Int? {
        let apart = abs(paidOnDay - issuedOnDay)
        return apart > maxDaysApart ? apart : nil
    }
}

extension Int128 {
    package var magnitudeAsInt128: Int128 { self < 0 ? -self : self }
}
