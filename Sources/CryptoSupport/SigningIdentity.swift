import COpenSSL

/// Why a certificate and private key cannot sign.
public enum SigningError: Error, Sendable, Hashable, CustomStringConvertible {
    case unreadableCertificate(OpenSSLError)
    case unreadableKey(OpenSSLError)
    /// The key is encrypted and the password does not open it.
    case wrongPassword
    /// The private key is not the one of the certificate.
    case keyDoesNotMatchCertificate
    case signingFailed(OpenSSLError)

    public var description: String {
        switch self {
        case .unreadableCertificate(let error): "the certificate cannot be read: \(error)"
        case .unreadableKey(let error): "the private key cannot be read: \(error)"
        case .wrongPassword: "the password does not open the private key"
        case .keyDoesNotMatchCertificate: "the private key does not belong to the certificate"
        case .signingFailed(let error): "signing failed: \(error)"
        }
    }
}

/// An e.firma: a certificate and its private key, opened in memory. The key never leaves this
/// object; it is freed with it.
public final class SigningIdentity {
    private let certificate: OwnedCertificate
    private let key: OpaquePointer
    public let info: CertificateInfo

    /// Opens a SAT-style credential: the `.cer` (DER or PEM) and the `.key` (DER PKCS#8 encrypted
    /// with `password`, as the SAT issues it; an unencrypted or encrypted PEM key is accepted too).
    public init(certificate: [UInt8], key: [UInt8], password: [UInt8]) throws(SigningError) {
        ERR_clear_error()
        do {
            self.certificate = try OwnedCertificate.parse(certificate)
        } catch {
            throw .unreadableCertificate(error)
        }
        self.key = try Self.openKey(key, password: password)
        info = self.certificate.info
        // Every property is set: if this throws, deinit runs and frees the key (its only owner).
        guard X509_check_private_key(self.certificate.pointer, self.key) == 1 else {
            ERR_clear_error()
            throw .keyDoesNotMatchCertificate
        }
    }

    deinit { EVP_PKEY_free(key) }

    private static func openKey(_ bytes: [UInt8], password: [UInt8]) throws(SigningError) -> OpaquePointer {
        let passwordText = password.map { CChar(bitPattern: $0) } + [0]
        // An encrypted PKCS#8 structure in DER: a wrong password is told apart from a wrong file.
        if let bio = try? MemoryBIO(bytes), let encrypted = bio.withBIO({ d2i_PKCS8_bio($0, nil) }) {
            defer { X509_SIG_free(encrypted) }
            guard let info = PKCS8_decrypt(encrypted, passwordText, Int32(password.count)) else {
                ERR_clear_error()
                throw .wrongPassword
            }
            defer { PKCS8_PRIV_KEY_INFO_free(info) }
            guard let key = EVP_PKCS82PKEY(info) else { throw .unreadableKey(.drain("EVP_PKCS82PKEY")) }
            return key
        }
        ERR_clear_error()
        // PEM (encrypted or not), then unencrypted DER.
        if let bio = try? MemoryBIO(bytes) {
            let key = passwordText.withUnsafeBufferPointer { buffer in
                bio.withBIO { PEM_read_bio_PrivateKey($0, nil, nil, UnsafeMutableRawPointer(mutating: buffer.baseAddress)) }
            }
            if let key { return key }
            // OpenSSL 3 reports a wrong PEM password as a decoder failure; the PEM header says
            // whether the key was encrypted at all.
            let text = String(decoding: bytes.prefix(4096), as: UTF8.self)
            if text.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") || text.contains("Proc-Type: 4,ENCRYPTED") {
                ERR_clear_error()
                throw .wrongPassword
            }
        }
        ERR_clear_error()
        if let bio = try? MemoryBIO(bytes), let key = bio.withBIO({ d2i_PrivateKey_bio($0, nil) }) { return key }
        throw .unreadableKey(.drain("d2i_PKCS8_bio/PEM_read_bio_PrivateKey/d2i_PrivateKey_bio"))
    }

    /// A detached CMS SignedData (DER) over `content`: SHA-256, the signer certificate included,
    /// and the signing time given, not the clock's, so that the same inputs give the same bytes.
    public func signDetached(_ content: [UInt8], signingTime: Int64) throws(SigningError) -> [UInt8] {
        let flags = UInt32(CMS_DETACHED | CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP)
        do {
            guard let cms = CMS_sign(nil, nil, nil, nil, flags) else { throw OpenSSLError.drain("CMS_sign") }
            defer { CMS_ContentInfo_free(cms) }
            guard let signer = CMS_add1_signer(cms, certificate.pointer, key, EVP_sha256(), flags) else {
                throw OpenSSLError.drain("CMS_add1_signer")
            }
            guard let time = ASN1_TIME_set(nil, time_t(signingTime)) else { throw OpenSSLError.drain("ASN1_TIME_set") }
            defer { ASN1_TIME_free(time) }
            guard CMS_signed_add1_attr_by_NID(signer, NID_pkcs9_signingTime, ASN1_STRING_type(time), time, -1) == 1 else {
                throw OpenSSLError.drain("CMS_signed_add1_attr_by_NID(signingTime)")
            }
            let data = try MemoryBIO(content)
            guard data.withBIO({ CMS_final(cms, $0, nil, flags) }) == 1 else { throw OpenSSLError.drain("CMS_final") }
            let output = try MemoryBIO()
            guard output.withBIO({ i2d_CMS_bio($0, cms) }) == 1 else { throw OpenSSLError.drain("i2d_CMS_bio") }
            return output.written
        } catch let error as OpenSSLError {
            throw .signingFailed(error)
        } catch {
            throw .signingFailed(OpenSSLError(function: "CMS", messages: ["\(error)"]))
        }
    }
}
