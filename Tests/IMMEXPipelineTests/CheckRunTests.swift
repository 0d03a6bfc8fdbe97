import Foundation
import IMMEXIngest
import Testing

@testable import IMMEXDomain
@testable import IMMEXPipeline
@testable import IMMEXReport

/// `immex check`: the dry run, on small years whose figures are stated in each test.
@Suite("Mid-year dry run")
struct CheckRunTests {
    func check(_ root: WorkingRoot, year: Int, asOf: String, today: String = "2026-07-01", report: Bool = false) throws(FilingError) -> CheckResult {
        try CheckRun.run(
            CheckRequest(
                root: root.url, year: FiscalYear(year), asOf: CalendarDate.parse(asOf), writeReport: report, generatedAt: fixedTime,
                today: CalendarDate.parse(today)))
    }

    func emptyRoot() throws -> WorkingRoot { try WorkingRoot(fixture: "handworked") }

    /// 2026 from January to June: MXN 1,000,000 of sales and USD 50,000 of exports a month.
    func writeFirstHalf(into root: WorkingRoot) throws {
        var year = YearBuilder(2026)
        year.monthlySales("1000000.00", months: 1...6)
        year.monthlyExports(usd: "50000.00", mxn: "1000000.00", months: 1...6)
        try year.write(into: root.url)
    }

    @Test("on track: the run rate passes; rows after --as-of are left out and counted")
    func onTrack() throws {
        let root = try emptyRoot()
        defer { root.remove() }
        var year = YearBuilder(2026)
        year.monthlySales("1000000.00", months: 1...12)
        year.monthlyExports(usd: "50000.00", mxn: "1000000.00", months: 1...12)
        try year.write(into: root.url)
        let result = try check(root, year: 2026, asOf: "2026-06-30")
        let assessment = result.document.assessment
        #expect(result.document.leftOutInvoices == 6)
        #expect(result.document.leftOutPedimentos == 6)
        #expect(assessment.yearToDate.sales.net.decimalString == "6000000.00")
        #expect(assessment.yearToDate.exports.total.usd.decimalString == "300000.00")
        #expect(assessment.daysElapsed == 181)
        // 300,000.00 × 365 / 181 = 604,972.375… → 604,972.38
        #expect(assessment.projections.map(\.method) == [.runRate])
        #expect(assessment.projections[0].exportsUSD.decimalString == "604972.38")
        #expect(assessment.onTrack)
        #expect(assessment.gap.usdNeeded.decimalString == "200000.01")
        #expect(assessment.gap.mxnNeededForShare.decimalString == "0.00")
        #expect(result.document.findings.map(\.code) == [.leftOutAfterAsOf])
        #expect(result.outputs.isEmpty)
        #expect(root.outFiles().isEmpty)
    }

    @Test("at risk: no projection passes; the gap says what the rest of the year must bring")
    func atRisk() throws {
        let root = try emptyRoot()
        defer { root.remove() }
        var year = YearBuilder(2026)
        year.monthlySales("1000000.00", months: 1...6)
        year.monthlyExports(usd: "1000.00", mxn: "20000.00", months: 1...6)
        try year.write(into: root.url)
        let assessment = try check(root, year: 2026, asOf: "2026-06-30").document.assessment
        #expect(!assessment.onTrack)
        // USD: 500,000.01 − 6,000.00
        #expect(assessment.gap.usdNeeded.decimalString == "494000.01")
        // Sales projected: 6,000,000 × 365 / 181 = 12,099,447.51; 10% = 1,209,944.751 → 1,209,944.76; less 120,000.00.
        #expect(assessment.projections[0].sales.decimalString == "12099447.51")
        #expect(assessment.gap.mxnNeededForShare.decimalString == "1089944.76")
        // … of the remaining 6,099,447.51 of sales: 17.869…% → 17.87 (rounded up)
        #expect(assessment.gap.shareOfRemainingSales?.description == "17.87")
    }

