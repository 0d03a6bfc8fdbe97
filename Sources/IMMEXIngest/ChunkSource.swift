import CIntrinsics
import CryptoSupport
import Foundation
import Glibc
import IMMEXDomain

/// A CSV extract handed out in chunks that each begin at a record's start and end just after a
/// record's line end, so that threads can scan them at the same time, each from its first line.
/// Chunks are read, hashed and cut in file order, one caller at a time; scanning them is the
/// callers' business.
///
/// A cut is made after the last line end of the bytes read that has an even number of quotes
/// before it: in well-formed RFC 4180 that line end is outside quotes (`""` inside a quoted field
/// counts twice), so it ends a record. A file whose quotes are not well formed can be cut inside
/// a field; the scanner then does not consume the chunk exactly, and the reader that asked for
/// the chunks must take the file the ordered way from that chunk on (`CSVScanner.scan` returns
/// how much it consumed). A chunk's first line is one more than the LF bytes before it, which are
/// its line ends unless a lone CR (which the scanner counts as one more, quoted or not) is among
/// them: a reader checks that the lines it read are the ones its chunk says (`hasLines(through:)`),
/// and leaves a chunk that disagrees, and the rest of the file, to the ordered reading. (Telling
/// a lone CR from a CR LF took a second look at every byte, half of what counting cost.)
///
/// Unchecked: its state (the file, the carried bytes, the hasher) is touched only under `lock`, and
/// a `Mutex` cannot hold the reading closures and the hasher's C context, which are not `Sendable`.
final class ChunkSource: @unchecked Sendable {
    struct Chunk {
        /// 0 for the chunk that holds the header.
        let index: Int
        let firstLine: Int
        /// The LF bytes it holds: its line ends, unless a lone CR is among them. When its reader
        /// agrees (`hasLines(through:)`), it holds no more records than one more than that (a
        /// reader sizes its arrays and tables by it).
        let lineEnds: Int
        /// The last chunk: the scanner reads it with `isFinal`.
        let isFinal: Bool
        let bytes: UnsafeBufferPointer<UInt8>

        /// Whether reading the chunk, which ended on line `endLine` as the scanner counts lines,
        /// met exactly the line ends its first line and its LF bytes promise. Unless it did (a
        /// lone CR in it), the next chunk's first line is wrong, and this one's reading must not
        /// be kept: the reader marks it unsettled.
        func hasLines(through endLine: Int) -> Bool { endLine == firstLine + lineEnds }

        /// Reads the chunk's rows in order: each straight from the bytes by `fastRow(start,
        /// line)`, which returns where the next row starts or nil, and a row it does not read as
        /// one record cut by `scanner` (its findings to `findings`) and handed to `record`.
        /// Stops at a record the chunk does not hold whole, or when `proceeds()` turns false after
        /// a record. Returns the byte and the line it stopped at.
        @inline(__always)
        func readRows(
            scanner: CSVScanner, fields: inout [CSVField], findings: inout [Finding], fastRow: (Int, Int) -> Int?,
            record: (CSVRecord) -> Void, proceeds: () -> Bool
        ) -> (index: Int, line: Int) {
            var index = 0
            var line = firstLine
            while index < bytes.count {
                if let next = fastRow(index, line) {
                    index = next
                    line += 1
                    continue
                }
                let (next, nextLine) = scanner.scan(
                    bytes, from: index, firstLine: line, isFinal: isFinal, records: 1, fields: &fields, findings: &findings, record)
                guard next > index else { break }  // a record the chunk does not hold whole
                (index, line) = (next, nextLine)
                guard proceeds() else { break }
            }
            return (index, line)
        }
    }

    private let lock = NSLock()
    private let fill: (UnsafeMutableBufferPointer<UInt8>) throws -> Int
    private let onClose: () -> Void
    private var hasher: SHA256Hasher?
    /// Bytes read past the last cut, moved to the front of the next chunk.
    private var carry: [UInt8] = []
    private var index = 0
    private var line = 1
    private var ended = false
    private(set) var size = 0
    private(set) var failure: String?
    /// How much is read for each chunk (tests make it small).
    let chunkSize: Int
    /// The first chunk reads at most this much: its reader works alone (the other threads wait
    /// for its header), so the sooner it is done the sooner every core reads.
    static let firstChunkLimit = 1 << 20
    let displayPath: String
    private let total: Int
    var progress: ReadProgress?
    /// Whether `"` quotes fields (`CSVDialect.quoting`): without quoting, every line end ends a
    /// record and quotes are not counted.
    var quoting = true
    /// Whether only CR LF ends a record (`CSVDialect.recordsEndWithCRLF`): chunks are then cut
    /// after a CR LF only.
    var crlfOnly = false

    /// A file on disk, hashed as it is read unless `hashing` is off.
    init(url: URL, displayPath: String, chunkSize: Int, hashing: Bool = true) throws {
        let (descriptor, size) = try openRegularFile(url.path)
        total = size
        fill = { space in try CSVStream.readFully(descriptor, into: space) }
        onClose = { close(descriptor) }
        hasher = hashing ? try SHA256Hasher() : nil
        self.chunkSize = max(chunkSize, 64)
        self.displayPath = displayPath
    }

    /// Bytes in memory (not hashed: an `InputFile` in memory has its digest already).
    init(bytes: [UInt8], displayPath: String, chunkSize: Int) {
        var offset = 0
        total = bytes.count
        fill = { space in
            let count = min(space.count, bytes.count - offset)
            bytes.withUnsafeBufferPointer { source in
                _ = space.initialize(fromContentsOf: UnsafeBufferPointer(rebasing: source[offset..<(offset + count)]))
            }
            offset += count
            return count
        }
        onClose = {}
        self.chunkSize = max(chunkSize, 64)
        self.displayPath = displayPath
    }

