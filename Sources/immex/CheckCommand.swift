import ArgumentParser
import Foundation
import IMMEXDomain
import IMMEXPipeline
import IMMEXReport

/// `immex check <year>`: the mid-year dry run.
extension SalesSource: ExpressibleByArgument {}

struct CheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "check",
            abstract: helpText("Dry run: is the year on track to pass the export threshold?"),
            discussion: helpText(
                """
                Reads fiscal-years/<year>/ exactly as `file` does (same parsing, rules and findings), \
                leaves out rows dated after --as-of, and shows the year-to-date figures, two projections \
                to 31 December (the run rate; last year's monthly shape when fiscal-years/<year-1>/ \
                exists), what the rest of the year must still bring for each test, and the filing \
                calendar. Writes nothing unless --report; never the evidence bundle.
                Exit codes: 0 on track; 1 projected to fail the threshold (or past the deadline with no \
                filing archive); 2 input errors. JSON output (--format json) is documented in docs/dry-run-json.md.
                """)
        )
    }

    @Argument(help: helpText("The fiscal year to check, e.g. 2026.", valueName: "year"))
    var year: Int

    @Option(help: helpText("Leave out rows dated after this day (default: today, or 31 December for a past year).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Flag(help: ArgumentHelp(helpText("Also write out/<year>/dry-run-<as-of>.xml (validated), .txt and .html.")))
    var report = false

    @Option(
        help: helpText(
            "Also estimate what the temporary imports whose term ends before this day would cost then (see `immex imports`).", valueName: "YYYY-MM-DD"))
    var estimateUntil: String?

    @Option(
        help: helpText(
            "Sum sales from this extract whatever rules.toml's [sales] source says: csv (sales.csv) or cfdi (the packages in cfdi/).", valueName: "source"))
    var salesSource: SalesSource?

    @Option(help: ArgumentHelp(helpText("text or json.")))
    var format: OutputFormat = .text

    @OptionGroup var languageOption: LanguageOptions
    @OptionGroup var findings: FindingsListOptions

    @OptionGroup var options: RootOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        try ArgumentChecks.fiscalYear(year)
        try ArgumentChecks.dates([("--as-of", asOf), ("--estimate-until", estimateUntil)])
    }

    func run() throws {
        let language = languageOption.language(root: options.rootURL, year: year)
        var request = CheckRequest(
            root: options.rootURL, year: FiscalYear(year), asOf: asOf.flatMap { CalendarDate.parse($0) }, writeReport: report, language: language)
        request.log = output.log
        request.estimateUntil = estimateUntil.flatMap { CalendarDate.parse($0) }
        request.salesSource = salesSource
        let bar = output.quiet ? nil : ProgressBar.forTerminal(language)
        request.progress = bar?.report
        defer { bar?.finish() }
        let result: CheckResult
        do {
            result = try CheckRun.run(request)
        } catch {
            try FileCommand.report(error, limit: findings.limit, language: language)
            return
        }
        let document = result.document
        switch format {
        case .json:
            print(document.json.text())
        case .text where output.quiet:
            let errors = document.findings.filter { $0.severity == .error }
            if !errors.isEmpty {
                printError(Terminal.highlightFindings(FindingsListing.render(errors, limit: findings.limit, language: language)))
            }
            print(Terminal.highlightVerdict(MessageCatalogue.say(document.assessment.onTrack ? "Verdict: ON TRACK" : "Verdict: AT RISK", in: language)))
        case .text:
            let listed = document.findings.filter { $0.severity != .note }
            if !listed.isEmpty {
                printError(Terminal.highlightFindings(FindingsListing.render(listed, limit: findings.limit, language: language)) + "\n")
            }
            print(Terminal.highlightVerdict(DryRunText.render(document, language: language)), terminator: "")
            if !result.outputs.isEmpty {
                print("\n" + MessageCatalogue.say("Written:", in: language))
                for path in result.outputs { print("  \(path)") }
            }
        }
        if !document.assessment.onTrack || document.findings.hasErrors { throw ExitStatus.failsThreshold }
    }
}
