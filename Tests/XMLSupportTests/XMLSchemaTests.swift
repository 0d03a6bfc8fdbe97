import Testing

@testable import XMLSupport

@Suite("libxml2: well-formedness and XSD validation with locations")
struct XMLSchemaTests {
    static let schema = """
        <?xml version="1.0"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
          <xs:element name="Report">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="Total" maxOccurs="unbounded">
                  <xs:complexType>
                    <xs:attribute name="mxn" use="required">
                      <xs:simpleType><xs:restriction base="xs:string"><xs:pattern value="[0-9]+\\.[0-9]{2}"/></xs:restriction></xs:simpleType>
                    </xs:attribute>
                  </xs:complexType>
                </xs:element>
              </xs:sequence>
            </xs:complexType>
          </xs:element>
        </xs:schema>
        """

    func compiled() throws -> XMLSchema {
        try XMLSchema(contentsOf: "test.xsd", bytes: Array(Self.schema.utf8))
    }

    @Test("a valid document passes")
    func valid() throws {
        try compiled().validate(Array("<Report>\n  <Total mxn=\"10.00\"/>\n</Report>\n".utf8), name: "r.xml")
    }

    @Test("every schema violation is reported with its line")
    func invalid() throws {
        let document = "<Report>\n  <Total mxn=\"10\"/>\n  <Total mxn=\"1.5\"/>\n  <Other/>\n</Report>\n"
        let error = try #require(throws: XMLSupportError.self) { try compiled().validate(Array(document.utf8), name: "r.xml") }
        guard case .invalidDocument(let name, let schema, let diagnostics) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(name == "r.xml")
        #expect(schema == "test.xsd")
        #expect(diagnostics.map(\.line) == [2, 3, 4])
        #expect(diagnostics[0].message.contains("mxn"))
    }

    @Test("a document that is not well-formed gives libxml2's line and column")
    func notWellFormed() throws {
        let error = try #require(throws: XMLSupportError.self) {
            try compiled().validate(Array("<Report>\n  <Total mxn=\"1.00\">\n</Report>\n".utf8), name: "r.xml")
        }
        guard case .notWellFormed(_, let diagnostics) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(diagnostics.first?.line == 3)
        #expect((diagnostics.first?.column ?? 0) > 0)
        #expect(diagnostics.first?.message.contains("mismatch") == true)
    }

    @Test("a broken schema is refused with its location")
    func brokenSchema() {
        #expect(throws: XMLSupportError.self) {
            try XMLSchema(contentsOf: "bad.xsd", bytes: Array("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element/></xs:schema>".utf8))
        }
        #expect(throws: XMLSupportError.self) { try XMLSchema(contentsOf: "bad.xsd", bytes: Array("<xs:schema".utf8)) }
    }

    @Test("external entities are not loaded (no XXE, no network)")
    func noExternalEntities() throws {
        let document = """
            <?xml version="1.0"?>
            <!DOCTYPE Report [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <Report><Total mxn="&secret;"/></Report>
            """
        let error = try #require(throws: XMLSupportError.self) { try compiled().validate(Array(document.utf8), name: "r.xml") }
        #expect(!error.description.contains("root:"))
    }
}
