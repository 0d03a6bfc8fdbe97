import Foundation
import Testing
import ZipArchive

@testable import IMMEXDomain
@testable import IMMEXPipeline
@testable import IMMEXReport
@testable import IMMEXSample

@Suite("Temporary imports from the Data Stage: what must leave by when")
struct TemporaryImportsTests {
    private func imports(_ root: WorkingRoot, asOf: String) throws(FilingError) -> ImportsResult {
        try ImportsRun.run(ImportsRequest(root: root.url, year: FiscalYear(2025), asOf: CalendarDate.parse(asOf)))
    }

    /// An IN import of two lines (556 rates, 557 forms), an AF machine, an A1 export, and an RT
    /// return whose 512 discharges part of the IN pedimento's first tariff item.
    private func stage() -> [DataStageRequestWriter] {
        var inputs = Stage.export("5000101", key: "IN", paid: "2025-01-15", usd: 20_000_00, pesos: 400_000, operation: 1)
        inputs.lines = [
            {
                var line = DataStagePedimento.Line(description: "Terminales", commercialPesos: 300_000, usdCentavos: 15_000_00, country: "USA")
                line.customsPesos = 300_000
                line.tariffItem = "85444999"  // (the tariff item the writer's 512 rows discharge)
                line.quantity = "1000"
                line.unit = "6"
                line.dutyPercent = "5"
                return line
            }(),
            {
                var line = DataStagePedimento.Line(description: "Capuchones", commercialPesos: 100_000, usdCentavos: 5_000_00, country: "USA")
                line.customsPesos = 100_000
                line.tariffItem = "39269099"
                line.quantity = "20.500"
                line.unit = "1"
                return line
            }(),
        ]
        var machine = Stage.export("5000102", key: "AF", paid: "2025-03-03", usd: 100_000_00, pesos: 2_000_000, operation: 1)
        machine.lines[0].customsPesos = 2_000_000
        var returned = Stage.export("5000103", key: "RT", paid: "2025-05-05", usd: 30_000_00, pesos: 600_000, valueAdded: 60_000)
        returned.discharges = (patent: "3421", number: "5000101", section: "240", key: "IN", date: Stage.day("2025-01-15"))
        let sale = Stage.export("5000104", paid: "2025-06-10", usd: 10_000_00, pesos: 200_000)
        return [Stage.request("900", Stage.fullYear, Stage.yearEnd, [inputs, machine, returned, sale])]
    }

    @Test("import-side lines with their values, rate, payment form and 512 discharge; aged: the term's last day and the day after")
    func fromDataStage() throws {
        let root = try Stage.root(stage())
        defer { root.remove() }
        // 2025-01-15 + 18 months: Thursday 2026-07-15 is the last day inside the term.
        let inside = try imports(root, asOf: "2026-07-15")
        let lines = inside.control.lines.sorted { ($0.line.pedimento, $0.line.line) < ($1.line.pedimento, $1.line.line) }
        try #require(lines.count == 3)
        #expect(lines.map(\.line.key.code) == ["IN", "IN", "AF"])
        let first = lines[0].line
        #expect(first.tariffItem == "8544499900" && first.customsValue == Money(centavos: 300_000_00) && first.enteredOn == Stage.day("2025-01-15"))
        #expect(first.commercialQuantity == DecimalNumber(mantissa: 1000, scale: 0) && first.commercialUnit == "6")
        #expect(first.dutyPercent == DecimalNumber(mantissa: 5, scale: 0) && first.paymentForms == ["6:6"])
        #expect(first.dischargedBySAT == DecimalNumber(mantissa: 1000, scale: 3))  // the writer's 512 row: 1.000
        #expect(lines[1].line.tariffQuantity == DecimalNumber(mantissa: 20_500, scale: 3) && lines[1].line.dutyPercent == nil)
        #expect(first.location.description.hasPrefix("fiscal-years/2025/datastage/900_solicitudes.zip!900_551.asc:"))
        #expect(lines[0].lastDay == Stage.day("2026-07-15") && lines[0].daysLeft == 0 && lines[0].bucket == .within30)
        #expect(lines[2].goodsClass == .machinery && lines[2].bucket == .noTerm)
        #expect(inside.findings.filter { $0.code == .temporaryImportExpiring }.count == 2)
        #expect(!inside.findings.contains { $0.code == .temporaryImportExpired })
        // The day after: both IN lines expired, each a finding at its 551 row.
        let after = try imports(root, asOf: "2026-07-16")
        let expired = after.findings.filter { $0.code == .temporaryImportExpired }
        #expect(expired.count == 2 && expired.allSatisfy { $0.severity == .warning && $0.message.contains("without the inventory control's balances") })
        #expect(after.control.byBucket.first { $0.bucket == .expired }?.valueLeft == Money(centavos: 400_000_00))
    }

