import CryptoSupport
import Foundation
import Glibc
import IMMEXDomain

/// Reads a CSV file in fixed-size chunks, hashing each chunk as it is read, so a file of any size
/// is read once and never held whole in memory. Records that cross a chunk's end are carried into
/// the next chunk; lines and columns are those of the whole file.
struct CSVStream {
    let scanner: CSVScanner
    /// 8 MiB: large enough to amortise system calls, small enough to keep memory flat.
    var chunkSize = 8 << 20
    /// Told the bytes read so far and the file's size, after every chunk.
    var progress: ReadProgress?

    /// Feeds every record to `body`. `fill` writes the file's next bytes into the space it is
    /// given and returns how many it wrote (0 at the end). One buffer is reused for the whole
    /// file: it is filled in place, so no chunk is allocated, zeroed or copied on its way in.
    func read(fill: (UnsafeMutableBufferPointer<UInt8>) throws -> Int, findings: inout [Finding], _ body: (CSVRecord) -> Void) rethrows {
        var buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(chunkSize, 1))
        defer { buffer.deallocate() }
        var carried = 0
        var line = 1
        var finished = false
        while !finished {
            // A record longer than half a chunk makes room for itself plus a whole chunk.
            if buffer.count - carried < max(chunkSize / 2, 1) {
                let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: carried + max(chunkSize, 1))
                _ = larger.initialize(fromContentsOf: buffer[..<carried])
                buffer.deallocate()
                buffer = larger
            }
            let free = UnsafeMutableBufferPointer(rebasing: buffer[carried..<min(buffer.count, carried + max(chunkSize, 1))])
            let filled = try fill(free)
            finished = filled == 0
            let available = carried + filled
            let (consumed, nextLine) = scanner.scan(
                UnsafeBufferPointer(rebasing: buffer[..<available]), firstLine: line, isFinal: finished, findings: &findings, body)
            line = nextLine
            carried = available - consumed
            if carried > 0, consumed > 0 {
                UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: buffer.baseAddress! + consumed, byteCount: carried)
            }
        }
    }

    /// Reads the file at `url`, returning its size and SHA-256 (nil when `hashing` is off).
    func read(url: URL, hashing: Bool = true, findings: inout [Finding], _ body: (CSVRecord) -> Void) throws -> (size: Int, sha256: String?) {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SystemReadError(operation: "open", code: errno) }
        defer { close(descriptor) }
        var status = stat()
        let total = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
        let name = scanner.file
        var hasher = hashing ? try SHA256Hasher() : nil
        var size = 0
        var currentLine = 0
        try read(fill: { space in
            let count = try Self.readFully(descriptor, into: space)
            try hasher?.update(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(space)[..<count]))
            size += count
            progress?(name, size, total, currentLine)
            return count
        }, findings: &findings, { record in
            currentLine = record.line
            body(record)
        })
        return (size, try hasher?.finalize().hex)
    }

    /// Fills `space` unless the file ends first; retries interrupted reads.
    static func readFully(_ descriptor: Int32, into space: UnsafeMutableBufferPointer<UInt8>) throws -> Int {
        var count = 0
        while count < space.count {
            let result = Glibc.read(descriptor, space.baseAddress! + count, space.count - count)
            if result == 0 { break }
            if result < 0 {
                if errno == EINTR { continue }
                throw SystemReadError(operation: "read", code: errno)
            }
            count += result
        }
        return count
    }
}

/// A failed `open` or `read`, described by the system's message for its error number.
struct SystemReadError: LocalizedError {
    let operation: String
    let code: Int32

    var errorDescription: String? { "\(operation) failed: \(String(cString: strerror(code)))" }
}

/// Reports reading progress: the file, bytes read so far, its size, and lines read so far.
public typealias ReadProgress = @Sendable (_ file: String, _ done: Int, _ total: Int, _ lines: Int) -> Void
