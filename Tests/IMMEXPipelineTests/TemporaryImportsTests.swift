import Foundation
import Testing

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
        #expect(after.control.byBucket.first { $0.bucket == .expired }?.customsValue == Money(centavos: 400_000_00))
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

    @Test("the sample year: January's inputs expired and February's due as of 1 August 2026; the JSON says the balances are an upper bound")
    func sampleYear() throws {
        let root = try WorkingRoot.shipped()
        defer { root.remove() }
        let result = try imports(root, asOf: "2026-08-01")
        #expect(result.findings.filter { $0.code == .temporaryImportExpired }.count == 2)
        #expect(result.findings.filter { $0.code == .temporaryImportExpiring }.count == 1)
        let json = ImportsReport.json(result.control, yearsRead: result.yearsRead, findings: result.findings).text()
        #expect(json.contains("\"schema\": \"immex-imports/1\"") && json.contains("\"balances\": \"gross-upper-bound\""))
        #expect(ImportsReport.text(result.control, yearsRead: result.yearsRead).contains(ImportsReport.upperBoundNotice))
    }
}
