import Foundation
import IMMEXDomain

/// What the parallel reading of `sales.csv` settled.
struct ChunkedPass: Sendable {
    var rows = 0
    /// Rows whose invoice could be read, in the chunks merged.
    var readable = 0
    var checkedRows = 0
    var findings: [Finding] = []
    var file: InputFile?
    /// Nil when every chunk was settled; else how many readable rows (rows whose invoice could be
    /// read) the settled chunks held: the exact reading accepts the invoices from there on.
    var unsettledFrom: Int?
}

/// One chunk of `sales.csv` as a thread left it.
private struct SalesChunk<Part: Sendable>: ChunkOutcome {
    var part: Part
    /// The scanner's findings (quotes), and the rows' own (for chunk 0, the header's first).
    var structure: [Finding] = []
    var rowFindings: [Finding] = []
    /// What this stretch kept of its row findings (at most the cap of each code).
    var limiter = FindingLimiter()
    /// Rows read by the checked path.
    var checkedRows = 0
    /// Data rows, and those whose invoice could be read.
    var rows = 0
    var readable = 0
    var settled = true
    /// Chunk 0 only: the columns its header names.
    var columns: ColumnMap?
}

/// A thread's reader of `sales.csv` chunks after the first.
private struct SalesChunkWorker<Part: Sendable>: ChunkWorker {
    let reader: SalesReader
    let columns: ColumnMap
    let scanner: CSVScanner
    let seen: UUIDFingerprintSet
    let part: @Sendable (_ rows: Int) -> Part
    let accept: @Sendable (inout Part, SalesInvoice) -> Void
    var scratch = ChunkScratch()

    mutating func process(_ chunk: ChunkSource.Chunk, rowsSoFar: Int) -> SalesChunk<Part> {
        // A table this full cannot be trusted to find room: leave the rest to the exact reading.
        guard rowsSoFar + chunk.lineEnds + 1 < seen.capacity * 9 / 10 else { return SalesChunk(part: part(0), settled: false) }
        return reader.process(chunk, columns: columns, scanner: scanner, seen: seen, scratch: &scratch, part: part, accept: accept)
    }
}

extension SalesReader {
    func readChunks<Part: Sendable>(
        _ source: CSVSource, expected: Int, part: @escaping @Sendable (_ rows: Int) -> Part,
        accept: @escaping @Sendable (inout Part, SalesInvoice) -> Void, merge: (Part) -> Void
    ) -> ChunkedPass {
        let unsettled = ChunkedPass(unsettledFrom: 0)
        guard let chunks = ChunkSource.reading(source, chunkSize: chunkSize, hashing: hashesFile, progress: progress) else { return unsettled }
        let seen = UUIDFingerprintSet(expected: expected, mask: fingerprintMask)

        // Chunk 0 first, here: its header says where the columns are.
        var buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 0)
        defer { buffer.deallocate() }
        guard let firstChunk = chunks.next(into: &buffer) else { return unsettled }
        var scratch = ChunkScratch()
        let head = process(firstChunk, columns: nil, scanner: CSVScanner(file: source.displayPath), seen: seen, scratch: &scratch, part: part, accept: accept)
        guard head.settled, let columns = head.columns, columns.hasRequiredColumns(Self.columns) else { return unsettled }

