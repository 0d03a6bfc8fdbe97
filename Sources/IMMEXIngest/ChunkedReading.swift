import Foundation
import IMMEXDomain

/// What a reading thread made of one chunk of a file (`ChunkSource`).
protocol ChunkOutcome: Sendable {
    /// False for a chunk whose rows must be read again the exact way (a key met twice, quotes not
    /// well formed): no chunk from it on is merged.
    var settled: Bool { get }
    /// The chunk's data rows.
    var rows: Int { get }
}

/// One reading thread's side: what it makes of each chunk it takes, with whatever it keeps from
/// chunk to chunk.
protocol ChunkWorker {
    associatedtype Outcome: ChunkOutcome
    /// - Parameter rowsSoFar: the rows of every chunk processed so far, by any thread.
    mutating func process(_ chunk: ChunkSource.Chunk, rowsSoFar: Int) -> Outcome
}

extension ChunkSource {
    /// The chunks of a source; nil when its file cannot be opened (the exact reading then meets
    /// the failure again and reports it).
    static func reading(_ source: CSVSource, chunkSize: Int, hashing: Bool, dialect: CSVDialect = .rfc4180, progress: ReadProgress?) -> ChunkSource? {
        let chunks: ChunkSource
        switch source {
        case .memory(let file):
            chunks = ChunkSource(bytes: file.bytes, displayPath: file.displayPath, chunkSize: chunkSize)
        case .disk(let url, let displayPath):
            guard let opened = try? ChunkSource(url: url, displayPath: displayPath, chunkSize: chunkSize, hashing: hashing) else { return nil }
            chunks = opened
        case .stream(let displayPath, let size, let open):
            guard let fill = try? open() else { return nil }
            chunks = ChunkSource(size: size, displayPath: displayPath, chunkSize: chunkSize, fill: fill)
        }
        chunks.progress = progress
        chunks.quoting = dialect.quoting
        chunks.crlfOnly = dialect.recordsEndWithCRLF
        return chunks
    }

    /// The file every chunk was read from, once all were: for a source on disk, an `InputFile`
    /// that records its size and (when `hashed`) its digest; nil for bytes in memory, which have
    /// theirs already. Throws when the digest cannot be finished.
    func inputFile(for source: CSVSource, hashed: Bool) throws -> InputFile? {
        guard case .disk(let url, let displayPath) = source else { return nil }
        guard hashed else { return .streamed(url: url, displayPath: displayPath, size: size, sha256: nil) }
        guard let digest = try sha256() else { throw DigestUnavailable() }
        return .streamed(url: url, displayPath: displayPath, size: size, sha256: digest)
    }

    /// Reads every chunk after the first (whose outcome, `head`, the caller made: its header says
    /// how to read the rest) on every core: each thread has a worker of its own from `makeWorker`,
    /// the calling thread's among them. Outcomes go to `merge` in file order, on the calling
    /// thread, until one is unsettled; the threads then stop taking chunks.
    /// - Returns: whether every chunk was read, settled and merged (no read failed).
    func readRest<Worker: ChunkWorker>(
        after head: Worker.Outcome, buffer: inout UnsafeMutableBufferPointer<UInt8>,
        makeWorker: @escaping @Sendable () -> Worker, merge: (Worker.Outcome) -> Void
    ) -> Bool {
        let results = ChunkResults<Worker.Outcome>()
        results.put(0, head)
        var merged = 0
        var stopped = false
        /// Gives `merge` every outcome that is next in file order and done, until an unsettled one.
        func mergeReady() {
            while !stopped, let outcome = results.take(merged) {
                guard outcome.settled else {
                    stopped = true
                    return
                }
                merge(outcome)
                merged += 1
            }
        }
        /// Takes chunks until there are none, or one was unsettled (the rest will be read again).
        @Sendable func work(_ buffer: inout UnsafeMutableBufferPointer<UInt8>, afterEach: () -> Void) {
            var worker = makeWorker()
            while !results.stopped, let chunk = next(into: &buffer) {
                results.put(chunk.index, worker.process(chunk, rowsSoFar: results.rowsSoFar))
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
        return !stopped && failure == nil && merged == results.count
    }
}

/// A digest asked of chunks read without hashing (or asked twice).
private struct DigestUnavailable: Error {}

/// Outcomes done, by chunk index, until merged; an unsettled one stops every thread from taking more.
/// Unchecked: every access is under its condition's lock (waiting for the next outcome needs a
/// condition variable, which `Mutex` does not offer).
private final class ChunkResults<Outcome: ChunkOutcome>: @unchecked Sendable {
    private let lock = NSLock()
    private var done: [Int: Outcome] = [:]
    private var isStopped = false
    private var rows = 0
    private var handed = 0

    var stopped: Bool { lock.withLock { isStopped } }
    /// Rows of the chunks done so far.
    var rowsSoFar: Int { lock.withLock { rows } }
    /// How many outcomes were put.
    var count: Int { lock.withLock { handed } }

    func put(_ index: Int, _ outcome: Outcome) {
        lock.withLock {
            done[index] = outcome
            rows += outcome.rows
            handed += 1
            if !outcome.settled { isStopped = true }
        }
    }

    func take(_ index: Int) -> Outcome? { lock.withLock { done.removeValue(forKey: index) } }
}
