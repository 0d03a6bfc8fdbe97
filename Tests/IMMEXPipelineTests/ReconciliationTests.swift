import Foundation
import Testing

@testable import IMMEXDomain
@testable import IMMEXPipeline

/// A small year where invoices and pedimentos agree, including both many-to-many shapes:
/// U4 left under two pedimentos (P3, P4); U2 and U3 under one consolidated pedimento (P2).
/// Each test changes one thing and expects exactly the codes it should raise, where it should.
struct ReconciliationYear {
    var sales = [
        "uuid,issued_on,type,status,customer_rfc,customer_country,export_code,currency,exchange_rate,subtotal,discount,total_usd,pedimento",
        "00000000-0000-4000-8000-000000000001,2025-03-01,I,active,XEXX010101000,USA,02,USD,20.000000,1000.00,,1000.00,\"25  24  3421  5000001\"",
        "00000000-0000-4000-8000-000000000002,2025-03-02,I,active,XEXX010101000,USA,02,USD,20.000000,500.00,,500.00,\"25  24  3421  5000002\"",
        "00000000-0000-4000-8000-000000000003,2025-03-03,I,active,XEXX010101000,CAN,02,USD,20.000000,300.00,,300.00,\"25  24  3421  5000002\"",
        "00000000-0000-4000-8000-000000000004,2025-03-04,I,active,XEXX010101000,USA,02,USD,20.000000,2000.00,,2000.00,\"25  24  3421  5000003, 25  24  3421  5000004\"",
        "00000000-0000-4000-8000-000000000005,2025-03-05,I,active,IDN0503157K2,,01,MXN,,50000.00,,,",
        "00000000-0000-4000-8000-000000000006,2025-03-06,I,active,MAQ070707JK9,,04,MXN,,9000.00,,,\"25  24  3421  5000005\"",
    ]
    var exports = [
        "pedimento,customs_section,key,paid_on,exchange_rate,value_usd,commercial_value_mxn,value_added_mxn,destination_country,invoice_uuid,rectifies,returned_pedimento",
        "252434215000001,240,A1,2025-03-02,20.00000,1000.00,20000.00,,USA,00000000-0000-4000-8000-000000000001,,",
        "252434215000002,240,A1,2025-03-04,20.00000,800.00,16000.00,,USA,,,",
        "252434215000003,240,A1,2025-03-05,20.00000,1200.00,24000.00,,USA,,,",
        "252434215000004,240,A1,2025-03-06,20.00000,800.00,16000.00,,USA,,,",
        "252434215000005,240,V1,2025-03-07,20.00000,450.00,9000.00,,MEX,,,",
        "252434215000006,240,K1,2025-04-01,20.00000,100.00,2000.00,,USA,,,252434215000001",
        "252434215000007,240,R1,2025-04-02,20.00000,1000.00,20000.00,,USA,00000000-0000-4000-8000-000000000001,252434215000001,",
    ]

    func write(into root: URL) throws {
        let folder = root.appendingPathComponent("fiscal-years/2025")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("rfc = \"TFX010101AB1\"\nlegal_name = \"Conciliación, S.A.\"\nprogram_number = \"IMMEX-3\"\nmodality = \"industrial\"\n".utf8)
            .write(to: folder.appendingPathComponent("company.toml"))
        try Data("".utf8).write(to: folder.appendingPathComponent("rules.toml"))
        try Data((sales.joined(separator: "\n") + "\n").utf8).write(to: folder.appendingPathComponent("sales.csv"))
        try Data((exports.joined(separator: "\n") + "\n").utf8).write(to: folder.appendingPathComponent("exports.csv"))
    }

    /// Replaces text in one line (1-based, as the files count), or appends a line.
    mutating func sales(_ line: Int, _ old: String, _ new: String) { sales[line - 1] = sales[line - 1].replacingOccurrences(of: old, with: new) }
    mutating func exports(_ line: Int, _ old: String, _ new: String) { exports[line - 1] = exports[line - 1].replacingOccurrences(of: old, with: new) }
}

