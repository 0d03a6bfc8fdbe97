import TestSupport
import Testing

@testable import IMMEXDomain
@testable import IMMEXEngine

@Suite("The packed invoice list reconciliation holds")
struct InvoiceListTests {
    private func invoice(
        _ index: Int, country: String? = "USA", currency: CurrencyCode = .usd, rate: String = "17.250000", subtotal: String = "1234.567891",
        discount: String = "0", usd: String? = "1234.56", pedimentos: [String] = ["254030010000123"], status: InvoiceStatus = .active,
        file: String = "fiscal-years/2025/sales.csv", line: Int? = nil, column: Int? = 1
    ) throws -> SalesInvoice {
        SalesInvoice(
            uuid: InvoiceUUID(high: UInt64(index) &* 0x9E37_79B9_7F4A_7C15, low: UInt64(index)),
            issuedOn: CalendarDate(year: 2025, month: index % 12 + 1, day: index % 28 + 1)!, type: index % 7 == 0 ? .credit : .income,
            status: status, customerRFC: index % 2 == 0 ? .genericForeign : RFC("MFN180523QX4")!, customerCountry: country.flatMap { CountryCode($0) },
            exportCode: index % 3 == 0 ? .notApplicable : .definitiveA1, currency: currency,
            exchangeRate: ExchangeRate(try DecimalNumber.parse(rate).get())!, subtotal: try DecimalNumber.parse(subtotal).get(),
            discount: try DecimalNumber.parse(discount).get(), totalUSD: try usd.map { try DecimalNumber.parse($0).get() },
            pedimentos: PedimentoList(pedimentos.map { PedimentoNumber($0)! }), location: SourceLocation(file: file, line: line ?? index + 2, column: column))
    }

    @Test("CFDI of a package: a million members are one file of the table, each read back at its own place")
    func packageMembers() throws {
        let names = (0..<70_000).map { "M\($0).xml" }
        let members = SourceFile.members(of: "fiscal-years/2025/cfdi/P-\(UInt64.random(in: 0...UInt64.max)).zip", names: names)
        #expect(members[69_999].member?.position == 69_999 && members[0].member?.package == members[69_999].member?.package)
        #expect(SourceFile("plain.csv").member == nil)
        var list = InvoiceList()
        var expected: [SalesInvoice] = []
        for index in stride(from: 0, to: 70_000, by: 7) {
            var made = try invoice(index)
            // The Comprobante's line: within the 12 bits a packed record keeps, and one past them (kept whole).
            made.location = SourceLocation(source: members[index], line: index == 7 ? 5_000 : 2, column: 1)
            expected.append(made)
            list.append(made)
        }
        #expect(list.map(\.location) == expected.map(\.location) && Array(list) == expected)
        #expect(list[1].location.description.hasSuffix(".zip!M7.xml:5000:1") && list[2].location.description.hasSuffix(".zip!M14.xml:2:1"))
    }

