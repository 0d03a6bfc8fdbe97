import ArgumentParser
import Foundation
import IMMEXDomain
import IMMEXPipeline
import IMMEXReport

/// `--lang`: the language of what a command prints and writes.
struct LanguageOptions: ParsableArguments {
    @Option(help: ArgumentHelp(helpText("The language of what is printed and written: es or en (default: company.toml's language, else es).")))
    var lang: SummaryLanguage?

    /// `--lang`, else the year's `company.toml` `language`, else Spanish.
    func language(root: URL, year: Int) -> SummaryLanguage { lang ?? FilingRun.language(root: root, year: FiscalYear(year)) }
}

/// How many findings the terminal lists.
struct FindingsListOptions: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(helpText("List every finding on the terminal, not only the first 40.")))
    var allFindings = false

    var limit: Int? { allFindings ? nil : 40 }
}

/// What `check` and `imports` print: text for people, JSON for programs (always in English: its
/// keys and codes are identifiers).
enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }
