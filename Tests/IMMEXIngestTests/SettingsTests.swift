import Testing

@testable import IMMEXDomain
@testable import IMMEXIngest

@Suite("rules.toml and company.toml")
struct SettingsTests {
    func rules(_ text: String) throws -> (Rules?, [Finding]) {
        var findings: [Finding] = []
        let rules = RulesSettings.load(try input("rules.toml", text), catalogue: shippedCatalogue, findings: &findings)
        return (rules, findings)
    }

    func company(_ text: String) throws -> (CompanySettings?, [Finding]) {
        var findings: [Finding] = []
        let settings = CompanySettings.load(try input("company.toml", text), findings: &findings)
        return (settings, findings)
    }

    @Test("an empty rules file means the defaults of domain.md")
    func defaults() throws {
        let (loaded, findings) = try rules("")
        #expect(findings.isEmpty)
        var expected = Rules(keys: .shipped)
        expected.keyCatalogue = KeyCatalogueFile.path
        #expect(loaded == expected)
    }

    @Test("[keys] overrides the catalogue on the export side, [keys.import] on the import side; count_fixed_asset_returns is read")
    func keyOverrides() throws {
        let (loaded, findings) = try rules(
            """
            [keys]
            direct = ["BM"]
            [keys.import]
            excluded = ["K1"]
            temporary-import = ["A2"]
            [exports]
            count_fixed_asset_returns = true
            """)
        #expect(findings.isEmpty, "\(findings)")
        let value = try #require(loaded)
        #expect(value.keys.keyClass(of: PedimentoKey("BM")!) == .direct)
        #expect(value.keys.keyClass(of: PedimentoKey("BM")!, side: .import) == .excluded)
        #expect(value.keys.keyClass(of: PedimentoKey("K1")!, side: .import) == .excluded)
        #expect(value.keys.keyClass(of: PedimentoKey("K1")!) == .subtracting)
        #expect(value.keys.keyClass(of: PedimentoKey("A2")!, side: .import) == .temporaryImport)
        #expect(value.countsFixedAssetReturns)
        #expect(value.keyCatalogue == "templates/pedimento-keys.toml")
    }

    @Test("a bad override is located; without a readable catalogue there are no rules, and the rest of the file is still checked")
    func badOverrides() throws {
        let (loaded, findings) = try rules(
            """
            [keys.import]
            excluded = ["K1"]
            subtracting = ["K1"]
            pending = ["IN"]
            """)
        #expect(loaded == nil)
        #expect(places(findings) == ["2:1 invalid-settings", "4:1 invalid-settings"])
        var more: [Finding] = []
        let withoutCatalogue = RulesSettings.load(try input("rules.toml", "[usd_test]\nenabled = 3\n"), catalogue: nil, findings: &more)
        #expect(withoutCatalogue == nil)
        #expect(places(more) == ["2:1 invalid-settings"])
    }

    @Test(
        "a table name no TOML key may start with is a located error, not an abort inside TOMLKit (found by make fuzz)",
        arguments: [
            ("[; x]", 1, 2), ("[[ ;x]]", 1, 4), ("[usd_test]\nenabled = true\n[; these are ours (domain.md).", 3, 2), ("\t[ ?]", 1, 4),
            ("rfc = \"x\"\n[        # industrial", 2, 10), ("[]", 1, 2), ("[", 1, 2),
        ])
    func badTableName(text: String, line: Int, column: Int) throws {
        let (loaded, findings) = try rules(text)
        #expect(loaded == nil)
        #expect(places(findings) == ["\(line):\(column) invalid-settings"])
        #expect(findings.first?.message.contains("a table's name must start with") == true)
    }

    @Test("brackets inside values, strings and comments are not table headers")
    func notHeaders() throws {
        let (loaded, findings) = try rules(
            """
            [calendar]
            holidays = [
              "2026-01-01",
            ]
            [report]
            template = "[; not a header].mustache" # [; nor this]
            schema = \"\"\"
            [; nor a line of a multi-line string]
            \"\"\"
            """)
        #expect(loaded != nil, "\(findings)")
        #expect(!findings.contains { $0.message.contains("a table's name must start with") }, "\(findings)")
    }

