import Testing

@testable import IMMEXDomain
@testable import IMMEXReport

@Suite("Report formatting")
struct ReportFormattingTests {
    @Test(
        "UTC timestamps without a locale",
        arguments: [
            (0, "1970-01-01T00:00:00Z"), (1_767_225_600, "2026-01-01T00:00:00Z"), (951_782_400, "2000-02-29T00:00:00Z"),
            (1_709_210_096, "2024-02-29T12:34:56Z"), (-1, "1969-12-31T23:59:59Z"),
        ] as [(Int64, String)])
    func timestamps(seconds: Int64, expected: String) {
        #expect(UTCTime.iso8601(seconds) == expected)
    }

    @Test("findings.csv quotes what needs quoting")
    func findingsCSV() {
        let finding = Finding(
            .malformedAmount, "subtotal '1,000' is not an amount", at: SourceLocation(file: "s.csv", line: 2, column: 93),
            hint: "write it like \"1234.56\"")
        let text = FindingsCSV.render([finding])
        #expect(
            text == FindingsCSV.header + "\r\n"
                + "error,malformed-amount,s.csv,2,93,\"subtotal '1,000' is not an amount\",\"write it like \"\"1234.56\"\"\",,\r\n")
    }

    @Test("the terminal listing reads like a compiler's, grouped by file, with a count")
    func listing() {
        let findings = [
            Finding(.malformedDate, "bad date", at: SourceLocation(file: "b.csv", line: 3, column: 2), hint: "fix it"),
            Finding(.malformedAmount, "bad amount", at: SourceLocation(file: "a.csv", line: 9, column: 1)),
            Finding(.reviewKey, "review", at: SourceLocation(file: "a.csv", line: 2, column: 1)),
        ]
        let text = FindingsListing.render(findings, limit: 2)
        #expect(
            text == """
                a.csv:2:1: warning: review [review-key]
                a.csv:9:1: error: bad amount [malformed-amount]
                … and 1 more (all of them: --all-findings, or findings.csv)

                2 errors, 1 warning, 0 notes

                """)
    }

    @Test("a Mustache syntax error names the template's line and column")
    func templateError() {
        let error = #expect(throws: TemplateError.self) {
            try ReportRenderer(text: "<a>\n{{#open}}\n</a>\n", path: "templates/t.mustache")
        }
        #expect(error?.location.file == "templates/t.mustache")
        #expect(error?.location.line != nil)
    }

    @Test("values are escaped for XML")
    func escaping() throws {
        let renderer = try ReportRenderer(text: "<a name=\"{{name}}\">{{name}}</a>", path: "t")
        #expect(
            renderer.render(["name": "Ruiz & \"Hijos\" <S.A.>"])
                == "<a name=\"Ruiz &amp; &quot;Hijos&quot; &lt;S.A.&gt;\">Ruiz &amp; &quot;Hijos&quot; &lt;S.A.&gt;</a>")
    }
}
