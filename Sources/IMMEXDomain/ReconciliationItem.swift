/// One disagreement between invoices and pedimentos, with both sides cited and the amounts.
public struct ReconciliationItem: Sendable, Hashable {
    /// One record on either side: its identifier and where it is.
    public struct Side: Sendable, Hashable {
        public var id: String
        public var location: SourceLocation
    }

    public var code: FindingCode
    public var message: String
    public var hint: String
    public var invoice: Side?
    public var pedimento: Side?
    /// The amounts compared, as decimals, and their currency.
    public var invoiceAmount: String?
    public var pedimentoAmount: String?
    public var difference: String?
    public var currency: String?

    /// The same, as a finding: placed at the pedimento (or the invoice), the other side related.
    public var finding: Finding {
        Finding(
            code, message, at: pedimento?.location ?? invoice?.location, hint: hint,
            related: pedimento == nil ? nil : invoice?.location)
    }
}
