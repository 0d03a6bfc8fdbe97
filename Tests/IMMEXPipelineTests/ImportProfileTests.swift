import CryptoSupport
import Foundation
import Testing

@testable import IMMEXDomain
@testable import IMMEXIngest
@testable import IMMEXPipeline

/// ERP exports as they come (issue 26): the shipped sample year rewritten as Mexican ERPs and
/// Excel write it, read through `[import.<file>]` profiles, gives the sample year's figures.
@Suite("Import profiles: ERP exports as they come")
struct ImportProfileTests {
    enum Profile: String, CaseIterable, Sendable {
        /// `;`, decimal comma with `.` thousands, `dd/mm/yyyy`, Spanish headers, `Ingreso`/`Egreso`; UTF-8.
        case semicolonDecimalComma
        /// The same saved by Excel as "CSV" on Windows: Windows-1252, no byte order mark, CRLF.
        case windows1252
        /// Saved as "CSV UTF-8": a byte order mark, which wins over the profile's windows-1252.
        case utf8WithBOMUnderWindows1252
        /// Tab-separated, the separator sniffed (`separator = "auto"`), `mm/dd/yyyy`, `1,234.56`.
        case tabsSniffedMonthFirst
    }

    /// The Spanish headers an ERP writes, by canonical column.
    static let spanishHeaders: [String: [String: String]] = [
        "sales": [
            "uuid": "UUID Fiscal", "issued_on": "Fecha de emisión", "type": "Tipo de comprobante", "status": "Estado",
            "customer_rfc": "RFC receptor", "customer_country": "País del cliente", "export_code": "Clave de exportación",
            "currency": "Moneda", "exchange_rate": "Tipo de cambio", "subtotal": "Subtotal", "discount": "Descuento",
            "total_usd": "Total USD", "pedimento": "Número de pedimento",
        ],
        "exports": [
            "pedimento": "Pedimento", "customs_section": "Aduana", "key": "Clave", "paid_on": "Fecha de pago",
            "exchange_rate": "Tipo de cambio", "value_usd": "Valor dólares", "commercial_value_mxn": "Valor comercial",
            "value_added_mxn": "Valor agregado", "destination_country": "País destino", "invoice_uuid": "UUID factura",
            "rectifies": "Pedimento rectificado", "returned_pedimento": "Pedimento retornado",
            "fixed_asset_return": "Retorno de activo fijo",
        ],
    ]

    static let amounts: [String: Set<String>] = [
        "sales": ["exchange_rate", "subtotal", "discount", "total_usd"],
        "exports": ["exchange_rate", "value_usd", "commercial_value_mxn", "value_added_mxn"],
    ]
    static let dates: [String: String] = ["sales": "issued_on", "exports": "paid_on"]

    /// `390123.35` as `390.123,35` (or `390,123.35`).
    static func grouped(_ amount: String, decimalComma: Bool) -> String {
        guard !amount.isEmpty else { return amount }
        let parts = amount.split(separator: ".", omittingEmptySubsequences: false)
        var integer = Array(parts[0])
        var groups: [String] = []
        while integer.count > 3 {
            groups.insert(String(integer.suffix(3)), at: 0)
            integer.removeLast(3)
        }
        groups.insert(String(integer), at: 0)
        let mark = decimalComma ? "," : "."
        return groups.joined(separator: decimalComma ? "." : ",") + (parts.count > 1 ? mark + parts[1] : "")
    }

    /// `2025-01-03T19:47:53` as `03/01/2025 19:47:53` (or `01/03/2025 …` month first).
    static func localDate(_ date: String, monthFirst: Bool) -> String {
        guard date.count >= 10 else { return date }
        let parts = date.prefix(10).split(separator: "-")
        let day = monthFirst ? "\(parts[1])/\(parts[2])/\(parts[0])" : "\(parts[2])/\(parts[1])/\(parts[0])"
        return date.count > 10 ? day + " " + date.dropFirst(11) : day
    }

