import Foundation
import IMMEXDomain

/// What `fiscal-years/<year>/cfdi/` holds: the company's CFDI as the SAT's bulk download delivers
/// them (ZIPs of XML, ZIPs of metadata `.txt`) and loose `.xml` files.
public struct CFDIPackageContents: Sendable {
    /// The CFDI the company issued, in file order (every type: which count as sales is the
    /// pipeline's decision).
    public var documents: [CFDIDocument] = []
    /// The metadata rows of CFDI the company issued.
    public var metadata: [CFDIMetadata] = []
    /// CFDI (and metadata rows) of another issuer: received, ignored and counted.
    public var received = 0
    /// The files read, byte for byte, for the evidence.
    public var files: [InputFile] = []
}

/// Reads `cfdi/` in place, through `PackageWalker` (nothing unpacked to disk): each XML with
/// `CFDIParser`, each metadata `.txt` through the one CSV reader. One bad CFDI never hides the
/// others: each problem is a finding at `zip!member:line:column`.
public enum CFDIPackages {
    public static let folderName = "cfdi"

    /// Nil when the folder has no `cfdi/`.
    public static func read(_ folder: FiscalYearFolder, company: RFC, limits: InputLimits, findings: inout [Finding]) -> CFDIPackageContents? {
        let directory = folder.url.appendingPathComponent(folderName)
        let display = "\(folder.relativePath)/\(folderName)"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue, let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            findings.append(
                Finding(
                    .cfdiUnreadable, "\(display) is not a folder that can be listed, so no CFDI was read", at: SourceLocation(file: display),
                    hint: "make cfdi/ a folder holding the SAT's packages"))
            return CFDIPackageContents()
        }
        var contents = CFDIPackageContents()
        let walker = PackageWalker(
            code: .cfdiUnreadable, suffixes: [".xml", ".txt"], redownload: "download the package again from the SAT", limits: limits)
        func member(_ base: String, _ inner: String, _ bytes: [UInt8], _ findings: inout [Finding]) {
            if base.lowercased().hasSuffix(".xml") {
                guard let document = CFDIParser.parse(bytes, displayPath: inner, findings: &findings) else { return }
                if document.issuerRFC == company { contents.documents.append(document) } else { contents.received += 1 }
            } else {
                guard let file = try? InputFile(displayPath: inner, url: directory, bytes: bytes) else { return }
                let rows = CFDIMetadataReader().read(.memory(file), findings: &findings).rows
                for row in rows {
                    if row.issuerRFC == company { contents.metadata.append(row) } else { contents.received += 1 }
                }
            }
        }
        for name in names.sorted() where !PackageWalker.isJunk(name) {
            let lower = name.lowercased()
            guard lower.hasSuffix(".zip") || lower.hasSuffix(".xml") || lower.hasSuffix(".txt") else { continue }
            let path = "\(display)/\(name)"
            let file: InputFile
            do { file = try InputFile.read(directory.appendingPathComponent(name), displayPath: path) } catch {
                findings.append(error.finding)
                continue
            }
            contents.files.append(file)
            if !lower.hasSuffix(".zip") {
                member(name, path, file.bytes, &findings)
            } else if walker.walk(zip: file.bytes, display: path, findings: &findings, visit: member) == 0 {
                findings.append(
                    Finding(
                        .cfdiUnreadable, "\(path) holds no CFDI XML and no metadata .txt", at: SourceLocation(file: path),
                        hint: "it is not a package of the SAT's bulk download: download it again, or remove the file"))
            }
        }
        return contents
    }
}
