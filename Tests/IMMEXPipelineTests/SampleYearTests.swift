import Foundation
import Testing

@testable import IMMEXDomain
@testable import IMMEXPipeline
@testable import IMMEXReport

/// The shipped sample year (fiscal-years/2025): its outputs are pinned, and its totals are checked
/// against a computation written here, over the CSV text, sharing no code with the aggregator.
@Suite("The shipped sample year 2025")
struct SampleYearTests {
    static let golden = Package.fixtures.appendingPathComponent("golden")

    @Test("outputs equal the golden files (IMMEX_UPDATE_GOLDEN=1 rewrites them after a reviewed change)")
    func goldenOutputs() throws {
        let root = try WorkingRoot.shipped()
        defer { root.remove() }
        _ = try file(root, year: 2025)
        for name in ["immex-annual-report-2025.xml", "summary.txt", "findings.csv", "reconciliation.csv"] {
            let actual = try root.read("out/2025/\(name)")
            let goldenFile = Self.golden.appendingPathComponent(name)
            if ProcessInfo.processInfo.environment["IMMEX_UPDATE_GOLDEN"] == "1" {
                try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: goldenFile)
                continue
            }
            let expected = try String(contentsOf: goldenFile, encoding: .utf8)
            #expect(actual == expected, "\(name) differs from the golden file at \(firstDifference(actual, expected) ?? "?")")
        }
    }

    @Test("the sample year is as large and varied as promised")
    func coverage() throws {
        let root = try WorkingRoot.shipped()
        defer { root.remove() }
        let figures = try file(root, year: 2025).figures
        #expect(figures.sales.counts.rows >= 2_000)
        #expect(figures.exports.counts.rows >= 300)
        #expect(figures.sales.counts.activeCreditNotes > 0)
        #expect(figures.sales.counts.cancelled > 0)
        #expect(figures.exports.counts.rectified > 0)
        #expect(figures.exports.returns.mxn.centavos > 0)
        #expect(figures.exports.counts.forReview > 0)
        #expect(figures.exports.counts.excluded > 0)
        let keys = Set(figures.exports.byKey.keys.map(\.code))
        #expect(keys.isSuperset(of: ["A1", "RT", "V1", "V2", "V7", "BB", "K1"]))
    }

    @Test("totals equal an independent computation over the CSV text (with exports.csv as the source)")
    func independentTotals() throws {
        let root = try WorkingRoot.shipped()
        defer { root.remove() }
        let rules = try root.read("fiscal-years/2025/rules.toml").replacingOccurrences(of: "source = \"datastage\"", with: "source = \"exports.csv\"")
        try root.write("fiscal-years/2025/rules.toml", rules)
        let figures = try file(root, year: 2025).figures
        try #require(figures.exportSource == .exportsCSV)
        let expected = try IndependentTotals(folder: root.path("fiscal-years/2025"))
        #expect(figures.sales.net.decimalString == expected.sales)
        #expect(figures.exports.direct.mxn.decimalString == expected.directMXN)
        #expect(figures.exports.indirect.mxn.decimalString == expected.indirectMXN)
        #expect(figures.exports.total.usd.decimalString == expected.totalUSD)
    }
}

/// Totals computed the plain way: Foundation's Decimal, a throw-away CSV splitter, the default
/// rules of domain.md written out again. Deliberately naive and separate from the product code.
struct IndependentTotals {
    var sales = "", directMXN = "", indirectMXN = "", totalUSD = ""

