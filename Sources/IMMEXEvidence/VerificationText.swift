import CryptoSupport
import IMMEXDomain

/// What `immex verify` prints: what the bundle is, who signed it and when, until when it must be
/// kept, and every failure by name.
public enum VerificationText {
    /// - Parameter say: says each sentence in the caller's language (`MessageCatalogue`); English
    ///   by default.
    public static func render(_ verification: BundleVerification, path: String, say: (Phrase) -> String = { $0.description }) -> String {
        var lines: [String] = []
        describe(verification, name: path, indent: "", into: &lines, say: say)
        lines.append("")
        let failures = allFailures(verification, say: say)
        if failures.isEmpty, !verification.issuerChecked {
            lines.append(say("Result: SIGNATURE VALID, ISSUER NOT CHECKED — every entry matches its manifest and every signature holds,"))
            lines.append(say("but no --ca-file was given, so nothing says who issued the signer's certificate: a self-made certificate"))
            lines.append(say("with the company's RFC would read the same. Pass the SAT's certificates (--ca-file, --ca-dir) for a full verification."))
        } else if failures.isEmpty {
            lines.append(
                say("Result: VERIFIED — every entry matches its manifest, every signature holds, and the signer's certificate chains to the CA given."))
        } else {
            lines.append(failures.count == 1 ? say("Result: FAILED — 1 problem:") : say("Result: FAILED — \(failures.count) problems:"))
            lines += failures.map { "  - \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func allFailures(_ verification: BundleVerification, say: (Phrase) -> String) -> [String] {
        verification.failures.map { say($0.phrase) }
            + verification.inner.flatMap { inner in allFailures(inner, say: say).map { say("inside the evidence bundle: \($0)") } }
    }

    private static func describe(_ verification: BundleVerification, name: String, indent: String, into lines: inout [String], say: (Phrase) -> String) {
        guard let manifest = verification.manifest else {
            lines.append(indent + say("\(name): no readable manifest"))
            return
        }
        let what = manifest.kind == .archive ? say("filing archive") : say("evidence bundle")
        lines.append(indent + say("\(name): \(what), fiscal year \(manifest["fiscal-year"] ?? "?"), RFC \(manifest["company-rfc"] ?? "?")"))
        lines.append(indent + say("  entries:          \(manifest.entries.count) listed"))
        if let filed = manifest["filed-on"] { lines.append(indent + say("  filed on:         \(filed)")) }
        if let generated = manifest["generated-at"] { lines.append(indent + say("  generated at:     \(generated) by \(manifest["generator"] ?? "?")")) }
        if let check = verification.signature, let signer = check.signer {
            lines.append(indent + (check.valid ? say("  signature:        valid") : say("  signature:        INVALID")))
            lines.append(indent + say("  signer:           \(signer.commonName)"))
            lines.append(indent + say("  signer RFC:       \(signer.holderRFC.map(Phrase.init(verbatim:)) ?? "(none)")"))
            let number = signer.serialText.map { "\($0) (hex \(signer.serialHex))" } ?? signer.serialHex
            lines.append(indent + say("  certificate:      \(number)"))
            lines.append(indent + say("  valid:            \(UTCTime.iso8601(signer.notBefore)) to \(UTCTime.iso8601(signer.notAfter))"))
            if let time = check.signingTime { lines.append(indent + say("  signed at:        \(UTCTime.iso8601(time))")) }
        } else if !manifest.isSigned {
            lines.append(indent + say("  signature:        none (unsigned rehearsal)"))
        }
        if let retention = manifest["retention-until"] {
            lines.append(indent + say("  keep until:       \(retention) (our anchor: five years from the filing; CFF art. 30 may ask longer)"))
        }
        for (index, inner) in verification.inner.enumerated() {
            let innerName = manifest.entries.filter { $0.path.hasSuffix(".zip") }.map(\.path)[safe: index] ?? say("evidence bundle")
            describe(inner, name: innerName, indent: indent + "  ", into: &lines, say: say)
        }
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
