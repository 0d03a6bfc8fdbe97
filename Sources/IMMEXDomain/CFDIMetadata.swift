/// One row of the bulk download's metadata (descarga masiva, formats.md): a CFDI as the SAT lists
/// it, with its status and cancellation date, which override what its XML alone says.
public struct CFDIMetadata: Sendable, Hashable {
    public var uuid: InvoiceUUID
    public var issuerRFC: RFC
    public var receiverRFC: RFC
    public var issuedOn: CalendarDate
    public var amount: DecimalNumber
    /// `EfectoComprobante`: I, E, T, N or P.
    public var type: CFDIType
    /// `Estatus` 1 (in force) or 0 (cancelled).
    public var isActive: Bool
    public var cancelledOn: CalendarDate?
    public var location: SourceLocation

    public init(
        uuid: InvoiceUUID, issuerRFC: RFC, receiverRFC: RFC, issuedOn: CalendarDate, amount: DecimalNumber, type: CFDIType, isActive: Bool,
        cancelledOn: CalendarDate?, location: SourceLocation
    ) {
        self.uuid = uuid
        self.issuerRFC = issuerRFC
        self.receiverRFC = receiverRFC
        self.issuedOn = issuedOn
        self.amount = amount
        self.type = type
        self.isActive = isActive
        self.cancelledOn = cancelledOn
        self.location = location
    }
}
