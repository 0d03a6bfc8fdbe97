import Foundation
import IMMEXDomain

/// What the parallel reading of `sales.csv` settled.
struct ChunkedPass: Sendable {
    var rows = 0
    /// Rows whose invoice could be read, in the chunks merged.
    var readable = 0
    var findings: [Finding] = []
    var file: InputFile?
    /// Nil when every chunk was settled; else how many readable rows (rows whose invoice could be
    /// read) the settled chunks held: the exact reading accepts the invoices from there on.
    var unsettledFrom: Int?
}

/// One chunk as a thread left it.
private struct ChunkOutcome<Part: Sendable>: Sendable {
    var part: Part
    /// The scanner's findings (quotes), and the rows' own (for chunk 0, the header's first).
    var structure: [Finding] = []
    var rowFindings: [Finding] = []
    /// Data rows, and those whose invoice could be read.
    var rows = 0
    var readable = 0
    var settled = true
    /// Chunk 0 only: the columns its header names.
    var columns: ColumnMap?
    /// Keeps the look-ahead loads from being optimised away.
    var touched: UInt64 = 0
}

extension SalesReader {
    func readChunks<Part: Sendable>(
        _ source: CSVSource, expected: Int, part: @escaping @Sendable () -> Part,
        accept: @escaping @Sendable (inout Part, SalesInvoice) -> Void, merge: (Part) -> Void
    ) -> ChunkedPass {
        let unsettled = ChunkedPass(unsettledFrom: 0)
        let chunks: ChunkSource
        switch source {
        case let .memory(file):
            chunks = ChunkSource(bytes: file.bytes, displayPath: file.displayPath, chunkSize: chunkSize)
        case let .disk(url, displayPath):
            guard let opened = try? ChunkSource(url: url, displayPath: displayPath, chunkSize: chunkSize) else { return unsettled }
            chunks = opened
        }
        chunks.progress = progress
        let seen = UUIDFingerprintSet(expected: expected, mask: fingerprintMask)

        // Chunk 0 first, here: its header says where the columns are.
        var buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 0)
        defer { buffer.deallocate() }
        let scanner = CSVScanner(file: source.displayPath)
        guard let firstChunk = chunks.next(into: &buffer) else { return unsettled }
        let head = process(firstChunk, columns: nil, scanner: scanner, seen: seen, part: part, accept: accept)
        guard head.settled, let columns = head.columns, columns.hasRequiredColumns(Self.columns) else { return unsettled }

        let results = ChunkResults<Part>()
        results.put(0, head)
        var pass = ChunkedPass()
        var structure: [Finding] = []
        var merged = 0
        /// Gives `merge` every chunk that is next in file order and done, until an unsettled one.
        func mergeReady() {
            while pass.unsettledFrom == nil, let outcome = results.take(merged) {
                guard outcome.settled else {
                    pass.unsettledFrom = pass.readable
                    return
                }
                pass.rows += outcome.rows
                pass.readable += outcome.readable
                structure += outcome.structure
                pass.findings += outcome.rowFindings
                merge(outcome.part)
                merged += 1
            }
        }
        /// Takes chunks until there are none, or one was unsettled (the rest will be read again).
        /// Each thread names the file with its own copy of the path: reference counts of one
        /// string shared by two threads would bounce between their caches on every invoice.
        @Sendable func work(_ buffer: inout UnsafeMutableBufferPointer<UInt8>, afterEach: () -> Void) {
            let scanner = CSVScanner(file: String(decoding: Array(source.displayPath.utf8), as: UTF8.self))
            while !results.stopped, let chunk = chunks.next(into: &buffer) {
                // A table this full cannot be trusted to find room: leave the rest to the exact reading.
                guard results.rowsSoFar + chunk.bytes.count / 40 < seen.capacity * 9 / 10 else {
                    results.put(chunk.index, ChunkOutcome(part: part(), settled: false))
                    break
                }
                results.put(chunk.index, process(chunk, columns: columns, scanner: scanner, seen: seen, part: part, accept: accept))
                afterEach()
            }
        }
        let helpers = max(0, min(ProcessInfo.processInfo.activeProcessorCount, 8) - 1)
        let finished = DispatchGroup()
        for _ in 0..<helpers {
            finished.enter()
            let thread = Thread {
                var buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 0)
                work(&buffer, afterEach: {})
                buffer.deallocate()
                finished.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        work(&buffer, afterEach: mergeReady)
        finished.wait()
        mergeReady()
        // Every chunk is merged unless one was unsettled, or a read failed (the exact reading
        // meets the failure again and reports it).
        if pass.unsettledFrom == nil, chunks.failure != nil || merged != results.count {
            pass.unsettledFrom = pass.readable
        }
        guard pass.unsettledFrom == nil else { return pass }
        pass.findings = structure + pass.findings
        if case let .disk(url, displayPath) = source {
            guard let digest = try? chunks.sha256() else { return ChunkedPass(rows: pass.rows, unsettledFrom: pass.readable) }
            pass.file = .streamed(url: url, displayPath: displayPath, size: chunks.size, sha256: digest)
        }
        return pass
    }

