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

    /// The tables found in the ZIP and the ZIPs inside it (`PackageWalker`).
    private static func walk(
        zip bytes: [UInt8], display: String, depth: Int, limits: InputLimits, findings: inout [Finding], visit: (DataStageMember, inout [Finding]) -> Void
    ) -> Int? {
        let walker = PackageWalker(code: .dataStageUnreadable, suffixes: [".asc"], redownload: "download the request again from the SAT", limits: limits)
        return walker.walk(zip: bytes, display: display, depth: depth, findings: &findings) { base, inner, content, findings in
            if let member = member(named: base, display: inner, bytes: content, findings: &findings) { visit(member, &findings) }
        }
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

    static func isJunk(_ name: String) -> Bool { PackageWalker.isJunk(name) }
}
