import IMMEXDomain

/// Reads `rules.toml`: the year's regulation as settings. Absent settings take the defaults of
/// `Rules()` (domain.md), which the report prints like any other.
enum RulesSettings {
    /// - Parameter catalogue: the pedimento key catalogue, whose defaults `[keys]` overrides; nil
    ///   when it could not be read (its errors are reported; the rest of the file is still checked).
    static func load(_ file: InputFile, catalogue: KeyCatalogue?, findings: inout [Finding]) -> Rules? {
        let document: SettingsDocument
        do { document = try SettingsDocument(file) } catch {
            findings.append(error.finding)
            return nil
        }
        var rules = Rules()
        var readers: [SettingsReader] = []

        var top = SettingsReader(document, table: "")
        top.rejectUnknownKeys(
            [],
            subtables: [
                "usd_test", "share_test", "keys", "usd_conversion", "rounding", "report", "calendar", "reconciliation", "exports", "limits",
                "temporary_imports", "sales",
            ])
        readers.append(top)

        var usd = SettingsReader(document, table: "usd_test")
        usd.rejectUnknownKeys(["enabled", "limit_usd", "comparison", "legal_basis"])
        rules.usdTest.enabled = usd.bool("enabled", default: true)
        if let limit = usd.decimal("limit_usd", scale: 2) {
            if let money = Money<USD>(exactly: limit), !money.isNegative {
                rules.usdTest.limit = money
            } else {
                usd.fail("limit_usd", "limit_usd must be a non-negative amount with at most 2 decimals", hint: "write it like \"500000.00\"")
            }
        }
        rules.usdTest.comparison = usd.choice("comparison", Comparison.self) ?? rules.usdTest.comparison
        rules.usdTest.legalBasis = usd.string("legal_basis") ?? rules.usdTest.legalBasis
        readers.append(usd)

        var share = SettingsReader(document, table: "share_test")
        share.rejectUnknownKeys(["enabled", "minimum_percent", "comparison", "consignment_basis", "legal_basis"])
        rules.shareTest.enabled = share.bool("enabled", default: true)
        if let percent = share.decimal("minimum_percent", scale: 6) {
            if percent.isNegative || percent.mantissa(atScale: 6) > 100_000_000 {
                share.fail("minimum_percent", "minimum_percent must be between 0 and 100", hint: "write it like \"10\"")
            } else {
                rules.shareTest.minimumPercent = percent
            }
        }
        rules.shareTest.comparison = share.choice("comparison", Comparison.self) ?? rules.shareTest.comparison
        rules.shareTest.basis = share.choice("consignment_basis", ShareBasis.self) ?? rules.shareTest.basis
        rules.shareTest.legalBasis = share.string("legal_basis") ?? rules.shareTest.legalBasis
        readers.append(share)

        var keys = SettingsReader(document, table: "keys")
        keys.rejectUnknownKeys(KeyClass.allCases.map(\.rawValue), subtables: ["import"])
        var importKeys = SettingsReader(document, table: "keys.import")
        importKeys.rejectUnknownKeys(KeyClass.allCases.map(\.rawValue))
        let overrides: [OperationSide: [PedimentoKey: KeyClass]] = [.export: keyOverrides(&keys), .import: keyOverrides(&importKeys)]
        if let catalogue {
            rules.keys = catalogue.classification(overriding: overrides)
            rules.keyCatalogue = catalogue.source
        }
        readers += [keys, importKeys]

        var conversion = SettingsReader(document, table: "usd_conversion")
        conversion.rejectUnknownKeys(["method", "annual_average_rate"])
        switch conversion.string("method") {
        case nil, "declared"?: rules.usdConversion = .declared
        case "pedimento-rate"?: rules.usdConversion = .pedimentoRate
        case "annual-average"?:
            if let rate = conversion.decimal("annual_average_rate", scale: 6).flatMap(ExchangeRate.init) {
                rules.usdConversion = .annualAverage(rate)
            } else {
                conversion.fail(
                    "method", "method 'annual-average' needs annual_average_rate", hint: "add annual_average_rate = \"19.12345\" (pesos per dollar)")
            }
        case let other?:
            conversion.fail("method", "USD conversion method '\(other)' is not known", hint: "choose one of: declared, pedimento-rate, annual-average")
        }
        readers.append(conversion)

        var rounding = SettingsReader(document, table: "rounding")
        rounding.rejectUnknownKeys(["rule"])
        rules.rounding = rounding.choice("rule", RoundingRule.self) ?? rules.rounding
        readers.append(rounding)

        var report = SettingsReader(document, table: "report")
        report.rejectUnknownKeys(["template", "schema"])
        for (key, path) in [("template", \ReportSettings.template), ("schema", \ReportSettings.schema)] {
            guard let name = report.string(key) else { continue }
            if name.isEmpty || name.hasPrefix("/") || name.split(separator: "/").contains("..") {
                report.fail(
                    key, "\(key) '\(name)' must be a file name inside templates/", hint: "write a path relative to templates/, like \"annual-report.xsd\"")
            } else {
                rules.report[keyPath: path] = name
            }
        }
        readers.append(report)

        var calendar = SettingsReader(document, table: "calendar")
        calendar.rejectUnknownKeys(["holidays"])
        for text in calendar.stringList("holidays") ?? [] {
            if let date = CalendarDate.parse(text), text.count == 10 {
                rules.holidays.insert(date)
            } else {
                calendar.fail("holidays", "holiday '\(text)' is not a date", hint: "write dates as \"YYYY-MM-DD\"")
            }
        }
        readers.append(calendar)

        var exports = SettingsReader(document, table: "exports")
        exports.rejectUnknownKeys(["source", "count_fixed_asset_returns"])
        rules.countsFixedAssetReturns = exports.bool("count_fixed_asset_returns", default: false)
        switch exports.string("source") {
        case nil, "datastage"?: rules.exportSource = .dataStage
        case "exports.csv"?: rules.exportSource = .exportsCSV
        case let other?:
            exports.fail("source", "export source '\(other)' is not known", hint: "choose \"datastage\" (the SAT's record) or \"exports.csv\" (the ERP's)")
        }
        readers.append(exports)

        var sales = SettingsReader(document, table: "sales")
        sales.rejectUnknownKeys(["source"])
        if let text = sales.string("source") {
            if let source = SalesSource(rawValue: text) {
                rules.salesSource = source
            } else {
                sales.fail(
                    "source", "sales source '\(text)' is not known", hint: "choose \"csv\" (the ERP's sales.csv) or \"cfdi\" (the SAT's packages in cfdi/)")
            }
        }
        readers.append(sales)

        var reconciliation = SettingsReader(document, table: "reconciliation")
        reconciliation.rejectUnknownKeys(["usd_tolerance", "mxn_tolerance", "mxn_tolerance_percent", "max_days_apart"])
        if let percent = reconciliation.decimal("mxn_tolerance_percent", scale: 4) {
            if percent.isNegative || percent.mantissa(atScale: 4) > 1_000_000 {
                reconciliation.fail("mxn_tolerance_percent", "mxn_tolerance_percent must be between 0 and 100", hint: "write it like \"2\"")
            } else {
                rules.reconciliation.mxnTolerancePercent = percent
            }
        }
        for (key, path) in [("usd_tolerance", 0), ("mxn_tolerance", 1)] {
            guard let value = reconciliation.decimal(key, scale: 2) else { continue }
            guard let centavos = Money<MXN>(exactly: value)?.centavos, centavos >= 0 else {
                reconciliation.fail(key, "\(key) must be a non-negative amount with at most 2 decimals", hint: "write it like \"1.00\"")
                continue
            }
            if path == 0 {
                rules.reconciliation.usdTolerance = Money(centavos: centavos)
            } else {
                rules.reconciliation.mxnTolerance = Money(centavos: centavos)
            }
        }
        if let days = reconciliation.decimal("max_days_apart", scale: 0) {
            if days.isNegative || days.mantissa > 366 {
                reconciliation.fail("max_days_apart", "max_days_apart must be a number of days from 0 to 366", hint: "write it like 10")
            } else {
                rules.reconciliation.maxDaysApart = Int(days.mantissa)
            }
        }
        readers.append(reconciliation)

        var limits = SettingsReader(document, table: "limits")
        limits.rejectUnknownKeys(["zip_member_mib", "zip_expansion_ratio", "zip_nesting", "findings_per_code", "workbook_rows", "profiled_file_mib"])
        for (key, range, path) in [
            ("zip_member_mib", 1...4_096, 0), ("zip_expansion_ratio", 2...100_000, 1), ("zip_nesting", 1...10, 2),
            ("findings_per_code", 1...1_000_000, 3), ("workbook_rows", 0...1_048_575, 4), ("profiled_file_mib", 1...65_536, 5),
        ] {
            guard let value = limits.decimal(key, scale: 0) else { continue }
            guard value.scale == 0, !value.isNegative, range.contains(Int(clamping: value.mantissa)) else {
                limits.fail(
                    key, "\(key) must be a whole number from \(range.lowerBound) to \(range.upperBound)", hint: "write it like \(range.lowerBound * 10)")
                continue
            }
            switch path {
            case 0: rules.limits.zipMemberBytes = UInt64(value.mantissa) << 20
            case 1: rules.limits.zipExpansionRatio = UInt64(value.mantissa)
            case 2: rules.limits.zipNesting = Int(value.mantissa)
            case 3: rules.limits.findingsPerCode = Int(value.mantissa)
            case 4: rules.limits.workbookRows = Int(value.mantissa)
            default: rules.limits.profiledFileBytes = Int(value.mantissa) << 20
            }
        }
        readers.append(limits)

        var temporary = SettingsReader(document, table: "temporary_imports")
        temporary.rejectUnknownKeys([
            "inputs_months", "containers_months", "warning_days", "machinery_keys", "container_keys", "dta_percent", "iva_percent", "iva_certified",
        ])
        for key in ["dta_percent", "iva_percent"] {
            guard let value = temporary.decimal(key, scale: 4) else { continue }
            guard !value.isNegative, value.mantissa(atScale: 4) <= 100 * 10_000 else {
                temporary.fail(key, "\(key) must be a percentage from 0 to 100", hint: key == "dta_percent" ? "write it like \"0.8\"" : "write it like \"16\"")
                continue
            }
            if key == "dta_percent" { rules.temporaryImports.estimateRates.dtaPercent = value } else { rules.temporaryImports.estimateRates.ivaPercent = value }
        }
        rules.temporaryImports.estimateRates.ivaCertified = temporary.bool("iva_certified", default: false)
        for (key, goods) in [("inputs_months", TemporaryImportClass.inputs), ("containers_months", .containers)] {
            guard let value = temporary.decimal(key, scale: 0) else { continue }
            guard value.scale == 0, (1...240).contains(value.mantissa) else {
                temporary.fail(key, "\(key) must be a whole number of months from 1 to 240", hint: "the law's term is 18 for inputs, 24 for containers")
                continue
            }
            rules.temporaryImports.terms.months[goods] = Int(value.mantissa)
        }
        if let days = temporary.decimal("warning_days", scale: 0) {
            if days.scale != 0 || days.isNegative || days.mantissa > 366 {
                temporary.fail("warning_days", "warning_days must be a number of days from 0 to 366", hint: "write it like 30")
            } else {
                rules.temporaryImports.warningDays = Int(days.mantissa)
            }
        }
        for (key, goods) in [("machinery_keys", TemporaryImportClass.machinery), ("container_keys", .containers)] {
            guard let codes = temporary.stringList(key) else { continue }
            rules.temporaryImports.classByKey = rules.temporaryImports.classByKey.filter { $0.value != goods }
            for code in codes {
                guard let pedimentoKey = PedimentoKey(code.uppercased()) else {
                    temporary.fail(key, "'\(code)' in [temporary_imports] \(key) is not a pedimento key", hint: "keys have two letters or digits, like AF")
                    continue
                }
                rules.temporaryImports.classByKey[pedimentoKey] = goods
            }
        }
        readers.append(temporary)

        let problems = readers.flatMap(\.findings)
        findings.append(contentsOf: problems)
        return problems.hasErrors || catalogue == nil ? nil : rules
    }

    /// `[keys]` (export side) or `[keys.import]`: one list per class, each key overriding the
    /// catalogue's default on that side. A key may stand in one class only.
    private static func keyOverrides(_ reader: inout SettingsReader) -> [PedimentoKey: KeyClass] {
        var classes: [PedimentoKey: KeyClass] = [:]
        let table = reader.table
        for keyClass in KeyClass.allCases {
            for code in reader.stringList(keyClass.rawValue) ?? [] {
                guard let key = PedimentoKey(code.uppercased()) else {
                    reader.fail(
                        keyClass.rawValue, "'\(code)' in [\(table)] \(keyClass.rawValue) is not a pedimento key",
                        hint: "keys have two letters or digits, like A1")
                    continue
                }
                if let other = classes[key], other != keyClass {
                    reader.fail(
                        keyClass.rawValue, "key \(key) is listed in [\(table)] as both \(other.rawValue) and \(keyClass.rawValue)", hint: "keep it in one class"
                    )
                    continue
                }
                classes[key] = keyClass
            }
        }
        return classes
    }
}
