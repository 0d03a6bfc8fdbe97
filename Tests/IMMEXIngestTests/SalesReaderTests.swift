import Foundation
import TestSupport
import Testing

@testable import IMMEXDomain
@testable import IMMEXIngest

@Suite("sales.csv: every bad field is reported at its line and column")
struct SalesReaderTests {
    static func row(_ overrides: [String: String]) -> (line: String, column: [String: Int]) {
        fixtureRow(header: SalesFixture.header, good: SalesFixture.good, overrides)
    }

    @Test("a good row is read whole")
    func goodRow() throws {
        let (invoices, findings) = try SalesFixture.read([SalesFixture.good])
        #expect(findings.isEmpty)
        let invoice = try #require(invoices.first)
        #expect(invoice.uuid.value == "6F9619FF-8B86-D011-B42D-00C04FC964FF")
        #expect(invoice.exportCode == .definitiveA1)
        #expect(invoice.pedimentos.map(\.digits) == ["252434215000123"])
        #expect(invoice.netPesos(rounding: .halfAwayFromZero)?.decimalString == "20123.46")
        #expect(invoice.location.description == "fiscal-years/2025/sales.csv:2:1")
    }

    @Test("pedimento lists read from bytes: plain, in the CFDI's spaced form, several; anything else goes the checked way")
    func pedimentoListsFromBytes() {
        func read(_ text: String) -> [String]? {
            Array(text.utf8).withUnsafeBufferPointer { SalesSchema.pedimentos($0) }?.map(\.digits)
        }
        #expect(read("") == [])
        #expect(read("252434215000123") == ["252434215000123"])
        #expect(read("25  24  3421  5000123") == ["252434215000123"])
        #expect(read("252434215000123,25 24 3421 5000124") == ["252434215000123", "252434215000124"])
        #expect(read("052434215000123") == ["052434215000123"])
        for bad in ["25243421500012", "2524342150001234", "25243421500012x", "252434215000123,", ",252434215000123", "25  24  3421  50001234"] {
            #expect(read(bad) == nil, "\(bad)")
        }
    }

    @Test("the two usual pedimento fields, read at their digits' places, read as byte by byte, and so does every near miss")
    func pedimentoFastForms() {
        var numbers = SeededNumbers(seed: 99)
        let alphabet = Array("0123456789 ,x".utf8)
        for round in 0..<20_000 {
            // A well-formed 15-digit or spaced number, then (mostly) a byte or two changed.
            var bytes: [UInt8] = (0..<15).map { _ in UInt8(ascii: "0") + UInt8(numbers.next(10)) }
            if numbers.next(2) == 0 {
                for place in [8, 4, 2] { bytes.insert(contentsOf: [0x20, 0x20], at: place) }
            }
            for _ in 0..<numbers.next(3) { bytes[numbers.next(bytes.count)] = alphabet[numbers.next(alphabet.count)] }
            if numbers.next(8) == 0 { bytes.remove(at: numbers.next(bytes.count)) }
            let (fast, bytewise) = bytes.withUnsafeBufferPointer { (SalesSchema.pedimentos($0), SalesSchema.pedimentosBytewise($0)) }
            #expect(fast.map { Array($0) } == bytewise.map { Array($0) }, "round \(round): \(String(decoding: bytes, as: UTF8.self))")
        }
        let spaced = Array("25  24  3421  5000123".utf8)
        #expect(spaced.count == 21)
        #expect(spaced.withUnsafeBufferPointer { SalesSchema.onePedimento($0) }?.digits == "252434215000123")
    }

    @Test("the subtotal's column, counted by hand")
    func handCountedColumn() throws {
        let (_, findings) = try SalesFixture.read([Self.row(["subtotal": "1,000"]).line.replacingOccurrences(of: "1,000", with: "\"1,000\"")])
        #expect(places(findings) == ["2:93 malformed-amount"])
        #expect(findings.first?.message.contains("'1,000'") == true)
    }

