import Foundation
import Testing

@testable import IMMEXDomain
@testable import IMMEXIngest

@Suite("exports.csv: pedimentos, keys and rectifications")
struct ExportsReaderTests {
    static func row(_ overrides: [String: String]) -> (line: String, column: [String: Int]) {
        fixtureRow(header: ExportsFixture.header, good: ExportsFixture.good, overrides)
    }

    @Test("a good row is read whole")
    func goodRow() throws {
        let (pedimentos, findings) = try ExportsFixture.read([ExportsFixture.good])
        #expect(findings.isEmpty)
        let pedimento = try #require(pedimentos.first)
        #expect(pedimento.commercialValueMXN.centavos == 2_012_345)
        #expect(pedimento.valueUSD.centavos == 100_000)
        #expect(pedimento.exchangeRate.description == "20.12345")
    }

    @Test(
        "each class of bad value, at its field",
        arguments: [
            ("pedimento", "2524342150001", FindingCode.malformedPedimento),
            ("customs_section", "24", .malformedCode),
            ("customs_section", "070", .customsSectionMismatch),
            ("key", "ZZ", .unknownKey),
            ("key", "A", .unknownKey),
            ("paid_on", "2026-01-02", .dateOutsideYear),
            ("exchange_rate", "20.123456", .malformedRate),
            ("value_usd", "1000.001", .malformedAmount),
            ("commercial_value_mxn", "-3", .negativeAmount),
            ("commercial_value_mxn", "", .missingValue),
            ("destination_country", "usa1", .malformedCode),
            ("invoice_uuid", "123", .malformedUUID),
            ("rectifies", "999", .malformedPedimento),
            ("fixed_asset_return", "quizá", .malformedCode),
        ])
    func badValue(column: String, value: String, code: FindingCode) throws {
        let (line, columns) = Self.row([column: value])
        let (_, findings) = try ExportsFixture.read([line])
        #expect(places(findings) == ["2:\(columns[column]!) \(code.rawValue)"])
    }

    @Test(
        "fixed_asset_return: blank, false, 0 or no say no; true, 1, yes, sí or AF say yes, on the fast path and the checked one alike",
        arguments: [
            ("", false), ("false", false), ("0", false), ("No", false), ("true", true), ("1", true), ("yes", true), ("Sí", true), ("AF", true), ("af", true),
        ])
    func fixedAssetFlag(value: String, expected: Bool) throws {
        let (line, _) = Self.row(["key": "RT", "fixed_asset_return": value])
        for fast in [true, false] {
            var reader = ExportsReader(year: FiscalYear(2025), keys: .shipped, consignment: false)
            reader.usesFastPath = fast
            var findings: [Finding] = []
            let file = try input("exports.csv", ExportsFixture.header + "\n" + line + "\n")
            let pedimentos = reader.read(file, findings: &findings).pedimentos
            #expect(findings.isEmpty, "\(value) fast: \(fast)")
            #expect(pedimentos.map(\.isFixedAssetReturn) == [expected], "\(value) fast: \(fast)")
        }
    }

    @Test("a key the catalogue lacks is an error whose hint names the catalogue file")
    func unknownKeyNamesCatalogue() throws {
        let (line, columns) = Self.row(["key": "ZZ"])
        let (_, findings) = try ExportsFixture.read([line])
        let finding = try #require(findings.first)
        #expect(finding.message == "pedimento key ZZ (export side) is in neither the key catalogue templates/pedimento-keys.toml nor rules.toml [keys]")
        #expect(finding.hint?.contains("templates/pedimento-keys.toml") == true)
        #expect(finding.location?.column == columns["key"])
    }

    @Test("a repeated pedimento points at its first occurrence")
    func duplicate() throws {
        let (pedimentos, findings) = try ExportsFixture.read([ExportsFixture.good, ExportsFixture.good])
        #expect(places(findings) == ["3:1 duplicate-pedimento"])
        #expect(findings.first?.related?.line == 2)
        #expect(pedimentos.count == 1)
    }

    @Test("an R1 must say what it rectifies")
    func rectificationWithoutTarget() throws {
        let (line, columns) = Self.row(["key": "R1"])
        let (_, findings) = try ExportsFixture.read([line])
        #expect(places(findings) == ["2:\(columns["rectifies"]!) missing-value"])
    }

    @Test("consignment companies must give value added")
    func consignment() throws {
        let (line, columns) = Self.row([:])
        let (_, findings) = try ExportsFixture.read([line], consignment: true)
        #expect(places(findings) == ["2:\(columns["value_added_mxn"]!) missing-value"])
    }

