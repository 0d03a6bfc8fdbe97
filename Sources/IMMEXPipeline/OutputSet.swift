import Foundation

/// Files a run publishes into one folder under the root, all or nothing.
///
/// Every file is first written in full to a staging folder beside the destination (same file
/// system), then each is renamed into place; `rename(2)` replaces a file atomically, so a reader
/// never sees a half-written output, and a failure before the renames leaves `out/` untouched.
/// Files of other runs in the folder (dry runs, archives) are left alone.
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
        let description: String
    }

    func publish(root: URL) throws(PublishError) {
        let manager = FileManager.default
        let destination = root.appendingPathComponent(directory, isDirectory: true)
        let parent = destination.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".staging-\(destination.lastPathComponent)-\(UUID().uuidString)", isDirectory: true)
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw PublishError(description: "cannot create \(staging.path): \(error.localizedDescription)")
        }
        defer { try? manager.removeItem(at: staging) }
        for file in files {
            let url = staging.appendingPathComponent(file.name)
            do {
                try file.write(url)
            } catch {
                throw PublishError(description: "cannot write \(url.path): \(error)")
            }
        }
        do {
            try manager.createDirectory(at: destination, withIntermediateDirectories: true)
        } catch {
            throw PublishError(description: "cannot create \(destination.path): \(error.localizedDescription)")
        }
        for file in files {
            let from = staging.appendingPathComponent(file.name).path
            let to = destination.appendingPathComponent(file.name).path
            guard rename(from, to) == 0 else {
                throw PublishError(description: "cannot move \(file.name) into \(destination.path): \(String(cString: strerror(errno)))")
            }
        }
    }
}
