import Foundation
import Testing
import ZipArchive

@testable import IMMEXEvidence

@Suite("Hostile bundles get an error, never a crash or a write")
struct HostileBundleTests {
    @Test("entries with '..' or absolute paths are refused, never read or written")
    func traversal() throws {
        let path = temporaryZip()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var writer = try ZipWriter(path: path)
        try writer.add("../../tmp/immex-evil", bytes: Array("x".utf8), modified: 0)
        try writer.add("/tmp/immex-absolute", bytes: Array("y".utf8), modified: 0)
        try writer.close()
        let failures = BundleVerifier.verify(path: path).failures
        #expect(failures.contains(.unsafePath("../../tmp/immex-evil")))
        #expect(failures.contains(.unsafePath("/tmp/immex-absolute")))
        #expect(failures.contains(.missingManifest))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/immex-evil"))
    }

    @Test("a truncated archive is reported as unreadable", arguments: [0.5, 0.9, 0.0])
    func truncated(fraction: Double) throws {
        let path = temporaryZip()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try BundleWriter.write(to: path, kind: .evidence, fields: sampleFields, entries: sampleEntries, signer: nil, time: signingTime)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try bytes.prefix(Int(Double(bytes.count) * fraction)).write(to: URL(fileURLWithPath: path))
        let failures = BundleVerifier.verify(path: path).failures
        #expect(failures.count == 1)
        guard case .unreadable = failures.first else {
            Issue.record("\(failures)")
            return
        }
    }

    @Test("a declared size that lies is caught, never trusted")
    func lyingSize() throws {
        let path = temporaryZip()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var writer = try ZipWriter(path: path)
        try writer.add("inputs/a.csv", bytes: Array(repeating: 0x41, count: 1000), modified: 0, compress: false)
        try writer.close()
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        // Central directory header (PK\1\2): uncompressed size at offset 24 → 0xFFFFFFF0.
        let signature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        let start = (0...(bytes.count - 4)).first { Array(bytes[$0..<($0 + 4)]) == signature }!
        bytes.replaceSubrange((start + 24)..<(start + 28), with: [0xF0, 0xFF, 0xFF, 0xFF])
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let verification = BundleVerifier.verify(path: path)
        #expect(!verification.passes)
    }

    @Test("a whole, valid bundle whose central directory lies about an entry's size is refused, naming the entry", arguments: [1, -1, 1_000_000])
    func lyingSizeInValidBundle(delta: Int) throws {
        let path = temporaryZip()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try BundleWriter.write(to: path, kind: .evidence, fields: sampleFields, entries: sampleEntries, signer: nil, time: signingTime)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        // The first central directory header (PK\1\2): its uncompressed size is at offset 24.
        let signature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        let start = (0...(bytes.count - 4)).first { Array(bytes[$0..<($0 + 4)]) == signature }!
        let nameLength = Int(bytes[start + 28]) | Int(bytes[start + 29]) << 8
        let name = String(decoding: bytes[(start + 46)..<(start + 46 + nameLength)], as: UTF8.self)
        let size = bytes[(start + 24)..<(start + 28)].enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        let lie = (0..<4).map { UInt8(truncatingIfNeeded: UInt32(max(0, size + delta)) >> (8 * $0)) }
        bytes.replaceSubrange((start + 24)..<(start + 28), with: lie)
        // The entry's local header (its offset at 42) says the same, so the archive is consistent.
        let local = (0..<4).reduce(0) { $0 | Int(bytes[start + 42 + $1]) << (8 * $1) }
        bytes.replaceSubrange((local + 22)..<(local + 26), with: lie)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let failures = BundleVerifier.verify(path: path).failures
        #expect(
            failures.contains { failure in
                switch failure {
                case .lyingSize(let entry, _): entry == name
                case .unreadable(let message): message.hasPrefix(name)
                default: false
                }
            }, "\(failures)")
    }

    @Test("a file that is not a ZIP at all")
    func notAZip() throws {
        let path = temporaryZip()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("%PDF-1.4 not a zip".utf8).write(to: URL(fileURLWithPath: path))
        guard case .unreadable = BundleVerifier.verify(path: path).failures.first else {
            Issue.record("accepted")
            return
        }
        guard case .unreadable = BundleVerifier.verify(path: "/nonexistent/bundle.zip").failures.first else {
            Issue.record("accepted")
            return
        }
    }
}
