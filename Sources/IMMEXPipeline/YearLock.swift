import Foundation
import IMMEXDomain

/// One run at a time writes a year's outputs: a lock on `out/.<year>.lock` (`flock(2)`), held from
/// the run's start until it ends. The system releases it when the process ends, however it ends
/// (kill -9 included), so a lock is never left behind; the file says who holds it.
///
/// Taking it also cleans what runs of the year that died left: unfinished output folders
/// (`out/.<year>.next-*`, `out/.staging-<year>-*`) and scratch archives (`out/.scratch-<year>-*`).
final class YearLock {
    private let descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    deinit { close(descriptor) }

    /// Takes the year's lock, or throws `.busy` naming the run that holds it.
    static func acquire(root: URL, year: String, command: String) throws(FilingError) -> YearLock {
        let out = root.appendingPathComponent("out", isDirectory: true)
        do { try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true) } catch {
            throw .outputFailed("cannot create \(out.path): \(error.localizedDescription)")
        }
        let path = out.appendingPathComponent(".\(year).lock").path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .outputFailed("cannot open \(path): \(String(cString: strerror(errno)))") }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let holder = (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            close(descriptor)
            throw .busy(
                holder.isEmpty
                    ? "out/\(year)/ is being written by another immex run; wait for it to end, then run again"
                    : "out/\(year)/ is being written by another immex run (\(holder)); wait for it to end, then run again")
        }
        // Who holds it, in words that read the same in any language (another run quotes them).
        let holder = "pid \(getpid())@\(ProcessInfo.processInfo.hostName), `immex \(command)`, \(UTCTime.iso8601(Int64(Date().timeIntervalSince1970)))\n"
        _ = ftruncate(descriptor, 0)
        _ = holder.withCString { write(descriptor, $0, strlen($0)) }
        removeLeftovers(in: out, year: year)
        return YearLock(descriptor: descriptor)
    }

    /// What dead runs of this year left; scratch archives of the old naming (no year) a day old.
    private static func removeLeftovers(in out: URL, year: String) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: out.path) else { return }
        for name in names {
            let url = out.appendingPathComponent(name)
            let ofThisYear = name.hasPrefix(OutputSet.stagingPrefix(year)) || name.hasPrefix(".staging-\(year)-") || name.hasPrefix(".scratch-\(year)-")
            let oldScratch =
                name.hasPrefix(".scratch-") && name.hasSuffix(".zip") && name.count == ".scratch-".count + 36 + 4
                && ((try? manager.attributesOfItem(atPath: url.path)[.modificationDate] as? Date)?.map { $0 < Date(timeIntervalSinceNow: -86_400) } ?? false)
            if ofThisYear || oldScratch { try? manager.removeItem(at: url) }
        }
    }
}