    @Test(
        "each class of bad value, at its field",
        arguments: [
            ("subtotal", "12abc", FindingCode.malformedAmount),
            ("subtotal", "-5.00", .negativeAmount),
            ("discount", "-1", .negativeAmount),
            ("subtotal", "1.0000001", .malformedAmount),
            ("issued_on", "14/03/2025", .malformedDate),
            ("issued_on", "2024-12-31", .dateOutsideYear),
            ("issued_on", "2026-01-01T00:00:00", .dateOutsideYear),
            ("customer_rfc", "NOTANRFC", .malformedRFC),
            ("uuid", "not-a-uuid", .malformedUUID),
            ("type", "X", .unknownCode),
            ("status", "maybe", .unknownCode),
            ("export_code", "05", .unknownCode),
            ("currency", "dollars", .malformedCode),
            ("exchange_rate", "", .missingExchangeRate),
            ("exchange_rate", "0", .malformedRate),
            ("exchange_rate", "20.1234567", .malformedRate),
            ("customer_country", "", .missingValue),
            ("customer_country", "US", .malformedCode),
            ("pedimento", "12345", .malformedPedimento),
            ("discount", "2000.00", .discountExceedsSubtotal),
        ])
    func badValue(column: String, value: String, code: FindingCode) throws {
        let (line, columns) = Self.row([column: value])
        let (invoices, findings) = try SalesFixture.read([line])
        #expect(places(findings) == ["2:\(columns[column]!) \(code.rawValue)"])
        #expect(invoices.isEmpty)
        #expect(findings.allSatisfy { $0.hint != nil })
    }

    @Test("every problem of every row is reported, not only the first")
    func allProblems() throws {
        let first = Self.row(["subtotal": "abc", "issued_on": "2025-02-30"]).line
        let second = Self.row(["uuid": "6F9619FF-8B86-D011-B42D-00C04FC964F0", "customer_rfc": "BAD"]).line
        let (_, findings) = try SalesFixture.read([first, second])
        #expect(findings.map(\.code).sorted() == [.malformedAmount, .malformedDate, .malformedRFC].sorted())
        #expect(Set(findings.compactMap(\.location?.line)) == [2, 3])
    }

    @Test("a repeated UUID points at its first occurrence, in any case")
    func duplicate() throws {
        let again = SalesFixture.good.replacingOccurrences(of: "6F9619FF", with: "6f9619ff")
        let (invoices, findings) = try SalesFixture.read([SalesFixture.good, again])
        #expect(places(findings) == ["3:1 duplicate-uuid"])
        #expect(findings.first?.related?.line == 2)
        #expect(invoices.count == 1)
    }

    @Test("missing columns are named with the headers found; no row is read")
    func missingColumn() throws {
        let header = SalesFixture.header.replacingOccurrences(of: "subtotal,", with: "")
        let (invoices, findings) = try SalesFixture.read([SalesFixture.good], header: header)
        #expect(places(findings) == ["1:1 missing-column"])
        #expect(findings.first?.message.contains("'subtotal'") == true)
        #expect(invoices.isEmpty)
    }

    @Test("ERP headers map through aliases; unknown columns are ignored")
    func aliases() throws {
        let header = SalesFixture.header.replacingOccurrences(of: "uuid,", with: "UUID Fiscal,") + ",notes"
        let (invoices, findings) = try SalesFixture.read([SalesFixture.good + ",\"free, text\""], header: header, aliases: ["uuid": "UUID Fiscal"])
        #expect(findings.isEmpty)
        #expect(invoices.count == 1)
    }

    @Test("a row with a stray unquoted comma has the wrong number of fields")
    func fieldCount() throws {
        let (_, findings) = try SalesFixture.read([SalesFixture.good + ",extra"])
        #expect(places(findings) == ["2:1 wrong-field-count"])
    }

    @Test("cancelled, credit notes and payments: read, and counted apart")
    func kinds() throws {
        let rows = [
            Self.row(["status": "cancelado"]).line,
            Self.row(["uuid": "6F9619FF-8B86-D011-B42D-00C04FC96400", "type": "E"]).line,
            Self.row(["uuid": "6F9619FF-8B86-D011-B42D-00C04FC96401", "type": "P", "currency": "XXX", "subtotal": "0", "exchange_rate": ""]).line,
        ]
        let (invoices, findings) = try SalesFixture.read(rows)
        #expect(findings.isEmpty)
        #expect(invoices.map(\.status) == [.cancelled, .active, .active])
        #expect(invoices.map(\.type) == [.income, .credit, .payment])
    }

