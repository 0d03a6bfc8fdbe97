import CryptoSupport
import Foundation
import Testing

@testable import IMMEXDomain
@testable import IMMEXIngest

@Suite("RFC 4180 reading with positions")
struct CSVScannerTests {
    struct Row: Equatable {
        var line: Int
        var fields: [String]
    }

    func scan(_ text: String) -> (rows: [Row], findings: [Finding]) {
        var rows: [Row] = []
        var findings: [Finding] = []
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            CSVScanner(file: "f.csv").scan(buffer, findings: &findings) { record in
                rows.append(Row(line: record.line, fields: (0..<record.count).map(record.text)))
            }
        }
        return (rows, findings)
    }

    @Test("quotes, escaped quotes, commas and line breaks inside quotes")
    func quoting() {
        let (rows, findings) = scan("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,,\n")
        #expect(findings.isEmpty)
        #expect(
            rows == [
                Row(line: 1, fields: ["a", "b", "c"]),
                Row(line: 2, fields: ["x, y", "say \"hi\"", "two\nlines"]),
                Row(line: 4, fields: ["last", "", ""]),
            ])
    }

    @Test("CRLF, LF, a byte order mark, blank lines and no final line break")
    func lineEnds() {
        let (rows, findings) = scan("\u{FEFF}h1,h2\r\n1,2\r\n\r\n3,4\n5,6")
        #expect(findings.isEmpty)
        #expect(rows.map(\.line) == [1, 2, 4, 5])
        #expect(rows.first?.fields == ["h1", "h2"])
        #expect(rows.last?.fields == ["5", "6"])
    }

    @Test("a quote never closed is reported where it opens")
    func unclosed() {
        let (rows, findings) = scan("h\nok\n\"never closed\nmore\n")
        #expect(rows.count == 2)
        #expect(places(findings) == ["3:1 malformed-csv"])
    }

    @Test("text after a closing quote is reported at that column; reading goes on")
    func textAfterQuote() {
        let (rows, findings) = scan("a,b\n\"x\"y,2\n3,4\n")
        #expect(places(findings) == ["2:4 malformed-csv"])
        #expect(rows.map(\.line) == [1, 3])
    }

    @Test("columns count characters, not bytes")
    func columns() {
        var columns: [String] = []
        var findings: [Finding] = []
        let bytes = Array("Año,Más,x\n".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            CSVScanner(file: "f.csv").scan(buffer, findings: &findings) { record in
                columns = (0..<record.count).map { record.location($0).description }
            }
        }
        #expect(columns == ["f.csv:1:1", "f.csv:1:5", "f.csv:1:9"])
    }
}

@Suite("Reading a CSV in chunks")
struct CSVStreamTests {
    static let text = "a,b,c\r\n1,\"x, y\",3\r\n\"two\nlines\",5,6\n\n7,\"q\"\"uote\",9\r\n\"bad\"x,1,2\nlast,row,here"

    func records(chunkSize: Int?) -> (rows: [String], findings: [String]) {
        var rows: [String] = []
        var findings: [Finding] = []
        let bytes = Array(Self.text.utf8)
        let collect: (CSVRecord) -> Void = { record in
            rows.append("\(record.line):" + (0..<record.count).map(record.text).joined(separator: "|") + "@" + record.location(record.count - 1).description)
        }
        if let chunkSize {
            var offset = 0
            CSVStream(scanner: CSVScanner(file: "f.csv"), chunkSize: chunkSize).read(
                fill: { space in
                    let count = min(space.count, chunkSize, bytes.count - offset)
                    _ = space.initialize(fromContentsOf: bytes[offset..<(offset + count)])
                    offset += count
                    return count
                }, findings: &findings, collect)
        } else {
            bytes.withUnsafeBufferPointer { CSVScanner(file: "f.csv").scan($0, findings: &findings, collect) }
        }
        return (rows, findings.map(\.rendered))
    }

    @Test("any chunk size gives the records, lines, columns and findings of the whole file")
    func everyChunkSize() {
        let whole = records(chunkSize: nil)
        #expect(whole.rows.count == 5)
        #expect(whole.findings.count == 1)
        for size in 1...Self.text.utf8.count + 1 {
            let chunked = records(chunkSize: size)
            #expect(chunked.rows == whole.rows, "chunk size \(size)")
            #expect(chunked.findings == whole.findings, "chunk size \(size)")
        }
    }

    @Test("a file streamed from disk gives the records of the whole file and its SHA-256")
    func fromDisk() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csvstream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("f.csv")
        try Data(Self.text.utf8).write(to: url)
        let whole = records(chunkSize: nil)
        for size in [1, 7, 64, 8 << 20] {
            var rows: [String] = []
            var findings: [Finding] = []
            let (bytes, sha256) = try CSVStream(scanner: CSVScanner(file: "f.csv"), chunkSize: size).read(url: url, findings: &findings) { record in
                rows.append(
                    "\(record.line):" + (0..<record.count).map(record.text).joined(separator: "|") + "@" + record.location(record.count - 1).description)
            }
            #expect(rows == whole.rows, "chunk size \(size)")
            #expect(findings.map(\.rendered) == whole.findings, "chunk size \(size)")
            #expect(bytes == Self.text.utf8.count)
            #expect(sha256 == (try SHA256Hasher.digest(Array(Self.text.utf8)).hex))
        }
    }

    @Test("a missing file and a folder in its place are reported with the system's reason")
    func unreadable() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csvstream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sales.csv"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, reason) in [
            ("missing.csv", "open failed: No such file or directory"), ("sales.csv", "it is a folder, not a file; only regular files are read"),
        ] {
            var findings: [Finding] = []
            let result = SalesReader(year: FiscalYear(2025)).read(.disk(folder.appendingPathComponent(name), displayPath: name), findings: &findings) { _ in }
            #expect(result.file == nil)
            #expect(
                findings.map(\.rendered) == ["\(name): error: \(name) cannot be read: \(reason); check that the file exists and can be read [unreadable-file]"])
        }
    }
}
