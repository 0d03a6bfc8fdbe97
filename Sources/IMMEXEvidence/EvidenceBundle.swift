import CryptoSupport
import Dispatch
import Foundation
import IMMEXDomain
import Synchronization
import ZipArchive

/// One file to seal in a bundle.
public struct BundleEntry: Sendable, Hashable {
    /// Relative, `/`-separated; checked by `BundlePath.isSafe`.
    public var path: String
    public var bytes: [UInt8]
    /// The bytes' SHA-256 when the reader already computed it (hashed while reading, not twice).
    public var sha256: String?
    /// For a large input: the file the bytes stay in, with its size (`bytes` is then empty).
    public var file: (url: URL, size: Int)?
    /// A scratch archive holding this entry already deflated under the same path (`Precompression`).
    public var precompressed: URL?

    public init(path: String, bytes: [UInt8], sha256: String? = nil) {
        self.path = path
        self.bytes = bytes
        self.sha256 = sha256
    }

    /// An entry read from disk when the archive is written; its digest was computed while reading.
    public init(path: String, file url: URL, size: Int, sha256: String) {
        self.path = path
        self.bytes = []
        self.sha256 = sha256
        self.file = (url, size)
    }

    public static func == (lhs: BundleEntry, rhs: BundleEntry) -> Bool {
        lhs.path == rhs.path && lhs.bytes == rhs.bytes && lhs.sha256 == rhs.sha256 && lhs.file?.url == rhs.file?.url
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(sha256)
    }

    var size: Int { file?.size ?? bytes.count }
}

/// Writes sealed ZIP bundles: the entries, `MANIFEST` (digests, sizes, paths and the header
/// fields) and `MANIFEST.p7s` (a detached CMS signature of the manifest), deterministically:
/// sorted entries, one fixed entry time, no host-dependent fields.
public enum BundleWriter {
    public enum Failure: Error, CustomStringConvertible {
        case unsafePath(String)
        case zip(ZipError)
        case digest(OpenSSLError)
        case signing(SigningError)

        public var description: String {
            switch self {
            case .unsafePath(let path): "refusing to write the entry '\(path)': paths must be relative, without '..'"
            case .zip(let error): "\(error)"
            case .digest(let error): "\(error)"
            case .signing(let error): "\(error)"
            }
        }
    }

    /// Writes the bundle to `path`, returning the manifest it sealed.
    /// - Parameters:
    ///   - fields: header fields; `signature` is added from `signer`.
    ///   - time: the entries' time and the signing time, seconds since 1970 (UTC).
    @discardableResult
    public static func write(
        to path: String, kind: Manifest.Kind, fields: [(key: String, value: String)], entries: [BundleEntry],
        signer: SigningIdentity?, time: Int64
    ) throws(Failure) -> Manifest {
        var manifestEntries: [Manifest.Entry] = []
        for entry in entries {
            guard BundlePath.isSafe(entry.path), entry.path != kind.manifestName, entry.path != kind.signatureName else {
                throw .unsafePath(entry.path)
            }
            do {
                let digest: String
                if let known = entry.sha256 { digest = known } else { digest = try SHA256Hasher.digest(entry.bytes).hex }
                manifestEntries.append(Manifest.Entry(sha256: digest, size: entry.size, path: entry.path))
            } catch {
                throw .digest(error)
            }
        }
        let signature = signer.map { "e.firma, detached CMS SHA-256 in \(kind.signatureName) (\($0.info.commonName))" } ?? Manifest.unsignedMarker
        let manifest = Manifest(kind: kind, fields: fields + [("signature", signature)], entries: manifestEntries)
        let manifestBytes = Array(manifest.text.utf8)

        var all = entries + [BundleEntry(path: kind.manifestName, bytes: manifestBytes)]
        if let signer {
            do {
                all.append(BundleEntry(path: kind.signatureName, bytes: try signer.signDetached(manifestBytes, signingTime: time)))
            } catch {
                throw .signing(error)
            }
        }
        // Large files nothing deflated ahead are deflated now the same way (ISA-L, each into its
        // own scratch archive beside the bundle, on every core at once), so the bundle does not
        // depend on whether they were.
        func compresses(_ entry: BundleEntry) -> Bool { !(entry.path.hasSuffix(".zip") || entry.path.hasSuffix(".pdf")) }
        let late = all.indices.filter { all[$0].file != nil && all[$0].precompressed == nil && compresses(all[$0]) && all[$0].size >= Precompression.threshold }
        let lateScratch = late.indices.map { URL(fileURLWithPath: path + ".deflating-\($0)") }
        defer { for scratch in lateScratch { try? FileManager.default.removeItem(at: scratch) } }
        let deflated = Mutex([Bool](repeating: false, count: late.count))
        DispatchQueue.concurrentPerform(iterations: late.count) { [all] job in
            let entry = all[late[job]]
            // On failure (a file needing ZIP64, a full disk) libzip compresses it as it closes.
            guard let file = entry.file, (try? DeflatedArchive.write([(entry.path, file.url.path)], to: lateScratch[job].path)) != nil else { return }
            deflated.withLock { $0[job] = true }
        }
        for (job, index) in late.enumerated() where deflated.withLock({ $0[job] }) { all[index].precompressed = lateScratch[job] }
        do {
            var writer = try ZipWriter(path: path)
            var scratch: [URL: (reader: ZipReader, entries: [String: ZipEntry])] = [:]
            for entry in all.sorted(by: { $0.path < $1.path }) {
                // Already-compressed members (ZIPs, PDFs) are stored as they are.
                let compress = compresses(entry)
                if let archive = entry.precompressed {
                    if scratch[archive] == nil {
                        let reader = try ZipReader(path: archive.path)
                        scratch[archive] = (reader, Dictionary(try reader.entries().map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first }))
                    }
                }
                if let archive = entry.precompressed, let (reader, entries) = scratch[archive], let ready = entries[entry.path],
                    ready.declaredSize == UInt64(entry.size)
                {
                    try writer.addCompressed(entry.path, from: reader, entry: ready, modified: time)
                } else if let file = entry.file {
                    try writer.addFile(entry.path, from: file.url.path, modified: time, compress: compress)
                } else {
                    try writer.add(entry.path, bytes: entry.bytes, modified: time, compress: compress)
                }
            }
            try writer.close()
        } catch {
            throw .zip(error)
        }
        return manifest
    }
}

/// The rule every path inside a bundle follows, when written and when read back.
public enum BundlePath {
    /// Relative, `/`-separated, no empty, `.` or `..` segment, no backslash, no drive letter.
    public static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        if segments.first?.contains(":") == true { return false }
        return segments.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
