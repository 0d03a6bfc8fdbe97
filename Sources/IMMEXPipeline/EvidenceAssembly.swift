import CryptoSupport
import Foundation
import IMMEXDomain
import IMMEXEvidence
import IMMEXIngest

/// What goes into `out/<year>/immex-<year>-evidence.zip`, and its manifest's header.
///
/// `inputs/` holds the exact bytes of every file read from the year's folder (settings included;
/// the e.firma's key never), `templates/` the template and schema that made the report, `report/`
/// the outputs of the run.
struct EvidenceAssembly {
    let year: FiscalYear
    let company: Company
    let inputs: [InputFile]
    let folder: FiscalYearFolder
    let templates: [InputFile]
    let report: [(name: String, bytes: [UInt8])]
    let generator: String
    let generatedAt: Int64
    let holidays: Set<CalendarDate>
    /// The scratch archive with the large inputs already deflated, if there is one.
    var precompressed: URL? = nil
    /// Outputs of the run written to disk rather than held in memory (the working paper).
    var generated: [(name: String, url: URL, size: Int, sha256: String)] = []

    var fileName: String { "immex-\(year)-evidence.zip" }

    var entries: [BundleEntry] {
        let prefix = folder.relativePath + "/"
        return inputs.map { input in
            let path = "inputs/" + input.displayPath.dropPrefix(prefix)
            guard input.isOnDisk else { return BundleEntry(path: path, bytes: input.bytes, sha256: input.sha256) }
            var entry = BundleEntry(path: path, file: input.url, size: input.size, sha256: input.sha256)
            entry.precompressed = precompressed
            return entry
        }
            + templates.map { BundleEntry(path: $0.displayPath, bytes: $0.bytes, sha256: $0.sha256) }
            + report.map { BundleEntry(path: "report/\($0.name)", bytes: $0.bytes) }
            + generated.map { BundleEntry(path: "report/\($0.name)", file: $0.url, size: $0.size, sha256: $0.sha256) }
    }

    var fields: [(key: String, value: String)] {
        let calendar = FilingCalendar(year: year, holidays: holidays)
        return [
            ("company-rfc", company.rfc.value),
            ("company-name", company.legalName),
            ("fiscal-year", String(year.value)),
            ("generator", generator),
            ("generated-at", UTCTime.iso8601(generatedAt)),
            ("filing-deadline", calendar.deadline.description),
            ("retention-until", calendar.retentionUntil.description),
            (
                "retention-basis",
                "five years from the filing deadline: our own anchor (the report is informational, not a tax return); CFF art. 30 counts five years from the returns the records relate to, and longer for long-lived goods such as machinery or undischarged temporary imports"
            ),
        ]
    }

    func write(to url: URL, signer: SigningIdentity?) throws {
        try BundleWriter.write(to: url.path, kind: .evidence, fields: fields, entries: entries, signer: signer, time: generatedAt)
    }
}

extension String {
    fileprivate func dropPrefix(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
}