    @Test("a seasonal year passes only when projected by last year's monthly shape")
    func priorYearShape() throws {
        let root = try emptyRoot()
        defer { root.remove() }
        var prior = YearBuilder(2025)
        prior.monthlySales("1000000.00", months: 1...12)
        prior.monthlyExports(usd: "1000.00", mxn: "20000.00", months: 1...6)
        prior.monthlyExports(usd: "99000.00", mxn: "1980000.00", months: 7...12)
        try prior.write(into: root.url)
        var current = YearBuilder(2026)
        current.monthlySales("1000000.00", months: 1...6)
        current.monthlyExports(usd: "2000.00", mxn: "40000.00", months: 1...6)
        try current.write(into: root.url)
        let assessment = try check(root, year: 2026, asOf: "2026-06-30").document.assessment
        #expect(assessment.projections.map(\.method) == [.runRate, .priorYearShape])
        #expect(!assessment.projections[0].thresholds.passes)
        // Last year reached 6,000 of its 600,000 USD by 30 June: 12,000 × 100 = 1,200,000.
        #expect(assessment.projections[1].exportsUSD.decimalString == "1200000.00")
        #expect(assessment.projections[1].thresholds.passes)
        #expect(assessment.onTrack)
        #expect(DryRunText.render(try check(root, year: 2026, asOf: "2026-06-30").document).contains("projected by last year's shape"))
    }

    @Test(
        "the calendar reads holidays from rules.toml, and skips weekends",
        arguments: [
            ("", "2026-05-29"),  // 30–31 May 2026 are a weekend
            ("[calendar]\nholidays = [\"2026-05-29\"]\n", "2026-05-28"),
        ])
    func calendar(rules: String, deadline: String) throws {
        let root = try emptyRoot()
        defer { root.remove() }
        var year = YearBuilder(2025)
        year.rules = rules
        year.monthlySales("1000.00", months: 1...12)
        year.monthlyExports(usd: "50000.00", mxn: "1000000.00", months: 1...12)
        try year.write(into: root.url)
        let document = try check(root, year: 2025, asOf: "2025-12-31", today: "2026-05-01").document
        #expect(document.assessment.calendar.deadline.description == deadline)
        #expect(document.daysLeft == CalendarDate.parse(deadline)!.daysSince1970 - CalendarDate.parse("2026-05-01")!.daysSince1970)
        #expect(!document.findings.contains { $0.code == .notFiled })
    }

    @Test("after the deadline with no filing archive: an error-level finding, even with a report in out/; the archive with the acknowledgement silences it")
    func notFiled() throws {
        let root = try emptyRoot()
        defer { root.remove() }
        var year = YearBuilder(2025)
        year.monthlySales("1000.00", months: 1...12)
        year.monthlyExports(usd: "50000.00", mxn: "1000000.00", months: 1...12)
        try year.write(into: root.url)
        let late = try check(root, year: 2025, asOf: "2025-12-31", today: "2026-06-15").document
        let finding = try #require(late.findings.first { $0.code == .notFiled })
        #expect(finding.severity == .error)
        #expect(finding.message.contains("was due 2026-05-29"))
        #expect(finding.hint?.contains("2026-08-31") == true)
        // A report in out/ is no filing: every `file` run writes one.
        _ = try FilingRun.run(FilingRequest(root: root.url, year: FiscalYear(2025), signing: .unsigned, generatedAt: fixedTime))
        let reported = try check(root, year: 2025, asOf: "2025-12-31", today: "2026-06-15").document
        #expect(reported.findings.contains { $0.code == .notFiled })
        #expect(!reported.filed)
        let acuse = root.path("acuse.pdf")
        try Data("%PDF-1.4 acuse".utf8).write(to: acuse)
        _ = try ArchiveRun.run(
            ArchiveRequest(
                root: root.url, year: FiscalYear(2025), acknowledgement: acuse,
                filedOn: CalendarDate.parse("2026-05-20")!, signing: .unsigned, time: fixedTime))
        let filed = try check(root, year: 2025, asOf: "2025-12-31", today: "2026-06-15").document
        #expect(!filed.findings.contains { $0.code == .notFiled })
        #expect(filed.filed)
    }

