import ArgumentParser
import Foundation
import IMMEXDomain
import IMMEXPipeline
import IMMEXReport

/// `immex`: the IMMEX annual report generator.
struct IMMEX: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "immex",
            abstract: helpText("Prepare, check and seal the IMMEX annual report (Decreto IMMEX art. 25)."),
            discussion: helpText(
                """
                Works in the current folder, which holds fiscal-years/<year>/ (settings and extracts), \
                templates/ (report template and schema) and out/ (what runs produce); --root points elsewhere.

                Exit codes:
                  0  report written; the year passes the export threshold
                  1  report written; the year fails both threshold tests
                  2  input errors (data, settings, templates, e.firma), all listed;
                     nothing was written
                  3  verify: a check failed (each failure is named)
                  4  outputs could not be written; nothing was left half-written
                  5  another immex run is writing the same year's outputs; nothing was written
                  6  verify: the bundle is intact and validly signed, but no CA was given, so the issuer was not checked
                 64  the command line is wrong (an unknown option, a missing argument): nothing was done
                """),
            version: IMMEXVersion.generator,
            subcommands: [FileCommand.self, CheckCommand.self, ImportsCommand.self, VerifyCommand.self, ArchiveCommand.self, SampleCommand.self],
            defaultSubcommand: nil
        )
    }
}

/// Options every command shares.
struct RootOptions: ParsableArguments {
    @Option(name: .long, help: helpText("The folder holding fiscal-years/, templates/ and out/.", valueName: "dir"))
    var root: String = "."

    var rootURL: URL { URL(fileURLWithPath: root, isDirectory: true).standardizedFileURL }
}

/// Exit codes, documented in `--help` and the README.
enum ExitStatus {
    static let passes = ExitCode(0)
    static let failsThreshold = ExitCode(1)
    static let inputErrors = ExitCode(2)
    static let verificationFailed = ExitCode(3)
    static let outputFailed = ExitCode(4)
    static let busy = ExitCode(5)
    static let issuerNotChecked = ExitCode(6)
}

/// What every command checks of its arguments before it runs.
enum ArgumentChecks {
    /// A fiscal year, written like 2025.
    static func fiscalYear(_ year: Int) throws {
        guard (2000...2999).contains(year) else { throw ValidationError(helpText("'\(year)' is not a fiscal year; write it like 2025.")) }
    }

    /// Each date option given, as `YYYY-MM-DD`.
    static func dates(_ options: [(name: String, value: String?)]) throws {
        for case (let name, let value?) in options where CalendarDate.parse(value) == nil || value.count != 10 {
            throw ValidationError(helpText("\(name) '\(value)' is not a date; write it as YYYY-MM-DD."))
        }
    }
}

/// Writes to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
}

extension SummaryLanguage: ExpressibleByArgument {}
