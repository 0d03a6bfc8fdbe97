import Foundation
import Testing

@testable import IMMEXDomain
@testable import IMMEXEvidence
@testable import IMMEXPipeline
@testable import IMMEXSample

/// Signing, verifying and archiving through the `immex` binary, as a tax team does it.
@Suite("Evidence end to end through the immex executable", .serialized)
struct EvidenceEndToEndTests {
    /// A test e.firma for the hand-worked company (TFX010101AB1) and one for another RFC.
    static func credentials(in root: WorkingRoot) throws -> URL {
        let folder = root.path("efirma")
        for (name, rfc) in [("holder", "TFX010101AB1"), ("stranger", "ABC010101AB1")] {
            let run = try runProcess(
                URL(fileURLWithPath: "/bin/bash"),
                [
                    Package.root.appendingPathComponent("scripts/make-test-efirma.sh").path, folder.path, rfc, "secreto",
                    "20200101000000Z", "20401231235959Z", name, folder.path,
                ])
            try #require(run.status == 0, "make-test-efirma.sh failed: \(run.stderr)")
        }
        try Data("secreto\n".utf8).write(to: folder.appendingPathComponent("password"))
        return folder
    }

    func immex(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
        let binary = try #require(ExecutableTests.binary, "build the executable first: swift build --build-tests")
        return try runProcess(binary, arguments, environment: ["SOURCE_DATE_EPOCH": "1735689600"].merging(environment) { $1 })
    }

    @Test("file signs with --cert/--key/--password-file; verify names signer and retention; archive seals the acuse")
    func signVerifyArchive() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        let efirma = try Self.credentials(in: root)
        let signing = [
            "--cert", efirma.appendingPathComponent("holder.cer").path, "--key", efirma.appendingPathComponent("holder.key").path,
            "--password-file", efirma.appendingPathComponent("password").path,
        ]
        let filing = try immex(["file", "2024", "--root", root.url.path] + signing)
        #expect(filing.status == 0, "\(filing.stderr)")
        #expect(filing.stdout.contains("out/2024/immex-2024-evidence.zip"))

        let bundle = root.path("out/2024/immex-2024-evidence.zip").path
        let verified = try immex(["verify", bundle, "--ca-file", efirma.appendingPathComponent("test-ca.pem").path, "--lang", "en"])
        #expect(verified.status == 0, "\(verified.stdout)")
        #expect(verified.stdout.contains("signer RFC:       TFX010101AB1"))
        #expect(verified.stdout.contains("signed at:        2025-01-01T00:00:00Z"))
        #expect(verified.stdout.contains("keep until:       2030-05-30 (our anchor: five years from the filing; CFF art. 30 may ask longer)"))

        let acuse = root.path("acuse.pdf")
        try Data("%PDF-1.4 acuse de recibo".utf8).write(to: acuse)
        let archived = try immex(["archive", "2024", "--acknowledgement", acuse.path, "--filed-on", "2025-05-28", "--root", root.url.path] + signing)
        #expect(archived.status == 0, "\(archived.stderr)")
        // Both layers, the evidence bundle spooled as it streams, the chain checked in each.
        let archive = try immex([
            "verify", root.path("out/2024/immex-2024-archive.zip").path, "--ca-file", efirma.appendingPathComponent("test-ca.pem").path, "--lang", "en",
        ])
        #expect(archive.status == 0, "\(archive.stdout)")
        #expect(archive.stdout.contains("filed on:         2025-05-28"))
        #expect(archive.stdout.contains("immex-2024-evidence.zip: evidence bundle"))

