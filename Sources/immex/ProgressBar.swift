import Foundation
import IMMEXIngest
import Synchronization

/// A progress bar on standard error while the extracts are read: only on a terminal, only once a
/// run has taken more than a second, redrawn at most ten times a second, erased when done.
final class ProgressBar: Sendable {
    private struct State {
        var start = ContinuousClock.now
        var lastDraw: ContinuousClock.Instant?
        var drawn = false
    }

    private let state = Mutex(State())

    /// Nil when standard error is not a terminal: then nothing of it is printed.
    static func forTerminal() -> ProgressBar? { isatty(STDERR_FILENO) == 1 ? ProgressBar() : nil }

    var report: ReadProgress { { [self] file, done, total, lines in update(file: file, done: done, total: total, lines: lines) } }

    private func update(file: String, done: Int, total: Int, lines: Int) {
        let line: String? = state.withLock { state in
            let now = ContinuousClock.now
            let elapsed = now - state.start
            guard elapsed > .seconds(1) else { return nil }
            if let last = state.lastDraw, now - last < .milliseconds(100), done < total { return nil }
            state.lastDraw = now
            state.drawn = true
            let seconds = max(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, 0.001)
            let rate = Double(done) / seconds
            let fraction = total > 0 ? min(1, Double(done) / Double(total)) : 0
            let left = rate > 0 ? Double(total - done) / rate : 0
            let width = 24
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            let name = file.split(separator: "/").last.map(String.init) ?? file
            return String(format: "\r%@ [%@] %3.0f%%  %@ / %@  %@ rows  %@/s  %@ left ", name, bar, fraction * 100,
                          Self.bytes(done), Self.bytes(total), Self.grouped(max(lines - 1, 0)), Self.bytes(Int(rate)), Self.duration(left))
        }
        if let line { FileHandle.standardError.write(Data(line.utf8)) }
    }

    /// Erases the bar, if it was drawn.
    func finish() {
        let drawn = state.withLock { $0.drawn }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    }

    static func bytes(_ count: Int) -> String {
        let units = ["B", "KB", "MB", "GB", "TB"]
        var value = Double(count), unit = 0
        while value >= 1000, unit < units.count - 1 { value /= 1000; unit += 1 }
        return unit == 0 ? "\(count) B" : String(format: "%.1f %@", value, units[unit])
    }

    static func grouped(_ count: Int) -> String {
        let text = String(count)
        var out = ""
        for (offset, digit) in text.enumerated() {
            if offset > 0, (text.count - offset) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return whole >= 60 ? "\(whole / 60) min \(whole % 60) s" : "\(whole) s"
    }
}
