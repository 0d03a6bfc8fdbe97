import ArgumentParser
import Foundation
import IMMEXDomain
import IMMEXReport

/// The language of the command line's own words: the help of each command and what is said of a
/// wrong command line. It is chosen before the arguments are parsed (the help is built while they
/// are), from `--lang` wherever it stands, else Spanish, as everything else the tool says.
enum CommandLineLanguage {
    static let current = chosen(by: CommandLine.arguments)

    /// `--lang en` or `--lang=en` anywhere among `arguments`; Spanish otherwise.
    static func chosen(by arguments: [String]) -> SummaryLanguage {
        for (index, argument) in arguments.enumerated() {
            if argument.hasPrefix("--lang=") { return SummaryLanguage(rawValue: String(argument.dropFirst("--lang=".count))) ?? .es }
            if argument == "--lang", index + 1 < arguments.count { return SummaryLanguage(rawValue: arguments[index + 1]) ?? .es }
        }
        return .es
    }

    /// The words ArgumentParser writes around our help texts and into its errors, as templates
    /// (`{}` where it puts a name or a value); the catalogue holds their Spanish.
    static let argumentParserWords: [String] = [
        "OVERVIEW: {}", "USAGE: {}", "ARGUMENTS:", "OPTIONS:", "SUBCOMMANDS:", "Usage: {}", "Error: {}", "Help:  {}",
        "  See '{} <subcommand>' for detailed help.", "  See '{}' for more information.",
        "Missing expected argument '{}'", "Unknown option '{}'", "Unknown option '{}'. Did you mean '{}'?", "Unexpected argument '{}'",
        "Missing value for '{}'", "The value '{}' is invalid for '{}'. Please provide one of {} and {}.",
        "The value '{}' is invalid for '{}'. Please provide one of {} or {}.", "The value '{}' is invalid for '{}': {}",
        "The value '{}' is invalid for '{}'",
    ]

    /// What ArgumentParser puts inside a line (an option's help and its notes, wherever the lines
    /// wrap): the text, and the phrase said in its place (with the text's own punctuation kept).
    static let argumentParserNotes: [(english: String, phrase: Phrase)] = [
        ("Show help information.", "Show help information."), ("Show the version.", "Show the version."),
        ("(default: ", "default"), ("(values: ", "values"), ("; default: ", "default"),
    ]
}

/// A help text of ours, said in the command line's language.
func helpText(_ phrase: Phrase) -> String { MessageCatalogue.say(phrase, in: CommandLineLanguage.current) }

/// An option's help said in the command line's language, with the name of its value.
func helpText(_ phrase: Phrase, valueName: String) -> ArgumentHelp {
    ArgumentHelp(helpText(phrase), valueName: valueName)
}

extension IMMEX {
    /// Parses and runs the command, saying ArgumentParser's own words (help, usage, errors) in
    /// the command line's language; exit codes as ArgumentParser gives them (64 for a wrong command
    /// line, ours for what a command throws).
    static func mainInCommandLineLanguage() -> Never {
        do {
            var command = try parseAsRoot()
            try command.run()
            Foundation.exit(0)
        } catch {
            let code = exitCode(for: error)
            let message = CommandLineWords.say(fullMessage(for: error), in: CommandLineLanguage.current)
            if !message.isEmpty {
                if code == .success { print(message) } else { printError(message + "\n") }
            }
            Foundation.exit(code.rawValue)
        }
    }
}

/// ArgumentParser's text with its own words said in `language`: each line whose start or whole
/// matches one of its templates is said by the catalogue; our texts inside were already said.
enum CommandLineWords {
    static func say(_ text: String, in language: SummaryLanguage) -> String {
        guard language != .en else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in sayLine(String(line), in: language) }
            .joined(separator: "\n")
    }

    static func sayLine(_ line: String, in language: SummaryLanguage) -> String {
        var said = line
        if line.hasPrefix("Error: ") {
            // The error itself is another of its templates.
            said = MessageCatalogue.say("Error: \(sayLine(String(line.dropFirst("Error: ".count)), in: language))", in: language)
        } else if let phrase = CommandLineLanguage.argumentParserWords.lazy.compactMap({ matching(line, $0) }).first {
            said = MessageCatalogue.say(phrase, in: language)
        }
        for note in CommandLineLanguage.argumentParserNotes where said.contains(note.english) {
            let word = MessageCatalogue.say(note.phrase, in: language)
            said = said.replacingOccurrences(of: note.english, with: note.english.replacingOccurrences(of: note.phrase.description, with: word))
        }
        return said
    }

    /// `line` read as `template` (its literal text around `{}`, each `{}` any text): the phrase
    /// with the values it holds, or nil when it does not fit.
    static func matching(_ line: String, _ template: String) -> Phrase? {
        let pieces = template.components(separatedBy: "{}")
        guard pieces.count > 1 else { return line == template ? Phrase(stringLiteral: template) : nil }
        guard line.hasPrefix(pieces[0]), line.hasSuffix(pieces[pieces.count - 1]),
            line.count >= pieces[0].count + pieces[pieces.count - 1].count
        else { return nil }
        var rest = Substring(line.dropFirst(pieces[0].count).dropLast(pieces[pieces.count - 1].count))
        var values: [String] = []
        for piece in pieces.dropFirst().dropLast() {
            guard let range = rest.range(of: piece) else { return nil }
            values.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        values.append(String(rest))
        return Phrase(template: template, values: values)
    }
}
