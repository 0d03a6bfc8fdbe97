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
        guard case .unreadable = failures.first else { Issue.record("\(failures)"); return }
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

    @Test("a file that is not a ZIP at all")
    func notAZip() throws {
        let path = temporaryZip()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("%PDF-1.4 not a zip".utf8).write(to: URL(fileURLWithPath: path))
        guard case .unreadable = BundleVerifier.verify(path: path).failures.first else { Issue.record("accepted"); return }
        guard case .unreadable = BundleVerifier.verify(path: "/nonexistent/bundle.zip").failures.first else { Issue.record("accepted"); return }
    }
}
