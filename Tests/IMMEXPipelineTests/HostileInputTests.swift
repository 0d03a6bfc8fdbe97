import Foundation
import Testing
import ZipArchive

@testable import IMMEXDomain
@testable import IMMEXIngest
@testable import IMMEXPipeline
@testable import IMMEXSample

/// Inputs that once changed a figure without a word, or cost unbounded memory or time: each is now
/// an error (or a warning) that names the file, and the run stays bounded.
@Suite("Hostile and unlucky inputs: nothing silent, nothing unbounded")
struct HostileInputTests {
    func errors(_ root: WorkingRoot, year: Int = 2025) -> [Finding] { filingErrors(root, year: year) }

    /// A 2025 year whose exports come from a Data Stage folder holding `zips` (name and members).
    func stageRoot(_ zips: [(name: String, members: [(String, [UInt8])])]) throws -> WorkingRoot {
        let root = try Stage.root([])
        for zip in zips {
            var writer = try ZipWriter(path: root.path("fiscal-years/2025/datastage/\(zip.name)").path)
            for (name, bytes) in zip.members { try writer.add(name, bytes: bytes, modified: 0) }
            try writer.close()
        }
        return root
    }

    /// A real request's members, to put under other names.
    var requestMembers: [(String, [UInt8])] {
        Stage.request("900", Stage.fullYear, Stage.yearEnd, [Stage.export("5000001", paid: "2025-02-10", usd: 1_000_00, pesos: 20_000)]).members()
            .map { ($0.name, $0.bytes) }
    }