@Suite("Reconciliation of invoices and pedimentos")
struct ReconciliationTests {
    /// The reconciliation items as `code@file:line` (the finding's place) strings, sorted.
    func reconcile(_ year: ReconciliationYear) throws -> (items: [String], figures: AnnualFigures) {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        try year.write(into: root.url)
        let result = try FilingRun.run(FilingRequest(root: root.url, year: FiscalYear(2025), generatedAt: fixedTime))
        let items = result.figures.reconciliation.map { item in
            let place = item.finding.location.map { "\($0.file.split(separator: "/").last!):\($0.line ?? 0)" } ?? "-"
            return "\(item.code.rawValue)@\(place)"
        }
        return (items.sorted(), result.figures)
    }

    @Test("a clean year, with both many-to-many shapes, has no disagreement")
    func clean() throws {
        let (items, figures) = try reconcile(ReconciliationYear())
        #expect(items == [])
        #expect(figures.exports.direct.usd.decimalString == "3700.00")
    }

    @Test(
        "each code fires exactly where expected, and nowhere else",
        arguments: [
            ("unmatched-export-pedimento", ["unmatched-export-pedimento@exports.csv:9"]),
            ("unmatched-export-invoice", ["unmatched-export-invoice@sales.csv:8"]),
            ("unknown-invoice", ["unknown-invoice@exports.csv:2"]),
            ("unknown-pedimento", ["unknown-pedimento@sales.csv:2"]),
            ("usd-amount-mismatch", ["usd-amount-mismatch@exports.csv:3"]),
            ("mxn-amount-mismatch", ["mxn-amount-mismatch@exports.csv:3"]),
            ("pedimento-rate-mismatch", ["pedimento-rate-mismatch@exports.csv:4"]),
            ("date-mismatch", ["date-mismatch@exports.csv:3", "date-mismatch@exports.csv:3"]),
            ("export-code-key-mismatch", ["export-code-key-mismatch@exports.csv:6"]),
            ("foreign-customer-not-export", ["foreign-customer-not-export@sales.csv:8"]),
            ("domestic-customer-export", ["domestic-customer-export@sales.csv:6"]),
            ("rectification-other-year", ["rectification-other-year@exports.csv:9"]),
            ("return-unlinked", ["return-unlinked@exports.csv:7"]),
            ("return-target-missing", ["return-target-missing@exports.csv:7"]),
        ])
    func eachCode(code: String, expected: [String]) throws {
        var year = ReconciliationYear()
        switch code {
        case "unmatched-export-pedimento":
            year.exports.append("252434215000008,240,A1,2025-05-01,20.00000,10.00,200.00,,USA,,,")
        case "unmatched-export-invoice":
            year.sales.append("00000000-0000-4000-8000-000000000007,2025-05-01,I,active,XEXX010101000,USA,02,USD,20.000000,10.00,,10.00,")
        case "unknown-invoice":
            year.exports(2, "00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000099")
            year.exports(8, "00000000-0000-4000-8000-000000000001", "")
        case "unknown-pedimento":
            year.sales(2, "\"25  24  3421  5000001\"", "\"25  24  3421  5000001, 25  24  3421  5000099\"")
        case "usd-amount-mismatch":
            year.exports(3, "800.00,16000.00", "805.00,16100.00")
        case "mxn-amount-mismatch":
            year.sales(4, "20.000000,300.00", "25.000000,300.00")
        case "pedimento-rate-mismatch":
            year.exports(4, "1200.00,24000.00", "1200.00,24500.00")
        case "date-mismatch":
            year.exports(3, "2025-03-04", "2025-03-20")
        case "export-code-key-mismatch":
            year.sales(7, ",04,", ",02,")
        case "foreign-customer-not-export":
            year.sales.append("00000000-0000-4000-8000-000000000007,2025-05-01,I,active,XEXX010101000,DEU,01,EUR,21.000000,10.00,,,")
        case "domestic-customer-export":
            year.sales(6, ",01,MXN", ",04,MXN")
        case "rectification-other-year":
            year.exports.append("252434215000009,240,R1,2025-05-01,20.00000,10.00,200.00,,USA,,241234214000009,")
        case "return-unlinked":
            year.exports(7, ",252434215000001", ",")
        case "return-target-missing":
            year.exports(7, ",,,252434215000001", ",,,252434215000099")
        default:
            Issue.record("no change for \(code)")
        }
        let (items, _) = try reconcile(year)
        #expect(items == expected)
    }

