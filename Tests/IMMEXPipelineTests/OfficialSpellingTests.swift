import Foundation
import Testing

@testable import IMMEXDomain
@testable import IMMEXIngest
@testable import IMMEXPipeline
@testable import IMMEXSample

/// A fast path must take every well-formed spelling: files written in each official spelling send
/// no row to the checked path (`ReadCounts`), and give the same year.
@Suite("Every official spelling on the fast path")
struct OfficialSpellingTests {
    enum Spelling: String, CaseIterable, Sendable {
        case asGenerated, lineFeeds, byteOrderMark, spacedPedimentos, everyFieldQuoted, optionalColumnsAbsent
    }

    /// The CFDI's spelling of a 15-digit number: `YY  AA  PPPP  NNNNNNN`.
    static func spaced(_ digits: Substring) -> String {
        let d = Array(digits)
        return String(d[0..<2]) + "  " + String(d[2..<4]) + "  " + String(d[4..<8]) + "  " + String(d[8..<15])
    }

    static func rewrite(_ text: String, _ spelling: Spelling) -> String {
        var lines = text.components(separatedBy: "\r\n")
        if lines.last == "" { lines.removeLast() }
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        switch spelling {
        case .asGenerated, .lineFeeds, .byteOrderMark:
            break
        case .spacedPedimentos:
            guard header.first == "pedimento" else { break }
            let numbered = Set(["pedimento", "rectifies", "returned_pedimento"].compactMap { header.firstIndex(of: $0) })
            lines =
                [lines[0]]
                + lines.dropFirst().map { line in
                    line.split(separator: ",", omittingEmptySubsequences: false).enumerated()
                        .map { numbered.contains($0.offset) && $0.element.count == 15 ? spaced($0.element) : String($0.element) }.joined(separator: ",")
                }
        case .everyFieldQuoted:
            guard header.first == "pedimento" else { break }
            lines = lines.map { line in
                line.split(separator: ",", omittingEmptySubsequences: false).map { "\"\($0)\"" }.joined(separator: ",")
            }
        case .optionalColumnsAbsent:
            guard header.first == "pedimento" else { break }
            let dropped = Set(["destination_country", "fixed_asset_return", "value_added_mxn"].compactMap { header.firstIndex(of: $0) })
            lines = lines.map { line in
                line.split(separator: ",", omittingEmptySubsequences: false).enumerated().filter { !dropped.contains($0.offset) }.map { String($0.element) }
                    .joined(separator: ",")
            }
        }
        let ending = spelling == .lineFeeds ? "\n" : "\r\n"
        return (spelling == .byteOrderMark ? "\u{FEFF}" : "") + lines.joined(separator: ending) + ending
    }

    @Test(
        "sales.csv and exports.csv in each official spelling: no well-formed row takes the checked path, and the totals do not change",
        arguments: Spelling.allCases)
    func noCheckedRows(_ spelling: Spelling) throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        let folder = root.path("fiscal-years/2025")
        try SampleYearGenerator(year: FiscalYear(2025), invoices: 3_000, pedimentos: 400, deliberateMismatches: false).write(to: folder)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("datastage"))
        let reference = try #require(YearAssembly.load(FiscalYearFolder(root: root.url, year: FiscalYear(2025))).year)
        for name in ["sales.csv", "exports.csv"] {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            try Data(Self.rewrite(text, spelling).utf8).write(to: folder.appendingPathComponent(name))
        }
        let (loaded, findings) = YearAssembly.load(FiscalYearFolder(root: root.url, year: FiscalYear(2025)))
        let year = try #require(loaded, "\(findings.filter { $0.severity == .error }.prefix(3))")
        #expect(year.checkedRows == ["fiscal-years/2025/sales.csv": 0, "fiscal-years/2025/exports.csv": 0])
        #expect(year.sales == reference.sales)
        #expect(year.pedimentos.map(\.valueUSD) == reference.pedimentos.map(\.valueUSD))
        #expect(year.pedimentos.map(\.number) == reference.pedimentos.map(\.number))
    }

    @Test(
        "the pedimento-heavy shape (make bench's second year): every number spaced as the CFDI writes it, one pedimento per export invoice, no row on the checked path"
    )
    func pedimentoHeavyYear() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        let folder = root.path("fiscal-years/2025")
        try SampleYearGenerator(year: FiscalYear(2025), invoices: 3_000, pedimentos: 1_300, deliberateMismatches: false, shape: .onePerInvoice)
            .write(to: folder)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("datastage"))
        let exports = try String(contentsOf: folder.appendingPathComponent("exports.csv"), encoding: .utf8)
        let rows = exports.split(separator: "\r\n").dropFirst()
        #expect(rows.allSatisfy { $0.hasPrefix("\"25  ") }, "every number spaced and quoted")
        #expect(rows.contains { $0.contains(",R1,") && $0.contains(",\"25  ") })
        let (loaded, findings) = YearAssembly.load(FiscalYearFolder(root: root.url, year: FiscalYear(2025)))
        let year = try #require(loaded, "\(findings.filter { $0.severity == .error }.prefix(3))")
        #expect(year.checkedRows == ["fiscal-years/2025/sales.csv": 0, "fiscal-years/2025/exports.csv": 0])
        let direct = year.pedimentos.filter { $0.key.code == "A1" }
        #expect(direct.count * 100 / 3_000 >= 36, "about 40% of invoices exported")
        #expect(direct.allSatisfy { $0.invoiceUUID != nil }, "each A1 names its one invoice")
        #expect(Set(direct.compactMap(\.invoiceUUID)).count == direct.count, "one pedimento per export invoice")
    }

    @Test("the official spellings of one pedimento number read alike on the fast path; others are left to the checked path")
    func pedimentoSpellings() {
        func read(_ text: String) -> PedimentoNumber? {
            var bytes = Array(text.utf8)
            return bytes.withUnsafeMutableBufferPointer { PedimentoNumber(officialSpelling: UnsafeBufferPointer($0)) }
        }
        #expect(read("252434205000001")?.digits == "252434205000001")
        #expect(read("25  24  3420  5000001")?.digits == "252434205000001")
        for other in ["25 24 3420 5000001", "25  24  3420  500000A", "25  24 3420  5000001 ", "2524342050000011", "25-24-3420-5000001"] {
            #expect(read(other) == nil, "\(other)")
        }
    }
}
