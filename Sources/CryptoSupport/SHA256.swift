import COpenSSL

// Every libcrypto call of the digest lives here. Evidence signing (CMS) joins it in this target,
// which stays the only importer of COpenSSL.

/// A libcrypto failure, with the function that failed and OpenSSL's own error queue.
public struct OpenSSLError: Error, Sendable, Hashable, CustomStringConvertible {
    public var function: String
    public var messages: [String]

    /// Drains the thread's OpenSSL error queue into a Swift error.
    static func drain(_ function: String) -> OpenSSLError {
        var messages: [String] = []
        while case let code = ERR_get_error(), code != 0 {
            var buffer = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(code, &buffer, buffer.count)
            messages.append(String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return OpenSSLError(function: function, messages: messages)
    }

    public var description: String {
        messages.isEmpty ? "\(function) failed" : "\(function) failed: \(messages.joined(separator: "; "))"
    }
}

/// An incremental SHA-256 over libcrypto's EVP interface: feed bytes as they are read, so a file
/// is hashed in the same pass that parses it.
public struct SHA256Hasher: ~Copyable {
    private let context: OpaquePointer

    public init() throws(OpenSSLError) {
        guard let context = EVP_MD_CTX_new() else { throw .drain("EVP_MD_CTX_new") }
        guard EVP_DigestInit_ex(context, EVP_sha256(), nil) == 1 else {
            EVP_MD_CTX_free(context)
            throw .drain("EVP_DigestInit_ex")
        }
        self.context = context
    }

    deinit { EVP_MD_CTX_free(context) }

    public mutating func update(_ bytes: UnsafeRawBufferPointer) throws(OpenSSLError) {
        guard !bytes.isEmpty else { return }
        guard EVP_DigestUpdate(context, bytes.baseAddress, bytes.count) == 1 else { throw .drain("EVP_DigestUpdate") }
    }

    public mutating func update(_ bytes: [UInt8]) throws(OpenSSLError) {
        let accepted = bytes.withUnsafeBytes { buffer in
            buffer.isEmpty || EVP_DigestUpdate(context, buffer.baseAddress, buffer.count) == 1
        }
        guard accepted else { throw .drain("EVP_DigestUpdate") }
    }

    /// The 32-byte digest; the hasher is used up.
    public consuming func finalize() throws(OpenSSLError) -> SHA256Digest {
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        guard EVP_DigestFinal_ex(context, &output, &length) == 1 else { throw .drain("EVP_DigestFinal_ex") }
        return SHA256Digest(bytes: Array(output.prefix(Int(length))))
    }

    /// The digest of a whole buffer.
    public static func digest(_ bytes: [UInt8]) throws(OpenSSLError) -> SHA256Digest {
        var hasher = try SHA256Hasher()
        try hasher.update(bytes)
        return try hasher.finalize()
    }
}

/// A SHA-256 digest, printed as 64 lower-case hexadecimal digits.
public struct SHA256Digest: Sendable, Hashable, CustomStringConvertible {
    public let bytes: [UInt8]

    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    public var description: String { hex }
}
