import Foundation
import Testing

@testable import IMMEXDomain
@testable import IMMEXPipeline

/// The figures of `Fixtures/handworked`, worked out by hand in its README.md: no code is shared
/// with the aggregator.
@Suite("A small year whose totals were worked out by hand")
struct HandWorkedYearTests {
    @Test("sales, exports, tests and months equal the hand computation")
    func figures() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        let result = try file(root, year: 2024)
        let figures = result.figures

        #expect(figures.sales.invoices.decimalString == "2780.84")
        #expect(figures.sales.creditNotes.decimalString == "370.00")
        #expect(figures.sales.net.decimalString == "2410.84")
        #expect(figures.sales.domestic.decimalString == "804.50")
        #expect(figures.sales.foreign.decimalString == "1606.34")
        #expect(figures.sales.counts.rows == 8)
        #expect(figures.sales.counts.activeInvoices == 4)
        #expect(figures.sales.counts.activeCreditNotes == 2)
        #expect(figures.sales.counts.cancelled == 1)
        #expect(figures.sales.counts.notSales == 1)
        #expect(
            figures.sales.monthly.map(\.decimalString) == [
                "1000.00", "1575.00", "-200.00", "201.34", "-170.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "4.50",
            ])

        let exports = figures.exports
        #expect(exports.directGross.mxn.decimalString == "5272.00")
        #expect(exports.returns.mxn.decimalString == "360.00")
        #expect(exports.direct.mxn.decimalString == "4912.00")
        #expect(exports.direct.usd.decimalString == "275.00")
        #expect(exports.indirect.mxn.decimalString == "1090.00")
        #expect(exports.indirect.usd.decimalString == "60.00")
        #expect(exports.total.mxn.decimalString == "6002.00")
        #expect(exports.total.usd.decimalString == "335.00")
        #expect(
            exports.monthly.map(\.total.mxn.decimalString) == [
                "0.00", "1672.00", "0.00", "0.00", "0.00", "3600.00", "900.00", "-360.00", "0.00", "0.00", "0.00", "190.00",
            ])
        #expect(exports.byCountry[CountryCode("USA")]?.mxn.decimalString == "1312.00")
        #expect(exports.byCountry[CountryCode("MEX")]?.usd.decimalString == "60.00")
        #expect(exports.counts.rows == 8)
        #expect(exports.counts.counted == 5)
        #expect(exports.counts.rectified == 1)
        #expect(exports.counts.forReview == 1)
        #expect(exports.counts.excluded == 1)

        let tests = figures.thresholds
        #expect(!tests.usd.passes)
        #expect(tests.usd.margin.decimalString == "-499665.00")
        #expect(tests.share.passes)
        #expect(tests.share.percent?.description == "248.9588")
        #expect(tests.share.required.decimalString == "241.08")
        #expect(tests.share.margin.decimalString == "5760.92")
        #expect(result.passes)

        // The R1 corrected the pedimento but not its invoice, the K1 names no export, and the EUR
        // export invoice has no pedimento: reconciliation says so (README.md of the fixture).
        #expect(
            result.findings.map { "\($0.location?.description ?? "") \($0.code.rawValue)" } == [
                "fiscal-years/2024/exports.csv:2:1 mxn-amount-mismatch", "fiscal-years/2024/exports.csv:2:1 usd-amount-mismatch",
                "fiscal-years/2024/exports.csv:5:1 return-unlinked", "fiscal-years/2024/exports.csv:7:1 review-key",
                "fiscal-years/2024/sales.csv:6:1 unmatched-export-invoice",
            ])
    }

    @Test("the outputs are written, and the XML says the same figures")
    func outputs() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        let result = try file(root, year: 2024)
        #expect(
            result.outputs == [
                "out/2024/immex-annual-report-2024.xml", "out/2024/findings.csv", "out/2024/reconciliation.csv", "out/2024/summary.txt",
                "out/2024/summary.html", "out/2024/working-paper-sales.csv", "out/2024/working-paper-exports.csv", "out/2024/immex-2024.xlsx",
                "out/2024/immex-2024-evidence.zip",
            ])
        #expect(
            root.outFiles() == [
                "2024", "2024/findings.csv", "2024/immex-2024-evidence.zip", "2024/immex-2024.xlsx", "2024/immex-annual-report-2024.xml",
                "2024/reconciliation.csv", "2024/summary.html", "2024/summary.txt", "2024/working-paper-exports.csv", "2024/working-paper-sales.csv",
            ])
        let xml = try root.read("out/2024/immex-annual-report-2024.xml")
        #expect(
            xml.contains(
                "<Sales source=\"csv\" currency=\"MXN\" total=\"2410.84\" invoices=\"2780.84\" creditNotes=\"370.00\" domestic=\"804.50\" foreign=\"1606.34\"/>"
            ))
        #expect(xml.contains("<Total mxn=\"6002.00\" usd=\"335.00\"/>"))
        #expect(xml.contains("sharePercent=\"248.9588\""))
        #expect(xml.contains("<ThresholdTests passes=\"true\">"))
        #expect(xml.contains("generatedAt=\"2025-01-01T00:00:00Z\""))
        for name in ["company.toml", "rules.toml", "sales.csv", "exports.csv"] {
            #expect(xml.contains("path=\"fiscal-years/2024/\(name)\""))
        }
        let summary = try root.read("out/2024/summary.txt")
        #expect(summary.contains("CUMPLE — por la prueba de porcentaje"))
        #expect(try root.read("out/2024/findings.csv").contains("review-key,fiscal-years/2024/exports.csv,7,1,"))
    }

    @Test("the report validates with xmllint --schema against the shipped XSD")
    func xmllint() throws {
        guard let xmllint = which("xmllint") else {
            Issue.record("xmllint is not installed; `make test` installs libxml2-utils")
            return
        }
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        _ = try file(root, year: 2024)
        let run = try runProcess(
            xmllint,
            [
                "--noout", "--schema", root.path("templates/annual-report.xsd").path,
                root.path("out/2024/immex-annual-report-2024.xml").path,
            ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("validates"))
    }

    @Test("the same inputs give the same bytes")
    func deterministic() throws {
        let first = try WorkingRoot(fixture: "handworked")
        let second = try WorkingRoot(fixture: "handworked")
        defer {
            first.remove()
            second.remove()
        }
        _ = try file(first, year: 2024)
        _ = try file(second, year: 2024)
        for name in ["immex-annual-report-2024.xml", "findings.csv", "summary.txt"] {
            #expect(try first.read("out/2024/\(name)") == second.read("out/2024/\(name)"))
        }
    }
}
