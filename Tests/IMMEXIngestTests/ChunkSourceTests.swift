import CryptoSupport
import Foundation
import Testing

@testable import IMMEXDomain
@testable import IMMEXIngest

@Suite("Chunks of an extract, cut at record ends, for reading on every core")
struct ChunkSourceTests {
    /// Line ends as the scanner counts them, one byte at a time.
    private func naiveLineEnds(_ bytes: [UInt8]) -> Int {
        var count = 0
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0A || (byte == 0x0D && !(index + 1 < bytes.count && bytes[index + 1] == 0x0A)) { count += 1 }
        }
        return count
    }

    @Test("quotes and line feeds are counted sixteen bytes at a time as one at a time does, at every length and alignment")
    func counts() {
        var random: UInt64 = 42
        let alphabet: [UInt8] = [0x22, 0x0A, 0x0D, 0x2C, 0x41, 0x0D, 0x0A]
        for length in Array(0..<40) + [63, 64, 65, 1_000, 4_099] {
            var bytes: [UInt8] = []
            for _ in 0..<(length + 3) {
                random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes.append(alphabet[Int(random >> 33) % alphabet.count])
            }
            for start in 0..<3 {
                let slice = Array(bytes[start..<(start + length)])
                let counts = slice.withUnsafeBufferPointer { ChunkSource.count($0) }
                #expect(counts.quotes == slice.count { $0 == 0x22 }, "length \(length)")
                #expect(counts.lineEnds == slice.count { $0 == 0x0A }, "length \(length)")
            }
        }
        // Every byte a quote, or a line end: the most any running sum holds before it is added up.
        for (byte, length) in [(UInt8(0x22), 20_001), (0x0A, 20_007), (0x0D, 4_095)] {
            let counts = [UInt8](repeating: byte, count: length).withUnsafeBufferPointer { ChunkSource.count($0) }
            #expect(counts.quotes == (byte == 0x22 ? length : 0) && counts.lineEnds == (byte == 0x0A ? length : 0), "\(byte)")
        }
    }

    @Test("chunks put back together are the file; each starts at a record, on the line it says")
    func cuts() throws {
        for ending in ["\n", "\r\n", "\r"] {
            var rows = ["a,b,c"]
            for index in 0..<500 {
                rows.append(index % 7 == 0 ? "\(index),\"quoted\(ending)over \"\"two\"\"\(ending)lines\",x" : "\(index),plain,\"with, comma\"")
            }
            let bytes = Array((rows.joined(separator: ending) + ending).utf8)
            for size in [64, 100, 1_000, 1 << 20] {
                let source = ChunkSource(bytes: bytes, displayPath: "t.csv", chunkSize: size)
                var buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 0)
                defer { buffer.deallocate() }
                var joined: [UInt8] = []
                var chunks = 0
                while let chunk = source.next(into: &buffer) {
                    #expect(chunk.index == chunks)
                    // Its first line counts the LF bytes before it: the lines, unless lone CRs end them.
                    #expect(chunk.firstLine == 1 + joined.count { $0 == 0x0A }, "ending \(ending.debugDescription), size \(size)")
                    // Whether the lines a reader meets in it are the ones it says: not with a lone CR among them.
                    let scannedEnd = chunk.firstLine + naiveLineEnds(Array(chunk.bytes))
                    #expect(
                        chunk.hasLines(through: scannedEnd) == (ending != "\r" || !chunk.bytes.contains(0x0D)),
                        "ending \(ending.debugDescription), size \(size)")
                    // A record starts here: the quotes before are even, and the byte before ends a line.
                    #expect(joined.count { $0 == 0x22 } % 2 == 0)
                    if let last = joined.last { #expect(last == 0x0A || last == 0x0D) }
                    joined += Array(chunk.bytes)
                    chunks += 1
                    if chunk.isFinal { #expect(joined.count == bytes.count) }
                }
                #expect(joined == bytes)
                #expect(size > bytes.count || chunks > 2)
            }
        }
    }

    @Test("a file on disk is hashed as it is cut (unless asked not to); a missing one cannot be opened")
    func disk() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chunks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = (0..<2_000).map { "\($0),\"x\ny\",z" }.joined(separator: "\n") + "\n"
        let url = folder.appendingPathComponent("t.csv")
        try Data(text.utf8).write(to: url)
        let source = try ChunkSource(url: url, displayPath: "t.csv", chunkSize: 512)
        var buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 0)
        defer { buffer.deallocate() }
        var joined: [UInt8] = []
        while let chunk = source.next(into: &buffer) { joined += Array(chunk.bytes) }
        #expect(joined == Array(text.utf8))
        #expect(source.size == text.utf8.count)
        #expect(try source.sha256() == SHA256Hasher.digest(Array(text.utf8)).hex)
        // Unless asked not to: the same chunks, no digest.
        let unhashed = try ChunkSource(url: url, displayPath: "t.csv", chunkSize: 512, hashing: false)
        var again: [UInt8] = []
        while let chunk = unhashed.next(into: &buffer) { again += Array(chunk.bytes) }
        #expect(again == joined)
        #expect(try unhashed.sha256() == nil)
        #expect(throws: (any Error).self) { try ChunkSource(url: folder.appendingPathComponent("missing.csv"), displayPath: "m.csv", chunkSize: 512) }
    }

    @Test("sales.csv read in small chunks on two threads gives what the exact ordered reading gives: line ends of every kind, a BOM, broken quotes, repeats")
    func salesInChunks() throws {
        let header = "notes," + SalesFixture.header
        let unique = SalesFixture.numberedRows(3_000, brokenEvery: 397, twoLinesEvery: 501, twoLineNote: "\"two\nlines, \"\"quoted\"\"\"")
        var repeating = unique
        repeating.insert("plain," + SalesFixture.good.replacingOccurrences(of: "C964FF", with: "000007"), at: 2_000)
        var brokenQuotes = unique
        brokenQuotes[1_500] = "\"never closed," + SalesFixture.good
        brokenQuotes[700] = "\"closed\"then text," + SalesFixture.good
        var loneReturn = unique
        loneReturn[2_100] = loneReturn[2_100].replacingOccurrences(of: "plain,", with: "\"lone\rreturn\",")
        let files = [("unique", unique), ("repeating", repeating), ("broken", brokenQuotes), ("lone CR", loneReturn)]
        try forEachLineEnding(header: header, files: files, displayPath: "sales.csv") { name, ending, rows, url, memory in
            func read(_ source: CSVSource, chunkSize: Int, mask: UInt64) -> ([SalesInvoice], [Finding], Int) {
                var reader = SalesReader(year: FiscalYear(2025))
                reader.chunkSize = chunkSize
                reader.fingerprintMask = mask
                var findings: [Finding] = []
                var invoices: [SalesInvoice] = []
                let rows = reader.read(source, findings: &findings) { invoices.append($0) }.rows
                return (invoices, findings, rows)
            }
            // With no fingerprint bits every row doubts: the exact ordered reading does it all.
            let exact = read(.memory(memory), chunkSize: 8 << 20, mask: 0)
            // (A broken record is reported, not read as a row.)
            #expect(exact.2 == rows.count - (name == "broken" ? 2 : 0))
            for source in [CSVSource.disk(url, displayPath: "sales.csv"), .memory(memory)] {
                for size in [300, 4_096, 8 << 20] {
                    let chunked = read(source, chunkSize: size, mask: ~0)
                    let label = "\(name), ending \(ending.debugDescription), chunks of \(size)"
                    #expect(chunked.0 == exact.0, "\(label)")
                    #expect(chunked.1 == exact.1, "\(label)")
                    #expect(chunked.2 == exact.2, "\(label)")
                }
            }
            #expect(exact.0.count > 2_900)
            if name == "repeating" { #expect(exact.1.contains { $0.code == .duplicateUUID }) }
            if name == "broken" { #expect(exact.1.contains { $0.code == .malformedCSV }) }
        }
    }
}
