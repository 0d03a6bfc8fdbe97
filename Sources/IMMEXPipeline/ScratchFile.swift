import CryptoSupport
import Foundation
import Glibc
import IMMEXDomain

/// A file a run writes under `out/` before it publishes, hashed while written (a working paper
/// may be hundreds of megabytes: it is never held whole in memory). The evidence bundle seals it
/// from there, `out/<year>/` gets a link to the same bytes, and it is removed when the run is
/// done with it (a dead run's is cleaned up by `YearLock`, as a `.scratch-<year>-` file).
final class ScratchFile {
    let url: URL
    private var handle: FileHandle?
    private var hasher: SHA256Hasher?
    private var failure: (any Error)?
    private(set) var size = 0
    private(set) var sha256 = ""

    init(root: URL, year: FiscalYear) throws {
        let out = root.appendingPathComponent("out", isDirectory: true)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        url = out.appendingPathComponent(".scratch-\(year)-\(UUID().uuidString).csv")
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw OutputSet.PublishError(phrase: "cannot create \(url.path)")
        }
        handle = try FileHandle(forWritingTo: url)
        hasher = try SHA256Hasher()
    }

    /// Appends bytes; the first failure is kept for `finish()` (the writer goes on as if nothing happened).
    func append(_ bytes: [UInt8]) {
        guard failure == nil, let handle else { return }
        do {
            try hasher?.update(bytes)
            // Straight from the array's storage: FileHandle copies what it writes into Data.
            try bytes.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let written = Glibc.write(handle.fileDescriptor, raw.baseAddress! + offset, raw.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        throw OutputSet.PublishError(phrase: "writing \(url.path) failed: \(String(cString: strerror(errno)))")
                    }
                    offset += written
                }
            }
            size += bytes.count
        } catch {
            failure = error
        }
    }

    /// Closes the file and finishes its digest; throws the first failure of any write.
    func finish() throws {
        if let failure { throw failure }
        try handle?.synchronize()
        try handle?.close()
        handle = nil
        guard let hasher = hasher.take() else { return }
        sha256 = try hasher.finalize().hex
    }

    /// Puts the same bytes at `destination` (a hard link where the file system allows, else a copy).
    func place(at destination: URL) throws {
        do { try FileManager.default.linkItem(at: url, to: destination) } catch { try FileManager.default.copyItem(at: url, to: destination) }
    }

    deinit {
        try? handle?.close()
        try? FileManager.default.removeItem(at: url)
    }
}
