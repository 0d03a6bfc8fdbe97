import Foundation
import Testing

@testable import IMMEXEvidence

/// The bundle is for auditors with stock tools, not only ours.
@Suite("Stock tools accept the bundle", .serialized)
struct InteroperabilityTests {
    @Test("unzip -t accepts it, and openssl cms -verify checks our signature against the test CA")
    func stockTools() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/unzip"), FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl") else {
            Issue.record("unzip and openssl are needed; `make test` installs them")
            return
        }
        let credentials = try Credentials()
        defer { credentials.remove() }
        let path = temporaryZip()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try BundleWriter.write(to: path, kind: .evidence, fields: sampleFields, entries: sampleEntries, signer: try signer(credentials), time: signingTime)

        let test = try run("/usr/bin/unzip", ["-t", path])
        #expect(test.status == 0, "\(test.output)")
        #expect(test.output.contains("No errors detected"))

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("immex-unzip-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try run("/usr/bin/unzip", ["-q", path, "MANIFEST", "MANIFEST.p7s", "-d", folder.path])
        let verify = try run(
            "/usr/bin/openssl",
            [
                "cms", "-verify", "-binary", "-inform", "DER", "-in", folder.appendingPathComponent("MANIFEST.p7s").path,
                "-content", folder.appendingPathComponent("MANIFEST").path, "-CAfile", credentials.ca.path, "-out", "/dev/null",
            ])
        #expect(verify.status == 0, "\(verify.output)")
        #expect(verify.output.contains("Verification successful"))
    }
}