    func zipBytes(_ members: [(String, [UInt8])]) throws -> [UInt8] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("immex-zip-\(UUID().uuidString).zip").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var writer = try ZipWriter(path: path)
        for (name, bytes) in members { try writer.add(name, bytes: bytes, modified: 0) }
        try writer.close()
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test("a datastage that is a file is an error, never a quiet switch to exports.csv")
    func dataStageIsAFile() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        try root.write("fiscal-years/2024/datastage", "not a folder\n")
        let finding = try #require(errors(root, year: 2024).first { $0.code == .dataStageUnreadable })
        #expect(finding.message == "fiscal-years/2024/datastage is a file, not a folder, so no Data Stage was read")
        #expect(root.outFiles().isEmpty)
    }

    @Test("members with an unsafe path, or nested deeper than allowed, are errors that name them, not junk skipped")
    func unsafeAndDeepMembers() throws {
        var deep = try zipBytes(requestMembers)
        for level in 0..<3 { deep = try zipBytes([("level\(level).zip", deep)]) }
        let root = try stageRoot([
            ("100_solicitudes.zip", requestMembers.map { ("../" + $0.0, $0.1) }),
            ("200_solicitudes.zip", [("outer.zip", deep)]),
        ])
        defer { root.remove() }
        let places = errors(root).filter { $0.code == .dataStageUnreadable }.map { $0.location?.file ?? "" }
        #expect(places.contains("fiscal-years/2025/datastage/100_solicitudes.zip!../900_551.asc"))
        #expect(places.contains { $0.hasPrefix("fiscal-years/2025/datastage/200_solicitudes.zip!outer.zip!level2.zip!level1.zip!level0.zip") })
        #expect(root.outFiles().isEmpty)

        // Three levels are read (a request in a download in a ZIP), and the limit is a setting.
        let allowed = try stageRoot([("300_solicitudes.zip", [("outer.zip", deep)])])
        defer { allowed.remove() }
        try allowed.write("fiscal-years/2025/rules.toml", "[limits]\nzip_nesting = 5\n")
        let result = try FilingRun.run(FilingRequest(root: allowed.url, year: FiscalYear(2025), generatedAt: fixedTime))
        #expect(result.figures.exports.direct.mxn.decimalString == "20000.00")
    }

    @Test("a 0-byte request ZIP, a ZIP with no table, and a misnamed table are each reported")
    func emptyRequests() throws {
        let root = try stageRoot([("400_solicitudes.zip", [("readme.txt", Array("hola".utf8))])])
        defer { root.remove() }
        try root.write("fiscal-years/2025/datastage/500_solicitudes.zip", "")
        try root.write("fiscal-years/2025/datastage/tabla551.asc", "Patente|Pedimento\r\n")
        let findings = errors(root).filter { $0.code == .dataStageUnreadable }
        let messages = findings.map(\.message)
        #expect(messages.contains("fiscal-years/2025/datastage/500_solicitudes.zip is empty (0 bytes)"))
        #expect(messages.contains("fiscal-years/2025/datastage/400_solicitudes.zip holds no Data Stage table ({folio}_{code}.asc)"))
        #expect(findings.contains { $0.severity == .warning && $0.location?.file == "fiscal-years/2025/datastage/tabla551.asc" })
    }

    @Test("a ZIP bomb is refused by the expansion ratio, and a member past the size limit by its size, each with a setting to raise")
    func zipBombs() throws {
        let bomb = [UInt8](repeating: 0, count: 24 << 20)
        let root = try stageRoot([("600_solicitudes.zip", requestMembers + [("600_552.asc", bomb)])])
        defer { root.remove() }
        let refused = try #require(errors(root).first { $0.code == .dataStageUnreadable })
        #expect(refused.location?.file == "fiscal-years/2025/datastage/600_solicitudes.zip!600_552.asc")
        #expect(refused.message.contains("expands more than 200 times"))
        #expect(refused.hint?.contains("zip_expansion_ratio") == true)

        // 2 MiB of varied text against a limit of 1 MiB.
        let text = (0..<60_000).map { "3421|\($0)|240|texto variado \($0 * 7919)|\r\n" }.joined()
        let large = try stageRoot([("700_solicitudes.zip", requestMembers + [("700_558.asc", Array(text.utf8))])])
        defer { large.remove() }
        try large.write("fiscal-years/2025/rules.toml", "[limits]\nzip_member_mib = 1\n")
        let tooLarge = try #require(errors(large).first { $0.code == .dataStageUnreadable })
        #expect(tooLarge.message.contains("more than 1048576"))
    }

    @Test("a FIFO, a device or a folder as sales.csv is refused at once, before it is sized or read", arguments: ["fifo", "device", "folder"])
    func notARegularFile(_ kind: String) throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        let sales = root.path("fiscal-years/2024/sales.csv")
        try FileManager.default.removeItem(at: sales)
        switch kind {
        case "fifo": #expect(mkfifo(sales.path, 0o644) == 0)
        case "device": try FileManager.default.createSymbolicLink(atPath: sales.path, withDestinationPath: "/dev/zero")
        default: try FileManager.default.createDirectory(at: sales, withIntermediateDirectories: false)
        }
        let finding = try #require(errors(root, year: 2024).first { $0.location?.file == "fiscal-years/2024/sales.csv" })
        #expect(finding.code == .unreadableFile)
        #expect(finding.message.hasPrefix("fiscal-years/2024/sales.csv is a"))
        #expect(finding.message.hasSuffix("not a file; only regular files are read"))
    }

    @Test("with a broken rules.toml, exports.csv is still checked: every error of the year at once")
    func brokenRulesStillChecksExports() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        try root.write("fiscal-years/2024/rules.toml", "[usd_test]\nenabled = 3\n")
        var exports = try root.read("fiscal-years/2024/exports.csv")
        exports += "241234214000099,120,RT,2024-06-01,18.00000,abc,3600.00,400.00,CAN,,\n"
        try root.write("fiscal-years/2024/exports.csv", exports)
        let files = Set(errors(root, year: 2024).map { $0.location?.file ?? "" })
        #expect(files.isSuperset(of: ["fiscal-years/2024/rules.toml", "fiscal-years/2024/exports.csv"]))
    }

    @Test("two million broken rows of a Data Stage table give the first thousand findings and one note counting the rest")
    func millionsOfBrokenRows() throws {
        let root = try Stage.root([
            Stage.request("910", Stage.fullYear, Stage.yearEnd, [Stage.export("5000001", paid: "2025-02-10", usd: 1_000_00, pesos: 20_000)])
        ])
        defer { root.remove() }
        let header = "Patente|Pedimento|SeccionAduanera|ClaveCaso|IdentificadorCaso|TipoPedimento|ComplementoCaso|FechaValidacionPagoR\r\n"
        var bytes = Array(header.utf8)
        bytes.reserveCapacity(bytes.count + 2_000_000 * 4)
        for _ in 0..<2_000_000 { bytes += [UInt8(ascii: "x"), UInt8(ascii: "|"), 0x0D, 0x0A] }
        try Data(bytes).write(to: root.path("fiscal-years/2025/datastage/910_507.asc"))
        let findings = errors(root)
        #expect(findings.filter { $0.code == .wrongFieldCount }.count == 1_000)
        let note = try #require(findings.first { $0.code == .findingsNotListed })
        #expect(note.message == "1999000 more wrong-field-count findings in fiscal-years/2025/datastage/910_507.asc are not listed (the first 1000 are)")
    }

    @Test("a sales.csv of fifty thousand bad rows lists [limits] findings_per_code of them and counts the rest, read in parallel or in order")
    func manyBadSalesRows() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        var sales = try root.read("fiscal-years/2024/sales.csv")
        for index in 0..<50_000 {
            sales += String(format: "00000000-0000-4000-8000-%012d", 100 + index) + ",2024-03-15,I,active,IDN0503157K2,,01,MXN,,abc,,,\n"
        }
        try root.write("fiscal-years/2024/sales.csv", sales)
        try root.write("fiscal-years/2024/rules.toml", try root.read("fiscal-years/2024/rules.toml") + "[limits]\nfindings_per_code = 10\n")
        let findings = errors(root, year: 2024)
        #expect(findings.filter { $0.code == .malformedAmount }.count == 10)
        let note = try #require(findings.first { $0.code == .findingsNotListed })
        #expect(note.message == "49990 more malformed-amount findings in fiscal-years/2024/sales.csv are not listed (the first 10 are)")
    }

    @Test(
        "a sales.csv saved as Windows-1252 is named at its first byte that is not UTF-8: a warning in a row, an error in the header", arguments: [false, true])
    func notUTF8(inHeader: Bool) throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        // (The fixture's lines end in CRLF, which Swift takes as one character.)
        var lines = try root.read("fiscal-years/2024/sales.csv").components(separatedBy: "\r\n")
        let original = lines[2]
        lines[0] += inHeader ? ",razón_social" : ",customer_name"
        for index in 1..<lines.count where !lines[index].isEmpty { lines[index] += index == 2 ? ",\"Compañía del Norte, S.A.\"" : ",Cliente" }
        // Windows-1252: ñ and ó are one byte each (0xF1, 0xF3).
        let bytes = lines.joined(separator: "\r\n").unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
        try Data(bytes).write(to: root.path("fiscal-years/2024/sales.csv"))
        let folder = FiscalYearFolder(root: root.url, year: FiscalYear(2024))
        let findings = YearAssembly.load(folder).findings.filter { $0.code == .invalidUTF8 }
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        if inHeader {
            #expect(finding.severity == .error)
            #expect(finding.location?.line == 1)
        } else {
            #expect(finding.severity == .warning)
            #expect(finding.location?.line == 3)
            #expect(finding.message.hasPrefix("byte 0xF1 is not UTF-8"))
            let column = original.utf8.count + 1 + "\"Compa".utf8.count + 1
            #expect(finding.location?.column == column)
        }
    }

    @Test("a Data Stage member whose first line is no header (a megabyte without a line end) is refused, not read as one")
    func hugeHeader() throws {
        let root = try Stage.root([
            Stage.request("920", Stage.fullYear, Stage.yearEnd, [Stage.export("5000001", paid: "2025-02-10", usd: 1_000_00, pesos: 20_000)])
        ])
        defer { root.remove() }
        try Data(repeating: UInt8(ascii: "x"), count: 1 << 20).write(to: root.path("fiscal-years/2025/datastage/920_507.asc"))
        let finding = try #require(errors(root).first { $0.location?.file == "fiscal-years/2025/datastage/920_507.asc" })
        #expect(finding.message == "fiscal-years/2025/datastage/920_507.asc does not start with a Data Stage header: its first line is 1048576 bytes long")
    }

    @Test("a pedimento's 551 lines that add up past the largest total are an error at the line that pushed them over, not a crash")
    func lineTotalsOverflow() throws {
        let lines = (0..<10_000).map { _ in DataStagePedimento.Line(description: "x", commercialPesos: 9_999_999_999_999, usdCentavos: 100_00, country: "USA") }
        let huge = DataStagePedimento(
            patent: "3421", number: "5000002", section: "240", operation: 2, key: "A1", paidOn: Stage.day("2025-03-10"),
            rate: "20.00000", lines: lines)
        let root = try Stage.root([Stage.request("921", Stage.fullYear, Stage.yearEnd, [huge])])
        defer { root.remove() }
        let finding = try #require(errors(root).first { $0.code == .malformedAmount })
        #expect(finding.message.hasPrefix("the pedimento's lines add up beyond the largest total"))
        #expect(finding.location?.file == "fiscal-years/2025/datastage/921_solicitudes.zip!921_551.asc")
    }
}
