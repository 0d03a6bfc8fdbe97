import Foundation
import IMMEXDomain

/// Files a run publishes into one folder under the root, all or nothing, in one step.
///
/// The new folder is built beside the destination (same file system): every new file written in
/// full, and every file of other runs already there (dry runs, archives) linked in unchanged. Then
/// the two folders are exchanged atomically (`renameat2` with `RENAME_EXCHANGE`), so a reader sees
/// either the old outputs or the new ones, never a mix, and a failure at any point leaves `out/`
/// as it was. The caller holds the year's `YearLock`, so no other run publishes at the same time.
struct OutputSet {
    /// Relative to the root, e.g. `out/2025`.
    let directory: String
    /// Each file's name and how to write it at a given path.
    let files: [(name: String, write: (URL) throws -> Void)]

    init(directory: String, files: [(name: String, write: (URL) throws -> Void)]) {
        self.directory = directory
        self.files = files
    }

    /// A file whose bytes are already in memory.
    static func bytes(_ bytes: [UInt8]) -> (URL) throws -> Void {
        { url in try Data(bytes).write(to: url) }
    }

    var paths: [String] { files.map { "\(directory)/\($0.name)" } }

    struct PublishError: Error {
        let phrase: Phrase
    }

    /// The name prefix of a folder being built for `folder` (cleaned up by `YearLock` when a run
    /// died before it could).
    static func stagingPrefix(_ folder: String) -> String { ".\(folder).next-" }

    func publish(root: URL) throws(PublishError) {
        let manager = FileManager.default
        let destination = root.appendingPathComponent(directory, isDirectory: true)
        let parent = destination.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(Self.stagingPrefix(destination.lastPathComponent) + UUID().uuidString, isDirectory: true)
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw PublishError(phrase: "cannot create \(staging.path): \(error.localizedDescription)")
        }
        // The staging folder is the old outputs after the exchange, or the unfinished new ones.
        defer { try? manager.removeItem(at: staging) }
        for file in files {
            let url = staging.appendingPathComponent(file.name)
            do {
                try file.write(url)
            } catch {
                throw PublishError(phrase: "cannot write \(url.path): \(error)")
            }
        }
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: destination.path, isDirectory: &isDirectory) else {
            guard rename(staging.path, destination.path) == 0 else {
                throw PublishError(phrase: "cannot move the outputs into \(destination.path): \(String(cString: strerror(errno)))")
            }
            return
        }
        guard isDirectory.boolValue else { throw PublishError(phrase: "\(destination.path) is a file, not a folder; move it away") }
        try keepOthers(from: destination, in: staging)
        guard Self.exchange(staging.path, destination.path) == 0 else {
            throw PublishError(phrase: "cannot put the outputs in place of \(destination.path): \(String(cString: strerror(errno)))")
        }
    }

    /// Swaps two paths atomically: `renameat2(2)` with `RENAME_EXCHANGE` (Linux 3.15, glibc 2.28).
    /// Looked up by name, since glibc declares it only under `_GNU_SOURCE`, which Swift's Glibc module
    /// is not built with (a C shim module for it clashed with libxml2's ICU headers in clean builds).
    /// Returns 0, or -1 with `errno` set.
    private static func exchange(_ from: String, _ to: String) -> Int32 {
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(nil, "renameat2") else {
            errno = ENOSYS
            return -1
        }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let currentDirectory: Int32 = -100  // AT_FDCWD
        let exchangeFlag: UInt32 = 1 << 1  // RENAME_EXCHANGE
        return renameat2(currentDirectory, from, currentDirectory, to, exchangeFlag)
    }

    /// Every entry of `destination` this set does not replace, hard-linked (or copied) into `staging`.
    private func keepOthers(from destination: URL, in staging: URL) throws(PublishError) {
        let manager = FileManager.default
        let names: [String]
        do { names = try manager.contentsOfDirectory(atPath: destination.path) } catch {
            throw PublishError(phrase: "cannot list \(destination.path): \(error.localizedDescription)")
        }
        let replaced = Set(files.map(\.name))
        for name in names where !replaced.contains(name) {
            let from = destination.appendingPathComponent(name)
            let to = staging.appendingPathComponent(name)
            if link(from.path, to.path) == 0 { continue }
            do { try manager.copyItem(at: from, to: to) } catch {
                throw PublishError(phrase: "cannot keep \(from.path) beside the new outputs: \(error.localizedDescription)")
            }
        }
    }
}
