import IMMEXDomain
import ZipArchive

/// Walks the ZIPs the SAT delivers (the Data Stage's requests, the bulk download's packages),
/// nested ones included, handing over each member whose name ends in one of `suffixes`, in name
/// order, read in memory (nothing is unpacked to disk). Junk (`__MACOSX/`, hidden names) is skipped.
/// Whatever could change a figure is a finding of `code`, never a skip: a ZIP that cannot be read, a
/// member with an unsafe path, one nested deeper than `InputLimits.zipNesting`, larger than
/// `zipMemberBytes` or expanding more than `zipExpansionRatio` times (refused before it costs memory).
struct PackageWalker {
    /// The code of every problem with a package (`datastage-unreadable`, ...).
    let code: FindingCode
    /// The members handed over, by the end of their names, lower case (`.asc`; `.xml`, `.txt`).
    let suffixes: [String]
    /// What to do about a damaged package, for the hints ("download the request again from the SAT").
    let redownload: String
    let limits: InputLimits

    /// Where a listed member's ZIP is: a file on disk (read in place by as many readers as there
    /// are threads), or a ZIP nested in another, read into memory (bounded by `zipMemberBytes`).
    enum Archive: Sendable {
        case disk(path: String, display: String)
        case memory(bytes: [UInt8], display: String)

        /// A reader of its own: libzip's archives are not shared between threads.
        func open() throws(ZipError) -> ZipReader {
            switch self {
            case .disk(let path, _): try ZipReader(path: path)
            case .memory(let bytes, let display): try ZipReader(bytes: bytes, name: display)
            }
        }
    }

    /// A wanted member, not yet read: its ZIP (an index into `Listing.archives`), its entry, its
    /// base name and its display name (`zip!member`).
    struct Member: Sendable {
        let archive: Int
        let entry: ZipEntry
        let base: String
        let display: String
    }

    /// The wanted members of one or more ZIPs, in name order, nested ZIPs in place.
    struct Listing: Sendable {
        var archives: [Archive] = []
        var members: [Member] = []
    }

    /// Lists the wanted members of the ZIP `archive` (opened as `reader`) and of the ZIPs inside it,
    /// into `listing`. Returns how many wanted members there were, refused ones included; nil when
    /// the ZIP itself cannot be read (its finding added).
    func list(_ archive: Archive, display: String, depth: Int = 0, into listing: inout Listing, findings: inout [Finding]) -> Int? {
        let reader: ZipReader
        let entries: [ZipEntry]
        do {
            reader = try archive.open()
            entries = try reader.entries()
        } catch {
            findings.append(
                Finding(
                    code, "\(display) cannot be read as a ZIP: \(error.message)", at: SourceLocation(file: display),
                    hint: "\(redownload); the file may be truncated"))
            return nil
        }
        let index = listing.archives.count
        listing.archives.append(archive)
        var wanted = 0
        for entry in entries.sorted(by: { $0.name < $1.name }) {
            let parts = entry.name.split(separator: "/", omittingEmptySubsequences: false)
            let base = parts.last.map(String.init) ?? entry.name
            let inner = "\(display)!\(Finding.echo(entry.name))"
            let lower = base.lowercased()
            let isWanted = suffixes.contains { lower.hasSuffix($0) }
            guard isWanted || lower.hasSuffix(".zip"), !entry.name.hasSuffix("/") else { continue }
            // A member refused below was still wanted: the ZIP is then no "ZIP without members".
            if isWanted { wanted += 1 }
            // (Before the junk test, to which '..' looks like a hidden name.)
            if entry.name.hasPrefix("/") || parts.contains("..") {
                findings.append(
                    Finding(
                        code, "\(inner) has an unsafe path (absolute, or with '..'); it was not read", at: SourceLocation(file: inner),
                        hint: "the SAT never names members so: \(redownload)"))
                continue
            }
            if parts.contains(where: { Self.isJunk(String($0)) }) { continue }
            guard lower.hasSuffix(".zip") else {
                listing.members.append(Member(archive: index, entry: entry, base: base, display: inner))
                continue
            }
            if depth + 1 > limits.zipNesting {
                findings.append(
                    Finding(
                        code, "\(inner) is nested more than \(limits.zipNesting) ZIPs deep; it was not read", at: SourceLocation(file: inner),
                        hint: "unpack the outer ZIPs and put the SAT's ZIPs in the folder, or raise [limits] zip_nesting in rules.toml"))
                continue
            }
            guard let content = read(entry, of: reader, display: inner, findings: &findings) else { continue }
            wanted += list(.memory(bytes: content, display: inner), display: inner, depth: depth + 1, into: &listing, findings: &findings) ?? 0
        }
        return wanted
    }

    /// A member's bytes, within the limits; nil with its finding when it cannot be read.
    func read(_ entry: ZipEntry, of reader: ZipReader, display: String, findings: inout [Finding]) -> [UInt8]? {
        do { return try reader.contents(entry, limit: limits.zipMemberBytes, ratio: limits.zipExpansionRatio) } catch {
            findings.append(
                Finding(
                    code, "\(display) cannot be read: \(error)", at: SourceLocation(file: display),
                    hint: "\(redownload); if the member is real, raise [limits] zip_member_mib or zip_expansion_ratio in rules.toml"))
            return nil
        }
    }

    /// Hands `visit` each wanted member of the ZIP `bytes` (named `display`) and of the ZIPs inside
    /// it: its base name, its full display name (`zip!member`) and its bytes. Returns how many wanted
    /// members there were, refused ones included; nil when the ZIP itself cannot be read (its
    /// finding added).
    func walk(
        zip bytes: [UInt8], display: String, depth: Int = 0, findings: inout [Finding], visit: (String, String, [UInt8], inout [Finding]) -> Void
    )
        -> Int?
    {
        var listing = Listing()
        guard let wanted = list(.memory(bytes: bytes, display: display), display: display, depth: depth, into: &listing, findings: &findings) else {
            return nil
        }
        var readers = MemberReaders(listing)
        for member in listing.members {
            guard let reader = readers.reader(member, walker: self, findings: &findings),
                let content = read(member.entry, of: reader, display: member.display, findings: &findings)
            else { continue }
            visit(member.base, member.display, content, &findings)
        }
        return wanted
    }

    /// macOS resource forks, hidden files and folders.
    static func isJunk(_ name: String) -> Bool { name == "__MACOSX" || name.hasPrefix(".") || name.hasPrefix("._") }
}

/// One thread's readers of a listing's ZIPs, each opened when first needed.
struct MemberReaders {
    private let archives: [PackageWalker.Archive]
    private var open: [Int: ZipReader] = [:]

    init(_ listing: PackageWalker.Listing) { archives = listing.archives }

    /// The reader of `member`'s ZIP; nil, with its finding, when it cannot be opened again.
    mutating func reader(_ member: PackageWalker.Member, walker: PackageWalker, findings: inout [Finding]) -> ZipReader? {
        if let reader = open[member.archive] { return reader }
        do {
            let reader = try archives[member.archive].open()
            open[member.archive] = reader
            return reader
        } catch {
            findings.append(
                Finding(
                    walker.code, "\(member.display) cannot be read: \(error.message)", at: SourceLocation(file: member.display),
                    hint: "\(walker.redownload); the file may have changed while it was read"))
            return nil
        }
    }
}
