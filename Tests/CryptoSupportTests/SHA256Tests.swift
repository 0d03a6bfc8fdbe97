import Testing

@testable import CryptoSupport

@Suite("SHA-256 through libcrypto")
struct SHA256Tests {
    // FIPS 180-2 test vectors.
    @Test(
        "known vectors",
        arguments: [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ])
    func vectors(text: String, hex: String) throws {
        #expect(try SHA256Hasher.digest(Array(text.utf8)).hex == hex)
    }

    @Test("feeding in pieces gives the digest of the whole")
    func incremental() throws {
        var hasher = try SHA256Hasher()
        try hasher.update(Array("ab".utf8))
        try hasher.update(Array("c".utf8))
        #expect(try hasher.finalize().hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
