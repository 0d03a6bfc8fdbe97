/// The bulk download's metadata file as the SAT writes it (formats.md, "Descarga masiva"): a header
/// naming twelve fields, `~` between fields, no quoting, each record ended by CR LF.
public enum SATMetadata {
    public static let header =
        "Uuid~RfcEmisor~NombreEmisor~RfcReceptor~NombreReceptor~RfcPac~FechaEmision~FechaCertificacionSat~Monto~EfectoComprobante~Estatus~FechaCancelacion"

    /// The header and `rows`, each record ended by CR LF.
    public static func text(_ rows: [String]) -> String {
        ([header] + rows).joined(separator: "\r\n") + "\r\n"
    }
}
