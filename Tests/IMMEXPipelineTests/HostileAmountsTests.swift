import Foundation
import Testing

@testable import IMMEXDomain
@testable import IMMEXPipeline
@testable import IMMEXReport

/// Amounts no real year has: each is a located error, never an arithmetic trap (exit 132).
@Suite("Impossible amounts: located errors, never a crash")
struct HostileAmountsTests {
    func errors(_ root: WorkingRoot, year: Int = 2025) -> [Finding] { filingErrors(root, year: year) }

    func root(_ build: (inout YearBuilder) -> Void) throws -> WorkingRoot {
        let root = try WorkingRoot(fixture: "handworked")
        var year = YearBuilder(2025)
        year.monthlySales("1000000.00", months: 1...12)
        year.monthlyExports(usd: "10000.00", mxn: "200000.00", months: 1...12)
        build(&year)
        try year.write(into: root.url)
        return root
    }

    @Test("one sale of 92,233,720,368,547,758.07 pesos: an error at its row naming the limit; nothing written")
    func oneHugeSale() throws {
        let root = try root { $0.sales.append(("2025-03-20", "92233720368547758.07")) }
        defer { root.remove() }
        let findings = errors(root).filter { $0.code == .malformedAmount }
        #expect(findings.map { "\($0.location?.file ?? ""):\($0.location?.line ?? 0)" } == ["fiscal-years/2025/sales.csv:14"])
        #expect(findings.first?.message.contains("$10,000,000,000,000.00") == true)
        #expect(root.outFiles().isEmpty)
    }

    @Test("sales each at the largest amount one row may state, until their total passes what the report states: the row that pushed it over is an error")
    func salesTotalOverflow() throws {
        // 9,223 rows of 9,999,999,999,999.99 fit in Int64 centavos; the 9,224th does not.
        let root = try root { year in
            for index in 0..<9_300 { year.sales.append((String(format: "2025-%02d-20", index % 12 + 1), "9999999999999.99")) }
        }
        defer { root.remove() }
        let findings = errors(root).filter { $0.code == .malformedAmount }
        #expect(!findings.isEmpty)
        #expect(findings.allSatisfy { $0.severity == .error && $0.location?.file == "fiscal-years/2025/sales.csv" })
        #expect(findings.contains { $0.message.contains("largest total the report states") })
    }

    @Test(
        "exports.csv values beyond one row's limit are errors at their cells; many at the limit overflow the total, an error at the pedimento that pushed it over"
    )
    func exportsOverflow() throws {
        let huge = try root { $0.exports.append(("2025-04-10", "92233720368547758.00", "3600.00")) }
        defer { huge.remove() }
        let cell = errors(huge).filter { $0.code == .malformedAmount }
        #expect(cell.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0)" } == ["14:44"])
        #expect(cell.first?.message.contains("beyond the largest amount one row may state") == true)

        let many = try root { year in
            for index in 0..<9_300 { year.exports.append((String(format: "2025-%02d-11", index % 12 + 1), "9999999999999.99", "1.00")) }
        }
        defer { many.remove() }
        let total = errors(many).filter { $0.code == .malformedAmount }
        #expect(total.count == 1)
        #expect(total.first?.message.contains("this pedimento pushed them over") == true)
        #expect(total.first?.location?.file == "fiscal-years/2025/exports.csv")
        #expect(many.outFiles().isEmpty)
    }

    @Test("a 10 MB field is echoed cut, with its length, never whole")
    func longFieldEchoedCut() throws {
        let long = String(repeating: "9", count: 10_000_000) + "x"
        let root = try root { $0.sales.append(("2025-03-20", long)) }
        defer { root.remove() }
        let finding = try #require(errors(root).first { $0.code == .malformedAmount })
        #expect(finding.message.count < Finding.longestMessage + 10)
        #expect(finding.message.contains("(10000001 characters)"))
    }

    @Test(
        "charts of any figures, up to the largest, draw without trapping",
        arguments: [Int64.max, Int64.max / 2, Int64(40_000_000_000_000_000), 1, 0, -5] as [Int64])
    func chartsNeverTrap(_ value: Int64) {
        let axis = SVGChart.niceAxis(value)
        #expect(axis.maximum >= min(value, Int64.max) || value <= 0)
        #expect(axis.step > 0)
        let months = [Money<MXN>](repeating: Money(centavos: value), count: 12)
        let monthly = SVGChart.monthly(sales: months, exports: months, minimumBasisPoints: 1_000, labels: SummaryLanguage.en.words.chart)
        #expect(monthly.contains("<svg"))
        let usd = SVGChart.cumulativeUSD(
            monthly: months.map { Money<USD>(centavos: $0.centavos) }, limit: Money(centavos: 500_000_00), projection: nil,
            labels: SummaryLanguage.es.words.chart)
        #expect(usd.contains("<svg"))
    }
}
