import Foundation
import Testing

@testable import IMMEXDomain
@testable import IMMEXPipeline

/// Bad input gets a clear error, every error is listed, and out/ is left exactly as it was.
@Suite("Bad input stops the run and writes nothing")
struct BadInputTests {
    /// Puts a previous run's report in out/2024 and returns its content.
    func seedPreviousOutput(_ root: WorkingRoot) throws -> String {
        try FileManager.default.createDirectory(at: root.path("out/2024"), withIntermediateDirectories: true)
        let previous = "previous run's report\n"
        try root.write("out/2024/immex-annual-report-2024.xml", previous)
        return previous
    }

    func expectInputErrors(_ root: WorkingRoot, _ check: ([Finding]) -> Void) throws {
        do {
            _ = try file(root, year: 2024)
            Issue.record("the run succeeded on bad input")
        } catch let error as FilingError {
            guard case .inputErrors(let findings) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            check(findings)
        }
    }

    @Test("errors in both extracts are all listed, sorted by place; out/ is untouched")
    func errorsEverywhere() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        let previous = try seedPreviousOutput(root)
        var sales = try root.read("fiscal-years/2024/sales.csv")
        sales = sales.replacingOccurrences(of: ",1000.00,,,", with: ",1O00.00,,,")
        sales = sales.replacingOccurrences(of: "2024-03-05", with: "2023-12-31")
        try root.write("fiscal-years/2024/sales.csv", sales)
        var exports = try root.read("fiscal-years/2024/exports.csv")
        exports = exports.replacingOccurrences(of: ",V1,", with: ",Q9,")
        try root.write("fiscal-years/2024/exports.csv", exports)

        try expectInputErrors(root) { findings in
            let errors = findings.filter { $0.severity == .error }.map { "\($0.location!) \($0.code.rawValue)" }
            #expect(
                errors == [
                    "fiscal-years/2024/exports.csv:4:21 unknown-key",
                    "fiscal-years/2024/sales.csv:2:80 malformed-amount",
                    "fiscal-years/2024/sales.csv:4:38 date-outside-year",
                ])
        }
        #expect(root.outFiles() == ["2024", "2024/immex-annual-report-2024.xml"])
        #expect(try root.read("out/2024/immex-annual-report-2024.xml") == previous)
    }

    @Test("a missing extract and a bad setting are both reported")
    func missingFileAndSetting() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        try FileManager.default.removeItem(at: root.path("fiscal-years/2024/exports.csv"))
        try root.write("fiscal-years/2024/rules.toml", "[usd_test]\nlimit_usd = 500000.5\n")
        try expectInputErrors(root) { findings in
            #expect(
                findings.map { "\($0.location!) \($0.code.rawValue)" } == [
                    "fiscal-years/2024/exports.csv missing-file",
                    "fiscal-years/2024/rules.toml:2:1 invalid-settings",
                ])
        }
        #expect(root.outFiles().isEmpty)
    }

    @Test("a year folder that does not exist says how to make one")
    func noYear() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        do {
            _ = try FilingRun.run(FilingRequest(root: root.url, year: FiscalYear(2019), generatedAt: fixedTime))
            Issue.record("ran without a folder")
        } catch let error as FilingError {
            guard case .inputErrors(let findings) = error else { return }
            #expect(findings.first?.message == "there is no folder fiscal-years/2019")
        }
    }

    @Test("a template that renders broken XML fails with libxml2's line and column")
    func brokenTemplate() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        var template = try root.read("templates/annual-report.xml.mustache")
        template = template.replacingOccurrences(of: "  </Exports>\n", with: "")
        try root.write("templates/annual-report.xml.mustache", template)
        try expectInputErrors(root) { findings in
            // libxml2 stops at the first fatal error; it may add what it noticed on the way.
            #expect(!findings.isEmpty)
            #expect(findings.allSatisfy { $0.code == .templateError })
            guard let finding = findings.first else { return }
            #expect(finding.code == .templateError)
            #expect(finding.location?.file == "templates/annual-report.xml.mustache (rendered)")
            #expect((finding.location?.line ?? 0) > 20)
            #expect((finding.location?.column ?? 0) > 0)
            #expect(finding.message.contains("not well-formed"))
        }
        #expect(root.outFiles().isEmpty)
    }

    @Test("a template whose XML breaks the schema names each violation")
    func schemaViolation() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        var template = try root.read("templates/annual-report.xml.mustache")
        template = template.replacingOccurrences(of: "total=\"{{sales.net}}\"", with: "total=\"{{sales.net}} MXN\"")
        try root.write("templates/annual-report.xml.mustache", template)
        try expectInputErrors(root) { findings in
            #expect(findings.map(\.code) == [.templateError])
            #expect(findings.first?.message.contains("total") == true)
            // <Sales> is line 32 of the rendered report (16 key classes and the fixed-asset rule before it).
            #expect(findings.first?.location?.line == 32)
        }
    }

    @Test("a Mustache syntax error names the template line")
    func mustacheSyntax() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        var template = try root.read("templates/annual-report.xml.mustache")
        template = template.replacingOccurrences(of: "{{/monthly}}", with: "{{/month}}")
        try root.write("templates/annual-report.xml.mustache", template)
        try expectInputErrors(root) { findings in
            #expect(findings.map(\.code) == [.templateError])
            #expect(findings.first?.location?.file == "templates/annual-report.xml.mustache")
            #expect(findings.first?.location?.line != nil)
        }
    }
}
