import Foundation
import IMMEXDomain

/// Turns the data rows of one extract into values, on the thread that reads the file. It sees
/// each record while its bytes are valid and keeps nothing of them in what it returns.
protocol RowPreparer: Sendable {
    associatedtype Value: Sendable
    /// What the applying side will look up for the row (a UUID), handed over beside the rows so
    /// that it can be read ahead without touching the rows themselves.
    associatedtype Key: Sendable
    /// Called once the header is read, with the columns found (every required one is there).
    mutating func start(columns: ColumnMap)
    /// One data row, in file order.
    mutating func prepare(_ record: CSVRecord, columns: ColumnMap) -> (value: Value, key: Key?)
}

/// Rows handed from the reading thread to the applying one, with their keys at the same positions.
struct StagedBatch<Value: Sendable, Key: Sendable>: Sendable {
    var rows: [StagedRow<Value>] = []
    var keys: [Key?] = []

    var count: Int { rows.count }
    var isEmpty: Bool { rows.isEmpty }

    mutating func append(_ row: consuming StagedRow<Value>, key: consuming Key?) {
        rows.append(row)
        keys.append(key)
    }

    /// Empties the batch for reuse, keeping its storage.
    mutating func clear() {
        rows.removeAll(keepingCapacity: true)
        keys.removeAll(keepingCapacity: true)
    }

    mutating func reserve(_ capacity: Int) {
        rows.reserveCapacity(capacity)
        keys.reserveCapacity(capacity)
    }
}

/// What the reading thread hands to the applying one, in file order.
enum StagedRow<Value: Sendable>: Sendable {
    case row(Value)
    /// Findings about the header.
    case findings([Finding])
}

extension CSVTable {
    /// Reads in two stages: one thread reads, hashes and scans the file and runs `preparer` on
    /// each data row (the costly part: every field is parsed there), while the calling thread
    /// runs `apply` on the prepared rows in file order (what must see rows one after another,
    /// like duplicate detection and totals); `lookahead` is given the keys of each next few rows
    /// before they are applied. `apply` adds the row's findings to the list it is given, so
    /// findings come out in file order, after the file's structural ones. A source already in
    /// memory is read on the calling thread alone, through the same functions.
    /// - Returns: the number of data rows read, and, for a file streamed from disk, the
    ///   `InputFile` that records its size and digest.
    func read<Preparer: RowPreparer>(
        _ source: CSVSource, findings: inout [Finding], preparer: Preparer,
        lookahead: (ArraySlice<Preparer.Key?>) -> Void = { _ in }, apply: (consuming Preparer.Value, inout [Finding]) -> Void
    ) -> (rows: Int, file: InputFile?) {
        var rowFindings: [Finding] = []
        var limiter = FindingLimiter(perCode: findingsPerCode)
        func applyAll(_ batch: inout StagedBatch<Preparer.Value, Preparer.Key>) {
            // A few dozen rows at a time: what lookahead brings into cache is still there when used.
            let window = 64
            let keys = batch.keys
            batch.rows.withUnsafeMutableBufferPointer { rows in
                for start in stride(from: 0, to: rows.count, by: window) {
                    let end = min(start + window, rows.count)
                    lookahead(keys[start..<end])
                    for index in start..<end {
                        // Each row is moved out (not copied and later destroyed) and its slot left
                        // holding an empty value.
                        let slot = rows.baseAddress! + index
                        switch slot.move() {
                        case .row(let value):
                            var found: [Finding] = []
                            apply(value, &found)
                            limiter.add(found, into: &rowFindings)
                        case .findings(let list): limiter.add(list, into: &rowFindings)
                        }
                        slot.initialize(to: .findings([]))
                    }
                }
            }
            batch.clear()
        }
        let outcome: StagedOutcome
        switch source {
        case .memory(let file):
            var stage = ReadingStage(table: self, preparer: preparer)
            var structure: [Finding] = []
            file.bytes.withUnsafeBufferPointer { CSVScanner(file: file.displayPath, dialect: dialect).scan($0, findings: &structure) { stage.handle($0) } }
            var all = stage.take()
            applyAll(&all)
            outcome = stage.outcome(structure: structure, file: nil, failure: nil)
        case .stream(let displayPath, _, let open):
            var stage = ReadingStage(table: self, preparer: preparer)
            var structure: [Finding] = []
            var failure: String?
            do {
                let fill = try open()
                try CSVStream(scanner: CSVScanner(file: displayPath, dialect: dialect)).read(fill: fill, findings: &structure) { stage.handle($0) }
            } catch {
                failure = "\(error)"
            }
            var all = stage.take()
            applyAll(&all)
            outcome = stage.outcome(structure: structure, file: nil, failure: failure)
        case .disk(let url, let displayPath):
            let channel = BatchChannel<StagedBatch<Preparer.Value, Preparer.Key>>(capacity: 4)
            // Applied batches go back to be filled again: no fresh megabytes (and page faults) per batch.
            // A batch is made only when none has come back, so there are never more than seven
            // (four pending, one applied, one filled, one being sent): `send` below never waits.
            let emptied = BatchChannel<StagedBatch<Preparer.Value, Preparer.Key>>(capacity: 16)
            let result = OutcomeBox()
            let table = self
            let reader = Thread {
                var stage = ReadingStage(table: table, preparer: preparer)
                stage.send = { channel.send($0) }
                stage.recycled = { emptied.poll() }
                // The reading thread names the file with its own copy of the path: reference counts
                // of one string shared by both threads would bounce between their caches.
                var stream = CSVStream(scanner: CSVScanner(file: String(decoding: Array(displayPath.utf8), as: UTF8.self), dialect: table.dialect))
                stream.progress = table.progress
                var structure: [Finding] = []
                do {
                    let (size, sha256) = try stream.read(url: url, hashing: table.hashesFile, findings: &structure) { stage.handle($0) }
                    stage.flush()
                    result.set(
                        stage.outcome(structure: structure, file: .streamed(url: url, displayPath: displayPath, size: size, sha256: sha256), failure: nil))
                } catch {
                    stage.flush()
                    result.set(stage.outcome(structure: structure, file: nil, failure: error.localizedDescription))
                }
                channel.finish()
            }
            reader.stackSize = 8 << 20
            reader.start()
            while var batch = channel.receive() {
                applyAll(&batch)
                emptied.send(batch)
            }
            outcome = result.get()
        }
        if let failure = outcome.failure {
            findings.append(
                Finding(
                    .unreadableFile, "\(source.displayPath) cannot be read: \(failure)",
                    at: SourceLocation(file: source.displayPath), hint: "check that the file exists and can be read"))
            return (outcome.rows, nil)
        }
        var structure: [Finding] = []
        limiter.add(outcome.structure, into: &structure)
        findings += structure + rowFindings + limiter.notes()
        if !outcome.sawHeader {
            findings.append(
                Finding(
                    .missingColumn, "\(source.displayPath) is empty; it needs a header row",
                    at: SourceLocation(file: source.displayPath, line: 1, column: 1),
                    hint: "start with the header: \(columns.map(\.name).joined(separator: ","))"))
        }
        return (outcome.rows, outcome.file)
    }
}

