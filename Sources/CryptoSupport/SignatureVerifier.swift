import COpenSSL

/// What checking a detached CMS signature found.
public struct SignatureCheck: Sendable, Hashable {
    /// The signature is intact over the content (and, with a trust anchor, chains to it).
    public var valid: Bool
    /// OpenSSL's reasons when it is not.
    public var problems: [String]
    public var signer: CertificateInfo?
    /// The signed `signingTime` attribute, seconds since 1970 (UTC).
    public var signingTime: Int64?
}

/// Verifies detached CMS signatures such as `MANIFEST.p7s`.
public enum SignatureVerifier {
    /// - Parameters:
    ///   - trustAnchors: certificates (DER or PEM) the signer must chain to; without them the
    ///     signature's integrity is checked but not who issued the signer's certificate.
    public static func verify(signature: [UInt8], content: [UInt8], trustAnchors: [[UInt8]] = []) -> SignatureCheck {
        ERR_clear_error()
        guard let bio = try? MemoryBIO(signature), let cms = bio.withBIO({ d2i_CMS_bio($0, nil) }) else {
            return SignatureCheck(
                valid: false, problems: ["the signature is not a DER CMS structure: \(OpenSSLError.drain("d2i_CMS_bio"))"], signer: nil, signingTime: nil)
        }
        defer { CMS_ContentInfo_free(cms) }
        let (signer, signingTime) = signerDetails(cms)

        guard let store = X509_STORE_new() else {
            return SignatureCheck(valid: false, problems: ["\(OpenSSLError.drain("X509_STORE_new"))"], signer: signer, signingTime: signingTime)
        }
        defer { X509_STORE_free(store) }
        var flags = UInt32(CMS_BINARY)
        if trustAnchors.isEmpty {
            flags |= UInt32(CMS_NO_SIGNER_CERT_VERIFY)
        } else {
            for anchor in trustAnchors {
                guard let certificate = try? OwnedCertificate.parse(anchor) else {
                    return SignatureCheck(valid: false, problems: ["a trust anchor cannot be read"], signer: signer, signingTime: signingTime)
                }
                X509_STORE_add_cert(store, certificate.pointer)
            }
            // Check the chain at the signing time, as an auditor years later must.
            if let signingTime, let parameters = X509_STORE_get0_param(store) {
                X509_VERIFY_PARAM_set_time(parameters, time_t(signingTime))
            }
        }
        guard let data = try? MemoryBIO(content) else {
            return SignatureCheck(valid: false, problems: ["out of memory"], signer: signer, signingTime: signingTime)
        }
        let valid = data.withBIO { CMS_verify(cms, nil, store, $0, nil, flags) } == 1
        let problems = valid ? [] : OpenSSLError.drain("CMS_verify").messages
        return SignatureCheck(
            valid: valid, problems: valid ? [] : (problems.isEmpty ? ["the signature does not match"] : problems),
            signer: signer, signingTime: signingTime)
    }

    /// The first signer's certificate (from those the structure carries) and signing time.
    private static func signerDetails(_ cms: OpaquePointer) -> (CertificateInfo?, Int64?) {
        guard let infos = CMS_get0_SignerInfos(cms), OPENSSL_sk_num(infos) > 0,
            let first = OPENSSL_sk_value(infos, 0)
        else { return (nil, nil) }
        let signerInfo = OpaquePointer(first)
        var time: Int64?
        let index = CMS_signed_get_attr_by_NID(signerInfo, NID_pkcs9_signingTime, -1)
        if index >= 0, let attribute = CMS_signed_get_attr(signerInfo, index), let type = X509_ATTRIBUTE_get0_type(attribute, 0) {
            if type.pointee.type == V_ASN1_UTCTIME || type.pointee.type == V_ASN1_GENERALIZEDTIME {
                time = OwnedCertificate.seconds(UnsafePointer(type.pointee.value.utctime))
            }
        }
        var signer: CertificateInfo?
        if let certificates = CMS_get1_certs(cms) {
            let stack = certificates
            for position in 0..<OPENSSL_sk_num(stack) {
                guard let raw = OPENSSL_sk_value(stack, position) else { continue }
                let certificate = OpaquePointer(raw)
                if CMS_SignerInfo_cert_cmp(signerInfo, certificate) == 0 {
                    X509_up_ref(certificate)
                    signer = OwnedCertificate(certificate).info
                    break
                }
            }
            OPENSSL_sk_pop_free(stack, { X509_free(OpaquePointer($0)) })
        }
        return (signer, time)
    }
}
