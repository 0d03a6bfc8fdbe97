import Foundation
import Machinery
import Testing

@testable import IMMEXDomain
@testable import IMMEXIngest

/// A table that is neither sales nor exports, written here: a stock balance by pedimento line (the
/// shape of an Anexo 24 extract). Its only business is its columns, its two paths and its key;
/// the reader does the rest.
private struct BalanceSchema: RecordSchema {
    struct Balance: LocatedRecord, Equatable {
        var pedimento: PedimentoNumber
        var line: Int
        var balance: DecimalNumber
        var location: IMMEXDomain.SourceLocation
    }

    enum Column: Int, CaseIterable, Sendable { case pedimento, line, balance }

    static let columns: [ColumnSpec] = [.required("pedimento"), .required("line"), .required("balance")]
    static let keyColumn = "pedimento"
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
    private func read(_ source: CSVSource, chunkSize: Int, fast: Bool = true, parallel: Bool = true) -> ([BalanceSchema.Balance], [String], Int) {
        var reader = CSVRecordReader(schema: BalanceSchema(), aliases: ["balance": "saldo"])
        reader.chunkSize = chunkSize
        reader.usesFastPath = fast
        reader.readsInParallel = parallel
        let counts = ReadCounts()
        reader.counts = counts
        var findings: [Finding] = []
        var all: [BalanceSchema.Balance] = []
        _ = reader.read(source, findings: &findings, part: { _ in [BalanceSchema.Balance]() }, accept: { $0.append($1) }, merge: { all += $0 })
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
            let ordered = read(.memory(memory), chunkSize: 8 << 20, fast: false, parallel: false)
            #expect(ordered.0.count == (name == "sound" ? 600 : 598))
            #expect(ordered.0.allSatisfy { $0.location.file == "balances.csv" })
            if name == "flawed" {
                #expect(ordered.1 == ["balances.csv:302:1 duplicate-pedimento balances.csv:2:1", "balances.csv:452:17 malformed-code "])
            } else {
                #expect(ordered.1.isEmpty)
                // Each official spelling went the fast way: no row to the checked path.
                #expect(read(.memory(memory), chunkSize: 8 << 20).2 == 0)
            }
            for size in [97, 700, 4_096] {
                for source in [CSVSource.memory(memory), .disk(url, displayPath: "balances.csv")] {
                    let chunked = read(source, chunkSize: size)
                    let label = "\(name), ending \(ending.debugDescription), chunks of \(size)"
                    #expect(chunked.0 == ordered.0, "\(label)")
                    #expect(chunked.1 == ordered.1, "\(label)")
                }
            }
        }
    }
}
