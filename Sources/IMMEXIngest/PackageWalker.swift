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

    /// Hands `visit` each wanted member of the ZIP `bytes` (named `display`) and of the ZIPs inside
    /// it: its base name, its full display name (`zip!member`) and its bytes. Returns how many wanted
    /// members there were, refused ones included; nil when the ZIP itself cannot be read (its
    /// finding added).
    func walk(
        zip bytes: [UInt8], display: String, depth: Int = 0, findings: inout [Finding], visit: (String, String, [UInt8], inout [Finding]) -> Void
    )
        -> Int?
    {
        let reader: ZipReader
        let entries: [ZipEntry]
        do {
            reader = try ZipReader(bytes: bytes, name: display)
            entries = try reader.entries()
        } catch {
            findings.append(
                Finding(
                    code, "\(display) cannot be read as a ZIP: \(error.message)", at: SourceLocation(file: display),
                    hint: "\(redownload); the file may be truncated"))
            return nil
        }
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
            if lower.hasSuffix(".zip"), depth + 1 > limits.zipNesting {
                findings.append(
                    Finding(
                        code, "\(inner) is nested more than \(limits.zipNesting) ZIPs deep; it was not read", at: SourceLocation(file: inner),
                        hint: "unpack the outer ZIPs and put the SAT's ZIPs in the folder, or raise [limits] zip_nesting in rules.toml"))
                continue
            }
            let content: [UInt8]
            do { content = try reader.contents(entry, limit: limits.zipMemberBytes, ratio: limits.zipExpansionRatio) } catch {
                findings.append(
                    Finding(
                        code, "\(inner) cannot be read: \(error)", at: SourceLocation(file: inner),
                        hint: "\(redownload); if the member is real, raise [limits] zip_member_mib or zip_expansion_ratio in rules.toml"))
                continue
            }
            if lower.hasSuffix(".zip") {
                wanted += walk(zip: content, display: inner, depth: depth + 1, findings: &findings, visit: visit) ?? 0
            } else {
                visit(base, inner, content, &findings)
            }
        }
        return wanted
    }

    /// macOS resource forks, hidden files and folders.
    static func isJunk(_ name: String) -> Bool { name == "__MACOSX" || name.hasPrefix(".") || name.hasPrefix("._") }
}
