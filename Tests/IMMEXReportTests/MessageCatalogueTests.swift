import Testing

@testable import IMMEXDomain
@testable import IMMEXReport

@Suite("One message catalogue: phrases said in Spanish or English")
struct MessageCatalogueTests {
    @Test("a phrase keeps its English template and values; braces in the text stay text")
    func phrases() {
        let number = "252434215000002"
        let phrase: Phrase = "pedimento \(number) declares USD \(805); its invoices' TotalUSD add up to \("800.00")"
        #expect(phrase.template == "pedimento {} declares USD {}; its invoices' TotalUSD add up to {}")
        #expect(phrase.description == "pedimento 252434215000002 declares USD 805; its invoices' TotalUSD add up to 800.00")
        let braces: Phrase = "a {literal} brace and \(1)"
        #expect(braces.description == "a {literal} brace and 1")
        #expect(Phrase(verbatim: "libxml2: {}").description == "libxml2: {}")
        // A translation may take the values in another order.
        #expect(phrase.filled("{3} / {1} / {2}") { $0.description } == "800.00 / 252434215000002 / 805")
    }

    @Test("said in Spanish from the catalogue, words inside sentences too; English as written; a sentence not yet in the catalogue in English")
    func saying() {
        let status: Phrase = "invoice \("X") is \(Phrase("active")) in sales.csv and \(Phrase("cancelled")) at the SAT"
        #expect(MessageCatalogue.say(status, in: .es) == "la factura X está vigente en sales.csv y cancelada en el SAT")
        #expect(MessageCatalogue.say(status, in: .en) == "invoice X is active in sales.csv and cancelled at the SAT")
        #expect(MessageCatalogue.isTranslated(status, in: .es))
        let unknown: Phrase = "a sentence \(1) nobody translated"
        #expect(MessageCatalogue.say(unknown, in: .es) == "a sentence 1 nobody translated" && !MessageCatalogue.isTranslated(unknown, in: .es))
        let finding = Finding(.usdAmountMismatch, "pedimento \("P") declares USD \("2"); its invoices' TotalUSD add up to \("1")", at: nil)
        #expect(finding.rendered(in: .es) == "advertencia: el pedimento P declara USD 2; el TotalUSD de sus facturas suma 1 [usd-amount-mismatch]")
        #expect(finding.rendered(in: .en) == finding.rendered)
        #expect(FindingsListing.countLine([finding], language: .es) == "0 errores, 1 advertencia, 0 notas")
        #expect(FindingsListing.countLine([finding]) == "0 errors, 1 warning, 0 notes")
    }

    @Test("every Spanish template puts in the English one's values: as many `{}`, or numbered ones within them")
    func placeholders() {
        /// The `{}` and the numbers of `{n}` in a template.
        func slots(_ template: String) -> (plain: Int, numbered: [Int]) {
            var plain = 0
            var numbered: [Int] = []
            var rest = template[...]
            while let open = rest.firstIndex(of: "{") {
                let after = rest[rest.index(after: open)...]
                guard let close = after.firstIndex(of: "}") else { break }
                let inside = after[..<close]
                if inside.isEmpty { plain += 1 } else if let number = Int(inside) { numbered.append(number) }
                rest = after[after.index(after: close)...]
            }
            return (plain, numbered)
        }
        for (english, spanish) in MessageCatalogue.spanish {
            let values = slots(english).plain
            let said = slots(spanish)
            if said.numbered.isEmpty {
                #expect(said.plain == values, "\(english) → \(spanish)")
            } else {
                #expect(said.plain == 0 && said.numbered.allSatisfy { (1...values).contains($0) }, "\(english) → \(spanish)")
            }
        }
    }

    @Test("what is added to a finding, and the notes of findings left out, are said in the finding's language too")
    func extendedAndCountedFindings() {
        var finding = Finding(.invalidUTF8, "\("sales.csv") is not UTF-8 text", at: nil)
        finding.append(toMessage: "; more such bytes follow in \(2) later stretches of the file")
        #expect(finding.message == "sales.csv is not UTF-8 text; more such bytes follow in 2 later stretches of the file")
        #expect(finding.message(in: .es) == "sales.csv no es texto UTF-8; hay más bytes así en 2 tramos posteriores del archivo")

        var limiter = FindingLimiter(perCode: 1)
        for line in 1...3 {
            _ = limiter.admit(
                Finding(.missingValue, "\(Phrase("customs section")) ('\("customs_section")') is empty", at: SourceLocation(file: "exports.csv", line: line)))
        }
        let notes = limiter.notes()
        #expect(notes.map(\.message) == ["2 more missing-value findings in exports.csv are not listed (the first 1 are)"])
        #expect(notes.map { $0.message(in: .es) } == ["2 hallazgos missing-value más en exports.csv no se listan (sí los primeros 1)"])
        #expect(
            notes.allSatisfy {
                MessageCatalogue.isTranslated($0.messagePhrase, in: .es) && $0.hintPhrase.map { MessageCatalogue.isTranslated($0, in: .es) } ?? true
            })
    }

    @Test("phrases listed one after another are each said in the language; punctuation alone needs no translation")
    func lists() {
        let list = Phrase.list(["entry '\("a.csv")' appears twice", "there is no MANIFEST (nor ARCHIVE-MANIFEST)"], separator: "; ")
        #expect(list.description == "entry 'a.csv' appears twice; there is no MANIFEST (nor ARCHIVE-MANIFEST)")
        #expect(MessageCatalogue.say(list, in: .es) == "la entrada 'a.csv' aparece dos veces; no hay MANIFEST (ni ARCHIVE-MANIFEST)")
        #expect(list.isWordless && MessageCatalogue.isTranslated(list, in: .es))
        #expect(!Phrase("a word {}").isWordless)
    }

    @Test("the Spanish tables, kept by concern, give no template twice")
    func tablesByConcern() {
        let tables = [
            MessageCatalogue.spanishReconciliation, MessageCatalogue.spanishReading, MessageCatalogue.spanishRules, MessageCatalogue.spanishCommands,
            MessageCatalogue.spanishSettings, MessageCatalogue.spanishHelp,
        ]
        #expect(MessageCatalogue.spanish.count == tables.map(\.count).reduce(0, +))
        #expect(MessageCatalogue.merged([["a": "x"], ["b": "y"]]) == ["a": "x", "b": "y"])
    }
}