    init(folder: URL) throws {
        func rows(_ name: String) throws -> [[String: String]] {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let records = csvRecords(text)
            return records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(records[0], $0)) }
        }
        func decimal(_ text: String?) -> Decimal { Decimal(string: text?.isEmpty == false ? text! : "0", locale: Locale(identifier: "en_US_POSIX"))! }
        func round2(_ value: Decimal) -> Decimal {
            var input = value
            var output = Decimal()
            NSDecimalRound(&output, &input, 2, .plain)
            return output
        }
        func text(_ value: Decimal) -> String {
            let formatter = NumberFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.minimumFractionDigits = 2
            formatter.maximumFractionDigits = 2
            formatter.usesGroupingSeparator = false
            return formatter.string(from: value as NSDecimalNumber)!
        }

        var total = Decimal()
        for row in try rows("sales.csv") where row["status"] != "cancelled" && (row["type"] == "I" || row["type"] == "E") {
            let rate = row["currency"] == "MXN" ? Decimal(1) : decimal(row["exchange_rate"])
            let amount = round2((decimal(row["subtotal"]) - decimal(row["discount"])) * rate)
            total += row["type"] == "E" ? -amount : amount
        }
        sales = text(total)

        let pedimentos = try rows("exports.csv")
        var latest: [String: [String: String]] = [:]
        for row in pedimentos where row["key"] == "R1" { latest[row["rectifies"]!] = row }
        func values(_ row: [String: String]) -> [String: String] {
            var current = row
            while let next = latest[current["pedimento"]!] { current = next }
            return current
        }
        var direct = Decimal()
        var indirect = Decimal()
        var usd = Decimal()
        for row in pedimentos {
            let counted = values(row)
            let mxn = decimal(counted["commercial_value_mxn"])
            let dollars = decimal(counted["value_usd"])
            switch row["key"]! {
            // A return of fixed assets (RT with fixed_asset_return) is listed, not counted.
            case "A1",
                "RT" where counted["fixed_asset_return"] != "true":
                direct += mxn
                usd += dollars
            case "V1", "V2", "V7", "BB":
                indirect += mxn
                usd += dollars
            case "K1":
                direct -= mxn
                usd -= dollars
            default: break
            }
        }
        directMXN = text(direct)
        indirectMXN = text(indirect)
        totalUSD = text(usd)
    }
}

@Suite("The sample year said in Spanish")
struct SampleYearSpanishTests {
    @Test("every finding and every disagreement of the sample year has its Spanish in the catalogue, nested words included")
    func everythingTranslated() throws {
        let root = try WorkingRoot.shipped()
        defer { root.remove() }
        let result = try file(root, year: 2025)
        var phrases = result.findings.flatMap { [$0.messagePhrase] + ($0.hintPhrase.map { [$0] } ?? []) }
        phrases += result.figures.reconciliation.flatMap { [$0.messagePhrase, $0.hintPhrase] }
        let missing = Set(phrases.filter { !MessageCatalogue.isTranslated($0, in: .es) }.map(\.template))
        #expect(missing.isEmpty, "not yet in the catalogue: \(missing.sorted())")
        // The files the year writes are in Spanish (its company.toml names no language).
        #expect(try root.read("out/2025/findings.csv").hasPrefix("severidad,código,archivo"))
        #expect(try root.read("out/2025/reconciliation.csv").contains("advertencia,el pedimento"))
    }
}

@Suite("An ERP's file said wrong, in Spanish")
struct SpanishFindingsTests {
    @Test("a semicolon file and a bad RFC: every message and hint in Spanish, the codes as they are")
    func erpFile() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        let sales = try root.read("fiscal-years/2024/sales.csv")
        try root.write("fiscal-years/2024/sales.csv", sales.replacingOccurrences(of: ",", with: ";"))
        var findings: [Finding] = []
        do { _ = try file(root, year: 2024) } catch {
            guard case .inputErrors(let list) = error else { throw error }
            findings = list
        }
        let listing = FindingsListing.render(findings, language: .es)
        #expect(listing.contains("el encabezado no está separado por comas"), "\(listing)")
        #expect(listing.contains("[wrong-separator]") || listing.contains("[missing-column]"))
        let untranslated = findings.filter { !MessageCatalogue.isTranslated($0.messagePhrase, in: .es) }
        #expect(untranslated.isEmpty, "\(untranslated.map(\.messagePhrase.template))")
        #expect(MessageCatalogue.say(RFC.problem("IDN0503157KB")!, in: .es) == "su último carácter, el dígito verificador, debe ser un dígito o A; es 'B'")
    }
}
