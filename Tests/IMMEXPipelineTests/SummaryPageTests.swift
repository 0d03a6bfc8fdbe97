import Foundation
import Testing

@testable import IMMEXDomain
@testable import IMMEXPipeline
@testable import IMMEXReport

/// The summary page of the sample year, pinned as text and rendered by a real browser.
@Suite("The summary page", .serialized)
struct SummaryPageTests {
    /// The page's visible text: tags dropped, entities decoded, blanks folded, one block a line.
    static func text(of html: String) -> String {
        var text = html
        for (pattern, replacement) in [
            (#"<style>[\s\S]*?</style>"#, ""), (#"<title[^>]*>[\s\S]*?</title>"#, ""), (#"<desc[\s\S]*?</desc>"#, ""),
            (#"</(p|div|h[1-6]|tr|li|section|header)>"#, "\n"), (#"<[^>]+>"#, " "),
        ] {
            text = text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        text = text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        return text.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
            .filter { !$0.isEmpty }.joined(separator: "\n") + "\n"
    }

    @Test("the page's text (numbers and verdict) equals the golden text, in Spanish and English", arguments: [SummaryLanguage.es, .en])
    func goldenText(language: SummaryLanguage) throws {
        let root = try WorkingRoot.shipped()
        defer { root.remove() }
        _ = try FilingRun.run(FilingRequest(root: root.url, year: FiscalYear(2025), language: language, generatedAt: fixedTime))
        let actual = Self.text(of: try root.read("out/2025/summary.html"))
        let golden = SampleYearTests.golden.appendingPathComponent("summary-page-\(language.rawValue).txt")
        if ProcessInfo.processInfo.environment["IMMEX_UPDATE_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: golden)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(actual == expected, "summary page text differs at \(firstDifference(actual, expected) ?? "?")")
    }

    @Test("headless Chromium loads the page with no console errors, shows verdict and totals, draws every chart, prints PNG and PDF")
    func browser() throws {
        guard let chromium = which("chromium") ?? which("chromium-browser") else {
            Issue.record("chromium is not installed; `make test` installs Debian's chromium package")
            return
        }
        let root = try WorkingRoot.shipped()
        defer { root.remove() }
        _ = try FilingRun.run(FilingRequest(root: root.url, year: FiscalYear(2025), generatedAt: fixedTime))
        let page = "file://" + root.path("out/2025/summary.html").path
        let common = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
            "--user-data-dir=\(root.path("chromium-profile").path)", "--enable-logging=stderr", "--v=0",
        ]

        let dom = try runProcess(chromium, common + ["--dump-dom", page])
        #expect(dom.status == 0, "\(dom.stderr.suffix(500))")
        let consoleErrors = dom.stderr.split(separator: "\n").filter { $0.contains("CONSOLE") || $0.contains("Uncaught") || $0.contains("Refused to load") }
        #expect(consoleErrors.isEmpty, "console: \(consoleErrors)")
        let text = Self.text(of: dom.stdout)
        #expect(text.contains("CUMPLE"))
        #expect(text.contains("$1,113,081,231.24 MXN"))
        #expect(text.contains("$622,883,548.00 MXN"))
        #expect(text.contains("$32,640,850.87 USD"))
        // Five charts (the fifth: temporary imports by term), each with drawn marks (bars with a height, or lines).
        let charts = dom.stdout.components(separatedBy: "<svg class=\"chart\"").dropFirst()
        #expect(charts.count == 5)
        for chart in charts {
            let body = chart.components(separatedBy: "</svg>")[0]
            let marks = body.matches(of: #/<rect[^>]* height="[1-9][0-9]*"/#).count + body.components(separatedBy: "<polyline ").count - 1
            #expect(marks > 0)
        }
        #expect(!dom.stdout.contains("<script"))
        // Nothing is loaded from the network (the SVG namespace URI is a name, not a load).
        for external in ["src=\"http", "href=\"http", "src=\"//", "href=\"//", "@import", "url("] {
            #expect(!dom.stdout.contains(external), "the page loads \(external)…")
        }

        let png = root.path("summary.png")
        let pdf = root.path("summary.pdf")
        let shot = try runProcess(chromium, common + ["--window-size=1000,1400", "--screenshot=\(png.path)", page])
        #expect(shot.status == 0)
        let printed = try runProcess(chromium, common + ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page])
        #expect(printed.status == 0)
        let pngBytes = try Data(contentsOf: png)
        let pdfBytes = try Data(contentsOf: pdf)
        #expect(pngBytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) && pngBytes.count > 50_000)
        #expect(pdfBytes.starts(with: Array("%PDF".utf8)) && pdfBytes.count > 20_000)

        // Printed, every page carries the RFC and year at the top and its number at the bottom.
        guard let pdftotext = which("pdftotext") else {
            Issue.record("pdftotext is not installed; `make test` installs Debian's poppler-utils")
            return
        }
        let printedText = try runProcess(pdftotext, ["-layout", pdf.path, "-"]).stdout
        let pages = printedText.components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        #expect(pages.count > 1)
        for (index, page) in pages.enumerated() {
            #expect(page.contains("RFC MFN180523QX4"), "page \(index + 1)")
            #expect(page.contains("\(index + 1) de \(pages.count)") || page.contains("\(index + 1) of \(pages.count)"), "page \(index + 1)")
        }
    }
}