    @Test("reconciliation.csv cites both sides and the amounts; it is in the bundle; check runs the same checks")
    func outputs() throws {
        var year = ReconciliationYear()
        year.exports(3, "800.00,16000.00", "805.00,16100.00")
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        try year.write(into: root.url)
        _ = try FilingRun.run(FilingRequest(root: root.url, year: FiscalYear(2025), generatedAt: fixedTime))
        // In the year's language: Spanish unless company.toml says otherwise; the code stays as it is.
        let csv = try root.read("out/2025/reconciliation.csv")
        #expect(csv.hasPrefix("código,severidad,mensaje,uuid_factura,origen_factura,pedimento,origen_pedimento,"))
        #expect(
            csv.contains(
                "usd-amount-mismatch,advertencia,el pedimento 252434215000002 declara USD 805.00; el TotalUSD de sus facturas suma 800.00,"
                    + "00000000-0000-4000-8000-000000000002,fiscal-years/2025/sales.csv:3:1,252434215000002,fiscal-years/2025/exports.csv:3:1,USD,800.00,805.00,-5.00,"
            ))
        // And in English when it says so.
        let company = try root.read("fiscal-years/2025/company.toml")
        try root.write("fiscal-years/2025/company.toml", "language = \"en\"\n" + company)
        _ = try FilingRun.run(FilingRequest(root: root.url, year: FiscalYear(2025), generatedAt: fixedTime))
        #expect(
            try root.read("out/2025/reconciliation.csv").contains(
                "usd-amount-mismatch,warning,pedimento 252434215000002 declares USD 805.00; its invoices' TotalUSD add up to 800.00,"))
        #expect(try root.read("out/2025/immex-annual-report-2025.xml").contains("<Code code=\"usd-amount-mismatch\" count=\"1\"/>"))
        #expect(try root.read("out/2025/summary.txt").contains("usd-amount-mismatch 1"))
        let unzip = try runProcess(URL(fileURLWithPath: "/usr/bin/unzip"), ["-l", root.path("out/2025/immex-2025-evidence.zip").path])
        #expect(unzip.stdout.contains("report/reconciliation.csv"))
        #expect(unzip.stdout.contains("report/summary.html"))
        let check = try CheckRun.run(
            CheckRequest(
                root: root.url, year: FiscalYear(2025), asOf: CalendarDate(year: 2025, month: 12, day: 31),
                generatedAt: fixedTime, today: CalendarDate(year: 2026, month: 1, day: 10)))
        #expect(check.document.assessment.yearToDate.reconciliation.map(\.code) == [.usdAmountMismatch])
    }

    @Test("tolerances are settings")
    func tolerances() throws {
        var year = ReconciliationYear()
        year.exports(3, "800.00,16000.00", "805.00,16100.00")
        year.exports(3, "2025-03-04", "2025-03-20")
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        try year.write(into: root.url)
        try root.write("fiscal-years/2025/rules.toml", "[reconciliation]\nusd_tolerance = \"5.00\"\nmax_days_apart = 20\n")
        let result = try FilingRun.run(FilingRequest(root: root.url, year: FiscalYear(2025), generatedAt: fixedTime))
        #expect(result.figures.reconciliation.isEmpty)
    }
}
