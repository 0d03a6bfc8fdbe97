import CryptoSupport
import Foundation
import IMMEXDomain

/// Where an e.firma is and how to open it.
public struct CredentialRequest: Sendable {
    /// The certificate (`.cer`) and private key (`.key`).
    public var certificate: URL
    public var key: URL
    public var password: [UInt8]

    public init(certificate: URL, key: URL, password: [UInt8]) {
        self.certificate = certificate
        self.key = key
        self.password = password
    }
}

/// Why the run refuses to sign. Nothing is written in any of these cases.
public enum SigningRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    case unreadableFile(Phrase)
    case credential(SigningError)
    case notValidOnSigningDate(notBefore: String, notAfter: String, signingDate: String)
    case rfcMismatch(certificate: String?, company: String)

    public var description: String { phrase.description }

    /// Why, as a sentence the catalogue can say in the reader's language.
    public var phrase: Phrase {
        switch self {
        case .unreadableFile(let message):
            message
        case .credential(.wrongPassword):
            "the password does not open the private key; check IMMEX_KEY_PASSWORD or the --password-file"
        case .credential(.keyDoesNotMatchCertificate):
            "the private key (.key) does not belong to the certificate (.cer); use the pair the SAT issued together"
        case .credential(.unreadableCertificate(let error)):
            "the certificate cannot be read: \(error)"
        case .credential(.unreadableKey(let error)):
            "the private key cannot be read: \(error)"
        case .credential(.signingFailed(let error)):
            "signing failed: \(error)"
        case .notValidOnSigningDate(let notBefore, let notAfter, let signingDate):
            "the certificate is valid from \(notBefore) to \(notAfter), not on the signing date \(signingDate); renew the e.firma or sign with the current one"
        case .rfcMismatch(let certificate, let company):
            "the certificate belongs to RFC \(certificate.map(Phrase.init(verbatim:)) ?? "(none stated)"), not to the company's RFC \(company); sign with the company's own e.firma"
        }
    }
}

/// An e.firma that passed every check for one signing: it opens, the key matches, it is valid on
/// the signing date, and it belongs to the company.
public struct CheckedSigner {
    public let identity: SigningIdentity

    public static func open(_ request: CredentialRequest, company: RFC, signingTime: Int64) throws(SigningRefusal) -> CheckedSigner {
        func read(_ url: URL, unreadable: Phrase) throws(SigningRefusal) -> [UInt8] {
            guard let data = FileManager.default.contents(atPath: url.path) else { throw .unreadableFile(unreadable) }
            return [UInt8](data)
        }
        let identity: SigningIdentity
        do {
            identity = try SigningIdentity(
                certificate: read(
                    request.certificate,
                    unreadable: "the certificate \(request.certificate.path) cannot be read; check the path in company.toml [signing] or --cert"),
                key: read(request.key, unreadable: "the private key \(request.key.path) cannot be read; check the path in company.toml [signing] or --key"),
                password: request.password)
        } catch let refusal as SigningRefusal {
            throw refusal
        } catch let error as SigningError {
            throw .credential(error)
        } catch {
            throw .unreadableFile(Phrase(verbatim: "\(error)"))
        }
        let info = identity.info
        guard info.isValid(at: signingTime) else {
            throw .notValidOnSigningDate(
                notBefore: UTCTime.iso8601(info.notBefore), notAfter: UTCTime.iso8601(info.notAfter), signingDate: UTCTime.iso8601(signingTime))
        }
        guard info.holderRFC == company.value else { throw .rfcMismatch(certificate: info.holderRFC, company: company.value) }
        return CheckedSigner(identity: identity)
    }
}
