import ArgumentParser
import Foundation
import IMMEXEvidence

/// `immex verify <bundle.zip>`: checks an evidence bundle or a filing archive.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check an evidence bundle or filing archive: every digest, the manifest, the signature.",
        discussion: """
            Streams every entry (nothing is extracted to disk), recomputes its SHA-256, checks that \
            the manifest lists exactly the entries present, verifies the CMS signature over the \
            manifest, and that the signer's RFC is the manifest's. An archive made by `immex archive` \
            is checked in both layers. Exit 0 when everything holds, 3 otherwise, naming each failure.
            Without --ca-file the signature's integrity and signer are checked, not who issued the \
            signer's certificate; with the SAT's (or a test) CA certificate, the chain is checked too.
            """
    )

    @Argument(help: ArgumentHelp("The bundle (immex-<year>-evidence.zip or immex-<year>-archive.zip).", valueName: "bundle.zip"))
    var bundle: String

    @Option(help: ArgumentHelp("A CA certificate (PEM or DER) the signer must chain to.", valueName: "file"))
    var caFile: String?

    func run() throws {
        var anchors: [[UInt8]] = []
        if let caFile {
            guard let data = FileManager.default.contents(atPath: caFile) else {
                printError("error: the CA file \(caFile) cannot be read\n")
                throw ExitStatus.inputErrors
            }
            anchors.append([UInt8](data))
        }
        let verification = BundleVerifier.verify(path: bundle, trustAnchors: anchors)
        print(VerificationText.render(verification, path: bundle), terminator: "")
        if !verification.passes { throw ExitStatus.verificationFailed }
    }
}