    @Test("spaces inside a pedimento number are accepted (the CFDI form)")
    func spacedNumber() throws {
        let (line, _) = Self.row(["pedimento": "25  24  3421  5000123"])
        let (pedimentos, findings) = try ExportsFixture.read([line])
        #expect(findings.isEmpty)
        #expect(pedimentos.first?.number.digits == "252434215000123")
    }

    @Test("from disk on two threads, in memory, with and without the fast path: the same pedimentos and findings")
    func everyWayReadsTheSame() throws {
        let variants: [String: [String]] = [
            "pedimento": ["252434215000123", "\"25 24 3421 5000123\"", "2524342150001", ""],
            "customs_section": ["240", "070", "24", ""],
            "key": ["A1", "a1", "R1", "K1", "V1", "GC", "ZZ", ""],
            "paid_on": ["2025-03-15", "2025-12-31", "2026-01-02", "2025-02-30"],
            "exchange_rate": ["20.12345", "20.123456", "0", ""],
            "value_usd": ["1000.00", "1000.001", "-1", ""],
            "commercial_value_mxn": ["20123.45", "-3", "", "1e3"],
            "value_added_mxn": ["", "10.00", "-1", "x"],
            "destination_country": ["USA", "", "usa", "usa1"],
            "invoice_uuid": ["6F9619FF-8B86-D011-B42D-00C04FC964FF", "", "123", "6f9619ff-8b86-d011-b42d-00c04fc964ff"],
            "rectifies": ["", "252434215000001", "999"],
        ]
        var rows: [String] = []
        // Each row its own pedimento number (but for the number's own variants), plus repeats.
        func add(_ overrides: [String: String]) {
            var fields = overrides
            if fields["pedimento"] == nil { fields["pedimento"] = String(format: "25243421%07d", 100 + rows.count) }
            rows.append(fixtureRow(header: ExportsFixture.header, good: ExportsFixture.good, fields).line)
        }
        for (column, values) in variants.sorted(by: { $0.key < $1.key }) {
            for value in values { add([column: value]) }
        }
        add(["pedimento": "252434210000100"])  // a repeat of the first row
        for index in 0..<20_000 { add(["pedimento": String(format: "25243422%07d", index)]) }  // more than one batch
        let text = ([ExportsFixture.header] + rows).joined(separator: "\r\n") + "\r\n"

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("exports.csv")
        try Data(text.utf8).write(to: url)
        let file = try InputFile(displayPath: "exports.csv", url: url, bytes: Array(text.utf8))

        var results: [(pedimentos: [ExportPedimento], findings: [Finding])] = []
        for (fast, source) in [
            (true, CSVSource.disk(url, displayPath: "exports.csv")), (true, .memory(file)), (false, .memory(file)),
            (false, .disk(url, displayPath: "exports.csv")),
        ] {
            var reader = ExportsReader(year: FiscalYear(2025), keys: .shipped, consignment: false)
            reader.usesFastPath = fast
            var findings: [Finding] = []
            let result = reader.read(source, findings: &findings)
            #expect(result.rows == rows.count)
            results.append((result.pedimentos, findings))
        }
        for other in results.dropFirst() {
            #expect(other.pedimentos == results[0].pedimentos)
            #expect(other.findings == results[0].findings)
        }
        #expect(results[0].pedimentos.count > 20_000)
        #expect(
            results[0].findings.filter { $0.code == .duplicatePedimento }.map { "\($0.location!.line!) see \($0.related!.line!)" } == [
                "35 see 34", "\(rows.count - 20_000 + 1) see 2",
            ])  // the number with spaces repeats the one before
    }

    /// A row of `rowFromBytes`'s file: a note nobody reads before the fixture's fields, quoted
    /// with `""` and a comma inside.
    static func wrapped(_ fields: String, _ ending: String) -> String { "\"say \"\"hi\"\", twice\"," + fields + ending }

    @Test(
        "a row read straight from the bytes is the record the scanner cuts, or is left to it",
        arguments: [
            // (the row, whether the bytes path reads it)
            (wrapped(ExportsFixture.good, "\n"), true),
            (wrapped(ExportsFixture.good, "\r\n"), true),
            (wrapped(ExportsFixture.good, "\r"), false),  // a lone CR: the scanner's
            (wrapped(ExportsFixture.good, ""), false),  // no line end: the file's last row
            (wrapped(ExportsFixture.good.replacingOccurrences(of: ",USA,", with: ", USA\t,"), "\n"), true),
            (wrapped(ExportsFixture.good.replacingOccurrences(of: ",USA,", with: ",\"USA\","), "\r\n"), true),
            (wrapped(ExportsFixture.good.replacingOccurrences(of: ",USA,", with: ",\"US\"\"A\","), "\n"), false),
            (wrapped(ExportsFixture.good.replacingOccurrences(of: ",USA,", with: ",\"US\nA\","), "\n"), false),
            (wrapped(ExportsFixture.good.replacingOccurrences(of: ",USA,", with: ",\"USA\"x,"), "\n"), false),
            (wrapped(ExportsFixture.good + ",extra", "\n"), false),
            (wrapped(ExportsFixture.good.replacingOccurrences(of: ",USA,", with: ","), "\n"), false),
            (wrapped(ExportsFixture.good.replacingOccurrences(of: "1000.00", with: "1,000.00"), "\n"), false),
            (wrapped(ExportsFixture.good.replacingOccurrences(of: "1000.00", with: "\"1,000.00\""), "\n"), false),
            ("\"two\nlines\"," + ExportsFixture.good + "\n", false),
        ])
    func rowFromBytes(row: String, accepted: Bool) throws {
        let header = "notes," + ExportsFixture.header
        let text = header + "\n" + row
        let bytes = Array(text.utf8)
        let headerEnd = header.utf8.count + 1
        try bytes.withUnsafeBufferPointer { buffer in
            var ignored: [Finding] = []
            var headerFindings: [Finding] = []
            var map: ColumnMap?
            var fields: [CSVField] = []
            let scanner = CSVScanner(file: "exports.csv")
            _ = scanner.scan(buffer, from: 0, firstLine: 1, isFinal: true, records: 1, fields: &fields, findings: &ignored) {
                map = ColumnMap(header: $0, specs: ExportsReader.columns, aliases: [:], findings: &headerFindings)
            }
            let fastPath = FastRowReader(
                schema: ExportsSchema(year: FiscalYear(2025), keys: .shipped, consignment: false), columns: try #require(map))
            var fromRecord: ExportPedimento?
            let (next, _) = scanner.scan(buffer, from: headerEnd, firstLine: 2, isFinal: true, records: 1, fields: &fields, findings: &ignored) {
                fromRecord = fastPath.record($0)
            }
            var fromBytes: ExportPedimento?
            // The fields are kept from row to row: a well-formed row read first into the same
            // fields must leave nothing that the row under test reads.
            var rowFields = FieldBytes<ExportsColumn>()
            let primer = Array((header + "\nnotes," + ExportsFixture.good + "\n").utf8)
            let primed = primer.withUnsafeBufferPointer {
                fastPath.row($0, from: headerEnd, line: 2, file: SourceFile("exports.csv"), fields: &rowFields) { _ in }
            }
            #expect(primed != nil)
            let end = fastPath.row(buffer, from: headerEnd, line: 2, file: SourceFile("exports.csv"), fields: &rowFields) { fromBytes = $0 }
            #expect((end != nil) == accepted)
            #expect((fromBytes != nil) == accepted)
            if let end, let fromBytes {
                fromRecord?.location.file = "exports.csv"
                #expect(fromBytes == fromRecord)
                #expect(end == next)
                #expect(fromBytes.location.description == "exports.csv:2:1")
            }
        }
        // Whichever way the row goes, the file reads as the checked path reads it.
        var results: [([ExportPedimento], [Finding])] = []
        for fast in [true, false] {
            var reader = ExportsReader(year: FiscalYear(2025), keys: .shipped, consignment: false)
            reader.usesFastPath = fast
            var findings: [Finding] = []
            let result = reader.read(.memory(try input("exports.csv", text)), findings: &findings)
            results.append((result.pedimentos, findings))
        }
        #expect(results[0].0 == results[1].0)
        #expect(results[0].1 == results[1].1)
    }

    @Test("exports.csv read in small chunks on two threads gives what the ordered reading gives: line ends of every kind, a BOM, broken quotes, repeats")
    func exportsInChunks() throws {
        let header = "notes," + ExportsFixture.header
        let unique = (0..<2_000).map { index in
            var row = ExportsFixture.good.replacingOccurrences(of: "252434215000123", with: String(format: "25243421%07d", index))
            if index % 173 == 0 { row = row.replacingOccurrences(of: "1000.00", with: "1O00.00") }  // a bad USD value: a finding, no pedimento
            return (index % 301 == 1 ? "\"two\nlines, \"\"quoted\"\"\"," : "plain,") + row
        }
        var repeating = unique
        repeating.insert(unique[10].replacingOccurrences(of: "\"two", with: "\"again"), at: 1_500)
        var brokenQuotes = unique
        brokenQuotes[900] = "\"never closed," + ExportsFixture.good
        // A lone CR inside a quoted note ends a line for the scanner but is no LF: the chunk that
        // holds it says one line fewer than its reader meets.
        var loneReturn = unique
        loneReturn[1_200] = loneReturn[1_200].replacingOccurrences(of: "plain,", with: "\"lone\rreturn\",")
        let files = [("unique", unique), ("repeating", repeating), ("broken", brokenQuotes), ("lone CR", loneReturn)]
        try forEachLineEnding(header: header, files: files, displayPath: "exports.csv") { name, ending, _, url, memory in
            func reader(chunkSize: Int, parallel: Bool) -> ExportsReader {
                var reader = ExportsReader(year: FiscalYear(2025), keys: .shipped, consignment: false)
                reader.chunkSize = chunkSize
                reader.readsInParallel = parallel
                return reader
            }
            func read(_ source: CSVSource, chunkSize: Int, parallel: Bool) -> ([ExportPedimento], [Finding], Int) {
                var findings: [Finding] = []
                let result = reader(chunkSize: chunkSize, parallel: parallel).read(source, findings: &findings)
                return (result.pedimentos, findings, result.rows)
            }
            let ordered = read(.memory(memory), chunkSize: 8 << 20, parallel: false)
            for source in [CSVSource.disk(url, displayPath: "exports.csv"), .memory(memory)] {
                for size in [300, 4_096, 8 << 20] {
                    let parallel = read(source, chunkSize: size, parallel: true)
                    let label = "\(name), ending \(ending.debugDescription), chunks of \(size)"
                    #expect(parallel.0 == ordered.0, "\(label)")
                    #expect(parallel.1 == ordered.1, "\(label)")
                    #expect(parallel.2 == ordered.2, "\(label)")
                    // Only a sound file is taken whole by the parallel reading; the others are read again in
                    // order. (So is a file of lone CRs: a chunk cut after one ends on a CR the scanner cannot
                    // tell from the first half of a CR LF.)
                    let pass = reader(chunkSize: size, parallel: true).reader.readChunks(
                        source, expected: source.expectedRows(), part: { _ in 0 }, accept: { _, _ in }, merge: { _ in })
                    #expect((pass.unsettledFrom == nil) == (name == "unique" && ending != "\r"), "\(label)")
                }
            }
            #expect(ordered.0.count > 1_900 && ordered.0.allSatisfy { $0.location.file == "exports.csv" })
            #expect(ordered.1.contains { $0.code == .malformedAmount })
            if name == "repeating" { #expect(ordered.1.contains { $0.code == .duplicatePedimento }) }
            if name == "broken" { #expect(ordered.1.contains { $0.code == .malformedCSV }) }
        }
    }

    @Test(
        "an empty file, a header alone and a header without its columns read the same in parallel and in order",
        arguments: [
            "", ExportsFixture.header + "\n", "pedimento,key\n" + "252434215000123,A1\n", ExportsFixture.header + "\n" + ExportsFixture.good,
        ])
    func edgeFiles(text: String) throws {
        let file = try input("exports.csv", text)
        var results: [([ExportPedimento], [Finding], Int)] = []
        for parallel in [true, false] {
            var reader = ExportsReader(year: FiscalYear(2025), keys: .shipped, consignment: false)
            reader.readsInParallel = parallel
            var findings: [Finding] = []
            let result = reader.read(.memory(file), findings: &findings)
            results.append((result.pedimentos, findings, result.rows))
        }
        #expect(results[0].0 == results[1].0)
        #expect(results[0].1 == results[1].1)
        #expect(results[0].2 == results[1].2)
    }

    @Test("values gathered in chunks come back in order, at every count around a chunk's end, and the collector is emptied")
    func chunkedCollector() {
        let size = ChunkedCollector<String>.chunkSize
        for total in [0, 1, size - 1, size, size + 1, 2 * size + 7] {
            var collector = ChunkedCollector<String>()
            for index in 0..<total { collector.append("row \(index)") }
            #expect(collector.count == total)
            let values = collector.array()
            #expect(values.count == total)
            #expect(values == (0..<total).map { "row \($0)" })
            #expect(collector.count == 0 && collector.array().isEmpty)
        }
        // A collector dropped before `array()` destroys what it holds, once each.
        final class Tally { var alive = 0 }
        final class Counted {
            let tally: Tally
            init(_ tally: Tally) {
                self.tally = tally
                tally.alive += 1
            }
            deinit { tally.alive -= 1 }
        }
        for total in [1, size, size + 3] {
            let tally = Tally()
            do {
                var collector = ChunkedCollector<Counted>()
                for _ in 0..<total { collector.append(Counted(tally)) }
                #expect(tally.alive == total)
            }
            #expect(tally.alive == 0)
        }
    }
}
