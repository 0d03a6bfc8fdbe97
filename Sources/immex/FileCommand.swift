import ArgumentParser
import Foundation
import IMMEXDomain
import IMMEXPipeline
import IMMEXReport

/// `immex file <year>`: the yearly filing run.
struct FileCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "file",
            abstract: helpText("Compute the year's figures, check the thresholds and write the annual report."),
            discussion: helpText(
                """
                Reads fiscal-years/<year>/ (company.toml, rules.toml, sales.csv, exports.csv), validates \
                every row, aggregates total sales and exports, applies both threshold tests, renders the \
                XML report from templates/ and validates it against the schema, then writes to out/<year>/:
                  immex-annual-report-<year>.xml  the report
                  findings.csv                    every finding, with file:line:column
                  summary.txt                     the verdict and figures, as printed here
                  summary.html                    one page: verdict, figures, charts, findings
                  reconciliation.csv              invoices and pedimentos that disagree
                  immex-<year>.xlsx               the same for a spreadsheet, working papers too
                  immex-<year>-evidence.zip       every input, the report, a signed MANIFEST
                The bundle is signed with the company's e.firma (--cert/--key, or [signing] in \
                company.toml); the key's password comes from IMMEX_KEY_PASSWORD, --password-file, or a \
                prompt on a terminal. --unsigned makes a rehearsal bundle that is marked unsigned.
                Set SOURCE_DATE_EPOCH to fix the report's generation time (same inputs, same bytes).
                """)
        )
    }

    @Argument(help: helpText("The fiscal year to report, e.g. 2025.", valueName: "year"))
    var year: Int

    @OptionGroup var options: RootOptions

    @OptionGroup var findings: FindingsListOptions
    @OptionGroup var signing: SigningOptions
    @OptionGroup var languageOption: LanguageOptions

    @OptionGroup var output: OutputOptions

    func validate() throws {
        try ArgumentChecks.fiscalYear(year)
    }

    func run() throws {
        let language = languageOption.language(root: options.rootURL, year: year)
        var request = FilingRequest(root: options.rootURL, year: FiscalYear(year), signing: signing.choice(language), language: language)
        request.log = output.log
        let bar = output.quiet ? nil : ProgressBar.forTerminal(language)
        request.progress = bar?.report
        defer { bar?.finish() }
        do {
            let result = try FilingRun.run(request)
            if !result.findings.isEmpty && !output.quiet {
                printError(Terminal.highlightFindings(FindingsListing.render(result.findings, limit: findings.limit, language: result.language)))
                printError("\n")
            }
            if !output.quiet {
                print(Terminal.highlightVerdict(result.summary), terminator: "")
                print("")
                print(MessageCatalogue.say("Written:", in: result.language))
                for path in result.outputs { print("  \(path)") }
            }
            if !result.passes { throw ExitStatus.failsThreshold }
        } catch let error as FilingError {
            try Self.report(error, limit: findings.limit, language: language)
        }
    }

    /// Prints why a run stopped, in `language`, and throws its exit status (it always throws).
    static func report(_ error: FilingError, limit: Int? = 40, language: SummaryLanguage) throws {
        func say(_ phrase: Phrase) -> String { MessageCatalogue.say(phrase, in: language) }
        switch error {
        case .inputErrors(let findings):
            printError(Terminal.highlightFindings(FindingsListing.render(findings, limit: limit, language: language)))
            printError(MessageCatalogue.say("Nothing was written: fix the errors above and run again.", in: language) + "\n")
            throw ExitStatus.inputErrors
        case .signingRefused(let reason):
            printError(say("error: cannot sign: \(reason)") + "\n" + say("Nothing was written.") + "\n")
            throw ExitStatus.inputErrors
        case .outputFailed(let reason):
            printError(say("error: \(reason)") + "\n" + say("Nothing was left half-written in out/.") + "\n")
            throw ExitStatus.outputFailed
        case .busy(let reason):
            printError(say("error: \(reason)") + "\n" + say("Nothing was written.") + "\n")
            throw ExitStatus.busy
        }
    }
}

/// How the evidence is signed.
struct SigningOptions: ParsableArguments {
    @Option(help: helpText("The e.firma certificate (.cer); default: [signing] in company.toml.", valueName: "file"))
    var cert: String?

    @Option(help: helpText("The e.firma private key (.key); default: [signing] in company.toml.", valueName: "file"))
    var key: String?

    @Option(help: helpText("A file whose first line is the key's password (else IMMEX_KEY_PASSWORD, else a prompt).", valueName: "file"))
    var passwordFile: String?

    @Flag(help: ArgumentHelp(helpText("Make a rehearsal bundle, marked unsigned in its manifest (not evidence).")))
    var unsigned = false

    func validate() throws {
        if unsigned && (cert != nil || key != nil || passwordFile != nil) {
            throw ValidationError(helpText("--unsigned cannot be combined with --cert, --key or --password-file."))
        }
    }

    /// How to sign; a password prompt, if one is needed, asks in `language`.
    func choice(_ language: SummaryLanguage) -> SigningChoice {
        if unsigned { return .unsigned }
        let source = PasswordSource(passwordFile: passwordFile, language: language)
        return .sign(
            certificate: cert.map { URL(fileURLWithPath: $0) }, key: key.map { URL(fileURLWithPath: $0) },
            password: { try source.read() })
    }
}