        // Two runs, same bytes.
        let first = try Data(contentsOf: URL(fileURLWithPath: bundle))
        _ = try immex(["file", "2024", "--root", root.url.path] + signing)
        #expect(try Data(contentsOf: URL(fileURLWithPath: bundle)) == first)
    }

    @Test(
        "verify: without a CA it says the issuer was not checked and exits 6; with --ca-file or --ca-dir, VERIFIED; a bundle re-zipped with zip -r verifies; a missing bundle is an input error"
    )
    func verifyIssuerAndRezip() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        let efirma = try Self.credentials(in: root)
        let filing = try immex([
            "file", "2024", "--root", root.url.path, "--cert", efirma.appendingPathComponent("holder.cer").path,
            "--key", efirma.appendingPathComponent("holder.key").path, "--password-file", efirma.appendingPathComponent("password").path,
        ])
        #expect(filing.status == 0, "\(filing.stderr)")
        let bundle = root.path("out/2024/immex-2024-evidence.zip").path
        let bare = try immex(["verify", bundle])
        #expect(bare.status == 6)
        #expect(bare.stdout.contains("Resultado: FIRMA VÁLIDA, EMISOR NO REVISADO"))
        #expect(bare.stdout.contains("RFC del firmante: TFX010101AB1"))
        #expect(try immex(["verify", bundle, "--lang", "en"]).stdout.contains("Result: SIGNATURE VALID, ISSUER NOT CHECKED"))
        let anchors = root.path("anchors")
        try FileManager.default.createDirectory(at: anchors, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: efirma.appendingPathComponent("test-ca.pem"), to: anchors.appendingPathComponent("sat-root.pem"))
        let full = try immex(["verify", bundle, "--ca-dir", anchors.path])
        #expect(full.status == 0, "\(full.stdout)")
        #expect(full.stdout.contains("Resultado: VERIFICADO"))

        // Unzipped and zipped again with the stock tool, which adds an entry for each folder.
        let unpacked = root.path("unpacked")
        try FileManager.default.createDirectory(at: unpacked, withIntermediateDirectories: true)
        #expect(try runProcess(URL(fileURLWithPath: "/usr/bin/unzip"), ["-q", bundle, "-d", unpacked.path]).status == 0)
        let rezipped = root.path("rezipped.zip").path
        #expect(try runProcess(URL(fileURLWithPath: "/usr/bin/zip"), ["-q", "-r", rezipped, "."], workingDirectory: unpacked).status == 0)
        let again = try immex(["verify", rezipped, "--ca-file", efirma.appendingPathComponent("test-ca.pem").path])
        #expect(again.status == 0, "\(again.stdout)")

        // A CA that did not issue the e.firma: said in words, OpenSSL's reason kept in brackets.
        let other = root.path("other-ca")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        let made = try runProcess(
            URL(fileURLWithPath: "/usr/bin/openssl"),
            [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", other.appendingPathComponent("key.pem").path,
                "-out", other.appendingPathComponent("ca.pem").path, "-subj", "/CN=Otra autoridad", "-days", "3650",
            ])
        try #require(made.status == 0, "\(made.stderr)")
        let wrong = try immex(["verify", bundle, "--ca-file", other.appendingPathComponent("ca.pem").path])
        #expect(wrong.status == 3)
        // The verifier's reason in the year's language: Spanish by default, English when asked.
        #expect(wrong.stdout.contains("el certificado del firmante no se encadena a los certificados de CA dados"), "\(wrong.stdout)")
        let wrongInEnglish = try immex(["verify", bundle, "--ca-file", other.appendingPathComponent("ca.pem").path, "--lang", "en"])
        #expect(wrongInEnglish.status == 3)
        #expect(wrongInEnglish.stdout.contains("the signer's certificate does not chain to the CA certificates given"), "\(wrongInEnglish.stdout)")

        let missing = try immex(["verify", root.path("nowhere.zip").path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no existe"))
    }

    @Test("two file runs at once, one signed and one not: each exits 0 or 5 (the lock), and out/ holds one run's outputs whole, never a mix")
    func concurrentRuns() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        let efirma = try Self.credentials(in: root)
        let binary = try #require(ExecutableTests.binary)
        let signed = [
            "--cert", efirma.appendingPathComponent("holder.cer").path, "--key", efirma.appendingPathComponent("holder.key").path,
            "--password-file", efirma.appendingPathComponent("password").path,
        ]
        for round in 0..<4 {
            let processes = [signed, ["--unsigned"]].map { extra -> Process in
                let process = Process()
                process.executableURL = binary
                process.arguments = ["file", "2024", "--quiet", "--root", root.url.path] + extra
                process.environment = ProcessInfo.processInfo.environment.merging(["SOURCE_DATE_EPOCH": "1735689600"]) { $1 }
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                return process
            }
            for process in processes { try process.run() }
            for process in processes { process.waitUntilExit() }
            let statuses = processes.map(\.terminationStatus)
            #expect(statuses.allSatisfy { $0 == 0 || $0 == 5 }, "round \(round): \(statuses)")
            #expect(statuses.contains(0), "round \(round): \(statuses)")
            // The page in out/ is the one sealed in the bundle beside it.
            let page = try root.read("out/2024/summary.html")
            let sealed = try runProcess(
                URL(fileURLWithPath: "/usr/bin/unzip"), ["-p", root.path("out/2024/immex-2024-evidence.zip").path, "report/summary.html"])
            #expect(sealed.stdout == page, "round \(round): the page and the bundle come from different runs")
        }
    }

    @Test("archive counts business days with rules.toml's holidays, as check and file do, and says its retention anchor is ours")
    func archiveCalendar() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        let filing = try immex(["file", "2024", "--unsigned", "--root", root.url.path])
        #expect(filing.status == 0, "\(filing.stderr)")
        // 30 May 2025, the last Friday of May, made a non-working day: the deadline moves to the 29th.
        let rules = try root.read("fiscal-years/2024/rules.toml") + "[calendar]\nholidays = [\"2025-05-30\"]\n"
        try root.write("fiscal-years/2024/rules.toml", rules)
        let acuse = root.path("acuse.pdf")
        try Data("%PDF-1.4 acuse de recibo".utf8).write(to: acuse)
        let archived = try immex(["archive", "2024", "--unsigned", "--acknowledgement", acuse.path, "--filed-on", "2025-05-30", "--root", root.url.path])
        #expect(archived.status == 0, "\(archived.stderr)")
        let manifest = try runProcess(URL(fileURLWithPath: "/usr/bin/unzip"), ["-p", root.path("out/2024/immex-2024-archive.zip").path, "ARCHIVE-MANIFEST"])
        #expect(manifest.stdout.contains("filing-deadline: 2025-05-29"), "\(manifest.stdout)")
        #expect(manifest.stdout.contains("filed-late: yes"))
        #expect(manifest.stdout.contains("retention-until: 2030-05-30"))
        #expect(manifest.stdout.contains("our own anchor"))
    }

    @Test("a tampered bundle: verify exits 3 and names the entry")
    func tampered() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        let efirma = try Self.credentials(in: root)
        _ = try immex(
            [
                "file", "2024", "--root", root.url.path, "--cert", efirma.appendingPathComponent("holder.cer").path,
                "--key", efirma.appendingPathComponent("holder.key").path,
            ], environment: ["IMMEX_KEY_PASSWORD": "secreto"])
        let bundle = root.path("out/2024/immex-2024-evidence.zip")
        // Replace the report inside the bundle with zip's -u: a stock tool editing the archive.
        let staged = root.path("tamper/report")
        try FileManager.default.createDirectory(at: staged, withIntermediateDirectories: true)
        try Data("changed\n".utf8).write(to: staged.appendingPathComponent("summary.txt"))
        let zip = try runProcess(URL(fileURLWithPath: "/usr/bin/zip"), ["-q", bundle.path, "report/summary.txt"], workingDirectory: root.path("tamper"))
        try #require(zip.status == 0, "zip failed: \(zip.stderr)")
        let verified = try immex(["verify", bundle.path])
        #expect(verified.status == 3)
        #expect(verified.stdout.contains("la entrada 'report/summary.txt' cambió"), "\(verified.stdout)")
        #expect(try immex(["verify", bundle.path, "--lang", "en"]).stdout.contains("entry 'report/summary.txt' was changed"))
    }

    @Test("refusals write nothing: wrong password, another company's e.firma, no credential")
    func refusals() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        let efirma = try Self.credentials(in: root)
        func file(_ certificate: String, password: String) throws -> (status: Int32, stdout: String, stderr: String) {
            try immex(
                [
                    "file", "2024", "--root", root.url.path, "--cert", efirma.appendingPathComponent("\(certificate).cer").path,
                    "--key", efirma.appendingPathComponent("\(certificate).key").path,
                ], environment: ["IMMEX_KEY_PASSWORD": password])
        }
        let wrong = try file("holder", password: "nope")
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("error: no se puede firmar: la contraseña no abre la llave privada"), "\(wrong.stderr)")
        #expect(wrong.stderr.contains("No se escribió nada."))
        let stranger = try file("stranger", password: "secreto")
        #expect(stranger.status == 2)
        #expect(stranger.stderr.contains("el certificado es del RFC ABC010101AB1, no del RFC de la empresa TFX010101AB1"), "\(stranger.stderr)")
        let none = try immex(["file", "2024", "--root", root.url.path], environment: ["IMMEX_KEY_PASSWORD": "x"])
        #expect(none.status == 2)
        #expect(none.stderr.contains("no hay e.firma configurada"), "\(none.stderr)")
        let inEnglish = try immex(["file", "2024", "--root", root.url.path, "--lang", "en"], environment: ["IMMEX_KEY_PASSWORD": "x"])
        #expect(inEnglish.stderr.contains("error: cannot sign: no e.firma is configured") && inEnglish.stderr.contains("Nothing was written."))
        #expect(root.outFiles().isEmpty)
    }
}

