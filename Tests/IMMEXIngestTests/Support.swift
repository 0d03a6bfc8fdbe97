import Foundation

@testable import IMMEXDomain
@testable import IMMEXIngest

/// An input file made from text, named as a fiscal year folder would name it.
func input(_ name: String, _ text: String) throws -> InputFile {
    try InputFile(displayPath: "fiscal-years/2025/\(name)", url: URL(fileURLWithPath: "/nonexistent/\(name)"), bytes: Array(text.utf8))
}

/// Findings as `line:column code` strings, sorted: the shape most tests compare.
func places(_ findings: [Finding]) -> [String] {
    findings.sorted().map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.code.rawValue)" }
}

enum SalesFixture {
    static let header = "uuid,issued_on,type,status,customer_rfc,customer_country,export_code,currency,exchange_rate,subtotal,discount,total_usd,pedimento"
    static let good = "6F9619FF-8B86-D011-B42D-00C04FC964FF,2025-03-14,I,active,XEXX010101000,USA,02,USD,20.123456,1000.00,,1000.00,\"25  24  3421  5000123\""

    static func read(_ rows: [String], header: String = header, aliases: [String: String] = [:]) throws -> (invoices: [SalesInvoice], findings: [Finding]) {
        var findings: [Finding] = []
        var invoices: [SalesInvoice] = []
        let file = try input("sales.csv", ([header] + rows).joined(separator: "\n") + "\n")
        SalesReader(year: FiscalYear(2025), aliases: aliases).read(file, findings: &findings) { invoices.append($0) }
        return (invoices, findings)
    }
}

extension SalesFixture {
    /// The whole file `text` (header included), with or without the fast path.
    static func read(_ text: String, fast: Bool) throws -> (invoices: [SalesInvoice], findings: [Finding]) {
        var reader = SalesReader(year: FiscalYear(2025))
        reader.usesFastPath = fast
        var findings: [Finding] = []
        var invoices: [SalesInvoice] = []
        reader.read(try input("sales.csv", text), findings: &findings) { invoices.append($0) }
        return (invoices, findings)
    }

    /// `count` good rows after a `notes` column, numbered from 0 in the last 24 bits of their UUID:
    /// every `brokenEvery`-th (from the first) with a subtotal that is not a number, and every
    /// `twoLinesEvery`-th (from the second) with a note quoted over two lines.
    static func numberedRows(_ count: Int, brokenEvery: Int, twoLinesEvery: Int, twoLineNote: String = "\"two\nlines\"") -> [String] {
        (0..<count).map { index in
            var row = good.replacingOccurrences(of: "C964FF", with: String(format: "%06X", index))
            if index % brokenEvery == 0 { row = row.replacingOccurrences(of: "1000.00,,", with: "abc,,") }
            return (index % twoLinesEvery == 1 ? twoLineNote + "," : "plain,") + row
        }
    }
}

enum ExportsFixture {
    static let header =
        "pedimento,customs_section,key,paid_on,exchange_rate,value_usd,commercial_value_mxn,value_added_mxn,destination_country,invoice_uuid,rectifies,returned_pedimento,fixed_asset_return"
    static let good = "252434215000123,240,A1,2025-03-15,20.12345,1000.00,20123.45,,USA,6F9619FF-8B86-D011-B42D-00C04FC964FF,,,"

    static func read(_ rows: [String], consignment: Bool = false) throws -> (pedimentos: [ExportPedimento], findings: [Finding]) {
        var findings: [Finding] = []
        let file = try input("exports.csv", ([header] + rows).joined(separator: "\r\n") + "\r\n")
        let result = ExportsReader(year: FiscalYear(2025), keys: .shipped, consignment: consignment).read(file, findings: &findings)
        return (result.pedimentos, findings)
    }
}

/// A fixture's good row with some fields replaced, and the 1-based column where each field starts.
/// (The fixture rows have no quoted commas, so splitting on commas is exact.)
func fixtureRow(header: String, good: String, _ overrides: [String: String]) -> (line: String, column: [String: Int]) {
    let names = header.split(separator: ",").map(String.init)
    var fields = good.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    for (name, value) in overrides { fields[names.firstIndex(of: name)!] = value }
    var columns: [String: Int] = [:]
    var position = 1
    for (index, field) in fields.enumerated() {
        columns[names[index]] = position
        position += field.count + 1
    }
    return (fields.joined(separator: ","), columns)
}

/// Each of `files` (a name and its data rows, under `header`) written to disk with each kind of
/// line end (LF; CR LF with a byte order mark; lone CR), handed to `body` with its name, line
/// end, rows, place on disk and the same bytes in memory (named `displayPath`).
func forEachLineEnding(
    header: String, files: [(String, [String])], displayPath: String,
    _ body: (_ name: String, _ ending: String, _ rows: [String], _ url: URL, _ memory: InputFile) throws -> Void
) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("line-endings-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, rows) in files {
        for (ending, bom) in [("\n", false), ("\r\n", true), ("\r", false)] {
            let text = (bom ? "\u{FEFF}" : "") + ([header] + rows).joined(separator: ending) + ending
            let url = folder.appendingPathComponent("\(name).csv")
            try Data(text.utf8).write(to: url)
            try body(name, ending, rows, url, try InputFile(displayPath: displayPath, url: url, bytes: Array(text.utf8)))
        }
    }
}

/// The package's own `templates/` folder.
let packageTemplates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("templates")

/// The key catalogue that ships with the tool, read as a run reads it.
let shippedCatalogue: KeyCatalogue = {
    var findings: [Finding] = []
    let url = packageTemplates.appendingPathComponent("pedimento-keys.toml")
    guard let file = try? InputFile.read(url, displayPath: KeyCatalogueFile.path), let catalogue = KeyCatalogueFile.load(file, findings: &findings) else {
        fatalError("templates/pedimento-keys.toml does not load: \(findings)")
    }
    return catalogue
}()

extension KeyClassification {
    /// The shipped catalogue's defaults, with no company override.
    static var shipped: KeyClassification { shippedCatalogue.classification() }
}