    @Test("[temporary_imports] settings: terms, warning days and classes; bad values are located errors")
    func settings() throws {
        let root = try Stage.root(
            stage(), rules: "\n[temporary_imports]\ninputs_months = 12\nwarning_days = 5\nmachinery_keys = []\ncontainer_keys = [\"AF\"]\n")
        defer { root.remove() }
        let result = try imports(root, asOf: "2026-01-14")
        let lines = result.control.lines.sorted { $0.line.pedimento < $1.line.pedimento }
        #expect(lines[0].lastDay == Stage.day("2026-01-15") && lines[0].daysLeft == 1)
        #expect(lines.last?.goodsClass == .containers && lines.last?.lastDay == Stage.day("2027-03-03"))
        #expect(result.findings.filter { $0.code == .temporaryImportExpiring }.count == 2)

        let bad = try Stage.root(stage(), rules: "\n[temporary_imports]\ninputs_months = 0\nwarning_days = -3\nmachinery_keys = [\"A-\"]\nterm = 1\n")
        defer { bad.remove() }
        do {
            _ = try imports(bad, asOf: "2026-01-14")
            Issue.record("bad settings were accepted")
        } catch {
            guard case .inputErrors(let findings) = error else {
                Issue.record("\(error)")
                return
            }
            let messages = findings.filter { $0.code == .invalidSettings }.map(\.message)
            #expect(messages.contains { $0.contains("inputs_months") } && messages.contains { $0.contains("warning_days") })
            #expect(messages.contains { $0.contains("'A-'") } && messages.contains { $0.contains("term") })
        }
    }

    @Test("no datastage/ is an error that says where the imports come from; the prior year's extract is read too")
    func sources() throws {
        let root = try Stage.root([])
        defer { root.remove() }
        try FileManager.default.removeItem(at: root.path("fiscal-years/2025/datastage"))
        do {
            _ = try imports(root, asOf: "2026-01-14")
            Issue.record("a year without a Data Stage was read")
        } catch {
            guard case .inputErrors(let findings) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(findings.contains { $0.code == .missingFile && $0.message.contains("datastage/") })
        }
    }

    @Test("the sample year: what is left of January's inputs expired and February's due as of 1 August 2026; without balances, every line whole")
    func sampleYear() throws {
        let root = try WorkingRoot.shipped()
        defer { root.remove() }
        let result = try imports(root, asOf: "2026-08-01")
        let expired = result.findings.filter { $0.code == .temporaryImportExpired }
        #expect(expired.count == 1 && expired[0].message.contains("25000 of 185000 left"))
        #expect(result.findings.filter { $0.code == .temporaryImportExpiring }.count == 1)
        let json = ImportsReport.json(result.control, yearsRead: result.yearsRead, findings: result.findings).text()
        #expect(json.contains("\"schema\": \"immex-imports/1\"") && json.contains("\"balances\": \"inventory-control\""))
        // Totals by the month terms end and by tariff item: January's terminals end in July 2026.
        let july = try #require(result.control.byExpiryMonth.first { $0.month == YearMonth(year: 2026, month: 7) })
        #expect(july.lines == 2 && july.valueLeft == Money(centavos: 55_727_03))
        #expect(result.control.byTariffItem.first?.tariffItem == "84633001")  // the machine, the largest value left
        #expect(json.contains("\"by_expiry_month\"") && json.contains("\"by_tariff_item\""))
        // Without the inventory control: gross, and said so.
        try FileManager.default.removeItem(at: root.path("fiscal-years/2025/imports-balances.csv"))
        let gross = try imports(root, asOf: "2026-08-01")
        #expect(gross.findings.filter { $0.code == .temporaryImportExpired }.count == 2)
        let grossJSON = ImportsReport.json(gross.control, yearsRead: gross.yearsRead, findings: gross.findings).text()
        #expect(grossJSON.contains("\"balances\": \"gross-upper-bound\""))
        #expect(ImportsReport.text(gross.control, yearsRead: gross.yearsRead).contains(ImportsReport.upperBoundNotice.description))
    }