    @Test("gives back exactly the invoices appended, in order, in every shape a reader produces")
    func roundTrip() throws {
        let invoices = [
            try invoice(1),
            try invoice(2, country: nil, currency: .mxn, rate: "1", usd: nil, pedimentos: []),
            try invoice(3, country: "DEU", currency: CurrencyCode("EUR")!, rate: "19.5", subtotal: "-10.5", discount: "0.25"),
            // Leading zeros in the pedimento, several pedimentos, a cancelled invoice.
            try invoice(4, pedimentos: ["004030010000001"], status: .cancelled),
            try invoice(5, pedimentos: ["254030010000123", "254030010000124"]),
            // A location without line or column, another file, a line past UInt32.
            try invoice(6, line: 0, column: nil),
            try invoice(7, file: "elsewhere.csv", column: 12),
            try invoice(8, line: Int(UInt32.max) + 5),
            try invoice(9, subtotal: "999999999999.999999", usd: "0.000001"),
            // Past 32 bits, one field at a time (kept whole), and just inside them (packed).
            try invoice(10, subtotal: "42949672.96"), try invoice(11, subtotal: "42949672.95"),
            try invoice(12, discount: "4294967296"), try invoice(13, rate: "4294.967296"), try invoice(14, usd: "42949672.96"),
            try invoice(15, usd: "0"), try invoice(16, discount: "0.000000", usd: "12.30"),
            // Every letter at both ends of the codes, several customers, back and forth.
            try invoice(17, country: "AAA", currency: CurrencyCode("ZZZ")!), try invoice(18, country: "ZZZ", currency: CurrencyCode("AAA")!),
            try invoice(19, country: "MEX", currency: .mxn, rate: "1"), try invoice(20), try invoice(21), try invoice(22),
        ]
        var list = InvoiceList()
        for invoice in invoices { list.append(invoice) }
        #expect(list.count == invoices.count)
        for (index, invoice) in invoices.enumerated() {
            #expect(list[index] == invoice, "invoice \(index + 1)")
            let fields = list.matchingFields(at: index)
            #expect(list.pedimentos(at: index) == invoice.pedimentos, "pedimentos of invoice \(index + 1)")
            #expect(list.codes(at: index) == InvoiceCodes(invoice), "codes of invoice \(index + 1)")
            #expect(list.activeAndCode(at: index) == (invoice.status == .active, invoice.exportCode), "status of invoice \(index + 1)")
            #expect(
                fields.uuid == invoice.uuid && fields.type == invoice.type && fields.status == invoice.status
                    && fields.exportCode == invoice.exportCode && fields.hasPedimentos == !invoice.pedimentos.isEmpty
                    && fields.isGenericForeignCustomer == invoice.customerRFC.isGenericForeign
                    && fields.issuedOn == invoice.issuedOn && fields.totalUSD == invoice.totalUSD, "fields of invoice \(index + 1)")
            for rule in [RoundingRule.halfAwayFromZero, .halfEven] {
                #expect(fields.netPesos(rounding: rule) == invoice.netPesos(rounding: rule), "pesos of invoice \(index + 1)")
            }
        }
        #expect(Array(InvoiceList(invoices)) == invoices)
        #expect(Array(InvoiceList(invoices.reversed())) == invoices.reversed())
        let literal: InvoiceList = [invoices[0], invoices[4]]
        #expect(Array(literal) == [invoices[0], invoices[4]])
    }

    @Test("a list with room reserved holds what a list without holds, past its first chunk and appended to another")
    func reserved() throws {
        let invoices = try (0..<70_000).map { try invoice($0 % 9_000 + 1) }
        for room in [0, 1, 10, 65_536, 1_000_000] {
            var list = InvoiceList()
            list.reserveCapacity(room)
            for invoice in invoices.prefix(room == 10 ? 25 : invoices.count) { list.append(invoice) }
            #expect(Array(list) == Array(invoices.prefix(list.count)), "room \(room)")
            var joined = InvoiceList(invoices.prefix(3))
            joined.append(contentsOf: list)
            #expect(Array(joined) == Array(invoices.prefix(3)) + Array(list), "room \(room)")
        }
        var filled = InvoiceList(invoices.prefix(2))
        filled.reserveCapacity(100)  // (too late to matter; changes nothing)
        #expect(Array(filled) == Array(invoices.prefix(2)))
    }

    @Test("appending a list takes over its long segments, with their own files and customers, and copies short ones; every position reads back")
    func adoptedSegments() throws {
        // Stretches as the sales reader fills them: each its own list, with its own tables, some
        // with invoices kept whole, some shorter than a block; then a few invoices appended one by one.
        let customers = [RFC("MFN180523QX4")!, .genericForeign, RFC("AAA010101AAA")!, RFC("ZZZ991231ZZ9")!]
        var expected: [SalesInvoice] = []
        var joined = InvoiceList()
        var stretches = 0
        for (stretch, size) in [5_000, 4_096, 3, 4_095, 9_001, 1, 70_000, 4_097].enumerated() {
            var list = InvoiceList()
            list.reserveCapacity(size)
            for index in 0..<size {
                var copy = try invoice(expected.count + 1, file: stretch % 3 == 0 ? "sales.csv" : "other-\(stretch).csv", line: expected.count + 2)
                copy.customerRFC = customers[(index * 7 + stretch) % customers.count]
                if index % 1_000 == 999 { copy.pedimentos = PedimentoList([PedimentoNumber("254030010000123")!, PedimentoNumber("254030010000124")!]) }
                list.append(copy)
                expected.append(copy)
            }
            joined.append(contentsOf: list)
            stretches += size >= 4_096 ? (size + 65_535) / 65_536 : 0
        }
        let singles = try (0..<10).map { try invoice(expected.count + $0 + 1) }
        for invoice in singles { joined.append(invoice) }
        expected += singles
        #expect(joined.count == expected.count)
        #expect(Array(joined) == expected)
        #expect(expected.indices.allSatisfy { joined.uuid(at: $0) == expected[$0].uuid && joined.pedimentos(at: $0) == expected[$0].pedimentos })
        #expect(expected.indices.allSatisfy { joined.matchingFields(at: $0) == InvoiceMatchingFields(expected[$0]) })
        #expect(expected.indices.allSatisfy { joined.codes(at: $0) == InvoiceCodes(expected[$0]) })
        // The long stretches' segments, then one each for what was copied after them (3, 4,095;
        // 1; and the singles) rather than a segment per invoice.
        #expect(joined.segmentCount == stretches + 3)
        // Appended again, a list of adopted segments reads back the same.
        var twice = InvoiceList(expected.prefix(2))
        twice.append(contentsOf: joined)
        #expect(Array(twice) == Array(expected.prefix(2)) + expected)
    }

    @Test("an invoice that fits is packed in 64 bytes, whatever its customer's RFC")
    func packedSize() throws {
        var list = InvoiceList()
        for index in 0..<1_000 { list.append(try invoice(index)) }
        #expect(list.packedStride == 64)
        #expect(list.wholeCount == 0)
        list.append(try invoice(1_000, pedimentos: ["254030010000123", "254030010000124"]))
        list.append(try invoice(1_001, subtotal: "42949672.96"))
        list.append(try invoice(1_002, column: 3))
        #expect(list.wholeCount == 3)
    }

    @Test("a pedimento number packs to an integer and back with its leading zeros")
    func pedimentoPacking() {
        for digits in ["000000000000000", "004030010000001", "999999999999999", "254030010000123"] {
            let number = PedimentoNumber(digits)!
            #expect(PedimentoNumber(packed: number.packed) == number)
        }
    }

    @Test("past one storage chunk, every position still gives back its own invoice")
    func manyChunks() throws {
        var list = InvoiceList()
        let count = 65_536 * 2 + 17
        let template = try invoice(1)
        for index in 0..<count {
            var copy = template
            copy.uuid = InvoiceUUID(high: 7, low: UInt64(index))
            copy.location.line = index + 2
            if index == 65_536 { copy.pedimentos = [] }  // the first of the second chunk differs
            list.append(copy)
        }
        #expect(list.count == count)
        for index in [0, 65_535, 65_536, 65_537, count - 1] {
            #expect(list[index].uuid.low == UInt64(index))
            #expect(list[index].location.line == index + 2)
            #expect(list[index].pedimentos.isEmpty == (index == 65_536))
        }
    }

    @Test("invoices from more files than a record can index are kept whole, each with its own file")
    func manyFiles() throws {
        var list = InvoiceList()
        let template = try invoice(1)
        let count = Int(UInt16.max) + 3
        for index in 0..<count {
            var copy = template
            copy.location.file = "sales-\(index).csv"
            list.append(copy)
        }
        for index in [0, 65_535, 65_536, count - 1] {
            #expect(list[index].location.file == "sales-\(index).csv")
        }
    }
}

