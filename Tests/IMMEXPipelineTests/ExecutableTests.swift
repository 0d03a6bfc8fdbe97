import Foundation
import Testing

/// The built `immex` binary, run as a user runs it.
@Suite("End to end through the immex executable")
struct ExecutableTests {
    /// The binary sits beside the test bundle in the build folder.
    static var binary: URL? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("immex"),
            Package.root.appendingPathComponent(".build/debug/immex"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    func immex(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let binary = try #require(Self.binary, "build the executable first: swift build --build-tests")
        return try runProcess(binary, arguments, environment: ["SOURCE_DATE_EPOCH": "1735689600", "NO_COLOR": "1"])
    }

    @Test("a passing year: exit 0, the summary on standard output, findings on standard error")
    func passing() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        let run = try immex(["file", "2024", "--unsigned", "--root", root.url.path])
        #expect(run.status == 0, "\(run.stderr)")
        // Spanish by default (the fixture's company.toml names no language); --lang en in English.
        #expect(run.stdout.contains("Dictamen: CUMPLE — por la prueba de porcentaje"))
        #expect(run.stdout.contains("Escrito:") && run.stdout.contains("out/2024/immex-annual-report-2024.xml"))
        #expect(run.stderr.contains("fiscal-years/2024/exports.csv:7:1: advertencia:"))
        let english = try immex(["file", "2024", "--unsigned", "--lang", "en", "--root", root.url.path])
        #expect(english.stdout.contains("Verdict: PASSES — by the share test") && english.stdout.contains("Written:"))
        #expect(english.stderr.contains("fiscal-years/2024/exports.csv:7:1: warning:"))
        #expect(FileManager.default.fileExists(atPath: root.path("out/2024/immex-annual-report-2024.xml").path))
    }

    @Test("a year failing both tests: the report is written, exit 1")
    func failing() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        try root.write("fiscal-years/2024/rules.toml", "[share_test]\nenabled = false\n")
        let run = try immex(["file", "2024", "--unsigned", "--root", root.url.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("NO CUMPLE — no pasa ninguna de las dos pruebas"))
        #expect(FileManager.default.fileExists(atPath: root.path("out/2024/summary.txt").path))
    }

    @Test("input errors: exit 2, compiler-style messages, nothing written")
    func inputErrors() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        let sales = try root.read("fiscal-years/2024/sales.csv").replacingOccurrences(of: "17.500000", with: "17,5")
        try root.write("fiscal-years/2024/sales.csv", sales)
        let run = try immex(["file", "2024", "--unsigned", "--root", root.url.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("fiscal-years/2024/sales.csv:3:"))
        #expect(run.stderr.contains(": error: "))
        #expect(run.stderr.contains("No se escribió nada"))
        #expect(root.outFiles().isEmpty)
    }

    @Test("--help explains the exit codes; a bad year is refused")
    func help() throws {
        let help = try immex(["--help"])
        #expect(help.stdout.contains("Códigos de salida:"))
        #expect(help.stdout.contains(" 64  la línea de comandos está mal"))
        #expect(try immex(["--help", "--lang", "en"]).stdout.contains("Exit codes:"))
        let bad = try immex(["file", "25"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("'25' no es un ejercicio; escríbalo como 2025."), "\(bad.stderr)")
    }
}

@Suite("immex check through the executable")
struct CheckExecutableTests {
    func immex(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let binary = try #require(ExecutableTests.binary, "build the executable first: swift build --build-tests")
        return try runProcess(binary, arguments, environment: ["SOURCE_DATE_EPOCH": "1735689600"])
    }

