import CryptoSupport
import Foundation
import IMMEXDomain
import Machinery

/// What `fiscal-years/<year>/cfdi/` holds, all read at once: the company's CFDI as the SAT's bulk
/// download delivers them (ZIPs of XML, ZIPs of metadata `.txt`) and loose `.xml` files. For
/// comparisons that look each CFDI up; a year that sums a million CFDI streams them instead
/// (`CFDIPackages.forEachDocument`).
public struct CFDIPackageContents: Sendable {
    /// The CFDI the company issued, in file order (every type: which count as sales is the
    /// pipeline's decision).
    public var documents: [CFDIDocument] = []
    /// The metadata rows of CFDI the company issued.
    public var metadata: [CFDIMetadata] = []
    /// CFDI (and metadata rows) of another issuer: received, ignored and counted.
    public var received = 0
    /// The files read, for the evidence.
    public var files: [InputFile] = []
}

/// Reads `cfdi/` in place, through `PackageWalker` (nothing unpacked to disk; the packages are read
/// from disk, never whole into memory): first every metadata `.txt` through the one CSV reader, so
/// that the SAT's status is known before any CFDI is met, then every XML with `CFDIParser`, on every
/// core, handed over in file order. One bad CFDI never hides the others: each problem is a finding
/// at `zip!member:line:column`.
public struct CFDIPackages: Sendable {
    public static let folderName = "cfdi"

    /// The files of the folder, for the evidence (hashed from disk).
    public private(set) var files: [InputFile] = []
    /// The company's metadata rows, in file order.
    public private(set) var metadata: [CFDIMetadata] = []
    /// Metadata rows of another issuer (received CFDI), and after `forEachDocument` received XML too.
    public private(set) var received = 0
    /// Members that are the SAT's list of third-party accounts (`<UUID>_tercero.txt`, since 2022):
    /// nothing of sales, recognised and left.
    public private(set) var thirdPartyLists = 0
    private let company: RFC
    private let walker: PackageWalker
    private var listing = PackageWalker.Listing()
    private var xml: [XMLSource] = []

    /// A CFDI XML to read: a member of a listed ZIP, or a loose file's bytes.
    private enum XMLSource: Sendable {
        case member(PackageWalker.Member)
        case loose(display: String, bytes: [UInt8])
    }

    /// How many CFDI XML the folder holds (before any is read).
    public var documentCount: Int { xml.count }

