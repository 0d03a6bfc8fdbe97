import IMMEXDomain

/// The settings files of the sample year: a template a tax team copies and edits.
enum SampleSettings {
    /// The fictional company, as company.toml names it.
    static let rfc = "MFN180523QX4"
    static let legalName = "Manufacturas Frontera Norte, S.A. de C.V. (EJEMPLO)"

    static let company = """
        # company.toml: the IMMEX program holder this fiscal year folder reports for.
        # SAMPLE DATA: a fictional company. Replace every value with your own.

        rfc = "MFN180523QX4"                      # the holder's RFC (12 characters for a company)
        legal_name = "Manufacturas Frontera Norte, S.A. de C.V. (EJEMPLO)"
        program_number = "IMMEX-2018-0452"       # as the Secretaría de Economía assigned it
        modality = "industrial"                  # industrial, servicios, albergue, controladora, terciarizacion
        # Consignment: the company does not own the inputs it transforms; exports then count at
        # value added (domain.md §2), and exports.csv must give value_added_mxn for every row.
        consignment = false

        # Your ERP's column headers, when they differ from ours. Canonical name = "your header".
        [columns.sales]
        # uuid = "UUID Fiscal"
        # issued_on = "Fecha"

        [columns.exports]
        # pedimento = "Num Pedimento"

        # How your ERP writes each file, when it is not UTF-8 with commas, 1234.56 and 2025-03-31
        # (README, "ERP exports as they come"). For example, Excel's "CSV" on a Spanish Windows:
        # [import.sales]
        # separator = ";"
        # encoding = "windows-1252"
        # decimal_comma = true
        # thousands = "."
        # dates = "dmy"

        # The e.firma that signs the evidence bundle, relative to this folder. The password is never
        # written here: it comes from IMMEX_KEY_PASSWORD, --password-file, or a prompt.
        # SAMPLE: a TEST credential for the fictional RFC above (efirma/README.md).
        [signing]
        certificate = "efirma/test-MFN180523QX4.cer"
        key = "efirma/test-MFN180523QX4.key"

        """

    /// The non-working days of Ley Federal de Procedimiento Administrativo art. 28, which governs
    /// the Secretaría de Economía's business days (not the labour law's rest days): 1 January,
    /// first Monday of February, third Monday of March, 1 and 5 May, 16 September, third Monday of
    /// November, 25 December, and the day the Federal Executive changes hands every six years (1
    /// October since 2024). The Secretaría's yearly DOF notice of further non-working days is
    /// added by the tax team (the sample's rules.toml says so).
    static func holidays(_ year: Int) -> [CalendarDate] {
        func nthMonday(_ n: Int, month: Int) -> CalendarDate {
            var day = 1
            while CalendarDate(year: year, month: month, day: day)!.weekday != .monday { day += 1 }
            return CalendarDate(year: year, month: month, day: day + 7 * (n - 1))!
        }
        var days = [
            CalendarDate(year: year, month: 1, day: 1)!, nthMonday(1, month: 2), nthMonday(3, month: 3),
            CalendarDate(year: year, month: 5, day: 1)!, CalendarDate(year: year, month: 5, day: 5)!,
            CalendarDate(year: year, month: 9, day: 16)!, nthMonday(3, month: 11),
            CalendarDate(year: year, month: 12, day: 25)!,
        ]
        if (year - 2024) % 6 == 0 { days.append(CalendarDate(year: year, month: 10, day: 1)!) }
        return days.sorted()
    }

