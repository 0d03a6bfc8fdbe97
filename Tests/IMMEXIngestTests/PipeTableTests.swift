import Testing
@testable import IMMEXDomain
@testable import IMMEXIngest

@Suite("Data Stage tables")
struct PipeTableTests {
    @Test("ISO-8859-1 decodes to the right characters; trailing pipes and single-space blanks are handled")
    func latin1() {
        // "Piñón" in ISO-8859-1: ñ = 0xF1, ó = 0xF3.
        var bytes = Array("Patente|Descripcion|Marca|Pais\r\n3421|Pi".utf8)
        bytes += [0xF1, 0xF3] + Array("n| |USA|\r\n".utf8)
        var findings: [Finding] = []
        let table = PipeTable(name: "z.zip!1_551.asc", bytes: bytes, findings: &findings)
        #expect(findings.isEmpty)
        #expect(table.rows.count == 1)
        #expect(table.value(table.rows[0].fields, "Descripcion") == "Piñón")
        #expect(table.value(table.rows[0].fields, "Marca") == "")
        #expect(table.value(table.rows[0].fields, "Pais") == "USA")
        #expect(table.value(table.rows[0].fields, "Patente") == "3421")
        #expect(table.location(line: 2, column: "Pais").description == "z.zip!1_551.asc:2:14")
    }

    @Test("a member re-saved as UTF-8 is read, with a note; a short row is reported at its line")
    func encodingAndWidth() {
        var findings: [Finding] = []
        let table = PipeTable(name: "m.asc", bytes: Array("A|B\nPiñón|x|\nonly|\n".utf8), findings: &findings)
        #expect(table.value(table.rows[0].fields, "A") == "Piñón")
        #expect(findings.map(\.severity) == [.note, .error])
        #expect(findings.last?.location?.line == 3)
    }
}