    @Test("the JSON document parses back with its documented fields; amounts are two-decimal strings")
    func json() throws {
        let root = try emptyRoot()
        defer { root.remove() }
        var year = YearBuilder(2026)
        year.monthlySales("1000000.00", months: 1...6)
        year.monthlyExports(usd: "1000.00", mxn: "20000.00", months: 1...6)
        try year.write(into: root.url)
        let text = try check(root, year: 2026, asOf: "2026-06-30").document.json.text()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "immex-dry-run/1")
        #expect(object["as_of"] as? String == "2026-06-30")
        #expect(object["on_track"] as? Bool == false)
        let ytd = try #require(object["year_to_date"] as? [String: Any])
        #expect(ytd["sales_mxn"] as? String == "6000000.00")
        let exports = try #require(ytd["exports"] as? [String: Any])
        #expect(exports["total_usd"] as? String == "6000.00")
        let projections = try #require(object["projections"] as? [[String: Any]])
        #expect(projections.first?["method"] as? String == "run-rate")
        let gap = try #require(object["gap"] as? [String: Any])
        #expect(gap["usd_needed"] as? String == "494000.01")
        let calendar = try #require(object["calendar"] as? [String: Any])
        #expect(calendar["deadline"] as? String == "2027-05-31")
        let findings = try #require(object["findings"] as? [String: Any])
        #expect(findings["errors"] as? Int == 0)
        // Every amount is a string with exactly two decimals.
        for value in [ytd["sales_mxn"], exports["direct_mxn"], gap["mxn_needed_for_share"]] {
            let amount = try #require(value as? String)
            #expect(amount.range(of: #"^-?[0-9]+\.[0-9]{2}$"#, options: .regularExpression) != nil)
        }
    }

    @Test("--report writes a validated XML, a text summary and a page, never a bundle")
    func report() throws {
        let root = try emptyRoot()
        defer { root.remove() }
        try writeFirstHalf(into: root)
        let result = try check(root, year: 2026, asOf: "2026-06-30", report: true)
        #expect(result.outputs == ["out/2026/dry-run-2026-06-30.xml", "out/2026/dry-run-2026-06-30.txt", "out/2026/dry-run-2026-06-30.html"])
        #expect(root.outFiles() == ["2026", "2026/dry-run-2026-06-30.html", "2026/dry-run-2026-06-30.txt", "2026/dry-run-2026-06-30.xml"])
        // The page's USD chart shows the run-rate projection, dashed.
        let page = try root.read("out/2026/dry-run-2026-06-30.html")
        #expect(page.contains("Ensayo a mitad de año"))
        #expect(page.contains("stroke-dasharray"))
        #expect(try root.read("out/2026/dry-run-2026-06-30.xml").contains("<Projection method=\"run-rate\""))
    }

    @Test("without a report the extracts are read unhashed, with the same figures; a report names each one's true digest")
    func digestsOnlyWhenNamed() throws {
        let root = try emptyRoot()
        defer { root.remove() }
        try writeFirstHalf(into: root)
        let folder = FiscalYearFolder(root: root.url, year: FiscalYear(2026))
        let hashed = YearAssembly.load(folder)
        let unhashed = YearAssembly.load(folder, hashesExtracts: false)
        let inputs = try #require(unhashed.year).inputs
        #expect(inputs.filter { !$0.isHashed }.map(\.displayPath) == ["fiscal-years/2026/sales.csv", "fiscal-years/2026/exports.csv"])
        #expect(
            inputs.filter(\.isHashed).map(\.displayPath) == ["fiscal-years/2026/company.toml", "templates/pedimento-keys.toml", "fiscal-years/2026/rules.toml"])
        #expect(try #require(hashed.year).inputs.allSatisfy(\.isHashed))
        #expect(unhashed.year?.sales == hashed.year?.sales)
        #expect(unhashed.year?.pedimentos == hashed.year?.pedimentos)
        #expect(unhashed.findings == hashed.findings)

        let quiet = try check(root, year: 2026, asOf: "2026-06-30")
        let reported = try check(root, year: 2026, asOf: "2026-06-30", report: true)
        #expect(quiet.document.json == reported.document.json)
        let xml = try root.read("out/2026/dry-run-2026-06-30.xml")
        for name in ["sales.csv", "exports.csv"] {
            let path = "fiscal-years/2026/\(name)"
            let digest = try InputFile.read(root.url.appendingPathComponent(path), displayPath: path).sha256
            #expect(xml.contains("path=\"\(path)\" role=\"extract\" sha256=\"\(digest)\""), "\(name)")
        }
    }
}
