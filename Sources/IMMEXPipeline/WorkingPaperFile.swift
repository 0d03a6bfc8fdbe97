import CryptoSupport
import Foundation
import IMMEXDomain
import IMMEXReport

/// The exports working paper as CSV, written once to a scratch file under `out/` and hashed while
/// written (a year's may be hundreds of megabytes: it is never held whole in memory). The
/// evidence bundle seals it from there, and `out/<year>/` gets a link to the same bytes.
final class WorkingPaperFile {
    static let name = "working-paper-exports.csv"
    let url: URL
    let size: Int
    let sha256: String

    /// Writes `paper` under `out/`; a dead run's scratch file is cleaned up by `YearLock`.
    init(_ paper: ExportWorkingPaper, language: SummaryLanguage, root: URL, year: FiscalYear) throws {
        let out = root.appendingPathComponent("out", isDirectory: true)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        url = out.appendingPathComponent(".scratch-\(year)-\(UUID().uuidString).csv")
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw OutputSet.PublishError(description: "cannot create \(url.path)")
        }
        var hasher = try SHA256Hasher()
        var written = 0
        do {
            let handle = try FileHandle(forWritingTo: url)
            defer { try? handle.close() }
            try WorkingPaperCSV.render(paper, language: language) { block in
                try hasher.update(block)
                try handle.write(contentsOf: block)
                written += block.count
            }
            try handle.synchronize()
        } catch {
            try? FileManager.default.removeItem(at: url)
            throw error
        }
        size = written
        sha256 = try hasher.finalize().hex
    }

    /// Puts the same bytes at `destination` (a hard link where the file system allows, else a copy).
    func place(at destination: URL) throws {
        do { try FileManager.default.linkItem(at: url, to: destination) } catch { try FileManager.default.copyItem(at: url, to: destination) }
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