    @Test("read from disk on two threads: the same invoices and findings, in the same order, as read in memory")
    func stagedMatchesInMemory() throws {
        // More rows than one batch, with repeats on both paths, broken rows, a short row, and a
        // quoted line break before the UUID (so a repeat is reported on the UUID's own line: the
        // record starts on 40011, its UUID on 40012 after `b",`).
        let header = "notes," + SalesFixture.header
        var rows = SalesFixture.numberedRows(40_000, brokenEvery: 997, twoLinesEvery: 5_000)
        rows.append("plain," + SalesFixture.good.replacingOccurrences(of: "C964FF", with: "000007"))  // a fast repeat
        rows.append("\"a\nb\"," + SalesFixture.good.replacingOccurrences(of: "C964FF", with: "001388"))  // a repeat, its own row broken over two lines
        rows.append("plain," + SalesFixture.good.replacingOccurrences(of: "C964FF", with: "000008").replacingOccurrences(of: "2025-03-14", with: "2025-13-01"))
        rows.append("plain,too,short")
        let text = ([header] + rows).joined(separator: "\n") + "\n"

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("staged-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("sales.csv")
        try Data(text.utf8).write(to: url)

        let reader = SalesReader(year: FiscalYear(2025))
        var memoryFindings: [Finding] = []
        var diskFindings: [Finding] = []
        var memoryInvoices: [SalesInvoice] = []
        var diskInvoices: [SalesInvoice] = []
        let file = try InputFile(displayPath: "sales.csv", url: url, bytes: Array(text.utf8))
        let inMemory = reader.read(.memory(file), findings: &memoryFindings) { memoryInvoices.append($0) }
        let onDisk = reader.read(.disk(url, displayPath: "sales.csv"), findings: &diskFindings) { diskInvoices.append($0) }

        #expect(inMemory.rows == 40_004 && onDisk.rows == 40_004)
        #expect(onDisk.file?.size == text.utf8.count)
        #expect(diskInvoices == memoryInvoices)
        #expect(diskFindings == memoryFindings)
        #expect(diskInvoices.count == 40_000 - 41)
        let repeats = diskFindings.filter { $0.code == .duplicateUUID }
        #expect(repeats.map { "\($0.location!.line!):\($0.location!.column!) see \($0.related!.line!)" } == ["40010:7 see 10", "40012:4 see 5003"])
        #expect(diskFindings.filter { $0.code == .malformedAmount }.count == 41)
        #expect(diskFindings.filter { $0.code == .wrongFieldCount }.count == 1)
    }

    @Test("a fingerprint met twice is confirmed by reading again the exact way: the same invoices and findings whichever row first doubts")
    func fingerprintDoubts() throws {
        let header = "notes," + SalesFixture.header
        let unique = SalesFixture.numberedRows(12_000, brokenEvery: 997, twoLinesEvery: 5_000)
        var repeating = unique
        repeating.insert("plain," + SalesFixture.good.replacingOccurrences(of: "C964FF", with: "000007"), at: 6_000)  // a fast repeat
        repeating.append("\"a\nb\"," + SalesFixture.good.replacingOccurrences(of: "C964FF", with: "001388"))  // a repeat on two lines
        // The UUID of a row whose invoice could not be read: no repeat (nothing was recorded for it).
        repeating.append("plain," + SalesFixture.good.replacingOccurrences(of: "C964FF", with: "0003E5"))

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("doubts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var results: [String: ([SalesInvoice], [Finding])] = [:]
        for (name, rows) in [("unique", unique), ("repeating", repeating)] {
            let text = ([header] + rows).joined(separator: "\n") + "\n"
            let url = folder.appendingPathComponent("\(name).csv")
            try Data(text.utf8).write(to: url)
            let sources: [CSVSource] = [
                .disk(url, displayPath: "sales.csv"), .memory(try InputFile(displayPath: "sales.csv", url: url, bytes: Array(text.utf8))),
            ]
            func read(_ source: CSVSource, mask: UInt64) -> ([SalesInvoice], [Finding]) {
                var reader = SalesReader(year: FiscalYear(2025))
                reader.fingerprintMask = mask
                var findings = [Finding(.unknownCode, "a finding from before, kept", at: nil)]
                var invoices: [SalesInvoice] = []
                reader.read(source, findings: &findings) { invoices.append($0) }
                return (invoices, findings)
            }
            let exact = read(sources[0], mask: ~0)
            // 0: every row after the first doubts; 12 bits: an early row; 24 bits: a few rows here and there.
            for source in sources {
                for mask: UInt64 in [0, 0xFFF, 0xFF_FFFF, ~0] {
                    let (invoices, findings) = read(source, mask: mask)
                    #expect(invoices == exact.0, "\(name), mask \(String(mask, radix: 16))")
                    #expect(findings == exact.1, "\(name), mask \(String(mask, radix: 16))")
                }
            }
            results[name] = exact
        }
        let (uniqueInvoices, uniqueFindings) = try #require(results["unique"])
        #expect(uniqueInvoices.count == 12_000 - 13)
        #expect(uniqueFindings.first?.message == "a finding from before, kept")
        #expect(!uniqueFindings.contains { $0.code == .duplicateUUID })
        let (repeatingInvoices, repeatingFindings) = try #require(results["repeating"])
        #expect(repeatingInvoices.map(\.uuid) == uniqueInvoices.map(\.uuid) + [uniqueInvoices[0].uuid.withLast(0x3E5)])
        #expect(repeatingFindings.first?.message == "a finding from before, kept")
        let repeats = repeatingFindings.filter { $0.code == .duplicateUUID }
        // Lines: the header; before the inserted repeat 6,000 rows, two of them on two lines; before
        // the last repeat 12,001 rows, three on two lines, and its own first line.
        #expect(repeats.map { "\($0.location!.line!):\($0.location!.column!) see \($0.related!.line!)" } == ["6004:7 see 10", "12007:4 see 5003"])
    }

    @Test("the fast path gives exactly what the checked path gives, for every spelling of every field")
    func fastPathMatchesCheckedPath() throws {
        let variants: [String: [String]] = [
            "uuid": ["6f9619ff-8b86-d011-b42d-00c04fc964ff", " 6F9619FF-8B86-D011-B42D-00C04FC964FF ", "6F9619FF8B86D011B42D00C04FC964FF", "x"],
            "issued_on": ["2025-01-01", "2025-12-31", "2024-12-31", "2026-01-01", "2025-03-14T10:00:00", "2025-02-29", ""],
            "type": ["I", "E", "i", "P", "T", "N", "X", ""],
            "status": ["active", "cancelled", "", "Active", "cancelado", "vigente", "CANCELLED", "gone"],
            "customer_rfc": ["XEXX010101000", "MFN180523QX4", "mfn180523qx4", "ABCD800101AB1", "ABC", "XAXX010101000", "ÑAB800101AB1"],
            "customer_country": ["USA", "", "usa", "MEX", "US", "DEU"],
            "export_code": ["01", "02", "03", "04", "05", "2", " 02", "AA", ""],
            "currency": ["USD", "MXN", "EUR", "usd", "XXX", "US", ""],
            "exchange_rate": ["20.123456", "", "1", "0", "-1", "20.1234567", "abc"],
            "subtotal": ["1000.00", "0", "-5", "1000.1234567", "1,000.00", "", "999999999999.999999"],
            "discount": ["", "0", "10.5", "1000.00", "1000.01", "-1", "x"],
            "total_usd": ["1000.00", "", "-1", "1e3"],
            "pedimento": [
                "\"25  24  3421  5000123\"", "252434215000123", "\"252434215000123,252434215000124\"", "", "2524342150001", "\"25 24 3421 500012X\"",
            ],
        ]
        var rows: [String] = []
        // Each row its own UUID (but for the UUID's own variants, which repeat the fixture's).
        func add(_ overrides: [String: String]) {
            var fields = overrides
            if fields["uuid"] == nil { fields["uuid"] = String(format: "6F9619FF-8B86-D011-B42D-00C04F%06X", rows.count) }
            rows.append(fixtureRow(header: SalesFixture.header, good: SalesFixture.good, fields).line)
        }
        add([:])
        for (column, values) in variants.sorted(by: { $0.key < $1.key }) {
            for value in values { add([column: value]) }
        }
        // Pairs that only mean something together: pesos with a rate, a foreign RFC without a country.
        add(["currency": "MXN", "exchange_rate": ""])
        add(["currency": "MXN", "exchange_rate": "1.000000"])
        add(["customer_country": "", "customer_rfc": "MFN180523QX4"])
        let text = ([SalesFixture.header] + rows).joined(separator: "\n") + "\n"
        let (fastInvoices, fastFindings) = try SalesFixture.read(text, fast: true)
        let (checkedInvoices, checkedFindings) = try SalesFixture.read(text, fast: false)
        #expect(fastInvoices == checkedInvoices)
        #expect(fastFindings == checkedFindings)
        #expect(fastInvoices.count > 20 && fastFindings.count > 20)
        // The fast path did take part: it accepts most of the rows the checked path accepts.
        var fastRows = 0
        var map: ColumnMap?
        var ignored: [Finding] = []
        var headerFindings: [Finding] = []
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            CSVScanner(file: "sales.csv").scan(bytes, findings: &ignored) { record in
                guard let map else {
                    map = ColumnMap(header: record, specs: SalesReader.columns, aliases: [:], findings: &headerFindings)
                    return
                }
                if FastRowReader(schema: SalesSchema(year: FiscalYear(2025)), columns: map).record(record) != nil { fastRows += 1 }
            }
        }
        #expect(fastRows > 20 && fastRows <= fastInvoices.count + 4)
    }

    /// A row of `rowFromBytes`'s file: columns nobody reads around the fixture's, the first
    /// quoted with `""` and a comma inside.
    static func wrapped(_ fields: String, _ ending: String) -> String { "\"say \"\"hi\"\", twice\"," + fields + ",memo" + ending }

    @Test(
        "a row read straight from the bytes is the record the scanner cuts, or is left to it",
        arguments: [
            // (the row, whether the bytes path reads it)
            (wrapped(SalesFixture.good, "\n"), true),
            (wrapped(SalesFixture.good, "\r\n"), true),
            (wrapped(SalesFixture.good, "\r"), false),  // a lone CR: the scanner's
            (wrapped(SalesFixture.good, ""), false),  // no line end: the file's last row
            (wrapped(SalesFixture.good.replacingOccurrences(of: ",USA,", with: ", USA\t,"), "\n"), true),
            // Tabs and other control bytes inside fields: stepped over while looking for the field's end.
            (wrapped(SalesFixture.good, "\n").replacingOccurrences(of: "memo", with: "me\tmo\u{0B}"), true),
            (wrapped(SalesFixture.good, "\n").replacingOccurrences(of: "twice", with: "tw\tice\u{01}"), true),
            (wrapped(SalesFixture.good.replacingOccurrences(of: ",USA,", with: ",\tUSA\t,"), "\r\n"), true),
            (wrapped(SalesFixture.good.replacingOccurrences(of: ",USA,", with: ",\"USA\","), "\n"), true),
            (wrapped(SalesFixture.good.replacingOccurrences(of: ",USA,", with: ",\"US\"\"A\","), "\n"), false),
            (wrapped(SalesFixture.good.replacingOccurrences(of: ",USA,", with: ",\"US\nA\","), "\n"), false),
            (wrapped(SalesFixture.good.replacingOccurrences(of: ",USA,", with: ",\"USA\"x,"), "\n"), false),
            (wrapped(SalesFixture.good + ",extra", "\n"), false),
            (wrapped(SalesFixture.good.replacingOccurrences(of: ",USA,", with: ","), "\n"), false),
            (wrapped(SalesFixture.good.replacingOccurrences(of: "1000.00,,", with: "1000,00,,"), "\n"), false),
            ("\"two\nlines\"," + SalesFixture.good + ",memo\n", false),
            ("\n", false),
            ("\"\n", false),
        ])
    func rowFromBytes(row: String, accepted: Bool) throws {
        let header = "notes," + SalesFixture.header + ",memo"
        let text = header + "\n" + row
        let bytes = Array(text.utf8)
        let headerEnd = header.utf8.count + 1
        try bytes.withUnsafeBufferPointer { buffer in
            var ignored: [Finding] = []
            var headerFindings: [Finding] = []
            var map: ColumnMap?
            var fields: [CSVField] = []
            let scanner = CSVScanner(file: "sales.csv")
            _ = scanner.scan(buffer, from: 0, firstLine: 1, isFinal: true, records: 1, fields: &fields, findings: &ignored) {
                map = ColumnMap(header: $0, specs: SalesReader.columns, aliases: [:], findings: &headerFindings)
            }
            let fastPath = FastRowReader(schema: SalesSchema(year: FiscalYear(2025)), columns: try #require(map))
            var fromRecord: SalesInvoice?
            let (next, _) = scanner.scan(buffer, from: headerEnd, firstLine: 2, isFinal: true, records: 1, fields: &fields, findings: &ignored) {
                fromRecord = fastPath.record($0)
            }
            var fromBytes: SalesInvoice?
            // The fields are kept from row to row: a well-formed row read first into the same
            // fields must leave nothing that the row under test reads.
            var rowFields = FieldBytes<SalesColumn>()
            let primer = Array((header + "\nnotes," + SalesFixture.good + ",memo\n").utf8)
            let primed = primer.withUnsafeBufferPointer {
                fastPath.row($0, from: headerEnd, line: 2, file: SourceFile("sales.csv"), fields: &rowFields) { _ in }
            }
            #expect(primed != nil)
            let end = fastPath.row(buffer, from: headerEnd, line: 2, file: SourceFile("sales.csv"), fields: &rowFields) { fromBytes = $0 }
            #expect((end != nil) == accepted)
            #expect((fromBytes != nil) == accepted)
            if let end, let fromBytes {
                fromRecord?.location.file = "sales.csv"
                #expect(fromBytes == fromRecord)
                #expect(end == next)
                #expect(fromBytes.location.description == "sales.csv:2:1")
            }
        }
        // Whichever way the row goes, the file reads as the checked path reads it.
        let fast = try SalesFixture.read(text, fast: true)
        let checked = try SalesFixture.read(text, fast: false)
        #expect(fast.0 == checked.0)
        #expect(fast.1 == checked.1)
    }

    @Test("the sample year's sales.csv reads the same with and without the fast path")
    func fastPathOnSampleYear() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../fiscal-years/2025/sales.csv").standardized
        let file = try InputFile(displayPath: "fiscal-years/2025/sales.csv", url: url, bytes: Array(Data(contentsOf: url)))
        var results: [([SalesInvoice], [Finding])] = []
        for fast in [true, false] {
            var reader = SalesReader(year: FiscalYear(2025))
            reader.usesFastPath = fast
            var findings: [Finding] = []
            var invoices: [SalesInvoice] = []
            reader.read(file, findings: &findings) { invoices.append($0) }
            results.append((invoices, findings))
        }
        #expect(results[0].0.count == 2_400)
        #expect(results[0].0 == results[1].0)
        #expect(results[0].1 == results[1].1)
    }

    @Test("the UUID table is sized from the rows' width, not the file's bytes alone")
    func expectedRows() throws {
        func estimate(rowWidth: Int, rows: Int) -> Int {
            let line = String(repeating: "x", count: rowWidth - 1) + "\n"
            let sample = Array(String(repeating: line, count: min(rows, (1 << 20) / rowWidth)).utf8)
            return sample.withUnsafeBytes { CSVSource.estimatedRows(size: rowWidth * rows, sample: $0) }
        }
        // A tenth more than the rows, whatever their width.
        #expect(estimate(rowWidth: 100, rows: 1_000_000) == 1_100_000)
        #expect(estimate(rowWidth: 400, rows: 1_000_000) == 1_100_000)
        #expect(estimate(rowWidth: 147, rows: 10_000_000) == 11_000_000)
        // Too few lines to go by: one row per 120 bytes.
        let short = Array("a,b\n1,2\n".utf8)
        #expect(short.withUnsafeBytes { CSVSource.estimatedRows(size: 12_000, sample: $0) } == 110)
        // From a file on disk, the same.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rows-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("sales.csv")
        try Data(String(repeating: String(repeating: "y", count: 249) + "\n", count: 20_000).utf8).write(to: url)
        #expect(CSVSource.disk(url, displayPath: "sales.csv").expectedRows() == 22_000)
        #expect(CSVSource.disk(folder.appendingPathComponent("missing.csv"), displayPath: "missing.csv").expectedRows() == 0)
    }
}

extension InvoiceUUID {
    /// The same UUID with its last 24 bits replaced (the fixtures number their rows there).
    fileprivate func withLast(_ bits: UInt64) -> InvoiceUUID { InvoiceUUID(high: high, low: low & ~0xFF_FFFF | bits) }
}