    /// The canonical file `text` of `table`, as the ERP of `profile` writes it.
    static func erpFile(_ text: String, table: String, profile: Profile) -> [UInt8] {
        let rows = csvRecords(text)
        let header = rows[0]
        let separator = profile == .tabsSniffedMonthFirst ? "\t" : ";"
        let decimalComma = profile != .tabsSniffedMonthFirst
        var lines: [String] = []
        for (number, row) in rows.enumerated() {
            let fields = row.enumerated().map { index, value -> String in
                let column = header[index]
                var out = value
                if number == 0 {
                    out = spanishHeaders[table]?[column] ?? column
                } else if amounts[table]!.contains(column) {
                    out = grouped(value, decimalComma: decimalComma)
                } else if dates[table] == column {
                    out = localDate(value, monthFirst: profile == .tabsSniffedMonthFirst)
                } else if table == "sales", column == "type" {
                    out = ["I": "Ingreso", "E": "Egreso", "T": "Traslado"][value] ?? value
                }
                let needsQuotes = out.contains(separator) || out.contains("\"") || (profile == .tabsSniffedMonthFirst && out.contains(","))
                return needsQuotes ? "\"" + out.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : out
            }
            lines.append(fields.joined(separator: separator))
        }
        let body = lines.joined(separator: "\r\n") + "\r\n"
        switch profile {
        case .windows1252:
            return body.unicodeScalars.map { scalar in
                precondition(scalar.value < 0x100, "the sample's text fits Windows-1252's Latin-1 half")
                return UInt8(scalar.value)
            }
        case .utf8WithBOMUnderWindows1252:
            return [0xEF, 0xBB, 0xBF] + Array(body.utf8)
        case .semicolonDecimalComma, .tabsSniffedMonthFirst:
            return Array(body.utf8)
        }
    }

    /// The `company.toml` settings that say how the ERP of `profile` writes both files.
    static func settings(_ profile: Profile) -> String {
        var text = ""
        for table in ["sales", "exports"] {
            text += "\n[columns.\(table)]\n"
            for (column, header) in spanishHeaders[table]!.sorted(by: { $0.key < $1.key }) { text += "\(column) = \"\(header)\"\n" }
            text += "\n[import.\(table)]\n"
            switch profile {
            case .semicolonDecimalComma: text += "separator = \";\"\ndecimal_comma = true\nthousands = \".\"\ndates = \"dmy\"\n"
            case .windows1252, .utf8WithBOMUnderWindows1252:
                text += "separator = \";\"\nencoding = \"windows-1252\"\ndecimal_comma = true\nthousands = \".\"\ndates = \"dmy\"\n"
            case .tabsSniffedMonthFirst: text += "separator = \"auto\"\nthousands = \",\"\ndates = \"mdy\"\n"
            }
            if table == "sales" { text += "\n[import.sales.values.type]\nIngreso = \"I\"\nEgreso = \"E\"\nTraslado = \"T\"\n" }
        }
        return text
    }