@Suite("Which invoice each pedimento names")
struct NamedInvoiceTests {
    private func invoice(_ uuid: InvoiceUUID, line: Int) -> SalesInvoice {
        SalesInvoice(
            uuid: uuid, issuedOn: CalendarDate(year: 2025, month: 3, day: 14)!, type: .income, status: .active, customerRFC: .genericForeign,
            customerCountry: CountryCode("USA"), exportCode: .definitiveA1, currency: .usd,
            exchangeRate: ExchangeRate(try! DecimalNumber.parse("20").get())!, subtotal: DecimalNumber(mantissa: 100, scale: 0),
            discount: DecimalNumber(mantissa: 0, scale: 0), totalUSD: nil, pedimentos: [], location: SourceLocation(file: "sales.csv", line: line, column: 1))
    }

    @Test("the first invoice with the UUID, for every pedimento naming it; nil for none or an unknown one; a rectification's own")
    func firstInvoices() {
        let (a, b, c, missing) = (InvoiceUUID(high: 1, low: 1), InvoiceUUID(high: 2, low: 2), InvoiceUUID(high: 3, low: 3), InvoiceUUID(high: 9, low: 9))
        // b twice (a list built by hand may repeat; readers never do): the first counts.
        let invoices = InvoiceList([invoice(a, line: 2), invoice(b, line: 3), invoice(c, line: 4), invoice(b, line: 5)])
        func pedimento(_ number: String, naming uuid: InvoiceUUID?, key: String = "A1", rectifies: String? = nil) -> ExportPedimento {
            var pedimento = Build.pedimento(number, key: key, usd: 100, mxn: 2_000, rectifies: rectifies)
            pedimento.invoiceUUID = uuid
            return pedimento
        }
        let original = pedimento("252434215000004", naming: a)
        let rectification = pedimento("252434215000005", naming: c, key: "R1", rectifies: "252434215000004")
        let effective = [
            EffectivePedimento(original: pedimento("252434215000001", naming: b), keyClass: .direct, rectifications: []),
            EffectivePedimento(original: pedimento("252434215000002", naming: missing), keyClass: .direct, rectifications: []),
            EffectivePedimento(original: pedimento("252434215000003", naming: nil), keyClass: .direct, rectifications: []),
            EffectivePedimento(original: original, keyClass: .direct, rectifications: [rectification]),
            EffectivePedimento(original: pedimento("252434215000006", naming: b), keyClass: .direct, rectifications: []),
        ]
        func named(_ effective: [EffectivePedimento], _ invoices: InvoiceList) -> [Int?] {
            let first = FirstInvoices(effective, in: invoices)
            return effective.indices.map { first[$0] }
        }
        #expect(named(effective, invoices) == [1, nil, nil, 2, 1])
        #expect(named([], invoices) == [])
        #expect(named(effective, []) == [nil, nil, nil, nil, nil])
    }

