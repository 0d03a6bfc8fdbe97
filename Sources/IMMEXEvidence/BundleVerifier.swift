import CryptoSupport
import Foundation
import IMMEXDomain
import ZipArchive

/// One thing wrong with a bundle, named so an auditor knows what to look at.
public enum BundleFailure: Sendable, Hashable, CustomStringConvertible {
    case unreadable(String)
    case unsafePath(String)
    /// The archive's declared size of an entry is not what it holds.
    case lyingSize(String, detail: String)
    case duplicateEntry(String)
    case missingManifest
    case malformedManifest(String)
    case changedEntry(String)
    case missingEntry(String)
    case extraEntry(String)
    case unsigned
    case missingSignature
    case badSignature([String])
    case signerMismatch(signer: String?, manifest: String?)
    case innerBundle(String, [BundleFailure])

    public var description: String { phrase.description }

    /// What is wrong, as a sentence the catalogue can say in the reader's language.
    public var phrase: Phrase {
        switch self {
        case .unreadable(let message): "the archive cannot be read: \(message)"
        case .unsafePath(let path): "entry '\(path)' has an unsafe path (absolute or with '..'); it was not read"
        case .lyingSize(let path, let detail): "entry '\(path)': the archive lies about its size (\(detail))"
        case .duplicateEntry(let path): "entry '\(path)' appears twice"
        case .missingManifest: "there is no MANIFEST (nor ARCHIVE-MANIFEST)"
        case .malformedManifest(let message): "the manifest cannot be read: \(message)"
        case .changedEntry(let path): "entry '\(path)' was changed: its digest or size differs from the manifest"
        case .missingEntry(let path): "entry '\(path)' is listed in the manifest but missing"
        case .extraEntry(let path): "entry '\(path)' is not listed in the manifest"
        case .unsigned: "the bundle is unsigned (a rehearsal), so it is not evidence"
        case .missingSignature: "the manifest says it is signed but its .p7s signature is missing"
        case .badSignature(let reasons) where reasons.contains { $0.contains("certificate verify error") }:
            "the signer's certificate does not chain to the CA certificates given (--ca-file, --ca-dir): check that they are the SAT's, the ones that issued the e.firma (OpenSSL: \(reasons.joined(separator: "; ")))"
        case .badSignature(let reasons): "the signature does not verify over the manifest: \(reasons.joined(separator: "; "))"
        case .signerMismatch(let signer, let manifest):
            "the signer's RFC \(signer.map(Phrase.init(verbatim:)) ?? "(none)") is not the manifest's company RFC \(manifest.map(Phrase.init(verbatim:)) ?? "(none)")"
        case .innerBundle(let name, let failures):
            "inside \(name): \(Phrase.list(failures.map(\.phrase), separator: "; "))"
        }
    }
}

/// What verifying a bundle found: the manifest, the signature, and every failure.
public struct BundleVerification: Sendable {
    public var manifest: Manifest?
    public var signature: SignatureCheck?
    public var failures: [BundleFailure] = []
    /// For an archive (`immex archive`): the verification of the evidence bundle inside it.
    public var inner: [BundleVerification] = []
    /// Whether the signer's certificate was checked against trust anchors (`--ca-file`); without
    /// them a valid signature says the bundle is intact and who signed it, not who vouched for them.
    public var issuerChecked = false

    public var passes: Bool { failures.isEmpty && inner.allSatisfy(\.passes) }
}

/// Checks a bundle without extracting anything to disk: every entry is hashed while it streams.
public enum BundleVerifier {
    /// The most any single entry may hold; a larger one is hostile, whatever it declares.
    public static let entryLimit: UInt64 = 64 << 30
    /// The most a manifest or signature is read into memory; a nested bundle is spooled to a
    /// temporary file as it streams, never held in memory.
    static let memoryLimit: UInt64 = 64 << 20

    public static func verify(path: String, trustAnchors: [[UInt8]] = []) -> BundleVerification {
        do {
            return verify(try ZipReader(path: path), trustAnchors: trustAnchors)
        } catch {
            return BundleVerification(failures: [.unreadable(error.description)])
        }
    }