    @Test("exit 0 on track, 1 at risk, 2 on input errors; JSON on request")
    func exitCodes() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        var good = YearBuilder(2026)
        good.monthlySales("1000000.00", months: 1...6)
        good.monthlyExports(usd: "50000.00", mxn: "1000000.00", months: 1...6)
        try good.write(into: root.url)
        let onTrack = try immex(["check", "2026", "--as-of", "2026-06-30", "--root", root.url.path])
        #expect(onTrack.status == 0, "\(onTrack.stderr)")
        #expect(onTrack.stdout.contains("Dictamen: EN CAMINO") && onTrack.stdout.contains("Simulacro IMMEX 2026 al 2026-06-30"))
        let english = try immex(["check", "2026", "--as-of", "2026-06-30", "--lang", "en", "--root", root.url.path])
        #expect(english.stdout.contains("Verdict: ON TRACK") && english.stdout.contains("IMMEX dry run 2026 as of 2026-06-30"))

        var weak = YearBuilder(2026)
        weak.monthlySales("1000000.00", months: 1...6)
        weak.monthlyExports(usd: "10.00", mxn: "200.00", months: 1...6)
        try weak.write(into: root.url)
        let atRisk = try immex(["check", "2026", "--as-of", "2026-06-30", "--root", root.url.path, "--format", "json"])
        #expect(atRisk.status == 1)
        #expect(atRisk.stdout.contains("\"on_track\": false"))

        try root.write("fiscal-years/2026/sales.csv", "uuid,issued_on\nnot-a-uuid,2026-01-01\n")
        let broken = try immex(["check", "2026", "--as-of", "2026-06-30", "--root", root.url.path])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("fiscal-years/2026/sales.csv:1:1: error:"))
        #expect(root.outFiles().isEmpty)
    }
}

@Suite("The terminal: colours, --quiet, --verbose")
struct TerminalTests {
    /// Runs the binary under a pseudo-terminal (util-linux `script`), as a person at a terminal would.
    func onTerminal(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let binary = try #require(ExecutableTests.binary)
        let command = ([binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        var env = ["SOURCE_DATE_EPOCH": "1735689600"]
        env.merge(environment) { $1 }
        // The test runner may itself set NO_COLOR; a person's terminal does not, unless asked to.
        let unset = environment["NO_COLOR"] == nil ? ["-u", "NO_COLOR"] : []
        let run = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), unset + ["/usr/bin/script", "-qec", command, "/dev/null"], environment: env)
        return run.stdout
    }

    @Test("colours on a terminal only, and never with NO_COLOR")
    func colours() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        let arguments = ["file", "2024", "--unsigned", "--root", root.url.path]
        let painted = try onTerminal(arguments)
        #expect(painted.contains("\u{1B}[1;32mDictamen: CUMPLE"))
        #expect(painted.contains("\u{1B}[1;33madvertencia:"))
        #expect(!(try onTerminal(arguments, environment: ["NO_COLOR": "1"]).contains("\u{1B}[")))
        let piped = try runProcess(try #require(ExecutableTests.binary), arguments)
        #expect(!piped.stdout.contains("\u{1B}[") && !piped.stderr.contains("\u{1B}["))
        // No progress bar either when standard error is not a terminal.
        #expect(!piped.stderr.contains("\r") && !piped.stderr.contains(" rows "))
    }

    @Test("--quiet says nothing on success; --verbose logs stages on standard error, results stay on standard output")
    func quietAndVerbose() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        let binary = try #require(ExecutableTests.binary)
        let quiet = try runProcess(binary, ["file", "2024", "--unsigned", "--quiet", "--root", root.url.path])
        #expect(quiet.status == 0)
        #expect(quiet.stdout.isEmpty && quiet.stderr.isEmpty)
        let verbose = try runProcess(binary, ["file", "2024", "--unsigned", "--verbose", "--root", root.url.path])
        #expect(verbose.stderr.contains("] read fiscal-years/2024: 5 files, 8 invoices, 8 pedimentos from exports.csv"))
        #expect(verbose.stderr.contains("the evidence bundle unsigned"))
        #expect(verbose.stdout.contains("Dictamen: CUMPLE"))
        #expect(!verbose.stdout.contains("immex ["))
        let both = try runProcess(binary, ["file", "2024", "--quiet", "--verbose", "--root", root.url.path])
        #expect(both.status != 0)
    }
}
