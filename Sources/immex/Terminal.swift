import ArgumentParser
import Foundation

/// How much the commands say, and whether in colour.
struct OutputOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: ArgumentHelp(helpText("Print only errors (and, for check, the verdict); the exit code tells the rest.")))
    var quiet = false

    @Flag(name: .shortAndLong, help: ArgumentHelp(helpText("Also log each stage, with its time, on standard error.")))
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError(helpText("--quiet and --verbose cannot be combined.")) }
    }

    /// Stage messages for `--verbose`, on standard error, prefixed, timed from the start and with
    /// the memory the run has held at most so far (the kernel's VmHWM).
    var log: (@Sendable (String) -> Void)? {
        guard verbose else { return nil }
        let start = ContinuousClock.now
        return { message in
            let elapsed = ContinuousClock.now - start
            let millis = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
            let peak = Self.peakMemoryMiB().map { ", peak \($0) MiB" } ?? ""
            printError("immex [\(millis) ms\(peak)] \(message)\n")
        }
    }

    /// The most resident memory the process has held, from /proc/self/status; nil where unknown.
    static func peakMemoryMiB() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        else { return nil }
        return kilobytes / 1024
    }
}

/// Colours for a terminal: only when the stream is one, and never when `NO_COLOR` is set
/// (no-color.org).
enum Terminal {
    static func colours(for descriptor: Int32) -> Bool {
        isatty(descriptor) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    }

    static func paint(_ text: String, _ code: String, on descriptor: Int32) -> String {
        colours(for: descriptor) ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// The summary with its verdict line in bold green or red (in either language).
    static func highlightVerdict(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard line.hasPrefix("Verdict: ") || line.hasPrefix("Dictamen: ") else { return String(line) }
            let good = line.contains("PASSES") || line.contains("ON TRACK") || line.hasPrefix("Dictamen: CUMPLE") || line.hasPrefix("Dictamen: EN CAMINO")
            return paint(String(line), good ? "1;32" : "1;31", on: STDOUT_FILENO)
        }.joined(separator: "\n")
    }

    /// Findings with `error:` in red and `warning:` (`advertencia:`) in yellow.
    static func highlightFindings(_ text: String) -> String {
        guard colours(for: STDERR_FILENO) else { return text }
        return text.replacingOccurrences(of: ": error: ", with: ": \u{1B}[1;31merror:\u{1B}[0m ")
            .replacingOccurrences(of: ": warning: ", with: ": \u{1B}[1;33mwarning:\u{1B}[0m ")
            .replacingOccurrences(of: ": advertencia: ", with: ": \u{1B}[1;33madvertencia:\u{1B}[0m ")
    }
}
