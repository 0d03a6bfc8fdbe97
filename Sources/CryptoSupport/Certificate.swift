import COpenSSL

/// What a certificate says about its holder, read once and kept as plain values.
public struct CertificateInfo: Sendable, Hashable {
    /// The subject's common name (for the SAT: the holder's name).
    public var commonName: String
    /// The subject's `x500UniqueIdentifier` (OID 2.5.4.45), where the SAT writes the holder's RFC,
    /// `COMPANYRFC / REPRESENTATIVERFC` for a company.
    public var uniqueIdentifier: String?
    /// The serial number in hexadecimal.
    public var serialHex: String
    /// The serial's bytes read as text where they are printable: the SAT's "número de certificado".
    public var serialText: String?
    /// Validity, seconds since 1970 (UTC).
    public var notBefore: Int64
    public var notAfter: Int64
    public var der: [UInt8]

    /// The holder's RFC: the part of the unique identifier before " / ".
    public var holderRFC: String? {
        guard let identifier = uniqueIdentifier else { return nil }
        let first = identifier.split(separator: "/", maxSplits: 1).first.map(String.init) ?? identifier
        let trimmed = first.filter { $0 != " " }
        return trimmed.isEmpty ? nil : trimmed
    }

    public func isValid(at seconds: Int64) -> Bool { notBefore <= seconds && seconds <= notAfter }
}

// MARK: - Reading X.509

/// An owned OpenSSL memory BIO over a copy of `bytes`. The BIO is reached only inside
/// `withBIO`, which keeps its owner (and the bytes) alive for the call.
final class MemoryBIO {
    private let pointer: OpaquePointer
    private let storage: UnsafeMutableRawPointer

    init(_ bytes: [UInt8]) throws(OpenSSLError) {
        let copy = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
        bytes.withUnsafeBytes { if !bytes.isEmpty { copy.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) } }
        guard let bio = BIO_new_mem_buf(copy, Int32(bytes.count)) else {
            copy.deallocate()
            throw .drain("BIO_new_mem_buf")
        }
        storage = copy
        pointer = bio
    }

    /// A fresh, writable memory BIO.
    init() throws(OpenSSLError) {
        storage = UnsafeMutableRawPointer.allocate(byteCount: 1, alignment: 1)
        guard let bio = BIO_new(BIO_s_mem()) else {
            storage.deallocate()
            throw .drain("BIO_new")
        }
        pointer = bio
    }

    deinit {
        BIO_free(pointer)
        storage.deallocate()
    }

    func withBIO<Result>(_ body: (OpaquePointer) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(self) { try body(pointer) }
    }

    /// What was written into a writable BIO.
    var written: [UInt8] {
        var data: UnsafeMutablePointer<CChar>?
        return withBIO { bio in
            let length = BIO_ctrl(bio, BIO_CTRL_INFO, 0, &data)
            guard length > 0, let data else { return [] }
            return data.withMemoryRebound(to: UInt8.self, capacity: length) { Array(UnsafeBufferPointer(start: $0, count: length)) }
        }
    }
}

/// An owned X509.
final class OwnedCertificate {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { X509_free(pointer) }

    /// DER (as the SAT issues `.cer` files) or PEM.
    static func parse(_ bytes: [UInt8]) throws(OpenSSLError) -> OwnedCertificate {
        if let certificate = try MemoryBIO(bytes).withBIO({ d2i_X509_bio($0, nil) }) { return OwnedCertificate(certificate) }
        ERR_clear_error()
        if let certificate = try MemoryBIO(bytes).withBIO({ PEM_read_bio_X509($0, nil, nil, nil) }) { return OwnedCertificate(certificate) }
        throw .drain("d2i_X509_bio/PEM_read_bio_X509")
    }

    var info: CertificateInfo {
        let subject = X509_get_subject_name(pointer)
        return CertificateInfo(
            commonName: Self.entry(subject, NID_commonName) ?? "",
            uniqueIdentifier: Self.entry(subject, NID_x500UniqueIdentifier),
            serialHex: Self.hex(serialBytes), serialText: Self.printable(serialBytes),
            notBefore: Self.seconds(X509_get0_notBefore(pointer)), notAfter: Self.seconds(X509_get0_notAfter(pointer)),
            der: der)
    }

    var der: [UInt8] {
        var output: UnsafeMutablePointer<UInt8>?
        let length = i2d_X509(pointer, &output)
        guard length > 0, let output else { return [] }
        defer { CRYPTO_free(output, #fileID, #line) }
        return Array(UnsafeBufferPointer(start: output, count: Int(length)))
    }

    private var serialBytes: [UInt8] {
        guard let serial = X509_get_serialNumber(pointer) else { return [] }
        return Self.bytes(of: serial)
    }

    static func bytes(of string: UnsafePointer<ASN1_STRING>) -> [UInt8] {
        guard let data = ASN1_STRING_get0_data(string) else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: Int(ASN1_STRING_length(string))))
    }

    static func bytes(of string: UnsafeMutablePointer<ASN1_STRING>) -> [UInt8] { bytes(of: UnsafePointer(string)) }

    private static func entry(_ name: OpaquePointer?, _ nid: Int32) -> String? {
        guard let name else { return nil }
        let index = X509_NAME_get_index_by_NID(name, nid, -1)
        guard index >= 0, let entry = X509_NAME_get_entry(name, index), let data = X509_NAME_ENTRY_get_data(entry) else { return nil }
        var utf8: UnsafeMutablePointer<UInt8>?
        let length = ASN1_STRING_to_UTF8(&utf8, data)
        guard length >= 0, let utf8 else { return nil }
        defer { CRYPTO_free(utf8, #fileID, #line) }
        return String(decoding: UnsafeBufferPointer(start: utf8, count: Int(length)), as: UTF8.self)
    }

    static func seconds(_ time: UnsafePointer<ASN1_TIME>?) -> Int64 {
        guard let time else { return 0 }
        var fields = tm()
        guard ASN1_TIME_to_tm(time, &fields) == 1 else { return 0 }
        return Int64(timegm(&fields))
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        return String(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0F)]] })
    }

    static func printable(_ bytes: [UInt8]) -> String? {
        guard !bytes.isEmpty, bytes.allSatisfy({ (0x20...0x7E).contains($0) }) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
