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
        let (descriptor, total) = try openRegularFile(url.path)
        defer { close(descriptor) }
        let name = scanner.file
        var hasher = hashing ? try SHA256Hasher() : nil
        var size = 0
        var currentLine = 0
        try read(
            fill: { space in
                let count = try Self.readFully(descriptor, into: space)
                try hasher?.update(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(space)[..<count]))
                size += count
                progress?(name, size, total, currentLine)
                return count
            }, findings: &findings,
            { record in
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
/// Opens `path` for reading if it is a regular file: a FIFO would block the run (or never end), a
/// device such as /dev/zero never ends, and a directory is no file. The check is made on the open
/// descriptor (opened without blocking, so a FIFO cannot hold the run up), so nothing can swap the
/// file between the check and the read.
func openRegularFile(_ path: String) throws -> (descriptor: Int32, size: Int) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { throw SystemReadError(operation: "open", code: errno) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
        let code = errno
        close(descriptor)
        throw SystemReadError(operation: "fstat", code: code)
    }
    guard status.st_mode & S_IFMT == S_IFREG else {
        close(descriptor)
        throw NotARegularFile(mode: status.st_mode)
    }
    // Back to blocking reads (no effect on a regular file, but reads stay plain).
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    return (descriptor, Int(status.st_size))
}

/// An input that is not a regular file.
struct NotARegularFile: LocalizedError {
    let mode: mode_t

    var kind: Phrase {
        switch mode & S_IFMT {
        case S_IFDIR: "a folder"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }

    var errorDescription: String? { "it is \(kind.description), not a file; only regular files are read" }
}

/// Whether `url` is a regular file (following symbolic links), and what it is otherwise. Nil when
/// there is nothing there.
func fileKind(_ url: URL) -> NotARegularFile?? {
    var status = stat()
    guard stat(url.path, &status) == 0 else { return nil }
    return status.st_mode & S_IFMT == S_IFREG ? .some(nil) : .some(NotARegularFile(mode: status.st_mode))
}

struct SystemReadError: LocalizedError {
    let operation: String
    let code: Int32

    var errorDescription: String? { "\(operation) failed: \(String(cString: strerror(code)))" }
}

/// Reports reading progress: the file, bytes read so far, its size, and lines read so far.
public typealias ReadProgress = @Sendable (_ file: String, _ done: Int, _ total: Int, _ lines: Int) -> Void
