/// One export-side pedimento, as read from `exports.csv` or the SAT's Data Stage, with the row it
/// came from.
public struct ExportPedimento: Sendable, Hashable {
    /// Which extract a pedimento comes from.
    public enum Origin: String, Sendable, Hashable {
        /// The company's ERP extract; rectifications are rows with key R1.
        case exportsCSV = "exports.csv"
        /// The SAT's Data Stage; a rectification is a new pedimento carrying the effective key,
        /// linked to the one it rectifies by table 701.
        case dataStage = "datastage"
    }

    public var origin: Origin = .exportsCSV
    public var number: PedimentoNumber
    public var customsSection: CustomsSection
    public var key: PedimentoKey
    public var paidOn: CalendarDate
    /// The pedimento's own rate, 5 decimals (Anexo 22).
    public var exchangeRate: ExchangeRate
    public var valueUSD: Money<USD>
    public var commercialValueMXN: Money<MXN>
    public var valueAddedMXN: Money<MXN>?
    public var destinationCountry: CountryCode?
    public var invoiceUUID: InvoiceUUID?
    /// For a rectification (R1): the pedimento whose values it replaces.
    public var rectifies: PedimentoNumber?
    /// For a return (K1): the export pedimento whose goods came back.
    public var returns: PedimentoNumber?
    public var location: SourceLocation

    public init(
        number: PedimentoNumber, customsSection: CustomsSection, key: PedimentoKey, paidOn: CalendarDate,
        exchangeRate: ExchangeRate, valueUSD: Money<USD>, commercialValueMXN: Money<MXN>, valueAddedMXN: Money<MXN>?,
        destinationCountry: CountryCode?, invoiceUUID: InvoiceUUID?, rectifies: PedimentoNumber?, returns: PedimentoNumber? = nil,
        location: SourceLocation
    ) {
        self.number = number
        self.customsSection = customsSection
        self.key = key
        self.paidOn = paidOn
        self.exchangeRate = exchangeRate
        self.valueUSD = valueUSD
        self.commercialValueMXN = commercialValueMXN
        self.valueAddedMXN = valueAddedMXN
        self.destinationCountry = destinationCountry
        self.invoiceUUID = invoiceUUID
        self.rectifies = rectifies
        self.returns = returns
        self.location = location
    }
}

/// A pedimento as it counts after rectifications: the original's key, date and identity with the
/// values of the latest rectification in its chain.
public struct EffectivePedimento: Sendable, Hashable {
    /// The pedimento as first filed.
    public var original: ExportPedimento
    public var keyClass: KeyClass
    /// The R1 rows that replaced the original's values, oldest first.
    public var rectifications: [ExportPedimento]

    /// The row whose values count: the original, or the last R1 of its chain. (Derived, not
    /// stored: a year holds a million of these, and most have no rectification.)
    public var current: ExportPedimento { rectifications.last ?? original }

    public init(original: ExportPedimento, keyClass: KeyClass, rectifications: [ExportPedimento]) {
        self.original = original
        self.keyClass = keyClass
        self.rectifications = rectifications
    }
}
