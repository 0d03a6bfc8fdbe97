import CryptoSupport
import Foundation
import Testing
import ZipArchive

@testable import IMMEXDomain
@testable import IMMEXEvidence

/// 2026-01-01T00:00:00Z
let signingTime: Int64 = 1_767_225_600

let sampleEntries = [
    BundleEntry(path: "inputs/sales.csv", bytes: Array("uuid,total\nA,1.00\n".utf8)),
    BundleEntry(path: "inputs/company.toml", bytes: Array("rfc = \"TFX010101AB1\"\n".utf8)),
    BundleEntry(path: "report/immex-annual-report-2025.xml", bytes: Array("<AnnualReport/>\n".utf8)),
]
let sampleFields: [(key: String, value: String)] = [
    ("company-rfc", "TFX010101AB1"), ("fiscal-year", "2025"), ("retention-until", "2031-05-29"),
]

func temporaryZip() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("immex-bundle-\(UUID().uuidString).zip").path
}

func signer(_ credentials: Credentials, _ name: String = "good") throws -> SigningIdentity {
    try SigningIdentity(
        certificate: credentials.bytes(credentials.certificate(name)), key: credentials.bytes(credentials.key(name)),
        password: Array(Credentials.password.utf8))
}

/// Rewrites a bundle with `change` applied to its entries, keeping everything else.
func rewrite(_ path: String, _ change: (inout [(name: String, bytes: [UInt8])]) -> Void) throws {
    let reader = try ZipReader(path: path)
    var entries: [(name: String, bytes: [UInt8])] = try reader.entries().map { (name: $0.name, bytes: try reader.contents($0, limit: 1 << 30)) }
    change(&entries)
    var writer = try ZipWriter(path: path)
    for entry in entries { try writer.add(entry.0, bytes: entry.1, modified: signingTime) }
    try writer.close()
}

@Suite("Evidence bundles: sealed, signed, verified", .serialized)
struct BundleTests {
    @Test("round trip: write, then every check holds and the signer is named")
    func roundTrip() throws {
        let credentials = try Credentials()
        defer { credentials.remove() }
        let path = temporaryZip()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let manifest = try BundleWriter.write(
            to: path, kind: .evidence, fields: sampleFields, entries: sampleEntries, signer: try signer(credentials), time: signingTime)
        #expect(manifest.entries.map(\.path) == ["inputs/company.toml", "inputs/sales.csv", "report/immex-annual-report-2025.xml"])

        let verification = BundleVerifier.verify(path: path, trustAnchors: [try credentials.bytes(credentials.ca)])
        #expect(verification.passes, "\(verification.failures)")
        #expect(verification.signature?.signer?.holderRFC == "TFX010101AB1")
        #expect(verification.signature?.signingTime == signingTime)
        #expect(verification.manifest?["retention-until"] == "2031-05-29")
        let text = VerificationText.render(verification, path: path)
        #expect(text.contains("signer RFC:       TFX010101AB1"))
        #expect(text.contains("Result: VERIFIED"))
    }

    @Test("the same inputs and key give a byte-identical bundle, in any time zone")
    func deterministic() throws {
        let credentials = try Credentials()
        defer { credentials.remove() }
        let first = temporaryZip()
        let second = temporaryZip()
        defer {
            try? FileManager.default.removeItem(atPath: first)
            try? FileManager.default.removeItem(atPath: second)
        }
        let identity = try signer(credentials)
        try BundleWriter.write(to: first, kind: .evidence, fields: sampleFields, entries: sampleEntries, signer: identity, time: signingTime)
        try BundleWriter.write(to: second, kind: .evidence, fields: sampleFields, entries: sampleEntries.reversed(), signer: identity, time: signingTime)
        #expect(FileManager.default.contents(atPath: first) == FileManager.default.contents(atPath: second))
    }

    @Test("each kind of tampering is detected and named")
    func tampering() throws {
        let credentials = try Credentials()
        defer { credentials.remove() }
        let identity = try signer(credentials)
        func bundle() throws -> String {
            let path = temporaryZip()
            try BundleWriter.write(to: path, kind: .evidence, fields: sampleFields, entries: sampleEntries, signer: identity, time: signingTime)
            return path
        }
        func failures(after change: (inout [(name: String, bytes: [UInt8])]) -> Void) throws -> [BundleFailure] {
            let path = try bundle()
            defer { try? FileManager.default.removeItem(atPath: path) }
            try rewrite(path, change)
            return BundleVerifier.verify(path: path).failures
        }

        #expect(
            try failures { entries in
                let index = entries.firstIndex { $0.name == "inputs/sales.csv" }!
                entries[index].bytes[entries[index].bytes.count - 2] ^= 0x01
            } == [.changedEntry("inputs/sales.csv")])

        #expect(try failures { $0.append(("inputs/extra.csv", Array("x".utf8))) } == [.extraEntry("inputs/extra.csv")])

        #expect(
            try failures { $0.removeAll { $0.name == "report/immex-annual-report-2025.xml" } }
                == [.missingEntry("report/immex-annual-report-2025.xml")])

        // A signature made by the same key over another manifest.
        let other = try identity.signDetached(Array("IMMEX evidence manifest 1\nentries: 0\n\n".utf8), signingTime: signingTime)
        let swapped = try failures { entries in
            let index = entries.firstIndex { $0.name == "MANIFEST.p7s" }!
            entries[index].bytes = other
        }
        #expect(swapped.count == 1)
        guard case .badSignature = swapped.first else {
            Issue.record("swapped signature: \(swapped)")
            return
        }

        // A manifest edited to keep the records for less time.
        let edited = try failures { entries in
            let index = entries.firstIndex { $0.name == "MANIFEST" }!
            entries[index].bytes = Array(
                String(decoding: entries[index].bytes, as: UTF8.self)
                    .replacingOccurrences(of: "2031-05-29", with: "2028-05-29").utf8)
        }
        #expect(edited.count == 1)
        guard case .badSignature = edited.first else {
            Issue.record("edited manifest: \(edited)")
            return
        }

        #expect(try failures { $0.removeAll { $0.name == "MANIFEST.p7s" } } == [.missingSignature])
    }

    @Test("an unsigned rehearsal bundle says so, and does not pass")
    func unsigned() throws {
        let path = temporaryZip()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let manifest = try BundleWriter.write(to: path, kind: .evidence, fields: sampleFields, entries: sampleEntries, signer: nil, time: signingTime)
        #expect(manifest.text.contains("signature: unsigned (rehearsal: not evidence)"))
        #expect(BundleVerifier.verify(path: path).failures == [.unsigned])
    }

    @Test("a signer whose RFC is not the manifest's is named")
    func signerMismatch() throws {
        let credentials = try Credentials()
        defer { credentials.remove() }
        let path = temporaryZip()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try BundleWriter.write(
            to: path, kind: .evidence, fields: sampleFields, entries: sampleEntries, signer: try signer(credentials, "other"), time: signingTime)
        #expect(BundleVerifier.verify(path: path).failures == [.signerMismatch(signer: "ABC010101AB1", manifest: "TFX010101AB1")])
    }

    @Test("the writer refuses unsafe entry paths")
    func unsafeWrite() {
        for path in ["../evil", "/etc/passwd", "a/../../b", "C:/x", "a\\b", "", "MANIFEST"] {
            #expect(throws: BundleWriter.Failure.self) {
                try BundleWriter.write(to: temporaryZip(), kind: .evidence, fields: [], entries: [BundleEntry(path: path, bytes: [1])], signer: nil, time: 0)
            }
        }
    }
}
