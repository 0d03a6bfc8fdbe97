import Foundation
import IMMEXDomain
import Machinery

/// What the parallel reading of a file settled.
struct ChunkedPass: Sendable {
    var rows = 0
    /// Rows whose record could be read, in the chunks merged.
    var readable = 0
    var checkedRows = 0
    var findings: [Finding] = []
    var file: InputFile?
    /// Nil when every chunk was settled; else how many readable rows the settled chunks held: the
    /// exact reading accepts the records from there on.
    var unsettledFrom: Int?
}

/// What a thread made of one chunk's rows, whatever its records went into.
struct ChunkRows: Sendable {
    /// The scanner's findings (quotes), and the rows' own (for chunk 0, the header's first).
    var structure: [Finding] = []
    var rowFindings: [Finding] = []
    /// What this stretch kept of its row findings (at most the cap of each code).
    var limiter = FindingLimiter()
    /// Rows read by the checked path.
    var checkedRows = 0
    /// Data rows, and those whose record could be read.
    var rows = 0
    var readable = 0
    var settled = true
    /// Chunk 0 only: the columns its header names.
    var columns: ColumnMap?
}

/// One chunk as a thread left it: its rows' account and the part its records went into.
struct RecordChunk<Part: Sendable>: ChunkOutcome {
    var part: Part
    var read = ChunkRows()

    var settled: Bool { read.settled }
    var rows: Int { read.rows }
}

/// What a reading thread keeps from chunk to chunk, so that it allocates nothing per chunk.
struct ChunkScratch {
    var keys: [RowKey] = []
    var fields: [CSVField] = []

    init() {
        keys.reserveCapacity(1 << 16)
        fields.reserveCapacity(32)
    }
}

/// How the chunks of one file are read: the same for every chunk and every thread.
struct ChunkReading: Sendable {
    let aliases: [String: String]
    let usesFastPath: Bool
    let findingsPerCode: Int
    let seen: FingerprintSet
}

/// A thread's reader of the chunks after the first.
struct RecordChunkWorker<Schema: RecordSchema, Part: Sendable>: ChunkWorker {
    let schema: Schema
    let reading: ChunkReading
    let columns: ColumnMap
    let scanner: CSVScanner
    let part: @Sendable (_ rows: Int) -> Part
    let accept: @Sendable (inout Part, Schema.Record) -> Void
    var scratch = ChunkScratch()

    mutating func process(_ chunk: ChunkSource.Chunk, rowsSoFar: Int) -> RecordChunk<Part> {
        // A table this full cannot be trusted to find room: leave the rest to the exact reading.
        guard rowsSoFar + chunk.lineEnds + 1 < reading.seen.capacity * 9 / 10 else {
            return RecordChunk(part: part(0), read: ChunkRows(settled: false))
        }
        return schema.readChunk(chunk, columns: columns, scanner: scanner, reading: reading, scratch: &scratch, part: part, accept: accept)
    }
}

extension RecordSchema {
    /// One chunk into a part of its own (`part`), each valid record handed to `accept`.
    func readChunk<Part: Sendable>(
        _ chunk: ChunkSource.Chunk, columns: ColumnMap?, scanner: CSVScanner, reading: ChunkReading, scratch: inout ChunkScratch,
        part: @Sendable (_ rows: Int) -> Part, accept: @Sendable (inout Part, Record) -> Void
    ) -> RecordChunk<Part> {
        var made = part(chunk.lineEnds + 1)  // (at most that many rows, but for a lone CR)
        let read = readRows(of: chunk, columns: columns, scanner: scanner, reading: reading, scratch: &scratch) { accept(&made, $0) }
        return RecordChunk(part: made, read: read)
    }
}

extension CSVRecordReader {
    /// The parallel reading (the type's description): chunk 0 here, for its header, then every
    /// other chunk on every core, merged in file order until one is unsettled.
    func readChunks<Part: Sendable>(
        _ source: CSVSource, expected: Int, part: @escaping @Sendable (_ rows: Int) -> Part,
        accept: @escaping @Sendable (inout Part, Schema.Record) -> Void, merge: (Part) -> Void
    ) -> ChunkedPass {
        let unsettled = ChunkedPass(unsettledFrom: 0)
        guard let chunks = ChunkSource.reading(source, chunkSize: chunkSize, hashing: hashesFile, dialect: Schema.dialect, progress: progress)
        else { return unsettled }
        let reading = ChunkReading(
            aliases: aliases, usesFastPath: usesFastPath, findingsPerCode: findingsPerCode,
            seen: FingerprintSet(expected: expected, mask: fingerprintMask))

        // Chunk 0 first, here: its header says where the columns are.
        var buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 0)
        defer { buffer.deallocate() }
        guard let firstChunk = chunks.next(into: &buffer) else { return unsettled }
        var scratch = ChunkScratch()
        let head = schema.readChunk(
            firstChunk, columns: nil, scanner: CSVScanner(file: source.displayPath, dialect: Schema.dialect), reading: reading, scratch: &scratch, part: part,
            accept: accept)
        guard head.settled, let columns = head.read.columns, columns.hasRequiredColumns(Schema.columns) else { return unsettled }

        var pass = ChunkedPass()
        var structure: [Finding] = []
        var limiter = FindingLimiter(perCode: findingsPerCode)
        let schema = schema
        let displayPath = source.displayPath
        let complete = chunks.readRest(
            after: head, buffer: &buffer,
            makeWorker: {
                RecordChunkWorker(
                    schema: schema, reading: reading, columns: columns, scanner: CSVScanner(file: displayPath, dialect: Schema.dialect), part: part,
                    accept: accept)
            }
        ) { outcome in
            pass.rows += outcome.read.rows
            pass.checkedRows += outcome.read.checkedRows
            pass.readable += outcome.read.readable
            limiter.add(outcome.read.structure, into: &structure)
            limiter.add(outcome.read.rowFindings, into: &pass.findings)
            limiter.absorb(outcome.read.limiter)
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
}
