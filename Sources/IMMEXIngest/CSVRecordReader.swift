import Foundation
import IMMEXDomain
import Machinery

/// The one reader of CSV extracts: every table (`sales.csv`, `exports.csv`, and any new one) is a
/// `RecordSchema` read through it, so chunking, threads, repeats and the order of what comes out
/// are written once.
///
/// The file is read on every core: cut into chunks at record ends (`ChunkSource`), each thread
/// parses whole chunks (the schema's fast path straight from the bytes, its checked path for any
/// row the fast path does not accept), puts the rows' keys into one shared set of fingerprints
/// (`FingerprintSet`) and hands the valid records to `accept`, into a `Part` made for the chunk;
/// parts go to `merge` in file order, on the calling thread.
///
/// A chunk is unsettled when one of its fingerprints was met before (a repeat, or two keys that
/// share one), or when the scanner does not end exactly at its cut (quotes not well formed); from
/// the first such chunk on, the file is read again in order with the exact table (`KeyTable`),
/// which gives the rest of the records to one more part, and whose findings (each repeat pointing
/// at its first occurrence) replace those of the first reading. Either way the records, the
/// findings and their order are those of reading the file row by row.
struct CSVRecordReader<Schema: RecordSchema>: Sendable {
    let schema: Schema
    /// Canonical column name → the header the file uses (`[columns.<table>]` in company.toml).
    let aliases: [String: String]
    /// Reading progress, for a progress bar.
    var progress: ReadProgress?
    /// Whether a file streamed from disk is hashed as it is read.
    var hashesFile = true
    /// The most findings of one code kept for the file; the rest are counted in one note.
    var findingsPerCode = FindingLimiter.defaultPerCode
    /// Told how many rows took the checked path, when given.
    var counts: ReadCounts?
    /// Off only in tests, which compare the fast path with the checked one.
    var usesFastPath = true
    /// Off only in tests, which compare the parallel reading with the ordered one.
    var readsInParallel = true
    /// How much of the file each chunk holds (tests make it small, so that a small file is cut in
    /// many places).
    var chunkSize = 8 << 20
    /// The fingerprint bits kept: all but in tests, which keep few so that different keys collide
    /// and the exact second reading is taken.
    var fingerprintMask: UInt64 = ~0

    init(schema: Schema, aliases: [String: String]) {
        self.schema = schema
        self.aliases = aliases
    }

    /// Reads `source` (see the type's description).
    /// - Parameters:
    ///   - part: makes a part for a stretch of the file; at most `rows` records go into it, or any
    ///     number when `rows` is 0.
    ///   - accept: adds a valid record to a part, on the thread that read it.
    ///   - merge: takes the parts in file order, on the calling thread.
    /// - Returns: the data rows read, and for a file streamed from disk, the `InputFile` that
    ///   records its size and digest (nil when it could not be read: its finding is added).
    func read<Part: Sendable>(
        _ source: CSVSource, findings: inout [Finding], part: @escaping @Sendable (_ rows: Int) -> Part,
        accept: @escaping @Sendable (inout Part, Schema.Record) -> Void, merge: (Part) -> Void
    ) -> (rows: Int, file: InputFile?) {
        let expected = source.expectedRows()
        var readable = 0
        if readsInParallel {
            let first = readChunks(source, expected: expected, part: part, accept: accept, merge: merge)
            guard let unsettled = first.unsettledFrom else {
                counts?.addChecked(first.checkedRows)
                findings += first.findings
                return (first.rows, first.file)
            }
            readable = unsettled
        }
        var rest = part(0)
        let result = readInOrder(source, findings: &findings, expected: expected) { record, index in
            if index >= readable { accept(&rest, record) }
        }
        merge(rest)
        return result
    }

    /// Reads the whole file in order with the exact table of keys: each record that is valid and
    /// not a repeat goes to `accept` with its position among the readable rows (those whose record
    /// could be read); each repeat is a finding that points at the key's first row.
    func readInOrder(
        _ source: CSVSource, findings: inout [Finding], expected: Int, accept: (Schema.Record, _ readable: Int) -> Void
    ) -> (rows: Int, file: InputFile?) {
        let firstSeen = KeyTable(expected: expected)
        let displayPath = source.displayPath
        let named = SourceFile(displayPath)
        var readable = 0
        func take(_ record: Schema.Record, isValid: Bool, keyLocation: () -> SourceLocation, _ findings: inout [Finding]) {
            defer { readable += 1 }
            if let earlier = firstSeen.number(for: schema.key(of: record), recordingIfNew: record.location.line ?? 0) {
                findings.append(schema.repeatFinding(record, at: keyLocation(), first: SourceLocation(file: displayPath, line: earlier, column: 1)))
            } else if isValid {
                accept(record, readable)
            }
        }
        var table = CSVTable(columns: Schema.columns, aliases: aliases, year: schema.year, progress: progress, hashesFile: hashesFile)
        table.findingsPerCode = findingsPerCode
        table.dialect = Schema.dialect
        let preparer = SchemaRowPreparer(schema: schema, usesFastPath: usesFastPath)
        return table.read(source, findings: &findings, preparer: preparer, lookahead: { firstSeen.touch($0) }) { row, findings in
            switch row {
            case .fast(var record, let keyLine, let keyColumn):
                record.location.source = named
                take(record, isValid: true, keyLocation: { SourceLocation(source: named, line: keyLine, column: keyColumn) }, &findings)
            case .checked(let record, let rowFindings, let hasErrors, let keyLocation):
                counts?.addChecked(1)
                findings += rowFindings
                guard let record else { return }
                take(record, isValid: !hasErrors, keyLocation: { keyLocation }, &findings)
            }
        }
    }
}

extension ColumnMap {
    /// Whether every required column was found (rows are not read otherwise).
    func hasRequiredColumns(_ specs: [ColumnSpec]) -> Bool {
        specs.allSatisfy { !$0.required || index(of: $0.name) != nil }
    }
}

extension RowReader {
    /// Rows must have as many fields as the header.
    mutating func checkWidth(dialect: CSVDialect = .rfc4180) -> Bool {
        guard record.count == columns.width else {
            report(
                .wrongFieldCount, "this row has \(record.count) fields, the header has \(columns.width)", column: nil,
                hint: dialect.quoting
                    ? "a field with a \(dialect.separatorName) in it must be quoted: \"like\(Character(Unicode.Scalar(dialect.separator))) this\""
                    : "a field cannot hold the separator (\(dialect.separatorName)); check the row for a missing or extra one")
            return false
        }
        return true
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        guard let first = firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = lastIndex(where: { $0 != " " && $0 != "\t" })!
        return String(self[first...last])
    }
}
