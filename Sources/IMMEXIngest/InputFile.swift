import CryptoSupport
import Foundation
import IMMEXDomain

/// One file read from the fiscal year folder: its exact bytes and their SHA-256, so the report can
/// name every input and the evidence bundle can seal it.
public struct InputFile: Sendable, Hashable {
    /// How findings and the report name the file: relative to the working root.
    public let displayPath: String
    /// Where it is on disk.
    public let url: URL
    /// The bytes, for files read whole (settings, templates); empty for extracts streamed from disk.
    public let bytes: [UInt8]
    public let size: Int
    /// Streamed while read: its bytes stay on disk (and go into the evidence from there).
    public let isOnDisk: Bool
    /// Nil only for an extract streamed by a run that asked for no digests (`immex check`
    /// without a report, which names no input's digest anywhere).
    private let digest: String?

    /// The SHA-256 of the bytes, in lower-case hexadecimal.
    public var sha256: String {
        guard let digest else { preconditionFailure("\(displayPath) was read without its digest; a run that names digests must ask for them") }
        return digest
    }

    /// Whether the file was hashed (every file but the extracts of a run that asked for no digests).
    public var isHashed: Bool { digest != nil }

    /// A file that was streamed once, hashed while read (`sha256` nil: not hashed, as asked).
    public static func streamed(url: URL, displayPath: String, size: Int, sha256: String?) -> InputFile {
        InputFile(displayPath: displayPath, url: url, bytes: [], digest: sha256, size: size, isOnDisk: true)
    }

    /// A member of a package, read into memory to be read as a table: not hashed (the package it
    /// came from is the input sealed).
    static func member(_ bytes: [UInt8], displayPath: String, in folder: URL) -> InputFile {
        InputFile(displayPath: displayPath, url: folder, bytes: bytes, digest: nil, size: bytes.count, isOnDisk: false)
    }

    /// Bytes made from `original` (an import profile's canonical rewriting) for a reader to read,
    /// not hashed: nothing names their digest, the evidence seals the original.
    static func rewritten(_ bytes: [UInt8], of original: InputFile) -> InputFile {
        InputFile(displayPath: original.displayPath, url: original.url, bytes: bytes, digest: nil, size: bytes.count, isOnDisk: false)
    }

    private init(displayPath: String, url: URL, bytes: [UInt8], digest: String?, size: Int, isOnDisk: Bool) {
        self.displayPath = displayPath
        self.url = url
        self.bytes = bytes
        self.digest = digest
        self.size = size
        self.isOnDisk = isOnDisk
    }

    /// Reads the whole file. Throws a finding-shaped error when it is missing or unreadable.
    public static func read(_ url: URL, displayPath: String) throws(InputError) -> InputFile {
        guard FileManager.default.fileExists(atPath: url.path) else { throw InputError(missing(displayPath)) }
        if case let kind?? = fileKind(url) { throw InputError(notAFile(displayPath, kind)) }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw InputError(
                Finding(
                    .unreadableFile, "\(displayPath) cannot be read: \(error.localizedDescription)",
                    at: SourceLocation(file: displayPath), hint: "check the file's permissions"))
        }
        return try InputFile(displayPath: displayPath, url: url, bytes: [UInt8](data))
    }

    /// The finding for an input that is a folder, a FIFO or a device.
    static func notAFile(_ displayPath: String, _ kind: NotARegularFile) -> Finding {
        Finding(
            .unreadableFile, "\(displayPath) is \(kind.kind), not a file; only regular files are read", at: SourceLocation(file: displayPath),
            hint: "put the file itself there (a copy, not a pipe or a device)")
    }

    /// The finding for an input that is not there.
    static func missing(_ displayPath: String) -> Finding {
        let hint: Phrase =
            displayPath.hasPrefix("templates/")
            ? "the templates ship with the tool: restore templates/ from its release, or pass --root to the folder that holds templates/"
            : "create it; a template of every input file is in fiscal-years/2025/"
        return Finding(.missingFile, "\(displayPath) does not exist", at: SourceLocation(file: displayPath), hint: hint)
    }

    /// An input from bytes already read (tests, members of an archive).
    public init(displayPath: String, url: URL, bytes: [UInt8]) throws(InputError) {
        do {
            digest = try SHA256Hasher.digest(bytes).hex
        } catch {
            throw InputError(
                Finding(.unreadableFile, "\(displayPath) could not be hashed: \(error)", at: SourceLocation(file: displayPath)))
        }
        self.displayPath = displayPath
        self.url = url
        self.bytes = bytes
        size = bytes.count
        isOnDisk = false
    }

    /// The bytes as text, without a UTF-8 byte order mark. Nil when they are not UTF-8.
    public var text: String? {
        var slice = bytes[...]
        if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
        return String(validating: slice, as: UTF8.self)
    }
}

/// A problem that stops reading one input, carried as the finding that explains it.
public struct InputError: Error, Sendable {
    public var finding: Finding
    public init(_ finding: Finding) { self.finding = finding }
}
