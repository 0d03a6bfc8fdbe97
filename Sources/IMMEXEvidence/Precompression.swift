import Dispatch
import Foundation
import Synchronization
import ZipArchive

/// Deflates large input files into a scratch archive on another core while the year is being read,
/// so that writing the evidence bundle copies compressed data instead of compressing at the end
/// (libzip compresses entries one after another when an archive closes). The scratch archive is
/// written with ISA-L's deflate (`DeflatedArchive`), the same the bundle uses for large files
/// when nothing was deflated ahead: the bundle's bytes are the same either way.
public final class Precompression: Sendable {
    /// The scratch archive: one entry per file, named as in the bundle.
    public let scratch: URL
    private let group = DispatchGroup()
    private let failure = Mutex<String?>(nil)

    /// Starts deflating `files` (bundle path and file) into `scratch`.
    public init(files: [(path: String, url: URL)], scratch: URL) {
        self.scratch = scratch
        let jobs = files.map { (name: $0.path, source: $0.url.path) }
        let scratchPath = scratch.path
        DispatchQueue.global(qos: .userInitiated).async(group: group) { [self] in
            do {
                try DeflatedArchive.write(jobs, to: scratchPath)
            } catch {
                self.failure.withLock { $0 = "\(error)" }
            }
        }
    }

    /// Waits for the compression; nil when it failed (the bundle then compresses as usual).
    public func finish() -> URL? {
        group.wait()
        return failure.withLock { $0 } == nil ? scratch : nil
    }

    /// Waits, then removes the scratch archive.
    public func discard() {
        group.wait()
        try? FileManager.default.removeItem(at: scratch)
    }

    /// Files worth deflating ahead: 1 MiB and more.
    public static let threshold = 1 << 20
}
