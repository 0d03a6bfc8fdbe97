import ArgumentParser
import Foundation
import IMMEXDomain
import IMMEXPipeline
import IMMEXReport

/// `immex imports <year>`: the temporary imports behind the program, aged against their terms.
struct ImportsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "imports",
            abstract: helpText("Temporary imports: what must leave by when, and what is overdue."),
            discussion: helpText(
                """
                Reads the import-side lines of the SAT's Data Stage in fiscal-years/<year>/datastage/ \
                (and fiscal-years/<year-1>/datastage/ when present: an 18-month term spans two extracts) \
                whose key is a temporary import (IN, AF; the key catalogue's import side), and ages each \
                against its term (Ley Aduanera art. 108: inputs 18 months, containers 2 years, machinery \
                while the program is in force; the last day by CFF art. 12; [temporary_imports] in rules.toml). \
                Without the company's inventory-control balances every line counts whole: an upper bound. \
                For lines past their term, an estimate of what they would cost (IGI at the line's 556 \
                rate, DTA and IVA as [temporary_imports] sets them, updated by CFF art. 17-A with \
                templates/inpc.toml, art. 21 surcharges with templates/surcharge-rates.toml); a month or \
                year those files lack is named, never guessed. Writes nothing. Exit codes: 0 nothing expired; 1 a line is past its term; 2 input errors. \
                JSON output (--format json) is documented in docs/imports-json.md.
                """)
        )
    }

    @Argument(help: helpText("The fiscal year whose Data Stage to read, e.g. 2025.", valueName: "year"))
    var year: Int

    @Option(help: helpText("Age the lines as of this day (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(
        help: helpText(
            "Also estimate the lines whose term ends before this day, as if still here then (default: only the expired ones, as of --as-of).",
            valueName: "YYYY-MM-DD"))
    var estimateUntil: String?

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
        var request = ImportsRequest(root: options.rootURL, year: FiscalYear(year), asOf: asOf.flatMap { CalendarDate.parse($0) })
        request.log = output.log
        request.estimateUntil = estimateUntil.flatMap { CalendarDate.parse($0) }
        let language = languageOption.language(root: options.rootURL, year: year)
        let result: ImportsResult
        do {
            result = try ImportsRun.run(request)
        } catch {
            try FileCommand.report(error, limit: findings.limit, language: language)
            return
        }
        switch format {
        case .json:
            print(ImportsReport.json(result.control, yearsRead: result.yearsRead, findings: result.findings, estimates: result.estimates).text())
        case .text:
            let listed = result.findings.filter { $0.severity != .note }
            if !listed.isEmpty, !output.quiet {
                printError(Terminal.highlightFindings(FindingsListing.render(listed, limit: findings.limit, language: language)) + "\n")
            }
            print(ImportsReport.text(result.control, yearsRead: result.yearsRead, estimates: result.estimates, language: language), terminator: "")
        }
        if result.control.lines.contains(where: { $0.bucket == .expired }) { throw ExitStatus.failsThreshold }
    }
}