    /// Bytes made as they are read (`CSVSource.stream`), not hashed.
    init(size: Int, displayPath: String, chunkSize: Int, fill: @escaping ByteFill) {
        total = size
        self.fill = fill
        onClose = {}
        self.chunkSize = max(chunkSize, 64)
        self.displayPath = displayPath
    }

    deinit { onClose() }

    /// The file's digest, once every chunk has been handed out; nil when it was not hashed.
    func sha256() throws -> String? {
        guard let hasher = hasher.take() else { return nil }
        return try hasher.finalize().hex
    }

    /// The next chunk, read into `buffer` (grown when a record is longer than a chunk); nil at
    /// the end, or after a read failed (see `failure`).
    func next(into buffer: inout UnsafeMutableBufferPointer<UInt8>) -> Chunk? {
        lock.lock()
        defer { lock.unlock() }
        guard !ended else { return nil }
        let chunkSize = index == 0 ? min(self.chunkSize, Self.firstChunkLimit) : self.chunkSize
        if buffer.count < carry.count + chunkSize {
            buffer.deallocate()
            buffer = .allocate(capacity: carry.count + chunkSize)
        }
        _ = UnsafeMutableBufferPointer(rebasing: buffer[..<carry.count]).initialize(fromContentsOf: carry)
        var filled = carry.count
        var cut: Int?
        var atEnd = false
        var counts = ByteCounts()
        do {
            while cut == nil {
                if buffer.count - filled < chunkSize / 2 {
                    let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: filled + chunkSize)
                    _ = larger.initialize(fromContentsOf: buffer[..<filled])
                    buffer.deallocate()
                    buffer = larger
                }
                let space = UnsafeMutableBufferPointer(rebasing: buffer[filled..<min(buffer.count, filled + chunkSize)])
                let count = try fill(space)
                if count == 0 {
                    atEnd = true
                    break
                }
                try hasher?.update(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: space[..<count])))
                size += count
                filled += count
                counts = Self.count(UnsafeBufferPointer(rebasing: buffer[..<filled]))
                cut = Self.lastRecordEnd(UnsafeBufferPointer(rebasing: buffer[..<filled]), quotes: quoting ? counts.quotes : nil, crlfOnly: crlfOnly)
            }
        } catch {
            failure = error.localizedDescription
            ended = true
            return nil
        }
        let end = atEnd ? filled : cut!
        let bytes = UnsafeBufferPointer(rebasing: buffer[..<end])
        // Line ends of every byte read, less those of the bytes carried to the next chunk (a cut
        // never falls between CR and LF, so each line end is on one side of it).
        if counts.total != filled { counts = Self.count(UnsafeBufferPointer(rebasing: buffer[..<filled])) }
        let lines = counts.lineEnds - Self.count(UnsafeBufferPointer(rebasing: buffer[end..<filled])).lineEnds
        let chunk = Chunk(index: index, firstLine: line, lineEnds: lines, isFinal: atEnd, bytes: bytes)
        line += lines
        carry = Array(buffer[end..<filled])
        index += 1
        ended = atEnd
        progress?(displayPath, size, total, line)
        return chunk
    }

    // MARK: - Cutting and counting

    /// Just past the last line end with an even number of quotes before it (`quotes` in all of
    /// `bytes`; a CR counts when the byte after it is read and is not LF); nil when there is none.
    /// With `quotes` nil (no quoting), just past the last line end.
    static func lastRecordEnd(_ bytes: UnsafeBufferPointer<UInt8>, quotes: Int?, crlfOnly: Bool = false) -> Int? {
        let quoting = quotes != nil
        let quote = UInt8(ascii: "\"")
        let lf = UInt8(ascii: "\n")
        let cr = UInt8(ascii: "\r")
        var odd = (quotes ?? 0) & 1 == 1
        var position = bytes.count - 1
        while position >= 0 {
            let byte = bytes[position]
            if quoting, byte == quote {
                odd.toggle()  // now: the quotes before `position`
            } else if !odd {
                if crlfOnly {
                    if byte == lf, position > 0, bytes[position - 1] == cr { return position + 1 }
                    position -= 1
                    continue
                }
                if byte == lf { return position + 1 }
                if byte == cr, position + 1 < bytes.count { return position + 1 }  // (the byte after is not LF, or that LF was taken)
            }
            position -= 1
        }
        return nil
    }

    /// Quotes and line feeds in some bytes.
    struct ByteCounts {
        var quotes = 0
        /// LF bytes: the line ends of a file whose lines end in LF or CR LF. (A lone CR also ends
        /// a line for the scanner: a chunk that holds one says fewer lines than its reader counts,
        /// and the reader leaves it, and the rest of the file, to the ordered reading.)
        var lineEnds = 0
        /// How many bytes were counted.
        var total = 0
    }

    /// Counts in one pass, sixteen bytes at a time (`immex_count_quotes_and_feeds`): each lane of
    /// an SSE2 register counts the quotes (and the LF bytes) at its place, for up to 255 blocks
    /// before the lanes are added up.
    static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> ByteCounts {
        var counts = ByteCounts(total: bytes.count)
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return counts }
        var quotes = 0
        var feeds = 0
        immex_count_quotes_and_feeds(base, bytes.count, &quotes, &feeds)
        counts.quotes = quotes
        counts.lineEnds = feeds
        return counts
    }
}
