import Foundation
import IMMEXDomain
import Machinery
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
    let redownload: Phrase
    let limits: InputLimits

    /// Where a listed member's ZIP is: a file on disk (read in place by as many readers as there
    /// are threads), or a ZIP nested in another, read into memory (bounded by `zipMemberBytes`).
    enum Archive: Sendable {
        case disk(path: String, display: String)
        case memory(bytes: [UInt8], display: String)

        /// A reader of its own: libzip's archives are not shared between threads. `checked` off for
        /// an archive listed already (its consistency was checked then).
        func open(checked: Bool = true) throws(ZipError) -> ZipReader {
            switch self {
            case .disk(let path, _): try ZipReader(path: path, checked: checked)
            case .memory(let bytes, let display): try ZipReader(bytes: bytes, name: display)
            }
        }
    }

    /// A wanted member, not yet read: its ZIP (an index into `Listing.archives`), its entry's
    /// index and sizes, and its name as a file of the run (`zip!member`, kept with its package's:
    /// a package lists a million members, and a string each cost more than all else listed).
    struct Member: Sendable {
        let archive: Int32
        let index: Int32
        let declaredSize: UInt64
        let compressedSize: UInt64
        let method: Int32?
        let crc: UInt32?
        let source: SourceFile
        /// Which of the walker's `suffixes` its name ends with.
        let suffix: Int8

        /// `zip!member`.
        var display: String { source.name }
        /// The member's own name, without its folders.
        var base: String {
            let display = display
            let name = display[(display.lastIndex(of: "!").map { display.index(after: $0) } ?? display.startIndex)...]
            return String(name[(name.lastIndex(of: "/").map { name.index(after: $0) } ?? name.startIndex)...])
        }
        /// Its entry, nameless: the reader names it from the archive when it must (`ZipReader.contents`).
        var entry: ZipEntry {
            ZipEntry(index: Int(index), name: "", declaredSize: declaredSize, compressedSize: compressedSize, method: method, crc: crc)
        }
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
        let archiveIndex = Int32(listing.archives.count)
        listing.archives.append(archive)
        var wanted = 0
        var accepted: [ZipEntry] = []
        for entry in entries.sorted(by: { $0.name < $1.name }) {
            let parts = entry.name.split(separator: "/", omittingEmptySubsequences: false)
            let lower = (parts.last.map(String.init) ?? entry.name).lowercased()
            let isWanted = suffixes.contains { lower.hasSuffix($0) }
            guard isWanted || lower.hasSuffix(".zip"), !entry.name.hasSuffix("/") else { continue }
            // A member refused below was still wanted: the ZIP is then no "ZIP without members".
            if isWanted { wanted += 1 }
            // (Before the junk test, to which '..' looks like a hidden name.)
            if entry.name.hasPrefix("/") || parts.contains("..") {
                let inner = "\(display)!\(Finding.echo(entry.name))"
                findings.append(
                    Finding(
                        code, "\(inner) has an unsafe path (absolute, or with '..'); it was not read", at: SourceLocation(file: inner),
                        hint: "the SAT never names members so: \(redownload)"))
                continue
            }
            if parts.contains(where: { Self.isJunk(String($0)) }) { continue }
            accepted.append(entry)
        }
        // The members' names, made for the whole package at once; nested ZIPs are read in place.
        let plain = accepted.filter { !$0.name.lowercased().hasSuffix(".zip") }
        var sources = SourceFile.members(of: display, names: plain.map { Finding.echo($0.name) })[...]
        for entry in accepted {
            guard entry.name.lowercased().hasSuffix(".zip") else {
                listing.members.append(
                    Member(
                        archive: archiveIndex, index: Int32(entry.index), declaredSize: entry.declaredSize, compressedSize: entry.compressedSize,
                        method: entry.method, crc: entry.crc, source: sources.removeFirst(),
                        suffix: Int8(suffixes.firstIndex { entry.name.lowercased().hasSuffix($0) } ?? -1)))
                continue
            }
            let inner = "\(display)!\(Finding.echo(entry.name))"
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
            findings.append(unreadable(display, at: SourceLocation(file: display), error))
            return nil
        }
    }

    /// The finding for a member that cannot be read (damaged, lying about its size, too large).
    func unreadable(_ display: String, at location: SourceLocation, _ error: any Error) -> Finding {
        Finding(
            code, "\(display) cannot be read: \(error)", at: location,
            hint: "\(redownload); if the member is real, raise [limits] zip_member_mib or zip_expansion_ratio in rules.toml")
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
        let archives = SharedArchives(listing)
        let inflater = Inflater()
        for member in listing.members {
            guard let content = archives.read(member, walker: self, inflater: inflater, findings: &findings) else { continue }
            visit(member.base, member.display, content, &findings)
        }
        return wanted
    }

    /// macOS resource forks, hidden files and folders.
    static func isJunk(_ name: String) -> Bool { name == "__MACOSX" || name.hasPrefix(".") || name.hasPrefix("._") }
}

