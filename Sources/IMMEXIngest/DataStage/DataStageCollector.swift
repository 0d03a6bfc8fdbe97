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
enum DataStageCollector {
    static let folderName = "datastage"
    /// A member larger than this is not a Data Stage table (the largest real ones are tens of MB).
    static let memberLimit: UInt64 = 4 << 30

    /// Hands each member to `visit` as it is read (so only one is in memory at a time) and returns
    /// the files read; nil when there is no `datastage/` folder.
    static func collect(_ folder: FiscalYearFolder, findings: inout [Finding], visit: (DataStageMember, inout [Finding]) -> Void) -> [InputFile]? {
        let directory = folder.url.appendingPathComponent(folderName)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return nil }
        var files: [InputFile] = []
        for name in names.sorted() where !isJunk(name) {
            let display = "\(folder.relativePath)/\(folderName)/\(name)"
            let lower = name.lowercased()
            guard lower.hasSuffix(".zip") || lower.hasSuffix(".asc") else { continue }
            let file: InputFile
            do { file = try InputFile.read(directory.appendingPathComponent(name), displayPath: display) } catch {
                findings.append(error.finding)
                continue
            }
            files.append(file)
            if lower.hasSuffix(".asc") {
                if let member = member(named: name, container: nil, display: display, bytes: file.bytes) { visit(member, &findings) }
            } else {
                walk(zip: file.bytes, display: display, depth: 0, findings: &findings, visit: visit)
            }
        }
        return files
    }

    private static func walk(zip bytes: [UInt8], display: String, depth: Int, findings: inout [Finding], visit: (DataStageMember, inout [Finding]) -> Void) {
        let reader: ZipReader
        let entries: [ZipEntry]
        do {
            reader = try ZipReader(bytes: bytes, name: display)
            entries = try reader.entries()
        } catch {
            findings.append(Finding(.dataStageUnreadable, "\(display) cannot be read as a ZIP: \(error.message)", at: SourceLocation(file: display),
                                    hint: "download the request again from the SAT; the file may be truncated"))
            return
        }
        for entry in entries.sorted(by: { $0.name < $1.name }) {
            let base = entry.name.split(separator: "/").last.map(String.init) ?? entry.name
            guard !entry.name.hasSuffix("/"), !entry.name.split(separator: "/").contains(where: { isJunk(String($0)) }) else { continue }
            let inner = "\(display)!\(entry.name)"
            let lower = base.lowercased()
            guard lower.hasSuffix(".asc") || (lower.hasSuffix(".zip") && depth < 3) else { continue }
            let content: [UInt8]
            do { content = try reader.contents(entry, limit: memberLimit) } catch {
                findings.append(Finding(.dataStageUnreadable, "\(inner) cannot be read: \(error)", at: SourceLocation(file: inner),
                                        hint: "download the request again from the SAT; the ZIP may be truncated"))
                continue
            }
            if lower.hasSuffix(".zip") {
                walk(zip: content, display: inner, depth: depth + 1, findings: &findings, visit: visit)
            } else if let member = member(named: base, container: display, display: inner, bytes: content) {
                visit(member, &findings)
            }
        }
    }

    /// `{folio}_{code}.asc`; other `.asc` names are not Data Stage tables and are left alone.
    private static func member(named name: String, container: String?, display: String, bytes: [UInt8]) -> DataStageMember? {
        let stem = name.dropLast(4)
        guard let separator = stem.lastIndex(of: "_") else { return nil }
        let folio = stem[..<separator], code = stem[stem.index(after: separator)...]
        guard !folio.isEmpty, !code.isEmpty else { return nil }
        return DataStageMember(name: display, folio: String(folio.split(separator: "-").last ?? folio), code: String(code), bytes: bytes)
    }

    /// macOS resource forks, hidden files and folders.
    static func isJunk(_ name: String) -> Bool { name == "__MACOSX" || name.hasPrefix(".") || name.hasPrefix("._") }
}
