import Foundation
import Testing

@testable import IMMEXEvidence

@Suite("The filing archive: evidence and acknowledgement, both layers verified", .serialized)
struct ArchiveLayerTests {
    @Test("an archive verifies in both layers, and a changed inner bundle is named")
    func layers() throws {
        let credentials = try Credentials()
        defer { credentials.remove() }
        let identity = try signer(credentials)
        let evidence = temporaryZip()
        let archive = temporaryZip()
        defer {
            try? FileManager.default.removeItem(atPath: evidence)
            try? FileManager.default.removeItem(atPath: archive)
        }
        try BundleWriter.write(to: evidence, kind: .evidence, fields: sampleFields, entries: sampleEntries, signer: identity, time: signingTime)
        let evidenceBytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: evidence)))
        let entries = [
            BundleEntry(path: "immex-2025-evidence.zip", bytes: evidenceBytes),
            BundleEntry(path: "acknowledgement/acuse.pdf", bytes: Array("%PDF-1.4 acuse".utf8)),
        ]
        try BundleWriter.write(
            to: archive, kind: .archive, fields: sampleFields + [("filed-on", "2026-05-20")], entries: entries, signer: identity, time: signingTime)

        let verification = BundleVerifier.verify(path: archive)
        #expect(verification.passes, "\(verification.failures)")
        #expect(verification.manifest?.kind == .archive)
        #expect(verification.inner.count == 1)
        #expect(verification.inner.first?.manifest?.kind == .evidence)
        #expect(VerificationText.render(verification, path: archive).contains("filed on:         2026-05-20"))

        // The acknowledgement swapped for another file.
        try rewrite(archive) { entries in
            let index = entries.firstIndex { $0.name == "acknowledgement/acuse.pdf" }!
            entries[index].bytes = Array("%PDF-1.4 another".utf8)
        }
        #expect(BundleVerifier.verify(path: archive).failures == [.changedEntry("acknowledgement/acuse.pdf")])
    }
}
