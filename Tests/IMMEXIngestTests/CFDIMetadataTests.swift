import Foundation
import TestSupport
import Testing

@testable import IMMEXDomain
@testable import IMMEXIngest

@Suite("The bulk download's metadata, through the one reader: ~, no quoting, records ended by CR LF")
struct CFDIMetadataTests {
    static let header = SATMetadata.header

    private func read(_ source: CSVSource, chunkSize: Int? = nil) -> ([CFDIMetadata], [String], Int) {
        let counts = ReadCounts()
        var reader = CSVRecordReader(schema: CFDIMetadataSchema(), aliases: [:])
        reader.counts = counts
        if let chunkSize { reader.chunkSize = chunkSize }
        var findings: [Finding] = []
        var rows: [CFDIMetadata] = []
        _ = reader.read(source, findings: &findings, part: { _ in [CFDIMetadata]() }, accept: { $0.append($1) }, merge: { rows += $0 })
        return (rows, findings.map { "\($0.location?.description ?? "") \($0.code.rawValue)" }, counts.checkedRows)
    }

    @Test("a bare LF inside a name is the name's; a cancelled CFDI with its date in either form; chunks anywhere read the same")
    func bareLineFeeds() throws {
        var lines = [Self.header]
        for index in 1...400 {
            let uuid = String(format: "6F9619FF-8B86-D011-B42D-%012d", index)
            // Every 50th issuer's name holds a bare LF, as real packages sometimes do.
            let name = index.isMultiple(of: 50) ? "EMPRESA\nDE MUESTRA \"LA\" SA" : "EMPRESA DE MUESTRA SA"
            let cancelled = index.isMultiple(of: 7)
            let cancelledOn = !cancelled ? "" : index.isMultiple(of: 2) ? "2025-06-30 12:00:00" : "30/06/2025 12:00:00"
            lines.append(
                [
                    uuid, "MFN180523QX4", name, "XEXX010101000", "CLIENTE", "SAT970701NN3", "2025-03-14 10:00:00", "2025-03-14 10:01:00",
                    "\(index).50", "I", cancelled ? "0" : "1", cancelledOn,
                ].joined(separator: "~"))
        }
        let text = lines.joined(separator: "\r\n") + "\r\n"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("metadata-\(UUID().uuidString).txt")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let memory = try InputFile(displayPath: "cfdi/meta.txt", url: url, bytes: Array(text.utf8))
        let whole = read(.memory(memory))
        #expect(whole.0.count == 400 && whole.1.isEmpty, "\(whole.1)")
        // No row went the checked way: the eight with a bare LF are cut by the scanner and read by the
        // fast path on the record.
        #expect(whole.2 == 0)
        let fiftieth = try #require(whole.0.first { $0.amount == DecimalNumber(mantissa: 5050, scale: 2) })
        let fiftyFirst = try #require(whole.0.first { $0.amount == DecimalNumber(mantissa: 5150, scale: 2) })
        // Row 50 starts on line 51; its bare LF makes row 51 start on line 53.
        #expect(fiftieth.location.line == 51 && fiftyFirst.location.line == 53)
        let cancelled = whole.0.filter { !$0.isActive }
        #expect(cancelled.count == 57 && cancelled.allSatisfy { $0.cancelledOn == CalendarDate(year: 2025, month: 6, day: 30) })
        for size in [211, 1_000, 4_096] {
            for source in [CSVSource.memory(memory), .disk(url, displayPath: "cfdi/meta.txt")] {
                let chunked = read(source, chunkSize: size)
                #expect(chunked.0 == whole.0 && chunked.1 == whole.1, "chunks of \(size)")
            }
        }
    }

    @Test("a damaged row is located at its field; a repeated UUID points at its first row")
    func damaged() throws {
        let text =
            [
                Self.header,
                "6F9619FF-8B86-D011-B42D-000000000001~MFN180523QX4~E~XEXX010101000~C~SAT970701NN3~2025-03-14 10:00:00~~10.00~I~1~",
                "6F9619FF-8B86-D011-B42D-000000000002~MFN180523QX4~E~XEXX010101000~C~SAT970701NN3~ayer~~10.00~I~2~",
                "6F9619FF-8B86-D011-B42D-000000000001~MFN180523QX4~E~XEXX010101000~C~SAT970701NN3~2025-03-15 10:00:00~~11.00~I~1~",
            ].joined(separator: "\r\n") + "\r\n"
        let (rows, findings, _) = read(.memory(try input("cfdi/meta.txt", text)))
        #expect(rows.count == 1)
        #expect(findings.contains { $0.hasPrefix("fiscal-years/2025/cfdi/meta.txt:3:") && $0.hasSuffix("malformed-date") })
        #expect(findings.contains { $0.hasPrefix("fiscal-years/2025/cfdi/meta.txt:3:") && $0.hasSuffix("unknown-code") })
        #expect(findings.contains { $0.hasPrefix("fiscal-years/2025/cfdi/meta.txt:4:1 duplicate-uuid") })
    }
}
