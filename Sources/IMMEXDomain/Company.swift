/// The IMMEX program holder the report is for (`fiscal-years/<year>/company.toml`).
public struct Company: Sendable, Hashable {
    public var rfc: RFC
    public var legalName: String
    /// The IMMEX program number the Secretaría de Economía assigned.
    public var programNumber: String
    public var modality: Modality
    /// Whether the company works on consignment (does not own the inputs): exports then count at
    /// value added (domain.md §2).
    public var consignment: Bool

    public init(rfc: RFC, legalName: String, programNumber: String, modality: Modality, consignment: Bool) {
        self.rfc = rfc
        self.legalName = legalName
        self.programNumber = programNumber
        self.modality = modality
        self.consignment = consignment
    }
}

/// IMMEX program modalities (Decreto IMMEX art. 3).
public enum Modality: String, Sendable, Hashable, CaseIterable {
    case industrial
    case servicios
    case albergue
    case controladora
    case terciarizacion
}
