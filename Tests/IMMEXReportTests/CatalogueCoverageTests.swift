import Foundation
import Testing

@testable import IMMEXReport

/// Every sentence the sources say to people has its Spanish: the string literals of the modules
/// that speak (findings, hints, errors, summaries), read from the sources as the compiler sees
/// them (`\(value)` becomes `{}`, a literal brace `{{}`), are each a template of the catalogue,
/// or one of the few listed below with the reason they stay as written. A sentence added without
/// its Spanish fails here, instead of falling back to English for a Spanish-speaking user.
@Suite("The catalogue covers every sentence of the sources")
struct CatalogueCoverageTests {
    /// The modules whose literals reach people.
    static let speakingModules = ["IMMEXDomain", "IMMEXIngest", "IMMEXEngine", "IMMEXPipeline", "IMMEXEvidence", "IMMEXReport", "immex"]

    /// Files whose literals are not sentences of the catalogue: the catalogue itself, the page's and
    /// the workbook's word tables (each language written out; see `SummaryLanguage`), SVG markup,
    /// and ArgumentParser's own words written as its templates (held by `UserSafetyTests`, which
    /// reads a wrong command line and each help in both languages).
    static let otherFiles = [
        "MessageCatalogue+Spanish", "MessageCatalogue.swift", "SummaryLanguage.swift", "AnnualWorkbook+Words.swift", "SVGChart",
        "CommandLineLanguage.swift",
    ]

    /// Lines whose literals are for developers: logs of `--verbose`, broken invariants. (The command
    /// line's help is read here too; its multi-line discussions are held by the help test of
    /// `UserSafetyTests`, which compares each command's help in both languages.)
    static let otherLines = ["log?(", "log(", "precondition", "fatalError", "preconditionFailure"]

    /// Sentences that stay as written, with why.
    static let asWritten: Set<String> = [
        // The legal basis of each threshold, quoted in Spanish from the Decreto in every language.
        "Decreto IMMEX art. 24 fr. VI: ventas al exterior superiores a 500,000 dólares",
        "Decreto IMMEX art. 24 fr. VI: exportaciones de cuando menos el 10% de su facturación total",
        // English forms whose Spanish comes from the page's word tables (`SummaryLanguage`).
        "each pedimento's own declared USD value", "each pedimento's MXN value divided by its own exchange rate",
        "each pedimento's MXN value divided by the annual average rate {}",
        // `Finding.rendered`, the English rendering (`rendered(in:)` says it in any language).
        "\n{}: note: see also",
        // Machine-read text: manifest lines and their values, kept in English so any reader parses them.
        "IMMEX evidence manifest 1", "IMMEX archive manifest 1", "unsigned (rehearsal: not evidence)",
        "five years from the filing deadline: our own anchor (the report is informational, not a tax return); CFF art. 30 counts five years from the returns the records relate to, and longer for long-lived goods such as machinery or undischarged temporary imports",
        "five years from the filing (or the deadline, if later): our own anchor (the report is informational, not a tax return); CFF art. 30 counts five years from the returns the records relate to, and longer for long-lived goods such as machinery or undischarged temporary imports",
        // OpenSSL's own words, looked for in its messages.
        "certificate verify error",
        "e.firma, detached CMS SHA-256 in {} ({})",
        // Errors of a bundle writer or reader that the verifier's own sentence carries as a value.
        "refusing to write the entry '{}': paths must be relative, without '..'", "not an IMMEX manifest", "declares {} entries but lists {}",
        "MANIFEST line {}: {}",
        // Words the terminal looks for in a verdict line to colour it.
        "ON TRACK", "Dictamen: EN CAMINO",
        // The error text of a file that is not a regular one, for Foundation's `LocalizedError` (findings say `kind`).
        "it is {}, not a file; only regular files are read",
    ]

    /// A literal the scan reads, with where.
    struct Literal {
        var template: String
        var file: String
        var line: Int
    }