    static func verify(_ reader: ZipReader, trustAnchors: [[UInt8]]) -> BundleVerification {
        var result = BundleVerification()
        result.issuerChecked = !trustAnchors.isEmpty
        let entries: [ZipEntry]
        do { entries = try reader.entries() } catch {
            result.failures.append(.unreadable(error.description))
            return result
        }
        var byName: [String: ZipEntry] = [:]
        for entry in entries {
            // A folder entry, as `zip -r` writes one for each folder of an unpacked bundle.
            if entry.name.hasSuffix("/"), entry.declaredSize == 0, BundlePath.isSafe(String(entry.name.dropLast())) { continue }
            guard BundlePath.isSafe(entry.name) else {
                result.failures.append(.unsafePath(entry.name))
                continue
            }
            if byName[entry.name] != nil { result.failures.append(.duplicateEntry(entry.name)) }
            byName[entry.name] = entry
        }
        // An archive carries ARCHIVE-MANIFEST; an evidence bundle, MANIFEST.
        let kind: Manifest.Kind = byName[Manifest.Kind.archive.manifestName] != nil ? .archive : .evidence
        guard let manifestEntry = byName[kind.manifestName] else {
            result.failures.append(.missingManifest)
            return result
        }
        let manifestBytes: [UInt8]
        let manifest: Manifest
        do {
            manifestBytes = try reader.contents(manifestEntry, limit: memoryLimit)
            manifest = try Manifest.parse(String(decoding: manifestBytes, as: UTF8.self))
        } catch let error as ZipError where error.message.contains(" declares ") {
            result.failures.append(.lyingSize(manifestEntry.name, detail: error.message))
            return result
        } catch {
            result.failures.append(.malformedManifest("\(error)"))
            return result
        }
        result.manifest = manifest

        let listed = Dictionary(manifest.entries.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for entry in entries where byName[entry.name] == entry && entry.name != kind.manifestName && entry.name != kind.signatureName {
            guard let expected = listed[entry.name] else {
                result.failures.append(.extraEntry(entry.name))
                continue
            }
            do {
                var hasher = try SHA256Hasher()
                var size = 0
                let spool = entry.name.hasSuffix(".zip") && manifest.kind == .archive ? try Spool() : nil
                try reader.read(entry, limit: entryLimit) { chunk in
                    try hasher.update(chunk)
                    size += chunk.count
                    try spool?.write(chunk)
                }
                if try hasher.finalize().hex != expected.sha256 || size != expected.size {
                    result.failures.append(.changedEntry(entry.name))
                } else if let spool {
                    result.inner.append(verifyNested(spool, name: entry.name, trustAnchors: trustAnchors))
                }
            } catch let error as ZipError where error.message.contains(" declares ") {
                result.failures.append(.lyingSize(entry.name, detail: error.message))
            } catch {
                result.failures.append(.unreadable("\(entry.name): \(error)"))
            }
        }
        for path in manifest.entries.map(\.path) where byName[path] == nil {
            result.failures.append(.missingEntry(path))
        }
        if manifest.kind != kind {
            result.failures.append(.malformedManifest("\(kind.manifestName) holds a \(manifest.kind.rawValue)"))
        }
        checkSignature(&result, manifest: manifest, manifestBytes: manifestBytes, reader: reader, entry: byName[kind.signatureName], trustAnchors: trustAnchors)
        return result
    }

    private static func verifyNested(_ spool: Spool, name: String, trustAnchors: [[UInt8]]) -> BundleVerification {
        do {
            try spool.finish()
            return verify(try ZipReader(path: spool.url.path), trustAnchors: trustAnchors)
        } catch {
            // (Named as the entry, not as the temporary file it was spooled to.)
            return BundleVerification(failures: [.innerBundle(name, [.unreadable("\(error)".replacingOccurrences(of: spool.url.path, with: name))])])
        }
    }

    private static func checkSignature(
        _ result: inout BundleVerification, manifest: Manifest, manifestBytes: [UInt8], reader: ZipReader, entry: ZipEntry?,
        trustAnchors: [[UInt8]]
    ) {
        guard manifest.isSigned else {
            result.failures.append(.unsigned)
            return
        }
        guard let entry else {
            result.failures.append(.missingSignature)
            return
        }
        let signature: [UInt8]
        do { signature = try reader.contents(entry, limit: memoryLimit) } catch {
            result.failures.append(.unreadable("\(entry.name): \(error)"))
            return
        }
        let check = SignatureVerifier.verify(signature: signature, content: manifestBytes, trustAnchors: trustAnchors)
        result.signature = check
        if !check.valid { result.failures.append(.badSignature(check.problems)) }
        if check.signer?.holderRFC != manifest["company-rfc"] {
            result.failures.append(.signerMismatch(signer: check.signer?.holderRFC, manifest: manifest["company-rfc"]))
        }
    }
}

/// A nested bundle's bytes, written to a temporary file as they stream (so verifying an archive
/// holds no entry in memory), removed when done.
final class Spool {
    let url: URL
    private let handle: FileHandle

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("immex-verify-\(UUID().uuidString).zip")
        guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        handle = try FileHandle(forWritingTo: url)
    }

    func write(_ chunk: UnsafeRawBufferPointer) throws { try handle.write(contentsOf: Data(chunk)) }

    func finish() throws { try handle.synchronize() }

    deinit {
        try? handle.close()
        try? FileManager.default.removeItem(at: url)
    }
}
