import Foundation
import Testing

@testable import IMMEXDomain
@testable import IMMEXPipeline

/// The package's own folders, found from this file's path.
enum Package {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = root.appendingPathComponent("templates")
    static let fixtures = root.appendingPathComponent("Tests/IMMEXPipelineTests/Fixtures")
}

/// A throw-away working root: a fixture's fiscal years, the package's templates, an empty out/.
struct WorkingRoot {
    let url: URL

    init(fixture: String) throws {
        try self.init(years: Package.fixtures.appendingPathComponent("\(fixture)/fiscal-years"))
    }

    /// A root with the package's own `fiscal-years/` (the shipped sample year).
    static func shipped() throws -> WorkingRoot {
        try WorkingRoot(years: Package.root.appendingPathComponent("fiscal-years"))
    }

    private init(years: URL) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("immex-test-\(UUID().uuidString)")
        let manager = FileManager.default
        try manager.createDirectory(at: url, withIntermediateDirectories: true)
        try manager.copyItem(at: years, to: url.appendingPathComponent("fiscal-years"))
        try manager.copyItem(at: Package.templates, to: url.appendingPathComponent("templates"))
    }

    func path(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    func write(_ relative: String, _ text: String) throws {
        try Data(text.utf8).write(to: path(relative))
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: path(relative), encoding: .utf8)
    }

    /// Every file under out/, relative, sorted; staging folders would show here too. The year's
    /// lock file (`out/.<year>.lock`, which a run takes before it reads anything) is no output.
    func outFiles() -> [String] {
        let out = path("out")
        guard let walker = FileManager.default.enumerator(at: out, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { ($0 as? URL)?.path.replacingOccurrences(of: out.path + "/", with: "") }
            .filter { !($0.hasPrefix(".") && $0.hasSuffix(".lock")) }.sorted()
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// A fixed generation time: 2025-01-01T00:00:00Z.
let fixedTime: Int64 = 1_735_689_600

func file(_ root: WorkingRoot, year: Int) throws(FilingError) -> FilingResult {
    try FilingRun.run(FilingRequest(root: root.url, year: FiscalYear(year), generatedAt: fixedTime, generator: "immex test"))
}

/// The first line where two texts differ, for a readable failure.
func firstDifference(_ actual: String, _ expected: String) -> String? {
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(a.count, e.count) {
        let left = index < a.count ? String(a[index]) : "<end>"
        let right = index < e.count ? String(e[index]) : "<end>"
        if left != right { return "line \(index + 1):\n  actual:   \(left)\n  expected: \(right)" }
    }
    return nil
}

/// Runs a program and returns its exit status and output.
func runProcess(
    _ executable: URL, _ arguments: [String], environment: [String: String] = [:], workingDirectory: URL? = nil
) throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = executable
    if let workingDirectory { process.currentDirectoryURL = workingDirectory }
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
}

/// A program on PATH, if installed.
func which(_ name: String) -> URL? {
    for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
        let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return nil
}

/// The input errors a filing run of `year` stops with; an issue is recorded if it succeeds.
func filingErrors(_ root: WorkingRoot, year: Int) -> [Finding] {
    do {
        _ = try FilingRun.run(FilingRequest(root: root.url, year: FiscalYear(year), generatedAt: fixedTime))
        Issue.record("the run succeeded")
        return []
    } catch {
        guard case .inputErrors(let findings) = error else {
            Issue.record("\(error)")
            return []
        }
        return findings
    }
}

/// RFC 4180 records of a CSV text (quoted fields may hold commas, quotes and line breaks; CR LF or LF).
func csvRecords(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var fields: [String] = []
    var field = ""
    var quoted = false
    var iterator = Array(text.unicodeScalars).makeIterator()
    var pending: Unicode.Scalar? = nil
    while let scalar = pending ?? iterator.next() {
        pending = nil
        if quoted {
            if scalar == "\"" {
                if let next = iterator.next() {
                    if next == "\"" {
                        field.unicodeScalars.append("\"")
                    } else {
                        quoted = false
                        pending = next
                    }
                } else {
                    quoted = false
                }
            } else {
                field.unicodeScalars.append(scalar)
            }
            continue
        }
        switch scalar {
        case "\"": quoted = true
        case ",":
            fields.append(field)
            field = ""
        case "\r": break
        case "\n":
            fields.append(field)
            records.append(fields)
            fields = []
            field = ""
        default: field.unicodeScalars.append(scalar)
        }
    }
    if !field.isEmpty || !fields.isEmpty {
        fields.append(field)
        records.append(fields)
    }
    return records
}