    static func rules(year: FiscalYear) -> String {
        """
        # rules.toml: the regulation in force for fiscal year \(year), as settings.
        # Every value below is printed in the report, so an auditor sees which rules produced it.
        # Amounts and percentages are written in quotes, so that they stay exact.

        # Decreto IMMEX art. 24 fr. VI: the holder must export more than USD 500,000 a year, or at
        # least 10% of its total invoicing. Either test passing is enough. Both were waived for
        # fiscal year 2020, the COVID year, reported in 2021 (set enabled = false in such a year).
        [usd_test]
        enabled = true
        limit_usd = "500000.00"
        comparison = "greater-than"    # "superior a": exactly USD 500,000.00 does not pass
        legal_basis = "Decreto IMMEX art. 24 fr. VI: ventas al exterior superiores a 500,000 dólares"

        [share_test]
        enabled = true
        minimum_percent = "10"
        comparison = "at-least"        # "cuando menos": exactly 10% passes
        # For consignment companies only: "as-reported" divides exports at value added by total
        # invoicing; "commercial-value" divides exports at commercial value by invoicing grossed up
        # by the goods' value that is not the company's. Sources are silent (domain.md §3).
        consignment_basis = "as-reported"
        legal_basis = "Decreto IMMEX art. 24 fr. VI: exportaciones de cuando menos el 10% de su facturación total"

        # Pedimento keys (Anexo 22, apéndice 2): each key's class by default, on each side, is in
        # the key catalogue templates/pedimento-keys.toml, with its reason. List a key here only
        # to override it for this company; [keys] is the export side, [keys.import] the import
        # side. Classes: direct, indirect, subtracting, rectification, review, temporary-export,
        # temporary-import, excluded. A key in neither file is an error.
        [keys]
        # review = ["VD"]                      # e.g. list VD transfers for review instead of excluding them

        [keys.import]
        # excluded = ["BH"]                    # e.g. when containers are not the company's to control

        # Which exchange rate gives the USD figure; no source states it (domain.md §3).
        #   declared        each pedimento's own declared USD value (default)
        #   pedimento-rate  each pedimento's MXN value ÷ its own exchange rate
        #   annual-average  each pedimento's MXN value ÷ annual_average_rate
        [usd_conversion]
        method = "declared"
        # annual_average_rate = "19.12345"

        # Invoices in other currencies are converted at their own TipoCambio, per invoice, and
        # rounded to centavos: half away from zero, as CFDI amounts are rounded (Anexo 20).
        [rounding]
        rule = "half-away-from-zero"           # or "half-even"

        # Non-working days besides weekends, for the filing calendar (deadline: last business day
        # of May of the next year; late window: last business day of August), in the filing year
        # \(year.value + 1): the days of Ley Federal de Procedimiento Administrativo art. 28. Add the
        # days of the Secretaría de Economía's yearly DOF notice of non-working days when it is
        # published; `check` and `archive` read this same list.
        [calendar]
        holidays = [\(SampleSettings.holidays(year.value + 1).map { "\"\($0)\"" }.joined(separator: ", "))]

        # Where the export figures come from when both extracts are present: "datastage" (the SAT's
        # own record of the pedimentos, in datastage/) or "exports.csv" (the ERP's). Every
        # difference between the two is listed in reconciliation.csv either way.
        [exports]
        source = "datastage"
        # A return abroad of fixed assets (an export pedimento whose 507 ClaveCaso is AF: RT of
        # machinery) is listed, not counted: art. 24 fr. VI measures sales abroad, and a returned
        # machine is not one. Set true to count them.
        count_fixed_asset_returns = false

        # Where total sales come from: "csv" (the ERP's sales.csv) or "cfdi" (the CFDI as the SAT
        # stamped them: the bulk download's packages in cfdi/). With both present, every
        # difference between the two is listed in reconciliation.csv either way.
        [sales]
        source = "csv"

        # How closely invoices and pedimentos must agree before a difference is listed in
        # reconciliation.csv. The sources set no tolerance; these are ours (domain.md).
        [reconciliation]
        usd_tolerance = "1.00"           # pedimento USD value against its invoices' TotalUSD
        mxn_tolerance = "2.00"           # pesos: whole-peso rounding of pedimento values
        mxn_tolerance_percent = "2"      # plus this share: invoice and pedimento use different days' rates
        max_days_apart = 10              # invoice date to pedimento payment

        # The report's template and schema, in templates/.
        [report]
        template = "annual-report.xml.mustache"
        schema = "annual-report.xsd"

        """
    }
}