@Suite("Large extracts are deflated on the other core, with the same bytes")
struct PrecompressionTests {
    @Test("a bundle with precompressed extracts verifies, and equals the one compressed at the end")
    func sameBytes() throws {
        func run(precompress: Bool) throws -> (bundle: Data, root: WorkingRoot) {
            let root = try WorkingRoot(fixture: "handworked")
            try SampleYearGenerator(year: FiscalYear(2024), invoices: 9_000, pedimentos: 900).write(to: root.path("fiscal-years/2024"))
            try FileManager.default.removeItem(at: root.path("fiscal-years/2024/datastage"))
            var request = FilingRequest(root: root.url, year: FiscalYear(2024), generatedAt: fixedTime)
            request.precompress = precompress
            _ = try FilingRun.run(request)
            return (try Data(contentsOf: root.path("out/2024/immex-2024-evidence.zip")), root)
        }
        let (fast, fastRoot) = try run(precompress: true)
        let (plain, plainRoot) = try run(precompress: false)
        defer {
            fastRoot.remove()
            plainRoot.remove()
        }
        let size = try FileManager.default.attributesOfItem(atPath: fastRoot.path("fiscal-years/2024/sales.csv").path)[.size] as? Int ?? 0
        try #require(size >= Precompression.threshold, "the test year must be large enough to be precompressed")
        #expect(fast == plain)
        #expect(BundleVerifier.verify(path: fastRoot.path("out/2024/immex-2024-evidence.zip").path).failures == [.unsigned])
        // No scratch archive is left behind, neither the one deflated ahead nor those deflated at
        // the end (one per large file, on both cores: the run without precompression has several).
        #expect(!fastRoot.outFiles().contains { $0.contains(".scratch-") || $0.contains(".deflating") })
        #expect(!plainRoot.outFiles().contains { $0.contains(".scratch-") || $0.contains(".deflating") })
    }
}