    @Test("every sentence of the speaking modules is in the Spanish catalogue, or listed as said as written")
    func everySentenceHasItsSpanish() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let sources = root.appendingPathComponent("Sources")
        guard FileManager.default.fileExists(atPath: sources.path) else {
            Issue.record("the sources are not at \(sources.path); this test reads them beside the tests")
            return
        }
        var literals: [Literal] = []
        for module in Self.speakingModules {
            let folder = sources.appendingPathComponent(module)
            guard let walker = FileManager.default.enumerator(atPath: folder.path) else { continue }
            for case let path as String in walker where path.hasSuffix(".swift") && !Self.otherFiles.contains(where: path.contains) {
                let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
                literals += Self.sentences(in: text, file: "\(module)/\(path)")
            }
        }
        #expect(literals.count > 400, "the scan found only \(literals.count) sentences; has the layout of the sources changed?")
        let missing = literals.filter { MessageCatalogue.spanish[$0.template] == nil && !Self.asWritten.contains($0.template) }
        if !missing.isEmpty {
            let list = missing.map { "\($0.file):\($0.line): \($0.template.debugDescription)" }.joined(separator: "\n")
            Issue.record("sentences without their Spanish (add each to a MessageCatalogue+Spanish table):\n\(list)")
        }
        // And nothing listed as written is a stale entry.
        let found = Set(literals.map(\.template))
        #expect(Self.asWritten.subtracting(found).isEmpty, "listed as said as written, but no longer in the sources: \(Self.asWritten.subtracting(found))")
    }

    @Test("the scan reads a literal as the compiler makes its phrase")
    func scanning() {
        let source = #"""
            let a: Phrase = "pedimento \(number.formatted(with: ")")) is late; see {folio}_{code}.asc"
            log?("read \(count) rows")  // not a sentence for people
            let b = "a \"quoted\" word\tand a tab"
            """#
        let found = Self.sentences(in: source, file: "x.swift")
        #expect(found.map(\.template) == ["pedimento {} is late; see {{}folio}_{{}code}.asc", "a \"quoted\" word\tand a tab"])
        #expect(found.map(\.line) == [1, 3])
    }

    /// The single-line string literals of `text` that read as sentences (two words, the second of two letters or more),
    /// outside comments, multi-line literals and the lines `otherLines` names.
    static func sentences(in text: String, file: String) -> [Literal] {
        var found: [Literal] = []
        let characters = Array(text.unicodeScalars)
        var index = 0
        var line = 1
        var lineStart = 0
        func lineText(from start: Int) -> String {
            var end = start
            while end < characters.count, characters[end] != "\n" { end += 1 }
            return String(String.UnicodeScalarView(characters[start..<end]))
        }
        var previousLine = ""
        func advanceLine(at position: Int) {
            previousLine = lineText(from: lineStart)
            line += 1
            lineStart = position + 1
        }
        while index < characters.count {
            let character = characters[index]
            if character == "\n" {
                advanceLine(at: index)
                index += 1
            } else if character == "/", index + 1 < characters.count, characters[index + 1] == "/" {
                while index < characters.count, characters[index] != "\n" { index += 1 }
            } else if character == "\"", index + 2 < characters.count, characters[index + 1] == "\"", characters[index + 2] == "\"" {
                // A multi-line literal: help texts and test sources; skipped whole.
                index += 3
                while index + 2 < characters.count, !(characters[index] == "\"" && characters[index + 1] == "\"" && characters[index + 2] == "\"") {
                    if characters[index] == "\n" { advanceLine(at: index) }
                    index += 1
                }
                index += 3
            } else if character == "\"" {
                let startLine = line
                let context = lineText(from: lineStart)
                var template = ""
                var closed = false
                index += 1
                while index < characters.count, characters[index] != "\n" {
                    let scalar = characters[index]
                    if scalar == "\"" {
                        closed = true
                        index += 1
                        break
                    }
                    if scalar == "\\", index + 1 < characters.count {
                        let next = characters[index + 1]
                        if next == "(" {
                            index = Self.endOfInterpolation(characters, from: index + 2)
                            template += "{}"
                            continue
                        }
                        switch next {
                        case "n": template += "\n"
                        case "t": template += "\t"
                        default: template.unicodeScalars.append(next)
                        }
                        index += 2
                        continue
                    }
                    template += scalar == "{" ? "{{}" : String(scalar)
                    index += 1
                }
                let skipped = Self.otherLines.contains { context.contains($0) || previousLine.contains($0) && previousLine.hasSuffix("(") }
                if closed, !skipped, template.range(of: "[A-Za-z]+ [A-Za-z]{2,}", options: .regularExpression) != nil {
                    found.append(Literal(template: template, file: file, line: startLine))
                }
            } else {
                index += 1
            }
        }
        return found
    }

    /// The index just past the `)` that closes an interpolation whose `\(` ended before `start`,
    /// stepping over nested parentheses and string literals inside it.
    static func endOfInterpolation(_ characters: [Unicode.Scalar], from start: Int) -> Int {
        var depth = 1
        var index = start
        while index < characters.count, depth > 0 {
            switch characters[index] {
            case "(": depth += 1
            case ")": depth -= 1
            case "\"":
                index += 1
                while index < characters.count, characters[index] != "\"" {
                    if characters[index] == "\\" { index += 1 }
                    index += 1
                }
            default: break
            }
            index += 1
        }
        return index
    }
}
