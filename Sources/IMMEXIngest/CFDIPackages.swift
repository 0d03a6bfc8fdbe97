import CryptoSupport
import Foundation
import IMMEXDomain
import Machinery
import XMLSupport
import ZipArchive

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
    /// The company's metadata rows of CFDI the SAT lists as cancelled, in file order: the only rows
    /// whose status changes what an XML says (a CFDI with no row, or an active one, is in force).
    /// The rest are counted (`metadataRows`) and read again when asked (`forEachMetadataRow`): a
    /// year's metadata is a million rows.
    public private(set) var metadata: [CFDIMetadata] = []
    /// Every metadata row of the company.
    public private(set) var metadataRows = 0
    private var metadataSources: [(display: String, source: CSVSource)] = []
    /// Metadata rows of another issuer (received CFDI), and after `forEachDocument` received XML too.
    public private(set) var received = 0
    /// Members that are the SAT's list of third-party accounts (`<UUID>_tercero.txt`, since 2022):
    /// nothing of sales, recognised and left.
    public private(set) var thirdPartyLists = 0
    private let company: RFC
    private let walker: PackageWalker
    private var listing = PackageWalker.Listing()
    /// The CFDI XML to read: loose files' bytes (read first), then members of the listed ZIPs, by
    /// their place in the listing (four bytes each: a year lists a million).
    private var looseXML: [(display: String, bytes: [UInt8])] = []
    private var memberXML: [Int32] = []

    /// How many CFDI XML the folder holds (before any is read).
    public var documentCount: Int { looseXML.count + memberXML.count }

    /// Lists the folder's packages and reads their metadata; nil when the folder has no `cfdi/`.
    /// - Parameter hashing: off for a run that names no input's digest (a dry run without a report):
    ///   hashing a year's packages (gigabytes) would be most of its time.
    public static func open(
        _ folder: FiscalYearFolder, company: RFC, limits: InputLimits, hashing: Bool = true, findings: inout [Finding]
    ) -> CFDIPackages? {
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
        var metadataSources: [(display: String, source: CSVSource)] = []
        for name in names.sorted() where !PackageWalker.isJunk(name) {
            let lower = name.lowercased()
            guard lower.hasSuffix(".zip") || lower.hasSuffix(".xml") || lower.hasSuffix(".txt") else { continue }
            let path = "\(display)/\(name)"
            let url = directory.appendingPathComponent(name)
            guard lower.hasSuffix(".zip") else {
                if lower.hasSuffix(".xml") {
                    let file: InputFile
                    do { file = try InputFile.read(url, displayPath: path) } catch {
                        findings.append(error.finding)
                        continue
                    }
                    packages.files.append(file)
                    packages.looseXML.append((path, file.bytes))
                } else {
                    // A loose metadata file is read from disk in chunks, like the packages' members.
                    do { packages.files.append(try InputFile.onDisk(url, displayPath: path, hashing: hashing)) } catch {
                        findings.append(error.finding)
                        continue
                    }
                    metadataSources.append((path, .disk(url, displayPath: path)))
                }
                continue
            }
            do { packages.files.append(try InputFile.onDisk(url, displayPath: path, hashing: hashing)) } catch {
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
            for (index, member) in packages.listing.members.enumerated().dropFirst(first) {
                if member.suffix == 0 {  // ".xml", the walker's first suffix
                    packages.memberXML.append(Int32(index))
                } else {
                    let (archive, limits) = (packages.listing.archives[Int(member.archive)], limits)
                    // Inflated as the one reader pulls: a metadata file of a million rows is never
                    // whole in memory. (Listed, so checked once already.)
                    metadataSources.append(
                        (
                            member.display,
                            .stream(
                                displayPath: member.display, size: Int(member.declaredSize),
                                open: {
                                    let stream = try archive.open(checked: false).stream(
                                        member.entry, limit: limits.zipMemberBytes, ratio: limits.zipExpansionRatio)
                                    return { space in try stream.fill(space) }
                                })
                        ))
                }
            }
        }
        for (display, _) in metadataSources where display.lowercased().hasSuffix("_tercero.txt") { packages.thirdPartyLists += 1 }
        packages.metadataSources = metadataSources.filter { !$0.display.lowercased().hasSuffix("_tercero.txt") }
        var received = 0
        var rows = 0
        var cancelled: [CFDIMetadata] = []
        packages.forEachMetadataFile(findings: &findings) { file in
            for row in file where row.issuerRFC == company {
                rows += 1
                if !row.isActive { cancelled.append(row) }
            }
            received += file.count { $0.issuerRFC != company }
        }
        (packages.metadata, packages.metadataRows, packages.received) = (cancelled, rows, received)
        return packages
    }

    /// Hands `body` the rows of the metadata files (the company's and others'), a stretch at a time,
    /// in file order, read again from the packages through the one CSV reader.
    public func forEachMetadataFile(findings: inout [Finding], _ body: ([CFDIMetadata]) -> Void) {
        for (_, source) in metadataSources { CFDIMetadataReader().read(source, findings: &findings, each: body) }
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
        let (loose, members) = (looseXML, memberXML)
        let count = documentCount
        let listing = listing
        let walker = walker
        let company = company
        let stretches = (count + Self.stretch - 1) / Self.stretch
        var received = 0
        var found: [Finding] = []
        let archives = SharedArchives(listing)
        inOrderConcurrently(
            count: stretches, threads: threads, makeWorker: { (inflater: Inflater(), xml: XMLStreamReader()) },
            process: { worker, stretch in
                var outcome = (documents: [CFDIDocument](), received: 0, findings: [Finding]())
                outcome.documents.reserveCapacity(Self.stretch)
                for index in (stretch * Self.stretch)..<min(count, (stretch + 1) * Self.stretch) {
                    let bytes: [UInt8]?
                    let source: SourceFile
                    if index < loose.count {
                        (source, bytes) = (SourceFile(loose[index].display), loose[index].bytes)
                    } else {
                        let member = listing.members[Int(members[index - loose.count])]
                        source = member.source
                        bytes = archives.read(member, walker: walker, inflater: worker.inflater, findings: &outcome.findings)
                    }
                    guard let bytes, let document = CFDIParser.parse(bytes, source: source, reader: worker.xml, findings: &outcome.findings) else {
                        continue
                    }
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
    /// of a megabyte for the evidence unless `hashing` is off.
    static func onDisk(_ url: URL, displayPath: String, hashing: Bool) throws(InputError) -> InputFile {
        guard FileManager.default.fileExists(atPath: url.path) else { throw InputError(missing(displayPath)) }
        if case let kind?? = fileKind(url) { throw InputError(notAFile(displayPath, kind)) }
        func unreadable(_ reason: Phrase) -> InputError {
            InputError(
                Finding(
                    .unreadableFile, "\(displayPath) cannot be read: \(reason)", at: SourceLocation(file: displayPath), hint: "check the file's permissions"))
        }
        guard hashing else {
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            return .streamed(url: url, displayPath: displayPath, size: size, sha256: nil)
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
            throw unreadable(Phrase(verbatim: "\(error)"))
        }
    }
}
