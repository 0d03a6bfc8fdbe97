import IMMEXDomain

/// What `company.toml` holds: the program holder, and how its ERP names the CSV columns.
public struct CompanySettings: Sendable {
    public var company: Company
    /// File (`sales`, `exports`) → canonical column → the header the ERP writes.
    public var columnAliases: [String: [String: String]]
    /// The e.firma's certificate and key paths (`[signing]`), relative to the year's folder or
    /// absolute. The key itself never enters the evidence.
    public var certificatePath: String?
    public var keyPath: String?
    /// The summary page's language (`es` or `en`), when company.toml sets one.
    public var language: String?
    /// File (`sales`, `exports`) → how the ERP writes it (`[import.<file>]`); canonical when absent.
    public var importProfiles: [String: ImportProfile] = [:]

    static let aliasTables = ["sales", "exports", "balances"]
    /// Each CSV a company's ERP writes, with its columns: the tables of `[columns.*]` and `[import.*]`.
    static var extracts: [(name: String, columns: [ColumnSpec])] {
        [("sales", SalesReader.columns), ("exports", ExportsReader.columns), ("balances", BalancesReader.columns)]
    }

    /// Reads and checks `company.toml`; every problem is a finding.
    static func load(_ file: InputFile, findings: inout [Finding]) -> CompanySettings? {
        let document: SettingsDocument
        do { document = try SettingsDocument(file) } catch {
            findings.append(error.finding)
            return nil
        }
        var top = SettingsReader(document, table: "")
        top.rejectUnknownKeys(["rfc", "legal_name", "program_number", "modality", "consignment", "language"], subtables: ["columns", "import", "signing"])
        let rfcText = top.string("rfc", required: true)
        let rfc = rfcText.flatMap { RFC($0) }
        if let rfcText, rfc == nil {
            top.fail("rfc", "RFC '\(rfcText)' is not valid", hint: "a company's RFC has 12 characters, like ABC010101AB1")
        }
        let legalName = top.string("legal_name", required: true)
        let program = top.string("program_number", required: true)
        let modality = top.choice("modality", Modality.self)
        if top.values["modality"] == nil {
            top.fail(nil, "setting 'modality' is missing", hint: "choose one of: \(Modality.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let consignment = top.bool("consignment", default: false)
        let language = top.string("language")
        if let language, !["es", "en"].contains(language) {
            top.fail("language", "language '\(language)' is not offered", hint: "write \"es\" (español) or \"en\" (English)")
        }
        findings.append(contentsOf: top.findings)

        var columns = SettingsReader(document, table: "columns")
        columns.rejectUnknownKeys([], subtables: aliasTables)
        findings.append(contentsOf: columns.findings)
        var aliases: [String: [String: String]] = [:]
        for (name, specs) in Self.extracts {
            var table = SettingsReader(document, table: "columns.\(name)")
            table.rejectUnknownKeys(specs.map(\.name))
            aliases[name] = table.stringMap()
            findings.append(contentsOf: table.findings)
        }
        var imports = SettingsReader(document, table: "import")
        imports.rejectUnknownKeys([], subtables: aliasTables)
        findings.append(contentsOf: imports.findings)
        var profiles: [String: ImportProfile] = [:]
        for (name, specs) in Self.extracts {
            profiles[name] = ImportProfile.read(document, file: name, columns: specs, findings: &findings)
        }
        var signing = SettingsReader(document, table: "signing")
        signing.rejectUnknownKeys(["certificate", "key"])
        let certificate = signing.string("certificate")
        let key = signing.string("key")
        findings.append(contentsOf: signing.findings)
        guard let rfc, let legalName, let program, let modality else { return nil }
        var settings = CompanySettings(
            company: Company(rfc: rfc, legalName: legalName, programNumber: program, modality: modality, consignment: consignment),
            columnAliases: aliases, certificatePath: certificate, keyPath: key, language: language)
        settings.importProfiles = profiles
        return settings
    }
}
