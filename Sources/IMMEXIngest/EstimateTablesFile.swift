import IMMEXDomain

/// Reads the tables an omitted-tax estimate needs, which ship beside the report's templates and
/// a user extends: `templates/inpc.toml` (the INPC by month) and `templates/surcharge-rates.toml`
/// (CFF art. 21's monthly rate by year). Each names its version and source.
public enum EstimateTablesFile {
    public static let inpcPath = "templates/inpc.toml"
    public static let surchargePath = "templates/surcharge-rates.toml"

    /// The INPC table; nil with its findings when the file is not sound.
    public static func inpc(_ file: InputFile, findings: inout [Finding]) -> INPCTable? {
        let values = table(file, named: "index", findings: &findings) { name -> YearMonth? in
            let parts = name.split(separator: "-")
            guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
            return YearMonth(year: year, month: month)
        }
        return values.map(INPCTable.init)
    }

    /// The surcharge rates; nil with its findings when the file is not sound.
    public static func surcharges(_ file: InputFile, findings: inout [Finding]) -> SurchargeRates? {
        let values = table(file, named: "monthly_percent", findings: &findings) { name -> Int? in
            name.count == 4 ? Int(name) : nil
        }
        return values.map(SurchargeRates.init)
    }

    /// `[name]`: keys read by `key`, values positive decimals given as strings.
    private static func table<Key: Hashable>(
        _ file: InputFile, named name: String, findings: inout [Finding], key: (String) -> Key?
    ) -> [Key: DecimalNumber]? {
        let document: SettingsDocument
        do { document = try SettingsDocument(file) } catch {
            findings.append(error.finding)
            return nil
        }
        var top = SettingsReader(document, table: "")
        top.rejectUnknownKeys(["version", "source"], subtables: [name])
        _ = top.string("version", required: true)
        _ = top.string("source", required: true)
        var reader = SettingsReader(document, table: name)
        var values: [Key: DecimalNumber] = [:]
        for entry in reader.values.keys.sorted() {
            guard let parsed = key(entry) else {
                reader.fail(entry, "'\(entry)' in [\(name)] of \(file.displayPath) is not the period it should name", hint: "write it like the others")
                continue
            }
            guard let value = reader.decimal(entry, scale: 6), !value.isNegative, !value.isZero else {
                reader.fail(entry, "[\(name)] \(entry) of \(file.displayPath) is not a positive number", hint: "write it as a string, like \"128.363\"")
                continue
            }
            values[parsed] = value
        }
        let problems = top.findings + reader.findings
        findings += problems
        return problems.hasErrors ? nil : values
    }
}
