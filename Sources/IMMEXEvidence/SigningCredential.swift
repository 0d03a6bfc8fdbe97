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
    case unreadableFile(String)
    case credential(SigningError)
    case notValidOnSigningDate(notBefore: String, notAfter: String, signingDate: String)
    case rfcMismatch(certificate: String?, company: String)

    public var description: String {
        switch self {
        case .unreadableFile(let message):
            message
        case .credential(.wrongPassword):
            "the password does not open the private key; check IMMEX_KEY_PASSWORD or the --password-file"
        case .credential(.keyDoesNotMatchCertificate):
            "the private key (.key) does not belong to the certificate (.cer); use the pair the SAT issued together"
        case .credential(let error):
            "\(error)"
        case .notValidOnSigningDate(let notBefore, let notAfter, let signingDate):
            "the certificate is valid from \(notBefore) to \(notAfter), not on the signing date \(signingDate); renew the e.firma or sign with the current one"
        case .rfcMismatch(let certificate, let company):
            "the certificate belongs to RFC \(certificate ?? "(none stated)"), not to the company's RFC \(company); sign with the company's own e.firma"
        }
    }
}

/// An e.firma that passed every check for one signing: it opens, the key matches, it is valid on
/// the signing date, and it belongs to the company.
public struct CheckedSigner {
    public let identity: SigningIdentity

    public static func open(_ request: CredentialRequest, company: RFC, signingTime: Int64) throws(SigningRefusal) -> CheckedSigner {
        func read(_ url: URL, _ what: String) throws(SigningRefusal) -> [UInt8] {
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw .unreadableFile(
                    "the \(what) \(url.path) cannot be read; check the path in company.toml [signing] or --\(what == "certificate" ? "cert" : "key")")
            }
            return [UInt8](data)
        }
        let identity: SigningIdentity
        do {
            identity = try SigningIdentity(certificate: read(request.certificate, "certificate"), key: read(request.key, "key"), password: request.password)
        } catch let refusal as SigningRefusal {
            throw refusal
        } catch let error as SigningError {
            throw .credential(error)
        } catch {
            throw .unreadableFile("\(error)")
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
