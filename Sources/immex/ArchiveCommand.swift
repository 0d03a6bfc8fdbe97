import ArgumentParser
import Foundation
import IMMEXDomain
import IMMEXPipeline
import IMMEXReport

/// `immex archive <year> --acknowledgement <file>`: seals the filed evidence with VUCEM's acuse.
struct ArchiveCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "archive",
            abstract: helpText("After filing on VUCEM: seal the evidence bundle with the acknowledgement."),
            discussion: helpText(
                """
                Writes out/<year>/immex-<year>-archive.zip: the evidence bundle unchanged, the \
                acknowledgement, and an ARCHIVE-MANIFEST (digests of both, filing date, retention date) \
                signed with the e.firma. The evidence bundle must verify first. `immex verify` checks both layers.
                """)
        )
    }

    @Argument(help: helpText("The fiscal year that was filed.", valueName: "year"))
    var year: Int

    @Option(help: helpText("The acknowledgement (acuse) VUCEM issued, usually a PDF.", valueName: "file"))
    var acknowledgement: String

    @Option(help: helpText("The date the report was filed, YYYY-MM-DD (default: today, UTC).", valueName: "date"))
    var filedOn: String?

    @Flag(help: ArgumentHelp(helpText("Replace an archive already in out/<year>/.")))
    var force = false

    @OptionGroup var options: RootOptions
    @OptionGroup var signing: SigningOptions
    @OptionGroup var languageOption: LanguageOptions

    func validate() throws {
        try ArgumentChecks.fiscalYear(year)
        try ArgumentChecks.dates([("--filed-on", filedOn)])
    }

    func run() throws {
        let language = languageOption.language(root: options.rootURL, year: year)
        let time = GenerationTime.current()
        let filed = filedOn.flatMap { CalendarDate.parse($0) } ?? CalendarDate(secondsSince1970: time)
        var request = ArchiveRequest(
            root: options.rootURL, year: FiscalYear(year), acknowledgement: URL(fileURLWithPath: acknowledgement),
            filedOn: filed, signing: signing.choice(language), time: time)
        request.force = force
        do {
            let path = try ArchiveRun.run(request)
            print(MessageCatalogue.say("Written: \(path)", in: language))
        } catch {
            // The do block throws only FilingError (typed throws), so `error` is one.
            try FileCommand.report(error, language: language)
        }
    }
}