@Suite("The password prompt")
struct PasswordPromptTests {
    @Test("on a terminal, the key's password is asked for without echo, and opens the key")
    func prompt() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        let efirma = try EvidenceEndToEndTests.credentials(in: root)
        let binary = try #require(ExecutableTests.binary)
        let command = [
            binary.path, "file", "2024", "--root", root.url.path,
            "--cert", efirma.appendingPathComponent("holder.cer").path, "--key", efirma.appendingPathComponent("holder.key").path,
        ]
        .map { "'\($0)'" }.joined(separator: " ")
        // util-linux `script` gives the command a terminal and types what it reads from its own input.
        let shell = "sleep 1; printf 'secreto\\n'"
        let run = try runProcess(
            URL(fileURLWithPath: "/bin/sh"),
            ["-c", "(\(shell)) | env -u IMMEX_KEY_PASSWORD /usr/bin/script -qec \"\(command.replacingOccurrences(of: "\"", with: "\\\""))\" /dev/null"])
        #expect(run.stdout.contains("Contraseña de la llave de la e.firma:"))
        #expect(!run.stdout.contains("secreto"), "the password was echoed")
        #expect(run.stdout.contains("Dictamen: CUMPLE"))
        #expect(FileManager.default.fileExists(atPath: root.path("out/2024/immex-2024-evidence.zip").path))
        #expect(BundleVerifier.verify(path: root.path("out/2024/immex-2024-evidence.zip").path).passes)
    }
}