    /// Lists the folder's packages and reads their metadata; nil when the folder has no `cfdi/`.
    public static func open(_ folder: FiscalYearFolder, company: RFC, limits: InputLimits, findings: inout [Finding]) -> CFDIPackages? {
        let directory = folder.url.appendingPathComponent(folderName)
        let display = "\(folder.relativePath)/\(folderName)"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else { return nil }
        var packages = CFDIPackages(
            company: company,
            walker: PackageWalker(code: .cfdiUnreadable, suffixes: [".xml", ".txt"], redownload: "download the package again from the SAT", limits: limits))
        guard isDirectory.boolValue, let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            findings.append(
                Finding(
                    .cfdiUnreadable, "\(display) is not a folder that can be listed, so no CFDI was read", at: SourceLocation(file: display),
                    hint: "make cfdi/ a folder holding the SAT's packages"))
            return packages
        }
        var metadataSources: [(display: String, bytes: [UInt8]?, member: PackageWalker.Member?)] = []
        for name in names.sorted() where !PackageWalker.isJunk(name) {
            let lower = name.lowercased()
            guard lower.hasSuffix(".zip") || lower.hasSuffix(".xml") || lower.hasSuffix(".txt") else { continue }
            let path = "\(display)/\(name)"
            let url = directory.appendingPathComponent(name)
            guard lower.hasSuffix(".zip") else {
                let file: InputFile
                do { file = try InputFile.read(url, displayPath: path) } catch {
                    findings.append(error.finding)
                    continue
                }
                packages.files.append(file)
                if lower.hasSuffix(".xml") {
                    packages.xml.append(.loose(display: path, bytes: file.bytes))
                } else {
                    metadataSources.append((path, file.bytes, nil))
                }
                continue
            }
            do { packages.files.append(try InputFile.hashedOnDisk(url, displayPath: path)) } catch {
                findings.append(error.finding)
                continue
            }
            let first = packages.listing.members.count
            let wanted = packages.walker.list(.disk(path: url.path, display: path), display: path, into: &packages.listing, findings: &findings)
            if wanted == 0 {
                findings.append(
                    Finding(
                        .cfdiUnreadable, "\(path) holds no CFDI XML and no metadata .txt", at: SourceLocation(file: path),
                        hint: "it is not a package of the SAT's bulk download: download it again, or remove the file"))
            }
            for member in packages.listing.members[first...] {
                if member.base.lowercased().hasSuffix(".xml") {
                    packages.xml.append(.member(member))
                } else {
                    metadataSources.append((member.display, nil, member))
                }
            }
        }
        var readers = MemberReaders(packages.listing)
        for source in metadataSources {
            if source.display.lowercased().hasSuffix("_tercero.txt") {
                packages.thirdPartyLists += 1
                continue
            }
            var bytes = source.bytes
            if let member = source.member, let reader = readers.reader(member, walker: packages.walker, findings: &findings) {
                bytes = packages.walker.read(member.entry, of: reader, display: member.display, findings: &findings)
            }
            guard let bytes, let file = try? InputFile(displayPath: source.display, url: directory, bytes: bytes) else { continue }
            for row in CFDIMetadataReader().read(.memory(file), findings: &findings).rows {
                if row.issuerRFC == company { packages.metadata.append(row) } else { packages.received += 1 }
            }
        }
        return packages
    }

    private init(company: RFC, walker: PackageWalker) {
        self.company = company
        self.walker = walker
    }

    /// The XML read per stretch by one thread.
    private static let stretch = 256

    /// Hands `body` each CFDI the company issued, in file order, parsed on `threads` cores (the
    /// calling thread among them); CFDI of another issuer are counted in `received`.
    public mutating func forEachDocument(threads: Int = 2, findings: inout [Finding], _ body: (CFDIDocument) -> Void) {
        let sources = xml
        let listing = listing
        let walker = walker
        let company = company
        let stretches = (sources.count + Self.stretch - 1) / Self.stretch
        var received = 0
        var found: [Finding] = []
        inOrderConcurrently(
            count: stretches, threads: threads, makeWorker: { MemberReaders(listing) },
            process: { readers, stretch in
                var outcome = (documents: [CFDIDocument](), received: 0, findings: [Finding]())
                outcome.documents.reserveCapacity(Self.stretch)
                for index in (stretch * Self.stretch)..<min(sources.count, (stretch + 1) * Self.stretch) {
                    let bytes: [UInt8]?
                    let display: String
                    switch sources[index] {
                    case .loose(let name, let content):
                        (display, bytes) = (name, content)
                    case .member(let member):
                        display = member.display
                        bytes = readers.reader(member, walker: walker, findings: &outcome.findings).flatMap {
                            walker.read(member.entry, of: $0, display: member.display, findings: &outcome.findings)
                        }
                    }
                    guard let bytes, let document = CFDIParser.parse(bytes, displayPath: display, findings: &outcome.findings) else { continue }
                    if document.issuerRFC == company { outcome.documents.append(document) } else { outcome.received += 1 }
                }
                return outcome
            },
            deliver: { outcome in
                for document in outcome.documents { body(document) }
                received += outcome.received
                found += outcome.findings
            })
        self.received += received
        findings += found
    }

    /// The whole folder at once: every CFDI the company issued and its metadata. Nil when the folder
    /// has no `cfdi/`.
    public static func read(_ folder: FiscalYearFolder, company: RFC, limits: InputLimits, findings: inout [Finding]) -> CFDIPackageContents? {
        guard var packages = open(folder, company: company, limits: limits, findings: &findings) else { return nil }
        var contents = CFDIPackageContents()
        packages.forEachDocument(findings: &findings) { contents.documents.append($0) }
        contents.metadata = packages.metadata
        contents.received = packages.received
        contents.files = packages.files
        return contents
    }
}

extension InputFile {
    /// A file left on disk (a package of a million CFDI is not read into memory), hashed in pieces
    /// of a megabyte for the evidence.
    static func hashedOnDisk(_ url: URL, displayPath: String) throws(InputError) -> InputFile {
        guard FileManager.default.fileExists(atPath: url.path) else { throw InputError(missing(displayPath)) }
        if case let kind?? = fileKind(url) { throw InputError(notAFile(displayPath, kind)) }
        func unreadable(_ reason: String) -> InputError {
            InputError(
                Finding(
                    .unreadableFile, "\(displayPath) cannot be read: \(reason)", at: SourceLocation(file: displayPath), hint: "check the file's permissions"))
        }
        guard let handle = try? FileHandle(forReadingFrom: url) else { throw unreadable("it cannot be opened") }
        defer { try? handle.close() }
        do {
            var hasher = try SHA256Hasher()
            var size = 0
            while let piece = try handle.read(upToCount: 1 << 20), !piece.isEmpty {
                size += piece.count
                try hasher.update([UInt8](piece))
            }
            return .streamed(url: url, displayPath: displayPath, size: size, sha256: try hasher.finalize().hex)
        } catch {
            throw unreadable("\(error)")
        }
    }
}
