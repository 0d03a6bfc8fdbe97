import Foundation
import Machinery
import Testing

@testable import IMMEXDomain
@testable import IMMEXIngest

/// How a test's balance file is written.
private protocol BalanceWriting: Sendable {
    static var dialect: CSVDialect { get }
}

private enum CommaQuoted: BalanceWriting { static let dialect = CSVDialect.rfc4180 }
/// As the SAT writes the Data Stage: `|`, no quoting.
private enum PipePlain: BalanceWriting { static let dialect = CSVDialect(separator: UInt8(ascii: "|"), quoting: false) }
/// As the bulk download writes its metadata: `~`, no quoting.
private enum TildePlain: BalanceWriting { static let dialect = CSVDialect(separator: UInt8(ascii: "~"), quoting: false) }

private struct Balance: LocatedRecord, Equatable {
    var pedimento: PedimentoNumber
    var line: Int
    var balance: DecimalNumber
    var location: IMMEXDomain.SourceLocation
}

/// A table that is neither sales nor exports, written here: a stock balance by pedimento line (the
/// shape of an Anexo 24 extract), in any dialect. Its only business is its columns, its two paths
/// and its key; the reader does the rest.
private struct BalanceSchema<Written: BalanceWriting>: RecordSchema {
    enum Column: Int, CaseIterable, Sendable { case pedimento, line, balance }

    static var columns: [ColumnSpec] { [.required("pedimento"), .required("line"), .required("balance"), .optional("note")] }
    static var keyColumn: String { "pedimento" }
    static var dialect: CSVDialect { Written.dialect }
    let year = FiscalYear(2025)

    func fastRecord(_ fields: inout FieldBytes<Column>, line: Int, file: SourceFile, _ body: (Balance) -> Void) -> Bool {
        let lineBytes = fields[.line]
        guard let number = PedimentoNumber(officialSpelling: fields[.pedimento]),
            (1...3).contains(lineBytes.count), lineBytes.allSatisfy({ $0 &- 0x30 <= 9 }),
            let balance = DecimalNumber.value(utf8: fields[.balance], maximumScale: 3)
        else { return false }
        let position = lineBytes.reduce(0) { $0 * 10 + Int($1 &- 0x30) }
        guard position > 0 else { return false }
        body(Balance(pedimento: number, line: position, balance: balance, location: IMMEXDomain.SourceLocation(source: file, line: line, column: 1)))
        return true
    }

    func checkedRecord(_ row: inout RowReader) -> Balance? {
        let number = row.pedimento("pedimento", "pedimento number", required: true)
        let position = row.parsed(
            "line", "pedimento line", required: true, code: .malformedCode, expectation: "a line is a number from 1 to 999",
            { Int($0).flatMap { (1...999).contains($0) ? $0 : nil } })
        let balance = row.amount("balance", "balance", scale: 3, required: true)
        guard let number, let position, let balance else { return nil }
        return Balance(pedimento: number, line: position, balance: balance, location: row.record.location)
    }

    func key(of balance: Balance) -> RowKey { RowKey(high: balance.pedimento.packed, low: UInt64(balance.line)) }

    func repeatFinding(_ balance: Balance, at location: IMMEXDomain.SourceLocation, first: IMMEXDomain.SourceLocation) -> Finding {
        Finding(.duplicatePedimento, "line \(balance.line) of \(balance.pedimento) appears again", at: location, related: first)
    }
}

@Suite("The one CSV reader, with a schema of a table it was not written for")
struct RecordSchemaTests {
    private func read<Written: BalanceWriting>(
        _ source: CSVSource, as written: Written.Type, chunkSize: Int, fast: Bool = true, parallel: Bool = true
    ) -> ([Balance], [String], Int) {
        var reader = CSVRecordReader(schema: BalanceSchema<Written>(), aliases: ["balance": "saldo"])
        reader.chunkSize = chunkSize
        reader.usesFastPath = fast
        reader.readsInParallel = parallel
        let counts = ReadCounts()
        reader.counts = counts
        var findings: [Finding] = []
        var all: [Balance] = []
        _ = reader.read(source, findings: &findings, part: { _ in [Balance]() }, accept: { $0.append($1) }, merge: { all += $0 })
        return (all, findings.map { "\($0.location?.description ?? "") \($0.code.rawValue) \($0.related?.description ?? "")" }, counts.checkedRows)
    }

