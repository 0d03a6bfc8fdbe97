/// One disagreement between invoices and pedimentos, with both sides cited and the amounts.
public struct ReconciliationItem: Sendable, Hashable {
    /// One record on either side: its identifier and where it is.
    public struct Side: Sendable, Hashable {
        public var id: String
        public var location: SourceLocation

        public init(id: String, location: SourceLocation) {
            self.id = id
            self.location = location
        }
    }

    public var code: FindingCode
    /// What differs and what to do, as phrases (said in the run's language); `message` and `hint`
    /// are their English text.
    public var messagePhrase: Phrase
    public var hintPhrase: Phrase
    public var message: String { messagePhrase.description }
    public var hint: String { hintPhrase.description }
    public var invoice: Side?
    public var pedimento: Side?
    /// The amounts compared, as decimals, and their currency.
    public var invoiceAmount: String?
    public var pedimentoAmount: String?
    public var difference: String?
    public var currency: String?
    /// The CFDI as the SAT holds it, for the differences between the CFDI and `sales.csv`.
    public var cfdi: Side?

    public init(
        code: FindingCode, message: Phrase, hint: Phrase, invoice: Side? = nil, pedimento: Side? = nil, invoiceAmount: String? = nil,
        pedimentoAmount: String? = nil, difference: String? = nil, currency: String? = nil, cfdi: Side? = nil
    ) {
        self.cfdi = cfdi
        self.code = code
        messagePhrase = message
        hintPhrase = hint
        self.invoice = invoice
        self.pedimento = pedimento
        self.invoiceAmount = invoiceAmount
        self.pedimentoAmount = pedimentoAmount
        self.difference = difference
        self.currency = currency
    }

    /// The same, as a finding: placed at the pedimento or the CFDI (or the invoice), the other side related.
    public var finding: Finding {
        let other = pedimento ?? cfdi
        return Finding(code, messagePhrase, at: other?.location ?? invoice?.location, hint: hintPhrase, related: other == nil ? nil : invoice?.location)
    }
}