    @Test(
        "the sample year written by an ERP in each import profile gives the sample year's figures, and the evidence seals the files as written",
        arguments: Profile.allCases)
    func sameFigures(_ profile: Profile) throws {
        let root = try WorkingRoot.shipped()
        defer { root.remove() }
        let folder = FiscalYearFolder(root: root.url, year: FiscalYear(2025))
        let (referenceYear, referenceFindings) = YearAssembly.load(folder)
        let reference = try #require(referenceYear)
        var written: [String: [UInt8]] = [:]
        for table in ["sales", "exports"] {
            let canonical = try root.read("fiscal-years/2025/\(table).csv")
            written[table] = Self.erpFile(canonical, table: table, profile: profile)
            try Data(written[table]!).write(to: root.path("fiscal-years/2025/\(table).csv"))
        }
        // company.toml: signing stays where it was (a TOML table runs to the next one).
        let shipped = try root.read("fiscal-years/2025/company.toml")
        let head = try #require(shipped.range(of: "[columns.sales]"))
        let signing = try #require(shipped.range(of: "[signing]"))
        try root.write(
            "fiscal-years/2025/company.toml", String(shipped[..<head.lowerBound]) + Self.settings(profile) + "\n" + String(shipped[signing.lowerBound...]))

        let (loaded, findings) = YearAssembly.load(folder)
        let year = try #require(
            loaded, "\(findings.filter { $0.severity == .error }.prefix(5).map { "\($0.location.map(String.init(describing:)) ?? "") \($0.message)" })")
        #expect(year.sales == reference.sales)
        #expect(year.exportInvoices.count == reference.exportInvoices.count)
        let figures = { (list: [ExportPedimento]?) in (list ?? []).map { "\($0.number) \($0.valueUSD) \($0.commercialValueMXN) \($0.paidOn) \($0.key)" } }
        #expect(figures(year.pedimentos) == figures(reference.pedimentos))
        #expect(figures(year.otherPedimentos) == figures(reference.otherPedimentos))
        #expect(year.otherPedimentos != nil)
        // The same findings at the same lines (the BOM run adds its note that the file is UTF-8: none here, the BOM settles it).
        let codesAndLines = { (list: [Finding]) in list.map { "\($0.code.rawValue) \($0.location?.file ?? "") \($0.location?.line ?? 0)" }.sorted() }
        #expect(codesAndLines(findings) == codesAndLines(referenceFindings))
        // What is sealed is the file as the ERP wrote it.
        for table in ["sales", "exports"] {
            let sealed = try #require(year.inputs.first { $0.displayPath == "fiscal-years/2025/\(table).csv" })
            #expect(sealed.sha256 == (try SHA256Hasher.digest(written[table]!).hex))
        }
    }

    /// A year whose sales.csv is `sales` (company.toml adds `settings`); its findings.
    func findings(sales: [UInt8], settings: String) throws -> [Finding] {
        let root = try WorkingRoot.shipped()
        defer { root.remove() }
        try Data(sales).write(to: root.path("fiscal-years/2025/sales.csv"))
        let shipped = try root.read("fiscal-years/2025/company.toml")
        let signing = try #require(shipped.range(of: "[signing]"))
        try root.write("fiscal-years/2025/company.toml", String(shipped[..<signing.lowerBound]) + settings + "\n" + String(shipped[signing.lowerBound...]))
        return YearAssembly.load(FiscalYearFolder(root: root.url, year: FiscalYear(2025))).findings
    }

    static let header = "uuid;issued_on;type;subtotal;discount;customer_rfc;customer_name;export_code;currency;exchange_rate\r\n"
    static let profile = "[import.sales]\nseparator = \";\"\ndecimal_comma = true\nthousands = \".\"\ndates = \"dmy\"\n"

    @Test("a finding on a rewritten row names the line and column of the file as written; a field the profile cannot read is reported once, in its terms")
    func locations() throws {
        // Line 2: the subtotal `1.234.567,00` is two characters shorter once rewritten; the RFC after it is wrong.
        // Line 3: the discount is not a number. Line 4: 31 February.
        let lines = [
            "40E51392-4F43-4176-B8FE-9CF52F1F3B6D;03/01/2025;I;1.234.567,00;;BADRFC;\"Norte; S.A.\";01;MXN;1",
            "C71DD50B-6CEA-42AB-BED2-9869DFCCED5B;04/01/2025;I;1.000,00;abc;IDN0503157K2;Otra;01;MXN;1",
            "D71DD50B-6CEA-42AB-BED2-9869DFCCED5B;31/02/2025;I;10,00;;IDN0503157K2;Otra;01;MXN;1",
        ]
        let found = try findings(sales: Array((Self.header + lines.joined(separator: "\r\n") + "\r\n").utf8), settings: Self.profile).filter {
            $0.location?.file == "fiscal-years/2025/sales.csv"
        }
        func column(_ line: String, of text: String) -> Int { line.distance(from: line.startIndex, to: line.range(of: text)!.lowerBound) + 1 }
        let rfc = try #require(found.first { $0.location?.line == 2 }, "\(found)")
        #expect(rfc.code == .malformedRFC)
        #expect(rfc.location?.column == column(lines[0], of: "BADRFC"))
        let discount = found.filter { $0.location?.line == 3 }
        #expect(discount.map(\.code) == [.malformedAmount])
        #expect(discount.first?.location?.column == column(lines[1], of: "abc"))
        #expect(discount.first?.message.contains("decimal comma") == true)
        let impossible = found.filter { $0.location?.line == 4 }
        #expect(impossible.map(\.code) == [.malformedDate])
        #expect(impossible.first?.location?.column == 38)
    }

    @Test("under a decimal comma without thousands separators, 1.234 is an error, never 1.234 nor 1234")
    func noGuessing() throws {
        let line = "40E51392-4F43-4176-B8FE-9CF52F1F3B6D;03/01/2025;I;1.234;;IDN0503157K2;Otra;01;MXN;1\r\n"
        let found = try findings(sales: Array((Self.header + line).utf8), settings: Self.profile.replacingOccurrences(of: "thousands = \".\"\n", with: ""))
            .filter { $0.location?.line == 2 }
        #expect(found.map(\.code) == [.malformedAmount])
        #expect(found.first?.severity == .error)
        #expect(found.first?.location?.column == 51)
    }

    @Test("a ;-separated file read with the default comma gets one finding that names the separator, not one per column")
    func wrongSeparator() throws {
        let found = try findings(sales: Array((Self.header + "x;y\r\n").utf8), settings: "")
        let columns = found.filter { $0.code == .missingColumn }
        #expect(columns.count == 1)
        #expect(columns.first?.message.contains("separated by ';'") == true)
        #expect(columns.first?.hint?.contains("[import.sales] separator = \";\"") == true)
    }

    @Test("a header misspelt by case, accents or a letter leaves no optional column unread in silence")
    func similarColumns() throws {
        let canonical = "uuid,issued_on,type,customer_rfc,export_code,currency,subtotal,Total USD,Estatus\r\n"
        let found = try findings(sales: Array(canonical.utf8), settings: "")
        let similar = found.filter { $0.code == .similarColumn }
        let header = canonical.dropLast()  // "\r\n" is one Character
        let columns = ["Estatus", "Total USD"].map { header.distance(from: header.startIndex, to: header.range(of: $0)!.lowerBound) + 1 }
        #expect(Set(similar.map { $0.location?.column }) == Set(columns))
        #expect(similar.allSatisfy { $0.severity == .error })
        #expect(similar.contains { $0.hint?.contains("total_usd = \"Total USD\"") == true })
    }

    @Test("a Windows-1252 header read as UTF-8 is an error that names the encoding setting; an undefined Windows-1252 byte is located")
    func encodings() throws {
        let header: [UInt8] = Array("uuid,issued_on,type,customer_rfc,export_code,currency,subtotal,Pa".utf8) + [0xED] + Array("s\r\n".utf8)
        let found = try findings(sales: header, settings: "")
        let invalid = try #require(found.first { $0.code == .invalidUTF8 })
        #expect(invalid.severity == .error)
        #expect(invalid.hint?.contains("[import.sales] encoding = \"windows-1252\"") == true)

        let undefined: [UInt8] = Array("uuid,issued_on\r\nA".utf8) + [0x81] + Array(",2025-01-01\r\n".utf8)
        let undecodable = try findings(sales: undefined, settings: "[import.sales]\nencoding = \"windows-1252\"\n").filter { $0.code == .undecodableByte }
        #expect(undecodable.count == 1)
        #expect(undecodable.first?.location?.line == 2)
        #expect(undecodable.first?.location?.column == 2)
    }

    @Test("a file read through a profile is rewritten in memory, so it is bounded: past [limits] profiled_file_mib it is an error that says what to do")
    func profiledFileBounded() throws {
        let root = try WorkingRoot.shipped()
        defer { root.remove() }
        try root.write("fiscal-years/2025/rules.toml", try root.read("fiscal-years/2025/rules.toml") + "\n[limits]\nprofiled_file_mib = 1\n")
        let line = "40E51392-4F43-4176-B8FE-9CF52F1F3B6D;03/01/2025;I;1.000,00;;IDN0503157K2;Otra;01;MXN;1\r\n"
        try Data((Self.header + String(repeating: line, count: 13_000)).utf8).write(to: root.path("fiscal-years/2025/sales.csv"))
        let shipped = try root.read("fiscal-years/2025/company.toml")
        let signing = try #require(shipped.range(of: "[signing]"))
        try root.write("fiscal-years/2025/company.toml", String(shipped[..<signing.lowerBound]) + Self.profile + "\n" + String(shipped[signing.lowerBound...]))
        let (year, findings) = YearAssembly.load(FiscalYearFolder(root: root.url, year: FiscalYear(2025)))
        #expect(year == nil)
        let bound = try #require(findings.first { $0.location?.file == "fiscal-years/2025/sales.csv" && $0.code == .unreadableFile })
        #expect(bound.message.contains("profiled_file_mib (1 MiB)"))
        #expect(bound.hint?.contains("drop [import.sales]") == true)
    }

    @Test("a hostile line of 300,000 separators is read through a profile in linear time and reported at its line")
    func longLine() throws {
        let line = "40E51392-4F43-4176-B8FE-9CF52F1F3B6D;03/01/2025" + String(repeating: ";", count: 300_000) + "\r\n"
        let found = try findings(sales: Array((Self.header + line).utf8), settings: Self.profile).filter {
            $0.location?.file == "fiscal-years/2025/sales.csv" && $0.location?.line == 2
        }
        #expect(found.contains { $0.code == .wrongFieldCount })
    }

    @Test("a profile that cannot be read as written is an error at its line, never a default")
    func badSettings() throws {
        let root = try WorkingRoot.shipped()
        defer { root.remove() }
        let shipped = try root.read("fiscal-years/2025/company.toml")
        let signing = try #require(shipped.range(of: "[signing]"))
        let profile =
            "[import.sales]\nseparator = \"#\"\nencoding = \"utf-16\"\nthousands = \",\"\ndecimal_comma = false\ndate = \"dmy\"\n[import.sales.values.colour]\nRojo = \"R\"\n[import.inventory]\n"
        try root.write("fiscal-years/2025/company.toml", String(shipped[..<signing.lowerBound]) + profile + String(shipped[signing.lowerBound...]))
        var findings: [Finding] = []
        _ = FiscalYearLoader.companySettings(FiscalYearFolder(root: root.url, year: FiscalYear(2025)), findings: &findings)
        let messages = findings.filter { $0.code == .invalidSettings }.map(\.message)
        #expect(messages.contains { $0.contains("separator '#'") })
        #expect(messages.contains { $0.contains("'encoding'") })
        #expect(messages.contains { $0.contains("unknown setting 'date'") })
        #expect(messages.contains { $0.contains("unknown setting 'colour'") })
        #expect(messages.contains { $0.contains("unknown setting 'inventory'") })
        #expect(!messages.contains { $0.contains("thousands") })  // a comma for thousands with a decimal point is fine
    }
}
