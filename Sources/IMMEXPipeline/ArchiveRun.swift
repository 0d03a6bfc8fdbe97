import Foundation
import IMMEXDomain
import IMMEXEvidence
import IMMEXIngest

/// What `immex archive` is asked to do.
public struct ArchiveRequest: Sendable {
    public var root: URL
    public var year: FiscalYear
    /// The VUCEM acknowledgement (acuse) of the filing, usually a PDF.
    public var acknowledgement: URL
    public var filedOn: CalendarDate
    public var signing: SigningChoice
    public var time: Int64
    public var generator: String
    /// Replace an archive already in `out/<year>/` (never done without being asked).
    public var force = false

    public init(
        root: URL, year: FiscalYear, acknowledgement: URL, filedOn: CalendarDate, signing: SigningChoice,
        time: Int64 = GenerationTime.current(), generator: String = IMMEXVersion.generator
    ) {
        self.root = root
        self.year = year
        self.acknowledgement = acknowledgement
        self.filedOn = filedOn
        self.signing = signing
        self.time = time
        self.generator = generator
    }
}

/// After filing: seals the evidence bundle, unchanged, with the acknowledgement the tax team
/// received, in `out/<year>/immex-<year>-archive.zip` under a signed `ARCHIVE-MANIFEST`.
public enum ArchiveRun {
    public static func run(_ request: ArchiveRequest) throws(FilingError) -> String {
        let folder = FiscalYearFolder(root: request.root, year: request.year)
        let lock = try YearLock.acquire(root: request.root, year: String(request.year.value), command: "archive")
        defer { withExtendedLifetime(lock) {} }
        let evidenceName = "immex-\(request.year)-evidence.zip"
        let evidencePath = "out/\(request.year)/\(evidenceName)"
        let evidenceURL = request.root.appendingPathComponent(evidencePath)
        guard let evidence = FileManager.default.contents(atPath: evidenceURL.path) else {
            throw .inputErrors([
                Finding(
                    .missingFile, "\(evidencePath) does not exist", at: SourceLocation(file: evidencePath),
                    hint: "run `immex file \(request.year)` first; the archive seals the bundle that was filed")
            ])
        }
        // Only a bundle that verifies is archived.
        let check = BundleVerifier.verify(path: evidenceURL.path)
        guard check.failures.allSatisfy({ $0 == .unsigned }), check.inner.isEmpty, let manifest = check.manifest else {
            throw .signingRefused("\(evidencePath) does not verify: \(Phrase.list(check.failures.map(\.phrase), separator: "; "))")
        }
        guard let acknowledgement = FileManager.default.contents(atPath: request.acknowledgement.path) else {
            throw .inputErrors([
                Finding(
                    .missingFile, "the acknowledgement \(request.acknowledgement.path) cannot be read",
                    at: SourceLocation(file: request.acknowledgement.path), hint: "pass the acuse VUCEM issued, with --acknowledgement")
            ])
        }
        guard manifest.isSigned || isUnsigned(request.signing) else {
            throw .signingRefused("\(evidencePath) is an unsigned rehearsal bundle; file with the e.firma first, or archive with --unsigned")
        }

        var findings = datesAndPlace(request, manifest: manifest)
        let settings = FiscalYearLoader.companySettings(folder, findings: &findings)
        guard let settings, !findings.hasErrors else { throw .inputErrors(findings) }
        guard settings.company.rfc.value == manifest["company-rfc"] else {
            throw .signingRefused("the evidence bundle is for RFC \(manifest["company-rfc"] ?? "?"), company.toml says \(settings.company.rfc)")
        }
        let timeRequest = FilingRequest(root: request.root, year: request.year, signing: request.signing, generatedAt: request.time)
        let signer = try FilingRun.openSigner(timeRequest, folder: folder, settings: settings)

        // The same business days as `check` and `file`: rules.toml [calendar].
        let rules = FiscalYearLoader.rules(folder, findings: &findings)
        guard let rules, !findings.hasErrors else { throw .inputErrors(findings) }
        let calendar = FilingCalendar(year: request.year, holidays: rules.holidays)
        // Our anchor: five years from the filing (or the deadline, if later); a late filing keeps
        // records longer. CFF art. 30 counts from the related returns (FilingCalendar).
        let retentionStart = max(request.filedOn, calendar.deadline)
        let retention = CalendarDate(
            year: retentionStart.year + 5, month: retentionStart.month,
            day: min(retentionStart.day, CalendarDate.daysIn(month: retentionStart.month, year: retentionStart.year + 5)))!
        let acknowledgementName = "acknowledgement/" + request.acknowledgement.lastPathComponent
        let fields: [(key: String, value: String)] = [
            ("company-rfc", settings.company.rfc.value),
            ("fiscal-year", String(request.year.value)),
            ("filed-on", request.filedOn.description),
            ("filing-deadline", calendar.deadline.description),
            ("filed-late", request.filedOn > calendar.deadline ? "yes" : "no"),
            ("retention-until", retention.description),
            (
                "retention-basis",
                "five years from the filing (or the deadline, if later): our own anchor (the report is informational, not a tax return); CFF art. 30 counts five years from the returns the records relate to, and longer for long-lived goods such as machinery or undischarged temporary imports"
            ),
            ("generator", request.generator),
            ("archived-at", UTCTime.iso8601(request.time)),
        ]
        let name = "immex-\(request.year)-archive.zip"
        let outputs = OutputSet(
            directory: "out/\(request.year)",
            files: [
                (
                    name,
                    { url in
                        try BundleWriter.write(
                            to: url.path, kind: .archive, fields: fields,
                            entries: [
                                BundleEntry(path: evidenceName, bytes: [UInt8](evidence)),
                                BundleEntry(path: acknowledgementName, bytes: [UInt8](acknowledgement)),
                            ],
                            signer: signer?.identity, time: request.time)
                    }
                )
            ])
        do { try outputs.publish(root: request.root) } catch { throw .outputFailed(error.phrase) }
        return outputs.paths[0]
    }

    /// The filing date must fall after the fiscal year and not before the bundle it seals was made;
    /// an archive already there is replaced only with `force`.
    private static func datesAndPlace(_ request: ArchiveRequest, manifest: Manifest) -> [Finding] {
        var findings: [Finding] = []
        let firstPossible = CalendarDate(year: request.year.value + 1, month: 1, day: 1)!
        if request.filedOn < firstPossible {
            findings.append(
                Finding(
                    .invalidSettings,
                    "--filed-on \(request.filedOn) is before the fiscal year \(request.year) ended; its report is filed from \(firstPossible)",
                    at: nil, hint: "give the date on VUCEM's acknowledgement"))
        }
        if let generated = manifest["generated-at"].flatMap({ CalendarDate.parse(String($0.prefix(10))) }), request.filedOn < generated {
            findings.append(
                Finding(
                    .invalidSettings,
                    "--filed-on \(request.filedOn) is before the evidence bundle was made (\(generated)); the report filed is the one it seals",
                    at: nil, hint: "give the date on VUCEM's acknowledgement, or run `immex file` again if the report filed was another"))
        }
        let archive = "out/\(request.year)/immex-\(request.year)-archive.zip"
        if !request.force, FileManager.default.fileExists(atPath: request.root.appendingPathComponent(archive).path) {
            findings.append(
                Finding(
                    .invalidSettings, "\(archive) already exists; it was not replaced", at: SourceLocation(file: archive),
                    hint: "move it away first, or pass --force to replace it"))
        }
        return findings
    }

    private static func isUnsigned(_ choice: SigningChoice) -> Bool {
        if case .unsigned = choice { return true }
        return false
    }
}
