import Foundation
import Testing

/// Test e.firmas made by `scripts/make-test-efirma.sh` (the stock openssl command) into a fresh
/// folder, all issued by one test CA.
struct Credentials {
    let folder: URL
    static let password = "contraseña de prueba"

    /// Holder TFX010101AB1, valid 2020–2040 (`good`); valid in 2020 only (`expired`); another RFC
    /// (`other`).
    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("immex-efirma-\(UUID().uuidString)")
        try make("good", rfc: "TFX010101AB1", from: "20200101000000Z", to: "20401231235959Z")
        try make("expired", rfc: "TFX010101AB1", from: "20200101000000Z", to: "20201231235959Z")
        try make("other", rfc: "ABC010101AB1", from: "20200101000000Z", to: "20401231235959Z")
    }

    private func make(_ name: String, rfc: String, from: String, to: String) throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scripts/make-test-efirma.sh")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [script.path, folder.path, rfc, Self.password, from, to, name, folder.path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(
                .fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "make-test-efirma.sh failed; is openssl installed? (make test installs it)"])
        }
    }

    func certificate(_ name: String) -> URL { folder.appendingPathComponent("\(name).cer") }
    func key(_ name: String) -> URL { folder.appendingPathComponent("\(name).key") }
    var ca: URL { folder.appendingPathComponent("test-ca.pem") }

    func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

/// Runs a program, returning its status and combined output.
func run(_ path: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}