    @Test("the inventory control's balances: what is left counts, a line discharged in full is no finding, an unknown line is named")
    func balances() throws {
        let root = try Stage.root(stage())
        defer { root.remove() }
        try root.write(
            "fiscal-years/2025/imports-balances.csv",
            "pedimento,line,imported,discharged,balance,as_of\r\n\"25  24  3421  5000101\",1,1000,400,600,2026-07-31\r\n"
                + "252434215000101,2,20.500,20.5,,\r\n252434215009999,1,5,1,4,\r\n")
        let result = try imports(root, asOf: "2026-07-16")
        #expect(result.control.hasInventoryControl)
        let lines = result.control.lines.sorted { ($0.line.pedimento, $0.line.line) < ($1.line.pedimento, $1.line.line) }
        #expect(lines[0].balance?.balance == DecimalNumber(mantissa: 600, scale: 0) && lines[0].valueLeft == Money(centavos: 180_000_00))
        #expect(lines[1].balance?.balance.isZero == true && lines[1].valueLeft == .zero)
        // The machine is not in the balances: it counts whole.
        #expect(lines[2].balance == nil && lines[2].valueLeft == Money(centavos: 2_000_000_00))
        let expired = result.findings.filter { $0.code == .temporaryImportExpired }
        #expect(expired.count == 1 && expired[0].message.contains("600 of 1000 left, worth $180,000.00 MXN"))
        let unknown = result.findings.filter { $0.code == .balanceUnknownPedimento }
        #expect(unknown.count == 1 && unknown[0].location?.description == "fiscal-years/2025/imports-balances.csv:4:1")
        #expect(ImportsReport.text(result.control, yearsRead: result.yearsRead).contains(ImportsReport.inventoryNotice.description))
        // In Spanish, the same summary from the catalogue.
        let spanish = ImportsReport.text(result.control, yearsRead: result.yearsRead, language: .es)
        #expect(spanish.contains("Saldos: los del control de inventarios") && spanish.contains("Importaciones temporales al") && spanish.contains("vencido"))
        #expect(result.control.byBucket.first { $0.bucket == .expired }?.valueLeft == Money(centavos: 180_000_00))

        // The ERP's own headers and spellings, through [columns.balances] and [import.balances].
        try root.write(
            "fiscal-years/2025/company.toml",
            try root.read("fiscal-years/2025/company.toml")
                + "\n[columns.balances]\nimported = \"Importado\"\n\n[import.balances]\nseparator = \";\"\ndecimal_comma = true\n")
        try root.write(
            "fiscal-years/2025/imports-balances.csv",
            "pedimento;line;Importado;discharged\r\n252434215000101;1;1000;400\r\n252434215000101;2;20,500;20,5\r\n")
        let profiled = try imports(root, asOf: "2026-07-16")
        let first = profiled.control.lines.first { $0.line.pedimento.digits == "252434215000101" && $0.line.line == 1 }
        #expect(first?.balance?.balance == DecimalNumber(mantissa: 600, scale: 0) && first?.valueLeft == Money(centavos: 180_000_00))
    }