    /// Parses one chunk: every row through `SalesRowPreparer` (the fast path, else the checked
    /// one), its UUID's fingerprint into `seen`, its invoice (if valid) to `accept`. With no
    /// columns, the chunk's first record is the header. Once a fingerprint is met again the
    /// chunk is unsettled, and its remaining rows are only counted.
    private func process<Part: Sendable>(
        _ chunk: ChunkSource.Chunk, columns: ColumnMap?, scanner: CSVScanner, seen: UUIDFingerprintSet,
        part: @Sendable () -> Part, accept: @Sendable (inout Part, SalesInvoice) -> Void
    ) -> ChunkOutcome<Part> {
        var outcome = ChunkOutcome(part: part())
        var map = columns
        var preparer = SalesRowPreparer(reader: self)
        if let map { preparer.start(columns: map) }
        let displayPath = scanner.file
        // Rows are prepared a window at a time, and the fingerprint slots of the whole window read
        // before any is inserted: the loads do not wait for each other, so their cache misses
        // overlap instead of costing a trip to memory each.
        let window = 64
        // Rows are moved in and out of the window, not copied: a copy would count references to
        // each invoice's strings and arrays, and destroying it count them down again.
        let pending = UnsafeMutablePointer<SalesRow>.allocate(capacity: window)
        defer { pending.deallocate() }
        var pendingCount = 0
        var keys: [InvoiceUUID?] = []
        keys.reserveCapacity(window)
        func handlePending() {
            outcome.touched ^= seen.touch(keys[...])
            for index in 0..<pendingCount {
                let row = (pending + index).move()
                guard outcome.settled else { continue }
                switch row {
                case .fast(var invoice, _, _):
                    invoice.location.file = displayPath
                    outcome.readable += 1
                    if seen.insert(invoice.uuid) { accept(&outcome.part, invoice) } else { outcome.settled = false }
                case let .checked(invoice, rowFindings, hasErrors, _):
                    outcome.rowFindings += rowFindings
                    guard let invoice else { continue }
                    outcome.readable += 1
                    if !seen.insert(invoice.uuid) {
                        outcome.settled = false
                    } else if !hasErrors {
                        accept(&outcome.part, invoice)
                    }
                }
            }
            pendingCount = 0
            keys.removeAll(keepingCapacity: true)
        }
        var structure: [Finding] = []
        let (consumed, _) = scanner.scan(chunk.bytes, firstLine: chunk.firstLine, isFinal: chunk.isFinal, findings: &structure) { record in
            guard let columns = map else {
                let found = ColumnMap(header: record, specs: Self.columns, aliases: aliases, findings: &outcome.rowFindings)
                map = found
                outcome.columns = found
                if found.hasRequiredColumns(Self.columns) { preparer.start(columns: found) } else { outcome.settled = false }
                return
            }
            outcome.rows += 1
            guard outcome.settled else { return }
            let (row, key) = preparer.prepare(record, columns: columns)
            (pending + pendingCount).initialize(to: row)
            pendingCount += 1
            keys.append(key)
            if pendingCount == window { handlePending() }
        }
        handlePending()  // (also when unsettled: each row in the window is destroyed once)
        outcome.structure = structure
        if !chunk.isFinal && consumed != chunk.bytes.count { outcome.settled = false }
        return outcome
    }
}

/// Chunks done, by index, until merged; an unsettled one stops every thread from taking more.
private final class ChunkResults<Part: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var done: [Int: ChunkOutcome<Part>] = [:]
    private var isStopped = false
    private var rows = 0
    private var handed = 0

    var stopped: Bool { lock.withLock { isStopped } }
    /// Rows of the chunks done so far (for the fingerprint table's room).
    var rowsSoFar: Int { lock.withLock { rows } }
    /// How many chunks were put.
    var count: Int { lock.withLock { handed } }

    func put(_ index: Int, _ outcome: ChunkOutcome<Part>) {
        lock.withLock {
            done[index] = outcome
            rows += outcome.rows
            handed += 1
            if !outcome.settled { isStopped = true }
        }
    }

    func take(_ index: Int) -> ChunkOutcome<Part>? { lock.withLock { done.removeValue(forKey: index) } }
}
