import Testing

@testable import IMMEXDomain
@testable import IMMEXIngest

@Suite("Data Stage tables")
struct PipeTableTests {
    /// Every row's named fields as text, and the location of one column.
    func read(_ bytes: [UInt8], columns: [String], locate: String? = nil) -> (rows: [[String]], location: String?, findings: [Finding]) {
        var findings: [Finding] = []
        let table = PipeTable(name: "z.zip!1_551.asc", bytes: bytes, findings: &findings)
        guard let positions = table.columns(columns, findings: &findings) else { return ([], nil, findings) }
        let located = locate.flatMap { table.header.firstIndex(of: $0) }
        var rows: [[String]] = []
        var location: String?
        findings += table.forEachRow { row in
            rows.append(positions.map { row.text($0) })
            if let located, location == nil { location = row.location(located).description }
        }
        return (rows, location, findings)
    }

    @Test("ISO-8859-1 decodes to the right characters; trailing pipes and single-space blanks are handled")
    func latin1() {
        // "Piñón" in ISO-8859-1: ñ = 0xF1, ó = 0xF3.
        var bytes = Array("Patente|Descripcion|Marca|Pais\r\n3421|Pi".utf8)
        bytes += [0xF1, 0xF3] + Array("n| |USA|\r\n".utf8)
        let (rows, location, findings) = read(bytes, columns: ["Patente", "Descripcion", "Marca", "Pais"], locate: "Pais")
        #expect(findings.isEmpty)
        #expect(rows == [["3421", "Piñón", "", "USA"]])
        #expect(location == "z.zip!1_551.asc:2:14")
    }

    @Test("a member re-saved as UTF-8 is read, with a note; a short row is reported at its line")
    func encodingAndWidth() {
        let (rows, _, findings) = read(Array("A|B\nPiñón|x|\nonly|\n".utf8), columns: ["A", "B"])
        #expect(rows == [["Piñón", "x"]])
        #expect(findings.map(\.severity) == [.note, .error])
        #expect(findings.last?.location?.line == 3)
    }

    @Test("a missing column is named, with the headers found")
    func missingColumn() {
        let (_, _, findings) = read(Array("A|B\n1|2|\n".utf8), columns: ["A", "C"])
        #expect(findings.map(\.code) == [.missingColumn])
        #expect(findings.first?.message.contains("lacks column C; found: A, B") == true)
    }
}