    @Test("bad balances get located errors, every one: more discharged than imported, a balance that does not add up, a missing column")
    func badBalances() throws {
        let root = try Stage.root(stage())
        defer { root.remove() }
        try root.write(
            "fiscal-years/2025/imports-balances.csv",
            "pedimento,line,imported,discharged,balance\n252434215000101,1,100,150,\n252434215000101,2,10,4,5\n252434215000101,x,10,4,6\n252434215000101,1,1,0,\n252434215000101,1,2,0,\n"
        )
        do {
            _ = try imports(root, asOf: "2026-07-16")
            Issue.record("bad balances were accepted")
        } catch {
            guard case .inputErrors(let findings) = error else {
                Issue.record("\(error)")
                return
            }
            let placed = findings.filter { $0.location?.file == "fiscal-years/2025/imports-balances.csv" }.map {
                "\($0.location!.line ?? 0):\($0.location!.column ?? 0) \($0.code.rawValue)"
            }
            #expect(
                placed.contains("2:23 discharge-exceeds-import") && placed.contains("3:24 malformed-amount") && placed.contains("4:17 malformed-code"),
                "\(placed)")
            // A row that could not be read is no first occurrence: the repeat is of row 5's line.
            #expect(placed.contains("6:1 duplicate-pedimento") && !placed.contains("5:1 duplicate-pedimento"), "\(placed)")
        }
        try root.write("fiscal-years/2025/imports-balances.csv", "pedimento,line,imported\n252434215000101,1,100\n")
        do {
            _ = try imports(root, asOf: "2026-07-16")
            Issue.record("a balances file without 'discharged' was accepted")
        } catch {
            guard case .inputErrors(let findings) = error else { return }
            #expect(findings.contains { $0.code == .missingColumn && $0.message.contains("discharged") })
        }
    }

    @Test("the estimate of an expired line, to the centavo; a line without an IGI rate and a missing INPC month are named, never guessed")
    func estimate() throws {
        let root = try Stage.root(stage())
        defer { root.remove() }
        // The shipped table lacks June 2026: nothing is estimated, and the month is named.
        var request = ImportsRequest(root: root.url, year: FiscalYear(2025), asOf: Stage.day("2026-07-16"))
        let shipped = try ImportsRun.run(request)
        #expect(shipped.estimates.count == 2 && shipped.estimates.allSatisfy { (try? $0.result.get()) == nil })
        #expect(
            ImportsReport.text(shipped.control, yearsRead: shipped.yearsRead, estimates: shipped.estimates).contains(
                "the INPC of 2026-06 is not in templates/inpc.toml"))
        // With June 2026 (a value made up for this test) and 2026's rate.
        try root.write(
            "templates/inpc.toml", "version = \"test\"\nsource = \"test values\"\n[index]\n\"2024-12\" = \"137.949\"\n\"2026-06\" = \"144.000\"\n")
        try root.write(
            "templates/surcharge-rates.toml", "version = \"test\"\nsource = \"test\"\n[monthly_percent]\n\"2025\" = \"1.47\"\n\"2026\" = \"1.47\"\n")
        let result = try ImportsRun.run(request)
        let byLine = Dictionary(uniqueKeysWithValues: result.estimates.map { (result.control.lines[$0.line].line.line, $0) })
        let figures = try #require(try byLine[1]?.result.get())
        #expect(figures.duty == Money(centavos: 15_000_00) && figures.dta == Money(centavos: 2_400_00) && figures.iva == Money(centavos: 50_784_00))
        #expect(figures.omitted == Money(centavos: 68_184_00))
        #expect(figures.update.factor == DecimalNumber(mantissa: 10_438, scale: 4))  // 144.000 / 137.949 = 1.043864…
        #expect(figures.updateAmount == Money(centavos: 2_986_46))  // 68,184 × 1.0438 = 71,170.4592
        #expect(figures.surchargeMonths == 19)  // 15 January 2025 to 16 July 2026: 18 months and a day
        #expect(figures.surcharges == Money(centavos: 19_877_91) && figures.total == Money(centavos: 91_048_37))
        #expect(byLine[2].map { if case .failure(.missingDutyRate) = $0.result { true } else { false } } == true)
        let json = ImportsReport.json(result.control, yearsRead: result.yearsRead, findings: result.findings, estimates: result.estimates).text()
        #expect(json.contains("\"total_mxn\": \"91048.37\"") && json.contains("\"label\": \"estimate\""))
        // --estimate-until: the machine has no term, so nothing more; the IVA certification's credit.
        request.estimateUntil = Stage.day("2026-07-20")
        #expect(try ImportsRun.run(request).estimates.count == 2)
        try root.write(
            "fiscal-years/2025/rules.toml", try root.read("fiscal-years/2025/rules.toml") + "\n[temporary_imports]\niva_certified = true\n")
        let certified = try #require(try ImportsRun.run(request).estimates.first { result.control.lines[$0.line].line.line == 1 }?.result.get())
        #expect(certified.iva == .zero && certified.omitted == Money(centavos: 17_400_00))
    }

    @Test("immex file seals imports-aging.csv: every temporary-import line with every figure, as of the year's last day")
    func sealedAging() throws {
        let root = try WorkingRoot.shipped()
        defer { root.remove() }
        _ = try file(root, year: 2025)
        let text = try root.read("out/2025/\(ImportsAgingCSV.fileName)")
        let bundle = try ZipReader(path: root.path("out/2025/immex-2025-evidence.zip").path)
        let entry = try #require(try bundle.entries().first { $0.name == "report/\(ImportsAgingCSV.fileName)" })
        var sealed: [UInt8] = []
        try bundle.read(entry, limit: 1 << 20) { sealed += $0 }
        #expect(sealed == Array(text.utf8))
        let rows = csvRecords(text)
        let header = rows[0]
        #expect(header.joined(separator: ",") == ImportsAgingCSV.header && rows.dropFirst().allSatisfy { $0.count == header.count })
        let column = Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0) })
        let january = try #require(rows.first { $0[column["pedimento"]!] == "252434218900201" && $0[column["line"]!] == "1" })
        #expect(january[column["as_of"]!] == "2025-12-31" && january[column["last_day"]!] == "2026-07-10")
        #expect(january[column["balance_source"]!] == "inventory-control" && january[column["left"]!] == "25000")
        #expect(january[column["bucket"]!] == "over-90" && january[column["value_left_mxn"]!] == "55727.03")
        #expect(rows.dropFirst().contains { $0[column["class"]!] == "machinery" && $0[column["bucket"]!] == "no-term" })
    }

    @Test("the dry run's JSON carries the temporary imports as of its cut-off")
    func dryRun() throws {
        let root = try WorkingRoot.shipped()
        defer { root.remove() }
        let result = try CheckRun.run(CheckRequest(root: root.url, year: FiscalYear(2025), asOf: Stage.day("2025-12-31")))
        let imports = try #require(result.document.temporaryImports)
        #expect(imports.control.asOf == Stage.day("2025-12-31") && imports.control.lines.count == 12)
        let json = result.document.json.text()
        #expect(json.contains("\"temporary_imports\": {") && json.contains("\"balances\": \"inventory-control\""))
        // --estimate-until: January's line (last day 2026-07-10) is estimated as of 2026-08-01; the
        // shipped INPC table lacks the months it needs, and says so.
        var request = CheckRequest(root: root.url, year: FiscalYear(2025), asOf: Stage.day("2025-12-31"))
        request.estimateUntil = Stage.day("2026-08-01")
        let ahead = try #require(try CheckRun.run(request).document.temporaryImports)
        #expect(ahead.estimates.count == 1 && ahead.estimates[0].asOf == Stage.day("2026-08-01"))
        #expect(ahead.estimates.allSatisfy { if case .failure(.missingINPC) = $0.result { true } else { false } })
    }

    @Test("the year before's Data Stage: its imports still in their term are aged by immex file and immex imports, and its files sealed")
    func priorYear() throws {
        let root = try Stage.root(stage())
        defer { root.remove() }
        // fiscal-years/2024: its settings and a Data Stage with an IN of 2024-03-01 (last day
        // 2025-09-01: past its term on 31 December 2025).
        var older = YearBuilder(2024)
        older.monthlySales("1000000.00", months: 1...12)
        older.withoutExportsCSV = true
        try older.write(into: root.url)
        var earlier = Stage.export("4000101", key: "IN", paid: "2024-03-01", usd: 5_000_00, pesos: 100_000, operation: 1)
        earlier.lines[0].customsPesos = 100_000
        earlier.lines[0].dutyPercent = "5"
        try Stage.request("800", "2024-01-01", "2024-12-31", [earlier]).write(into: root.path("fiscal-years/2024/datastage"))

        let result = try file(root, year: 2025)
        #expect(result.findings.contains { $0.code == .temporaryImportExpired && $0.message.contains("pedimento 242434214000101") })
        let aging = try root.read("out/2025/\(ImportsAgingCSV.fileName)")
        #expect(aging.contains("242434214000101") && aging.contains("fiscal-years/2024/datastage/800_solicitudes.zip!800_551.asc:"))
        let xml = try root.read("out/2025/immex-annual-report-2025.xml")
        #expect(xml.contains("path=\"fiscal-years/2024/datastage/800_solicitudes.zip\""))
        #expect(!xml.contains("path=\"fiscal-years/2024/company.toml\""))
        let bundle = try ZipReader(path: root.path("out/2025/immex-2025-evidence.zip").path)
        let names = try bundle.entries().map(\.name)
        #expect(names.contains("inputs/fiscal-years/2024/datastage/800_solicitudes.zip") && names.contains("inputs/datastage/900_solicitudes.zip"))

        let imports = try self.imports(root, asOf: "2025-12-31")
        #expect(imports.yearsRead == [FiscalYear(2024), FiscalYear(2025)])
        #expect(imports.control.lines.contains { $0.line.pedimento.digits == "242434214000101" && $0.bucket == .expired })
    }
}
