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
        #expect(rows == [
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
