import CryptoSupport
import Foundation
import Testing

@testable import IMMEXDomain
@testable import IMMEXEvidence

@Suite("The e.firma is refused with a clear reason", .serialized)
struct CredentialTests {
    func open(
        _ credentials: Credentials, certificate: String = "good", key: String = "good", password: String = Credentials.password,
        rfc: String = "TFX010101AB1", at time: Int64 = signingTime
    ) throws(SigningRefusal) -> CheckedSigner {
        try CheckedSigner.open(
            CredentialRequest(certificate: credentials.certificate(certificate), key: credentials.key(key), password: Array(password.utf8)),
            company: RFC(rfc)!, signingTime: time)
    }

    @Test("a good credential opens; the SAT's RFC is read from x500UniqueIdentifier")
    func good() throws {
        let credentials = try Credentials()
        defer { credentials.remove() }
        let signer = try open(credentials)
        #expect(signer.identity.info.uniqueIdentifier == "TFX010101AB1 / XAXX010101000")
        #expect(signer.identity.info.holderRFC == "TFX010101AB1")
        #expect(signer.identity.info.serialText == "30001000000500000001")
    }

    @Test("each refusal, with a message that says what to do")
    func refusals() throws {
        let credentials = try Credentials()
        defer { credentials.remove() }
        #expect(throws: SigningRefusal.credential(.wrongPassword)) { try open(credentials, password: "wrong") }
        #expect(throws: SigningRefusal.credential(.keyDoesNotMatchCertificate)) { try open(credentials, key: "other") }
        let expired = #expect(throws: SigningRefusal.self) { try open(credentials, certificate: "expired", key: "expired") }
        #expect(expired?.description.contains("not on the signing date 2026-01-01T00:00:00Z") == true)
        #expect(throws: SigningRefusal.rfcMismatch(certificate: "ABC010101AB1", company: "TFX010101AB1")) {
            try open(credentials, certificate: "other", key: "other")
        }
        let missing = #expect(throws: SigningRefusal.self) { try open(credentials, certificate: "absent") }
        #expect(missing?.description.contains("cannot be read") == true)
        #expect(SigningRefusal.credential(.wrongPassword).description.contains("IMMEX_KEY_PASSWORD"))
    }
}
