import Foundation
import IMMEXDomain
import IMMEXIngest
import IMMEXReport
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
    private let language: SummaryLanguage

    init(language: SummaryLanguage) { self.language = language }

    /// Nil when standard error is not a terminal: then nothing of it is printed.
    static func forTerminal(_ language: SummaryLanguage) -> ProgressBar? { isatty(STDERR_FILENO) == 1 ? ProgressBar(language: language) : nil }

    var report: ReadProgress { { [self] file, done, total, lines in update(file: file, done: done, total: total, lines: lines) } }

    private func update(file: String, done: Int, total: Int, lines: Int) {
        let line: String? = state.withLock { state in
            let now = ContinuousClock.now
            let elapsed = now - state.start
            guard elapsed > .seconds(1) else { return nil }
            if let last = state.lastDraw, now - last < .milliseconds(100), done < total { return nil }
            state.lastDraw = now
            state.drawn = true
            // Integers throughout: milliseconds, bytes per second, whole percent.
            let millis = max(Int(elapsed.components.seconds) * 1000 + Int(elapsed.components.attoseconds / 1_000_000_000_000_000), 1)
            let perSecond = done * 1000 / millis
            let percent = total > 0 ? min(100, done * 100 / total) : 0
            let secondsLeft = perSecond > 0 ? max(total - done, 0) / perSecond : 0
            let width = 24
            let filled = percent * width / 100
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            let name = file.split(separator: "/").last.map(String.init) ?? file
            let rows = Self.grouped(max(lines - 1, 0))
            let figures: Phrase = "\(Self.bytes(done)) / \(Self.bytes(total))  \(rows) rows  \(Self.bytes(perSecond))/s  \(Self.duration(secondsLeft)) left"
            return "\r\(name) [\(bar)] \(percent)%  \(MessageCatalogue.say(figures, in: language)) "
        }
        if let line { FileHandle.standardError.write(Data(line.utf8)) }
    }

    /// Erases the bar, if it was drawn.
    func finish() {
        let drawn = state.withLock { $0.drawn }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    }

    /// `12.3 MB`: one decimal, by integer division.
    static func bytes(_ count: Int) -> String {
        let units = ["B", "KB", "MB", "GB", "TB"]
        var tenths = count * 10
        var unit = 0
        while tenths >= 10_000, unit < units.count - 1 {
            tenths /= 1000
            unit += 1
        }
        return unit == 0 ? "\(count) B" : "\(tenths / 10).\(tenths % 10) \(units[unit])"
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

    static func duration(_ seconds: Int) -> String {
        seconds >= 60 ? "\(seconds / 60) min \(seconds % 60) s" : "\(seconds) s"
    }
}
