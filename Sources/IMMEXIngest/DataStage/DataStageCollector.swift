import Foundation
import IMMEXDomain
import ZipArchive

/// One `.asc` table found in the Data Stage folder.
struct DataStageMember {
    /// Where it is: `fiscal-years/2025/datastage/req.zip!inner.zip!752372_551.asc`, or a loose file.
    var name: String
    /// The request number (folio) and the table code (`501`, `551`, `Resumen`, ...).
    var folio: String
    var code: String
    var bytes: [UInt8]
}

/// Finds every Data Stage table in `fiscal-years/<year>/datastage/`: ZIPs as the SAT delivers them
/// (also nested in other ZIPs), with `__MACOSX/` and other junk skipped, and loose `.asc` files.
/// Nothing is unpacked to disk. The files themselves, byte for byte, are inputs for the evidence.
///
/// Whatever could change a figure is an error, never a skip: a `datastage` that is not a readable
/// folder, a ZIP that cannot be read or holds no table, a member with an unsafe path, one nested
/// deeper than `InputLimits.zipNesting`, larger than `zipMemberBytes`, or expanding more than
/// `zipExpansionRatio` times (a ZIP bomb is refused before it costs memory).
enum DataStageCollector {
    static let folderName = "datastage"

    /// Hands each member to `visit` as it is read (so only one is in memory at a time) and returns
    /// the files read; nil when there is no `datastage/` at all.
    static func collect(
        _ folder: FiscalYearFolder, limits: InputLimits = InputLimits(), findings: inout [Finding], visit: (DataStageMember, inout [Finding]) -> Void
    ) -> [InputFile]? {
        let directory = folder.url.appendingPathComponent(folderName)
        let display = "\(folder.relativePath)/\(folderName)"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else {
            findings.append(
                Finding(
                    .dataStageUnreadable, "\(display) is a file, not a folder, so no Data Stage was read", at: SourceLocation(file: display),
                    hint: "make datastage/ a folder holding the SAT's ZIPs, or remove it to use exports.csv alone"))
            return []
        }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: directory.path) } catch {
            findings.append(
                Finding(
                    .dataStageUnreadable, "\(display)/ cannot be listed: \(error.localizedDescription)", at: SourceLocation(file: display),
                    hint: "check the folder's permissions"))
            return []
        }
        var files: [InputFile] = []
        for name in names.sorted() where !isJunk(name) {
            let path = "\(display)/\(name)"
            let lower = name.lowercased()
            guard lower.hasSuffix(".zip") || lower.hasSuffix(".asc") else { continue }
            let file: InputFile
            do { file = try InputFile.read(directory.appendingPathComponent(name), displayPath: path) } catch {
                findings.append(error.finding)
                continue
            }
            files.append(file)
            if lower.hasSuffix(".asc") {
                if let member = member(named: name, display: path, bytes: file.bytes, findings: &findings) { visit(member, &findings) }
            } else if file.bytes.isEmpty {
                findings.append(
                    Finding(
                        .dataStageUnreadable, "\(path) is empty (0 bytes)", at: SourceLocation(file: path),
                        hint: "download the request again from the SAT"))
            } else if walk(zip: file.bytes, display: path, depth: 0, limits: limits, findings: &findings, visit: visit) == 0 {
                findings.append(
                    Finding(
                        .dataStageUnreadable, "\(path) holds no Data Stage table ({folio}_{code}.asc)", at: SourceLocation(file: path),
                        hint: "it is not a Data Stage request: download the request again, or remove the file"))
            }
        }
        return files
    }

    /// The tables found in the ZIP and the ZIPs inside it.
    private static func walk(
        zip bytes: [UInt8], display: String, depth: Int, limits: InputLimits, findings: inout [Finding], visit: (DataStageMember, inout [Finding]) -> Void
    ) -> Int {
        let reader: ZipReader
        let entries: [ZipEntry]
        do {
            reader = try ZipReader(bytes: bytes, name: display)
            entries = try reader.entries()
        } catch {
            findings.append(
                Finding(
                    .dataStageUnreadable, "\(display) cannot be read as a ZIP: \(error.message)", at: SourceLocation(file: display),
                    hint: "download the request again from the SAT; the file may be truncated"))
            return 0
        }
        var tables = 0
        for entry in entries.sorted(by: { $0.name < $1.name }) {
            let parts = entry.name.split(separator: "/", omittingEmptySubsequences: false)
            let base = parts.last.map(String.init) ?? entry.name
            let inner = "\(display)!\(Finding.echo(entry.name))"
            let lower = base.lowercased()
            guard lower.hasSuffix(".asc") || lower.hasSuffix(".zip"), !entry.name.hasSuffix("/") else { continue }
            // A table refused below was still a table: the ZIP is then no "ZIP without tables".
            if lower.hasSuffix(".asc") { tables += 1 }
            // (Before the junk test, to which '..' looks like a hidden name.)
            if entry.name.hasPrefix("/") || parts.contains("..") {
                findings.append(
                    Finding(
                        .dataStageUnreadable, "\(inner) has an unsafe path (absolute, or with '..'); it was not read", at: SourceLocation(file: inner),
                        hint: "the SAT's requests never name members so: download the request again"))
                continue
            }
            if parts.contains(where: { isJunk(String($0)) }) { continue }
            if lower.hasSuffix(".zip"), depth + 1 > limits.zipNesting {
                findings.append(
                    Finding(
                        .dataStageUnreadable, "\(inner) is nested more than \(limits.zipNesting) ZIPs deep; it was not read", at: SourceLocation(file: inner),
                        hint: "unpack the outer ZIPs and put the SAT's request ZIPs in datastage/, or raise [limits] zip_nesting in rules.toml"))
                continue
            }
            let content: [UInt8]
            do { content = try reader.contents(entry, limit: limits.zipMemberBytes, ratio: limits.zipExpansionRatio) } catch {
                findings.append(
                    Finding(
                        .dataStageUnreadable, "\(inner) cannot be read: \(error)", at: SourceLocation(file: inner),
                        hint:
                            "download the request again from the SAT; if the member is real, raise [limits] zip_member_mib or zip_expansion_ratio in rules.toml"
                    ))
                continue
            }
            if lower.hasSuffix(".zip") {
                tables += walk(zip: content, display: inner, depth: depth + 1, limits: limits, findings: &findings, visit: visit)
            } else if let member = member(named: base, display: inner, bytes: content, findings: &findings) {
                visit(member, &findings)
            }
        }
        return tables
    }

    /// `{folio}_{code}.asc`; another `.asc` name is reported (a table under another name would be
    /// left out of the figures).
    private static func member(named name: String, display: String, bytes: [UInt8], findings: inout [Finding]) -> DataStageMember? {
        let stem = name.dropLast(4)
        if let separator = stem.lastIndex(of: "_") {
            let folio = stem[..<separator]
            let code = stem[stem.index(after: separator)...]
            if !folio.isEmpty, !code.isEmpty {
                return DataStageMember(name: display, folio: String(folio.split(separator: "-").last ?? folio), code: String(code), bytes: bytes)
            }
        }
        findings.append(
            Finding(
                .dataStageUnreadable, "\(display) is not named as a Data Stage table ({folio}_{code}.asc, like 752372_551.asc); it was not read",
                at: SourceLocation(file: display), hint: "give it the name the SAT gave it", severity: .warning))
        return nil
    }

    /// macOS resource forks, hidden files and folders.
    static func isJunk(_ name: String) -> Bool { name == "__MACOSX" || name.hasPrefix(".") || name.hasPrefix("._") }
}
