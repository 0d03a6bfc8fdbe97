import Foundation
import Testing

@testable import IMMEXDomain
@testable import IMMEXIngest
@testable import IMMEXPipeline

/// Reviewed findings (`explanations.toml`): shown as explained in every output, never hidden; a
/// stale explanation is a finding; an error cannot be explained away.
@Suite("Reviewed findings: explanations.toml")
struct ExplanationTests {
    @Test("the sample's explanation marks the five date mismatches of its pedimento in findings.csv, the summary, the XML and the page")
    func sampleYear() throws {
        let root = try WorkingRoot.shipped()
        defer { root.remove() }
        let result = try file(root, year: 2025)
        let explained = result.findings.filter { $0.explanation != nil }
        #expect(explained.count == 5)
        #expect(explained.allSatisfy { $0.code == .dateMismatch && $0.message.contains("250734215000023") })
        #expect(explained.first?.explanation?.hasSuffix("(C.P. Ana López Ruiz (EJEMPLO), 2026-03-02)") == true)
        #expect(!result.findings.contains { $0.code == .explanationUnmatched })
        let csv = try root.read("out/2025/findings.csv")
        #expect(csv.hasPrefix("severidad,código,archivo,línea,columna,mensaje,qué hacer,relacionado,explicación\r\n"))
        #expect(csv.components(separatedBy: "Consolidated shipment held").count - 1 == 5)
        #expect(try root.read("out/2025/summary.txt").contains("(5 explicados en explanations.toml)."))
        #expect(
            try root.read("out/2025/immex-annual-report-2025.xml").contains("<Code code=\"date-mismatch\" severity=\"warning\" count=\"5\" explained=\"5\"/>"))
        #expect(try root.read("out/2025/summary.html").contains("✔ explicado: Consolidated shipment"))
        let bundle = try runProcess(URL(fileURLWithPath: "/usr/bin/unzip"), ["-l", root.path("out/2025/immex-2025-evidence.zip").path])
        #expect(bundle.stdout.contains("inputs/explanations.toml"))
    }

    @Test("an explanation that matches nothing is a finding at its line; one naming an error leaves the error an error")
    func staleAndErrors() {
        let place = SourceLocation(file: "fiscal-years/2025/explanations.toml", line: 9, column: 1)
        let warning = Finding(
            .dateMismatch, "pedimento 250734215000023 was paid late", at: SourceLocation(file: "fiscal-years/2025/exports.csv", line: 64, column: 1))
        let error = Finding(.malformedAmount, "subtotal 'abc' is not an amount", at: SourceLocation(file: "fiscal-years/2025/sales.csv", line: 3, column: 10))
        let explanations = [
            Explanation(
                code: .dateMismatch, at: "fiscal-years/2025/exports.csv:64", about: nil, text: "held at customs", by: "A",
                on: CalendarDate.parse("2026-03-02")!, location: place),
            Explanation(code: .usdAmountMismatch, at: nil, about: "999", text: "x", by: "A", on: CalendarDate.parse("2026-03-02")!, location: place),
            Explanation(
                code: .malformedAmount, at: "fiscal-years/2025/sales.csv:3", about: nil, text: "y", by: "A", on: CalendarDate.parse("2026-03-02")!,
                location: place),
        ]
        let result = Explanation.apply(explanations, to: [warning, error])
        #expect(result[0].explanation == "held at customs (A, 2026-03-02)")
        #expect(result[1].explanation == nil && result[1].severity == .error)
        let notes = result.filter { $0.code == .explanationUnmatched }
        #expect(notes.count == 2)
        #expect(notes.allSatisfy { $0.location == place })
        #expect(notes.contains { $0.message.contains("matches no finding") })
        #expect(notes.contains { $0.message.contains("cannot be explained away") })
    }

    @Test("a malformed explanations.toml is located and stops the run, as other settings do")
    func malformed() throws {
        var findings: [Finding] = []
        let file = try InputFile(
            displayPath: "fiscal-years/2025/explanations.toml", url: URL(fileURLWithPath: "/nonexistent"),
            bytes: Array(
                """
                [[explained]]
                code = "date-mismatch"
                explanation = "x"
                by = "A"
                on = "2026-03-02"

                [[explained]]
                code = "no-such-code"
                about = "1"
                """.utf8))
        let explanations = ExplanationsFile.load(file, findings: &findings)
        #expect(explanations.isEmpty)
        #expect(findings.map { $0.location?.line ?? 0 } == [1, 7])
        #expect(findings.allSatisfy { $0.severity == .error && $0.code == .invalidSettings })
    }
}
