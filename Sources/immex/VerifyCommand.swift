import ArgumentParser
import Foundation
import IMMEXDomain
import IMMEXEvidence
import IMMEXReport

/// `immex verify <bundle.zip>`: checks an evidence bundle or a filing archive.
struct VerifyCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "verify",
            abstract: helpText("Check an evidence bundle or filing archive: every digest, the manifest, the signature."),
            discussion: helpText(
                """
                Streams every entry (nothing is extracted to disk), recomputes its SHA-256, checks that \
                the manifest lists exactly the entries present, verifies the CMS signature over the \
                manifest, and that the signer's RFC is the manifest's. An archive made by `immex archive` \
                is checked in both layers. Exit 0 when everything holds and the signer's certificate \
                chains to a CA given; 3 when anything fails, naming each failure; 6 when everything holds \
                but no CA was given (--ca-file, --ca-dir), so who issued the signer's certificate was not \
                checked: a self-made certificate with the company's RFC would read the same. Point \
                --ca-dir at the SAT's root and intermediate certificates (DER .cer or PEM) as published.
                """)
        )
    }

    @Argument(help: helpText("The bundle (immex-<year>-evidence.zip or immex-<year>-archive.zip).", valueName: "bundle.zip"))
    var bundle: String

    @Option(help: helpText("A CA certificate (PEM or DER) the signer must chain to; repeat for several.", valueName: "file"))
    var caFile: [String] = []

    @Option(help: helpText("A folder of CA certificates (.cer, .crt, .der, .pem), such as the SAT's roots and intermediates.", valueName: "dir"))
    var caDir: String?

    @Option(help: ArgumentHelp(helpText("The language of what is printed: es or en (default: es).")))
    var lang: SummaryLanguage = .es

    func run() throws {
        func say(_ phrase: Phrase) -> String { MessageCatalogue.say(phrase, in: lang) }
        guard FileManager.default.fileExists(atPath: bundle) else {
            printError(say("error: \(bundle) does not exist; give the path of an evidence bundle or filing archive") + "\n")
            throw ExitStatus.inputErrors
        }
        var files = caFile
        if let caDir {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: caDir) else {
                printError(say("error: the CA folder \(caDir) cannot be read") + "\n")
                throw ExitStatus.inputErrors
            }
            let certificates = names.filter { [".cer", ".crt", ".der", ".pem"].contains(where: $0.lowercased().hasSuffix) }.sorted()
            guard !certificates.isEmpty else {
                printError(say("error: the CA folder \(caDir) holds no certificate (.cer, .crt, .der, .pem)") + "\n")
                throw ExitStatus.inputErrors
            }
            files += certificates.map { URL(fileURLWithPath: caDir).appendingPathComponent($0).path }
        }
        var anchors: [[UInt8]] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                printError(say("error: the CA file \(file) cannot be read") + "\n")
                throw ExitStatus.inputErrors
            }
            anchors.append([UInt8](data))
        }
        let verification = BundleVerifier.verify(path: bundle, trustAnchors: anchors)
        print(VerificationText.render(verification, path: bundle, say: say), terminator: "")
        if !verification.passes { throw ExitStatus.verificationFailed }
        if !verification.issuerChecked { throw ExitStatus.issuerNotChecked }
    }
}
