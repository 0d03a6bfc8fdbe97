/// `TipoDeComprobante` of a CFDI (Anexo 20, c_TipoDeComprobante).
public enum CFDIType: String, Sendable, Hashable, CaseIterable {
    /// Ingreso: a sale.
    case income = "I"
    /// Egreso: a credit note, which subtracts from sales.
    case credit = "E"
    /// Traslado, nómina, pago: not sales; counted and left out.
    case transfer = "T"
    case payroll = "N"
    case payment = "P"

    @inlinable @inline(__always) public var countsAsSales: Bool { self == .income || self == .credit }
}

/// Whether the SAT holds the CFDI as valid (vigente) or cancelled.
public enum InvoiceStatus: String, Sendable, Hashable {
    case active
    case cancelled

    /// Accepts `active`/`cancelled` and the SAT's Spanish `vigente`/`cancelado`, in any case.
    public init?(text: some StringProtocol) {
        switch text.lowercased() {
        case "", "active", "vigente": self = .active
        case "cancelled", "canceled", "cancelado", "cancelada": self = .cancelled
        default: return nil
        }
    }
}

/// `Exportacion` of a CFDI 4.0 (c_Exportacion).
public enum ExportCode: String, Sendable, Hashable, CaseIterable {
    /// 01: not an export.
    case notApplicable = "01"
    /// 02: definitive export with key A1 (carries Comercio Exterior).
    case definitiveA1 = "02"
    /// 03: temporary export.
    case temporary = "03"
    /// 04: definitive export with a key other than A1, or without a sale.
    case definitiveOther = "04"
}