    @Test("every spelling, cut anywhere, on disk or in memory, reads as the ordered checked reading does; repeats point at their first row")
    func sameEverywhere() throws {
        var rows: [String] = []
        for index in 1...600 {
            // Compact and spaced pedimento numbers, quoted fields, a blank around a field.
            let number = index.isMultiple(of: 2) ? "2524342150\(String(format: "%05d", index))" : "\"25  24  3421  50\(String(format: "%05d", index))\""
            rows.append("\(number),\(index % 7 + 1), \(index).250")
        }
        let sound = rows
        rows[300] = "252434215000001,2,9.5"  // the key of row 1 (odd: spaced 25 24 3421 5000001, line 2)
        rows[450] = "252434215000451,0,1"  // line 0 is not a line
        try forEachLineEnding(header: "pedimento,line,saldo", files: [("sound", sound), ("flawed", rows)], displayPath: "balances.csv") {
            name, ending, rows, url, memory in
            let ordered = read(.memory(memory), as: CommaQuoted.self, chunkSize: 8 << 20, fast: false, parallel: false)
            #expect(ordered.0.count == (name == "sound" ? 600 : 598))
            #expect(ordered.0.allSatisfy { $0.location.file == "balances.csv" })
            if name == "flawed" {
                #expect(ordered.1 == ["balances.csv:302:1 duplicate-pedimento balances.csv:2:1", "balances.csv:452:17 malformed-code "])
            } else {
                #expect(ordered.1.isEmpty)
                // Each official spelling went the fast way: no row to the checked path.
                #expect(read(.memory(memory), as: CommaQuoted.self, chunkSize: 8 << 20).2 == 0)
            }
            for size in [97, 700, 4_096] {
                for source in [CSVSource.memory(memory), .disk(url, displayPath: "balances.csv")] {
                    let chunked = read(source, as: CommaQuoted.self, chunkSize: size)
                    let label = "\(name), ending \(ending.debugDescription), chunks of \(size)"
                    #expect(chunked.0 == ordered.0, "\(label)")
                    #expect(chunked.1 == ordered.1, "\(label)")
                }
            }
        }
    }

    @Test("the SAT's dialects, | and ~ without quoting: a quote is one of a field's bytes, every spelling, cut anywhere")
    func otherDialects() throws {
        func check<Written: BalanceWriting>(_ written: Written.Type, _ separator: String) throws {
            var rows: [String] = []
            for index in 1...400 {
                let number = index.isMultiple(of: 2) ? "2524342150\(String(format: "%05d", index))" : "25  24  3421  50\(String(format: "%05d", index))"
                // A note with a lone quote, as in an inch mark: no quoting, so nothing is opened.
                let note = index.isMultiple(of: 3) ? "tubo 12\" acero" : "\"tal cual"
                rows.append([number, "\(index % 7 + 1)", " \(index).250", note].joined(separator: separator))
            }
            let sound = rows
            rows[200] = ["252434215000001", "2", "9.5", ""].joined(separator: separator)  // row 1's key again
            rows[300] = ["252434215000301", "2", "9.5"].joined(separator: separator)  // a field short
            let header = ["pedimento", "line", "saldo", "note"].joined(separator: separator)
            try forEachLineEnding(header: header, files: [("sound", sound), ("flawed", rows)], displayPath: "balances.txt") {
                name, ending, rows, url, memory in
                let ordered = read(.memory(memory), as: written, chunkSize: 8 << 20, fast: false, parallel: false)
                let label = "\(separator) \(name), ending \(ending.debugDescription)"
                if name == "flawed" {
                    #expect(ordered.0.count == 398, "\(label)")
                    #expect(ordered.1.count == 2 && ordered.1[0].hasPrefix("balances.txt:202:1 duplicate-pedimento balances.txt:2:1"), "\(label) \(ordered.1)")
                    #expect(ordered.1.count == 2 && ordered.1[1].hasPrefix("balances.txt:302:1 wrong-field-count"), "\(label) \(ordered.1)")
                } else {
                    #expect(ordered.0.count == 400 && ordered.1.isEmpty, "\(label) \(ordered.1)")
                    #expect(read(.memory(memory), as: written, chunkSize: 8 << 20).2 == 0, "\(label)")
                }
                for size in [97, 1_000] {
                    for source in [CSVSource.memory(memory), .disk(url, displayPath: "balances.txt")] {
                        let chunked = read(source, as: written, chunkSize: size)
                        #expect(chunked.0 == ordered.0, "\(label), chunks of \(size)")
                        #expect(chunked.1 == ordered.1, "\(label), chunks of \(size)")
                    }
                }
            }
        }
        try check(PipePlain.self, "|")
        try check(TildePlain.self, "~")
    }
}
