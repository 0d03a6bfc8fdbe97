import Foundation
import Testing

@testable import CryptoSupport

@Suite("Opening credentials in the other accepted forms")
struct SigningIdentityTests {
    /// A PEM certificate and unencrypted PEM key made by the stock openssl command.
    func pemPair(encryptWith password: String? = nil) throws -> (certificate: [UInt8], key: [UInt8]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("immex-pem-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var arguments = [
            "req", "-x509", "-newkey", "rsa:2048", "-sha256", "-days", "30",
            "-subj", "/CN=PEM TEST/x500UniqueIdentifier=PEM010101AB1 \\/ XAXX010101000",
            "-keyout", folder.appendingPathComponent("key.pem").path, "-out", folder.appendingPathComponent("cert.pem").path,
        ]
        arguments += password.map { ["-passout", "pass:\($0)"] } ?? ["-nodes"]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "openssl req failed; `make test` installs openssl")
        return (
            [UInt8](try Data(contentsOf: folder.appendingPathComponent("cert.pem"))),
            [UInt8](try Data(contentsOf: folder.appendingPathComponent("key.pem")))
        )
    }

    @Test("a PEM certificate with an unencrypted PEM key signs, and the signature verifies")
    func unencryptedPEM() throws {
        let (certificate, key) = try pemPair()
        let identity = try SigningIdentity(certificate: certificate, key: key, password: [])
        #expect(identity.info.holderRFC == "PEM010101AB1")
        let content = Array("MANIFEST\n".utf8)
        let signature = try identity.signDetached(content, signingTime: 1_767_225_600)
        let check = SignatureVerifier.verify(signature: signature, content: content)
        #expect(check.valid)
        #expect(check.signingTime == 1_767_225_600)
        #expect(!SignatureVerifier.verify(signature: signature, content: Array("MANIFEST!\n".utf8)).valid)
    }

    @Test("an encrypted PEM key opens with its password and refuses a wrong one")
    func encryptedPEM() throws {
        let (certificate, key) = try pemPair(encryptWith: "clave")
        _ = try SigningIdentity(certificate: certificate, key: key, password: Array("clave".utf8))
        #expect(throws: SigningError.wrongPassword) { try SigningIdentity(certificate: certificate, key: key, password: Array("otra".utf8)) }
    }

    @Test("files that are not credentials are refused")
    func garbage() {
        #expect(throws: SigningError.self) { try SigningIdentity(certificate: Array("nope".utf8), key: [], password: []) }
    }
}
