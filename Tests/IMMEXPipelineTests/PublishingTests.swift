import Foundation
import Testing

@testable import IMMEXDomain
@testable import IMMEXPipeline

/// The year's outputs move into place in one step; one run at a time; dead runs' leftovers cleaned.
@Suite("Publishing: all or nothing, one run at a time")
struct PublishingTests {
    func contents(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    @Test("a publish replaces its own files and keeps other runs' files, in one exchange; a failed one leaves the folder as it was")
    func exchange() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        try FileManager.default.createDirectory(at: root.path("out/2024"), withIntermediateDirectories: true)
        try root.write("out/2024/report.xml", "old report")
        try root.write("out/2024/immex-2024-dry-run-2024-06-30.xml", "a dry run")
        let inode = try FileManager.default.attributesOfItem(atPath: root.path("out/2024").path)[.systemFileNumber] as? Int

        let outputs = OutputSet(
            directory: "out/2024", files: [("report.xml", OutputSet.bytes(Array("new report".utf8))), ("summary.txt", OutputSet.bytes(Array("new".utf8)))])
        try outputs.publish(root: root.url)
        let after = try contents(root.path("out/2024"))
        #expect(after == ["report.xml": Data("new report".utf8), "summary.txt": Data("new".utf8), "immex-2024-dry-run-2024-06-30.xml": Data("a dry run".utf8)])
        // A new folder took the old one's place (no file was renamed into the old folder one by one).
        #expect(try FileManager.default.attributesOfItem(atPath: root.path("out/2024").path)[.systemFileNumber] as? Int != inode)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path("out").path).filter { $0.hasPrefix(".2024.next-") }.isEmpty)

        struct Broken: Error {}
        let failing = OutputSet(directory: "out/2024", files: [("report.xml", OutputSet.bytes(Array("newer".utf8))), ("summary.txt", { _ in throw Broken() })])
        #expect(throws: OutputSet.PublishError.self) { try failing.publish(root: root.url) }
        #expect(try contents(root.path("out/2024")) == after)
    }

    @Test("a second run of the same year exits with its own code naming the holder; the lock goes with the run")
    func lock() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        var held: YearLock? = try YearLock.acquire(root: root.url, year: "2024", command: "file")
        do {
            _ = try FilingRun.run(FilingRequest(root: root.url, year: FiscalYear(2024), generatedAt: fixedTime))
            Issue.record("a second run wrote while the year was locked")
        } catch {
            if case .busy(let message) = error {
                #expect(message.description.contains("out/2024/ is being written by another immex run (pid \(getpid())"))
            } else {
                Issue.record("\(error)")
            }
        }
        #expect(root.outFiles().isEmpty)
        if let binary = ExecutableTests.binary {
            let run = try runProcess(binary, ["file", "2024", "--unsigned", "--root", root.url.path])
            #expect(run.status == 5, "\(run.stderr)")
            #expect(run.stderr.contains("otra ejecución de immex está escribiendo out/2024/ (pid "), "\(run.stderr)")
        }
        held = nil
        withExtendedLifetime(held) {}
        _ = try FilingRun.run(FilingRequest(root: root.url, year: FiscalYear(2024), generatedAt: fixedTime))
        #expect(!root.outFiles().isEmpty)
    }

    @Test("what killed runs left (unfinished folders, scratch archives) is removed by the next run of the year, and only that year's")
    func leftovers() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        let out = root.path("out")
        for name in [".2024.next-dead", ".staging-2024-dead", ".2023.next-other"] {
            try FileManager.default.createDirectory(at: out.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        try root.write("out/.scratch-2024-0000.zip", "partial")
        _ = try FilingRun.run(FilingRequest(root: root.url, year: FiscalYear(2024), generatedAt: fixedTime))
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: out.path))
        #expect(names.isDisjoint(with: [".2024.next-dead", ".staging-2024-dead", ".scratch-2024-0000.zip"]))
        #expect(names.contains(".2023.next-other"))
    }
}
