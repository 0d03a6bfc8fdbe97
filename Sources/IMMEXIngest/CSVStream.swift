import CryptoSupport
import Foundation
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

    /// Feeds every record to `body`; `next` returns the next bytes of the file (empty at its end).
    func read(next: () throws -> [UInt8], findings: inout [Finding], _ body: (CSVRecord) -> Void) rethrows {
        var buffer: [UInt8] = []
        var line = 1
        var finished = false
        while !finished {
            let chunk = try next()
            finished = chunk.isEmpty
            buffer.append(contentsOf: chunk)
            let (consumed, nextLine) = buffer.withUnsafeBufferPointer { bytes in
                scanner.scan(bytes, firstLine: line, isFinal: finished, findings: &findings, body)
            }
            line = nextLine
            buffer.removeSubrange(0..<consumed)
        }
    }

    /// Reads the file at `url`, returning its size and SHA-256.
    func read(url: URL, findings: inout [Finding], _ body: (CSVRecord) -> Void) throws -> (size: Int, sha256: String) {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let total = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        let name = scanner.file
        var hasher = try SHA256Hasher()
        var size = 0
        var currentLine = 0
        var hashFailure: (any Error)?
        try read(next: {
            let data = try handle.read(upToCount: chunkSize) ?? Data()
            size += data.count
            progress?(name, size, total, currentLine)
            let bytes = [UInt8](data)
            do throws(OpenSSLError) { try hasher.update(bytes) } catch { hashFailure = error }
            return bytes
        }, findings: &findings, { record in
            currentLine = record.line
            body(record)
        })
        if let hashFailure { throw hashFailure }
        return (size, try hasher.finalize().hex)
    }
}

/// Reports reading progress: the file, bytes read so far, its size, and lines read so far.
public typealias ReadProgress = @Sendable (_ file: String, _ done: Int, _ total: Int, _ lines: Int) -> Void
