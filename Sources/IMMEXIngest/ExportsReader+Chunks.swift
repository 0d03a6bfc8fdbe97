import Foundation
import IMMEXDomain

/// One chunk of `exports.csv` as a thread left it.
private struct ExportsChunk: ChunkOutcome {
    /// The valid pedimentos.
    var pedimentos: [ExportPedimento] = []
    /// The scanner's findings (quotes), and the rows' own (for chunk 0, the header's first).
    var structure: [Finding] = []
    var rowFindings: [Finding] = []
    /// What this stretch kept of its row findings (at most the cap of each code).
    var limiter = FindingLimiter()
    /// Rows read by the checked path.
    var checkedRows = 0
    var rows = 0
    var settled = true
    /// Chunk 0 only: the columns its header names.
    var columns: ColumnMap?
}

/// A thread's reader of `exports.csv` chunks after the first.
private struct ExportsChunkWorker: ChunkWorker {
    let reader: ExportsReader
    let columns: ColumnMap
    let scanner: CSVScanner
    let seen: UUIDFingerprintSet
    var keys: [UInt64] = []
    var fields: [CSVField] = []

    mutating func process(_ chunk: ChunkSource.Chunk, rowsSoFar: Int) -> ExportsChunk {
        // A table this full cannot be trusted to find room: leave the rest to the ordered reading.
        guard rowsSoFar + chunk.lineEnds + 1 < seen.capacity * 9 / 10 else { return ExportsChunk(settled: false) }
        return reader.process(chunk, columns: columns, scanner: scanner, seen: seen, keys: &keys, fields: &fields)
    }
}

/// What the parallel reading of `exports.csv` gives when every chunk was settled.
struct ChunkedExports {
    var pedimentos: [ExportPedimento]
    var rows: Int
    var findings: [Finding]
    var file: InputFile?
}

extension ExportsReader {
    /// Reads the file on every core, like `SalesReader`: chunks cut at record ends, parsed by
    /// `ExportsRowPreparer` on any thread, each pedimento's number and customs section put into one
    /// shared table, chunks merged in file order. A pedimento met again, a chunk the scanner does
    /// not end at its cut, a header without the required columns or a read that fails make the
    /// result nil: the ordered reading then reads the whole file, and reports what it finds.
    func readChunks(_ source: CSVSource) -> ChunkedExports? {
        guard let chunks = ChunkSource.reading(source, chunkSize: chunkSize, hashing: hashesFile, progress: progress) else { return nil }
        let expected = source.expectedRows()
        let seen = UUIDFingerprintSet(expected: expected)
        var buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 0)
        defer { buffer.deallocate() }
        guard let firstChunk = chunks.next(into: &buffer) else { return nil }
        var keys: [UInt64] = []
        var fields: [CSVField] = []
        let head = process(firstChunk, columns: nil, scanner: CSVScanner(file: source.displayPath), seen: seen, keys: &keys, fields: &fields)
        guard head.settled, let columns = head.columns, columns.hasRequiredColumns(Self.columns) else { return nil }

        // One array for the year, made at the size the file's rows promise: its pages are touched
        // once, as it fills (fresh memory is dear), and it is not grown by doubling unless the
        // estimate falls short.
        var pedimentos: [ExportPedimento] = []
        pedimentos.reserveCapacity(expected)
        var rows = 0
        var structure: [Finding] = []
        var rowFindings: [Finding] = []
        var limiter = FindingLimiter(perCode: findingsPerCode)
        var checkedRows = 0
        let reader = self
        let displayPath = source.displayPath
        let complete = chunks.readRest(
            after: head, buffer: &buffer,
            makeWorker: {
                ExportsChunkWorker(reader: reader, columns: columns, scanner: CSVScanner(file: displayPath), seen: seen)
            }
        ) { outcome in
            rows += outcome.rows
            checkedRows += outcome.checkedRows
            limiter.add(outcome.structure, into: &structure)
            limiter.add(outcome.rowFindings, into: &rowFindings)
            limiter.absorb(outcome.limiter)
            pedimentos.append(contentsOf: outcome.pedimentos)
        }
        guard complete else { return nil }
        counts?.addChecked(checkedRows)
        let file: InputFile?
        do {
            file = try chunks.inputFile(for: source, hashed: hashesFile)
        } catch {
            return nil
        }
        return ChunkedExports(
            pedimentos: pedimentos, rows: rows,
            findings: {
                UTF8Check.keepFirst(&structure)
                return structure
            }() + rowFindings + limiter.notes(), file: file)
    }

    /// Parses one chunk. Each row is read by the fast path straight from the bytes
    /// (`ExportsFastPath.row`); a row it does not accept is cut by the scanner and prepared by
    /// `ExportsRowPreparer` (with no columns, the chunk's first record is the header). Then each
    /// readable row's number and section go into `seen`, a window at a time.
    fileprivate func process(
        _ chunk: ChunkSource.Chunk, columns: ColumnMap?, scanner: CSVScanner, seen: UUIDFingerprintSet, keys: inout [UInt64],
        fields: inout [CSVField]
    ) -> ExportsChunk {
        var outcome = ExportsChunk()
        outcome.limiter = FindingLimiter(perCode: findingsPerCode)
        outcome.pedimentos.reserveCapacity(chunk.lineEnds + 1)  // (grown by doubling, it would hold two buffers at once)
        var map = columns
        var preparer = ExportsRowPreparer(reader: self)
        if let map { preparer.start(columns: map) }
        keys.removeAll(keepingCapacity: true)
        var structure: [Finding] = []
        let named = SourceFile(scanner.file)
        var rowFields = FieldBytes<ExportsColumn>()
        let (consumed, nextLine) = chunk.readRows(
            scanner: scanner, fields: &fields, findings: &structure,
            fastRow: { index, line in
                guard let fastPath = preparer.fastPath else { return nil }
                return fastPath.row(chunk.bytes, from: index, line: line, file: named, fields: &rowFields) { pedimento in
                    outcome.rows += 1
                    keys.append(ExportsReader.identity(pedimento))
                    outcome.pedimentos.append(pedimento)
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
                case .fast(var pedimento, let identity, _, _):
                    pedimento.location.source = named
                    keys.append(identity)
                    outcome.pedimentos.append(pedimento)
                case .checked(let pedimento?, let identity, let rowFindings, let hasErrors, _):
                    outcome.checkedRows += 1
                    outcome.limiter.add(rowFindings, into: &outcome.rowFindings)
                    keys.append(identity)
                    if !hasErrors { outcome.pedimentos.append(pedimento) }
                case .checked(nil, _, let rowFindings, _, _):
                    outcome.checkedRows += 1
                    outcome.limiter.add(rowFindings, into: &outcome.rowFindings)
                }
            }, proceeds: { outcome.settled })  // (not past a header without the required columns)
        if let invalid = UTF8Check.finding(in: chunk, file: scanner.file) { structure.append(invalid) }
        outcome.structure = structure
        if !chunk.isFinal && consumed != chunk.bytes.count { outcome.settled = false }
        if !chunk.hasLines(through: nextLine) { outcome.settled = false }
        if outcome.settled, !seen.insertAll(keys: keys[...]) { outcome.settled = false }
        return outcome
    }
}
