import Foundation
import Testing
import ZipArchive

@Suite("Archives deflated with ISA-L")
struct DeflatedArchiveTests {
    /// A scratch folder, removed by `remove()`.
    struct Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("deflated-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        func remove() { try? FileManager.default.removeItem(at: url) }
    }

    /// CSV-like text with some noise, `count` bytes: compressible, but not trivially.
    static func text(_ count: Int, seed: UInt64) -> [UInt8] {
        var random = seed
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count + 64)
        while bytes.count < count {
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            bytes += Array("\(random >> 40),2025-03-\(random % 28 + 1),I,active,XEXX010101000,USA,02,USD,\(random % 100_000).\(random % 100)\n".utf8)
        }
        return Array(bytes.prefix(count))
    }

    @Test("what libzip and unzip read back is every file, byte for byte, at every size around the 1 MiB pieces")
    func roundTrip() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let sizes = [0, 1, 100, (1 << 20) - 1, 1 << 20, (1 << 20) + 1, 3 * (1 << 20) + 12_345]
        var files: [(name: String, source: String)] = []
        var contents: [String: [UInt8]] = [:]
        for (index, size) in sizes.enumerated() {
            let name = "inputs/ñ-\(index).csv"
            let bytes = Self.text(size, seed: UInt64(index))
            try Data(bytes).write(to: URL(fileURLWithPath: folder.path("source-\(index)")))
            files.append((name, folder.path("source-\(index)")))
            contents[name] = bytes
        }
        // Random bytes do not compress: the deflate stream must still be right.
        var random: UInt64 = 7
        let noise = (0..<2_500_000).map { _ -> UInt8 in
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: random >> 56)
        }
        try Data(noise).write(to: URL(fileURLWithPath: folder.path("noise")))
        files.append(("noise.bin", folder.path("noise")))
        contents["noise.bin"] = noise

        let archive = folder.path("scratch.zip")
        try DeflatedArchive.write(files, to: archive)
        let reader = try ZipReader(path: archive)
        let entries = try reader.entries()
        #expect(entries.map(\.name) == files.map(\.name))
        for entry in entries {
            #expect(try reader.contents(entry, limit: 10_000_000) == contents[entry.name], "\(entry.name)")
            #expect(entry.declaredSize == UInt64(contents[entry.name]!.count))
        }
        let text = contents["inputs/ñ-6.csv"]!.count
        let compressed = try FileManager.default.attributesOfItem(atPath: archive)[.size] as? Int ?? 0
        #expect(compressed < text + noise.count + 2_000_000, "the text is compressed")

        // Copied into an archive libzip writes, the data stays as it is and reads back whole.
        var writer = try ZipWriter(path: folder.path("bundle.zip"))
        for entry in entries { try writer.addCompressed(entry.name, from: reader, entry: entry, modified: 1_750_000_000) }
        try writer.close()
        let bundle = try ZipReader(path: folder.path("bundle.zip"))
        for entry in try bundle.entries() {
            #expect(try bundle.contents(entry, limit: 10_000_000) == contents[entry.name], "\(entry.name)")
        }
        for zip in [archive, folder.path("bundle.zip")] where FileManager.default.isExecutableFile(atPath: "/usr/bin/unzip") {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
            process.arguments = ["-tqq", zip]
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "unzip -t \(zip)")
        }
    }

    @Test("the same files give the same bytes")
    func deterministic() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try Data(Self.text(2_000_000, seed: 3)).write(to: URL(fileURLWithPath: folder.path("a")))
        try DeflatedArchive.write([("a.csv", folder.path("a"))], to: folder.path("one.zip"))
        try DeflatedArchive.write([("a.csv", folder.path("a"))], to: folder.path("two.zip"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path("one.zip"))) == Data(contentsOf: URL(fileURLWithPath: folder.path("two.zip"))))
    }

    @Test("a file that cannot be read is named with the system's reason, and no archive is left")
    func unreadable() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try Data("x".utf8).write(to: URL(fileURLWithPath: folder.path("a")))
        let archive = folder.path("scratch.zip")
        #expect {
            try DeflatedArchive.write([("a.csv", folder.path("a")), ("b.csv", folder.path("missing"))], to: archive)
        } throws: { error in
            let error = error as? ZipError
            return error?.function == "fopen" && error?.path == folder.path("missing") && error?.message == "No such file or directory"
        }
        #expect(!FileManager.default.fileExists(atPath: archive))
    }
}