    @Test("looked up in two halves, each pedimento still gets the first invoice with its UUID, wherever its repeats fall")
    func firstInvoicesAcrossHalves() {
        var numbers = SeededNumbers(seed: 5)
        for count in [1, 2, 3, 63, 64, 65, 129, 1_001] {
            // UUIDs from a small pool, so that most repeat, some only in the upper half.
            let pool = max(1, count / 3)
            let uuids = (0..<count).map { _ in InvoiceUUID(high: 7, low: UInt64(numbers.next(pool))) }
            let invoices = InvoiceList(uuids.enumerated().map { invoice($1, line: $0 + 2) })
            let effective = (0..<200).map { index in
                var pedimento = Build.pedimento(String(252_434_215_000_000 + index), key: "A1", usd: 100, mxn: 2_000)
                pedimento.invoiceUUID = numbers.next(5) == 0 ? nil : InvoiceUUID(high: 7, low: UInt64(numbers.next(pool + 10)))
                return EffectivePedimento(original: pedimento, keyClass: .direct, rectifications: [])
            }
            let first = FirstInvoices(effective, in: invoices)
            for (index, pedimento) in effective.enumerated() {
                let expected = pedimento.namedInvoice.flatMap { uuid in uuids.firstIndex(of: uuid) }
                #expect(first[index] == expected, "\(count) invoices, pedimento \(index)")
            }
        }
    }
}
