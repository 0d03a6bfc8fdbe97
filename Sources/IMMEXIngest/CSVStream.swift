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
        var hasher = try SHA256Hasher()
        var size = 0
        var hashFailure: (any Error)?
        try read(next: {
            let data = try handle.read(upToCount: chunkSize) ?? Data()
            size += data.count
            let bytes = [UInt8](data)
            do throws(OpenSSLError) { try hasher.update(bytes) } catch { hashFailure = error }
            return bytes
        }, findings: &findings, body)
        if let hashFailure { throw hashFailure }
        return (size, try hasher.finalize().hex)
    }
}