/// A listing's ZIPs shared by the threads that read their members: one libzip reader per ZIP (a
/// reader holds its ZIP's whole directory, tens of megabytes for 200,000 members), at most two open
/// (threads cross from one package to the next), each used under a lock only to copy a member's
/// stored bytes out; each thread inflates its own (`Inflater`).
/// Unchecked: libzip's readers are not `Sendable`; every use of one is under `lock`.
final class SharedArchives: @unchecked Sendable {
    private let lock = NSLock()
    private let archives: [PackageWalker.Archive]
    private var open: [(archive: Int32, reader: ZipReader)] = []

    init(_ listing: PackageWalker.Listing) { archives = listing.archives }

    /// `member`'s bytes, within the walker's limits; nil with its finding when it cannot be read
    /// (or its ZIP cannot be opened again).
    func read(_ member: PackageWalker.Member, walker: PackageWalker, inflater: Inflater, findings: inout [Finding]) -> [UInt8]? {
        let entry = member.entry
        let limits = walker.limits
        var stored: [UInt8]?
        var whole: [UInt8]?
        do {
            try lock.withLock {
                let reader: ZipReader
                do { reader = try self.reader(member.archive) } catch { throw Reopening(message: (error as? ZipError)?.message ?? "\(error)") }
                stored = try reader.deflated(entry, limit: limits.zipMemberBytes, ratio: limits.zipExpansionRatio)
                // Not deflated (stored, or no CRC given): read whole by libzip, under the lock.
                if stored == nil { whole = try reader.contents(entry, limit: limits.zipMemberBytes, ratio: limits.zipExpansionRatio) }
            }
            if let whole { return whole }
            return try inflater.contents(entry, deflated: stored ?? [], archive: member.display)
        } catch let failure as Reopening {
            findings.append(
                Finding(
                    walker.code, "\(member.display) cannot be read: \(failure.message)", at: SourceLocation(source: member.source),
                    hint: "\(walker.redownload); the file may have changed while it was read"))
            return nil
        } catch {
            findings.append(walker.unreadable(member.display, at: SourceLocation(source: member.source), error))
            return nil
        }
    }

    /// A listed ZIP that could not be opened again.
    private struct Reopening: Error {
        let message: String
    }

    /// (Under the lock.) The open reader of `archive`, opening it (listed, so checked once already)
    /// and closing the least recent when two are open. libzip keeps a package's whole directory
    /// (about 65 MB for 200,000 CFDI, in many small blocks); closed on one thread after being opened
    /// on another, its blocks went back to the other thread's pool, and each package added to the
    /// run's memory. They are given back to the system as the package is closed.
    private func reader(_ archive: Int32) throws(ZipError) -> ZipReader {
        if let found = open.firstIndex(where: { $0.archive == archive }) { return open[found].reader }
        if open.count == 2 {
            open.removeFirst()
            FreedMemory.returnToSystem()
        }
        let reader = try archives[Int(archive)].open(checked: false)
        open.append((archive, reader))
        return reader
    }
}