    @Test("every setting is read")
    func values() throws {
        let (loaded, findings) = try rules(
            """
            [usd_test]
            enabled = false
            limit_usd = "750000.50"
            comparison = "at-least"
            [share_test]
            minimum_percent = "12.5"
            consignment_basis = "commercial-value"
            [keys]
            direct = ["A1"]
            indirect = ["V1"]
            excluded = ["RT"]
            [usd_conversion]
            method = "annual-average"
            annual_average_rate = "19.50000"
            [rounding]
            rule = "half-even"
            [report]
            template = "custom.xml.mustache"
            """)
        #expect(findings.isEmpty)
        let value = try #require(loaded)
        #expect(value.usdTest.enabled == false)
        #expect(value.usdTest.limit.centavos == 75_000_050)
        #expect(value.usdTest.comparison == .atLeast)
        #expect(value.shareTest.minimumPercent.description == "12.5")
        #expect(value.shareTest.basis == .commercialValue)
        #expect(value.keys.keyClass(of: PedimentoKey("RT")!) == .excluded)
        // A key rules.toml does not list keeps the catalogue's class; the import side is apart.
        #expect(value.keys.keyClass(of: PedimentoKey("K1")!) == .subtracting)
        #expect(value.keys.keyClass(of: PedimentoKey("RT")!, side: .import) == .excluded)
        #expect(value.keys.keyClass(of: PedimentoKey("IN")!, side: .import) == .temporaryImport)
        #expect(value.usdConversion.name == "annual-average")
        #expect(value.rounding == .halfEven)
        #expect(value.report.template == "custom.xml.mustache")
        #expect(value.report.schema == "annual-report.xsd")
    }

    @Test("a TOML syntax error is reported at TOMLKit's line and column")
    func syntax() throws {
        let (loaded, findings) = try rules("[usd_test]\nlimit_usd = \"500000.00\nenabled = true\n")
        #expect(loaded == nil)
        #expect(findings.count == 1)
        #expect(findings.first?.code == .invalidSettings)
        #expect(findings.first?.location?.line == 2)
        #expect(findings.first?.location?.column != nil)
    }

    @Test("a misspelt setting is an error at its line, never a silent default")
    func unknownKey() throws {
        let (loaded, findings) = try rules("# comment\n[usd_test]\nenabled = true\n  limt_usd = \"1\"\n")
        #expect(loaded == nil)
        #expect(places(findings) == ["4:3 invalid-settings"])
        #expect(findings.first?.message.contains("limt_usd") == true)
    }

    @Test("binary decimal numbers are refused for limits", arguments: ["limit_usd = 500000.0", "limit_usd = \"5e5\"", "limit_usd = true"])
    func inexact(line: String) throws {
        let (loaded, findings) = try rules("[usd_test]\n\(line)\n")
        #expect(loaded == nil)
        #expect(places(findings) == ["2:1 invalid-settings"])
    }

    @Test("a key may stand in one class only; keys must look like keys")
    func keyClasses() throws {
        let (_, findings) = try rules("[keys]\ndirect = [\"A1\", \"K1\"]\nsubtracting = [\"K1\"]\nexcluded = [\"toolong\"]\n")
        #expect(places(findings) == ["3:1 invalid-settings", "4:1 invalid-settings"])
    }

    @Test(
        "choices name the allowed values",
        arguments: [
            "[usd_test]\ncomparison = \"more\"", "[rounding]\nrule = \"up\"", "[usd_conversion]\nmethod = \"dof\"",
            "[usd_conversion]\nmethod = \"annual-average\"", "[report]\nschema = \"../etc/passwd\"",
        ])
    func choices(text: String) throws {
        let (loaded, findings) = try rules(text)
        #expect(loaded == nil)
        #expect(places(findings) == ["2:1 invalid-settings"])
    }

    @Test("company.toml: the holder and the column aliases")
    func companyFile() throws {
        let (settings, findings) = try company(
            """
            rfc = "MFN180523QX4"
            legal_name = "Manufacturas, S.A."
            program_number = "IMMEX-1"
            modality = "servicios"
            consignment = true
            [columns.sales]
            uuid = "UUID Fiscal"
            """)
        #expect(findings.isEmpty)
        #expect(settings?.company.consignment == true)
        #expect(settings?.company.modality == .servicios)
        #expect(settings?.columnAliases["sales"] == ["uuid": "UUID Fiscal"])
    }

    @Test("company.toml: every problem at once")
    func companyProblems() throws {
        let (settings, findings) = try company(
            """
            rfc = "NOPE"
            program_number = 12
            modality = "maquila"
            [columns.sales]
            uid = "UUID"
            """)
        #expect(settings == nil)
        #expect(places(findings) == ["0:0 invalid-settings", "1:1 invalid-settings", "2:1 invalid-settings", "3:1 invalid-settings", "5:1 invalid-settings"])
    }
}