/// What the reading thread knows at the end.
struct StagedOutcome: Sendable {
    var rows = 0
    var sawHeader = false
    var structure: [Finding] = []
    var file: InputFile?
    var failure: String?
}

/// The reading thread's side: the header, then each data row prepared and batched.
private struct ReadingStage<Preparer: RowPreparer> {
    let table: CSVTable
    var preparer: Preparer
    var map: ColumnMap?
    var complete = false
    var reportedEncoding = false
    var rows = 0
    var batch = StagedBatch<Preparer.Value, Preparer.Key>()
    /// Where full batches go; nil keeps every row in `batch` (a source in memory).
    var send: ((StagedBatch<Preparer.Value, Preparer.Key>) -> Void)?
    static var batchSize: Int { 16_384 }

    init(table: CSVTable, preparer: Preparer) {
        self.table = table
        self.preparer = preparer
    }

    mutating func handle(_ record: CSVRecord) {
        // The first byte that is not UTF-8, once a file (the chunked reading reports its own).
        if !reportedEncoding, let first = record.fields.first, let last = record.fields.last,
            let offset = UTF8Check.firstInvalid(record.buffer, from: first.start, to: last.end)
        {
            reportedEncoding = true
            let field = record.fields.last { $0.start <= offset } ?? first
            batch.append(
                .findings([UTF8Check.finding(file: record.file, line: field.line, column: offset - field.lineStart + 1, byte: record.buffer[offset])]), key: nil
            )
        }
        guard let columnMap = map else {
            var headerFindings: [Finding] = []
            map = ColumnMap(header: record, specs: table.columns, aliases: table.aliases, findings: &headerFindings)
            complete = map?.hasRequiredColumns(table.columns) ?? false
            if complete, let map { preparer.start(columns: map) }
            if !headerFindings.isEmpty { batch.append(.findings(headerFindings), key: nil) }
            return
        }
        rows += 1
        guard complete else { return }
        let (value, key) = preparer.prepare(record, columns: columnMap)
        batch.append(.row(consume value), key: consume key)
        if let send, batch.count >= Self.batchSize {
            send(take())
        }
    }

    /// An emptied batch to fill again, if one has come back.
    var recycled: (() -> StagedBatch<Preparer.Value, Preparer.Key>?)?

    mutating func take() -> StagedBatch<Preparer.Value, Preparer.Key> {
        var next = recycled?() ?? StagedBatch()
        if send != nil { next.reserve(Self.batchSize) }
        swap(&next, &batch)
        return next
    }

    /// Sends what is left of the last batch.
    mutating func flush() {
        if let send, !batch.isEmpty { send(take()) }
    }

    func outcome(structure: [Finding], file: InputFile?, failure: String?) -> StagedOutcome {
        StagedOutcome(rows: rows, sawHeader: map != nil, structure: structure, file: file, failure: failure)
    }
}

/// The reading thread's outcome, set once before the channel finishes. Unchecked: written and read
/// under its lock only; the outcome holds an `InputFile` and findings a `Mutex` would take as well,
/// but the channel's finish already orders the write before the read, which this lock only states.
private final class OutcomeBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value = StagedOutcome()

    func set(_ outcome: StagedOutcome) { lock.withLock { value = outcome } }
    func get() -> StagedOutcome { lock.withLock { value } }
}

/// A bounded queue of batches from one thread to another: the sender waits while `capacity`
/// batches are pending, so a fast reader never runs ahead by more than that. Unchecked: its queue
/// is touched only under its condition's lock (a condition variable, which `Mutex` does not offer).
final class BatchChannel<Batch: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var pending: [Batch] = []
    private var finished = false
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    func send(_ batch: Batch) {
        condition.lock()
        while pending.count >= capacity { condition.wait() }
        pending.append(batch)
        condition.broadcast()
        condition.unlock()
    }

    /// No more batches will come.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch if one is pending, without waiting.
    func poll() -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        guard !pending.isEmpty else { return nil }
        let batch = pending.removeFirst()
        condition.broadcast()
        return batch
    }

    /// The next batch, waiting for it; nil once the sender has finished and all were received.
    func receive() -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while pending.isEmpty && !finished { condition.wait() }
        guard !pending.isEmpty else { return nil }
        let batch = pending.removeFirst()
        condition.broadcast()
        return batch
    }
}