        var pass = ChunkedPass()
        var structure: [Finding] = []
        var limiter = FindingLimiter(perCode: findingsPerCode)
        let reader = self
        let displayPath = source.displayPath
        let complete = chunks.readRest(
            after: head, buffer: &buffer,
            makeWorker: {
                SalesChunkWorker(reader: reader, columns: columns, scanner: CSVScanner(file: displayPath), seen: seen, part: part, accept: accept)
            }
        ) { outcome in
            pass.rows += outcome.rows
            pass.checkedRows += outcome.checkedRows
            pass.readable += outcome.readable
            limiter.add(outcome.structure, into: &structure)
            limiter.add(outcome.rowFindings, into: &pass.findings)
            limiter.absorb(outcome.limiter)
            merge(outcome.part)
        }
        // Unless every chunk was merged, the exact reading takes over from the first one that was
        // not (a read that failed it meets again, and reports).
        guard complete else {
            pass.unsettledFrom = pass.readable
            return pass
        }
        UTF8Check.keepFirst(&structure)
        pass.findings = structure + pass.findings + limiter.notes()
        do {
            pass.file = try chunks.inputFile(for: source, hashed: hashesFile)
        } catch {
            return ChunkedPass(rows: pass.rows, unsettledFrom: pass.readable)
        }
        return pass
    }

    /// Parses one chunk. Each row is read by the fast path straight from the bytes
    /// (`SalesFastPath.row`); a row it does not accept is cut by the scanner and prepared by
    /// `SalesRowPreparer` (the fast path on the record, else the checked one). Valid invoices go
    /// to `accept`. With no columns, the chunk's first record is the header. The chunk's UUIDs
    /// go into `seen` once it is read, a window at a time; a fingerprint met again makes the
    /// chunk unsettled.
    fileprivate func process<Part: Sendable>(
        _ chunk: ChunkSource.Chunk, columns: ColumnMap?, scanner: CSVScanner, seen: UUIDFingerprintSet, scratch: inout ChunkScratch,
        part: @Sendable (_ rows: Int) -> Part, accept: @Sendable (inout Part, SalesInvoice) -> Void
    ) -> SalesChunk<Part> {
        var outcome = SalesChunk(part: part(chunk.lineEnds + 1))  // (at most that many rows, but for a lone CR)
        outcome.limiter = FindingLimiter(perCode: findingsPerCode)
        var map = columns
        var preparer = SalesRowPreparer(reader: self)
        if let map { preparer.start(columns: map) }
        let named = SourceFile(scanner.file)
        scratch.uuids.removeAll(keepingCapacity: true)
        var structure: [Finding] = []
        var rowFields = FieldBytes<SalesColumn>()
        let (index, line) = chunk.readRows(
            scanner: scanner, fields: &scratch.fields, findings: &structure,
            fastRow: { index, line in
                guard let fastPath = preparer.fastPath else { return nil }
                return fastPath.row(chunk.bytes, from: index, line: line, file: named, fields: &rowFields) { invoice in
                    outcome.rows += 1
                    outcome.readable += 1
                    scratch.uuids.append(invoice.uuid)
                    accept(&outcome.part, invoice)
                }
            },
            record: { record in
                guard let columns = map else {
                    (map, outcome.settled) = ColumnMap.chunkHeader(
                        record, specs: Self.columns, aliases: aliases, preparer: &preparer, findings: &outcome.rowFindings)
                    outcome.columns = map
                    return
                }
                outcome.rows += 1
                switch preparer.prepare(record, columns: columns).value {
                case .fast(var invoice, _, _):
                    invoice.location.source = named
                    outcome.readable += 1
                    scratch.uuids.append(invoice.uuid)
                    accept(&outcome.part, invoice)
                case .checked(let invoice, let rowFindings, let hasErrors, _):
                    outcome.checkedRows += 1
                    outcome.limiter.add(rowFindings, into: &outcome.rowFindings)
                    guard let invoice else { return }
                    outcome.readable += 1
                    scratch.uuids.append(invoice.uuid)
                    if !hasErrors { accept(&outcome.part, invoice) }
                }
            }, proceeds: { outcome.settled })  // (not past a header without the required columns)
        if let invalid = UTF8Check.finding(in: chunk, file: scanner.file) { structure.append(invalid) }
        outcome.structure = structure
        if !chunk.isFinal && index != chunk.bytes.count { outcome.settled = false }
        if !chunk.hasLines(through: line) { outcome.settled = false }
        // (A window of UUIDs at a time, their slots prefetched first: see `insertAll`.)
        if outcome.settled, !seen.insertAll(scratch.uuids[...]) { outcome.settled = false }
        return outcome
    }
}

/// What a reading thread keeps from chunk to chunk, so that it allocates nothing per chunk.
private struct ChunkScratch {
    var uuids: [InvoiceUUID] = []
    var fields: [CSVField] = []

    init() {
        uuids.reserveCapacity(1 << 16)
        fields.reserveCapacity(32)
    }
}
