import IMMEXDomain

/// The one catalogue of what the tool says to people, in Spanish and English: every finding's
/// message and hint (`Phrase`, translated by its English template), severities, and the words of
/// the listings and CSV files. Finding codes are identifiers and stay as they are in every language.
/// A sentence the Spanish table does not hold yet is said in English (`isTranslated` finds them: a
/// test holds the sample year's).
public enum MessageCatalogue {
    /// `phrase` in `language`.
    public static func say(_ phrase: Phrase, in language: SummaryLanguage) -> String {
        guard language == .es, let template = spanish[phrase.template] else {
            return language == .en ? phrase.description : phrase.filled(phrase.template) { say($0, in: language) }
        }
        return phrase.filled(template) { say($0, in: language) }
    }

    /// Whether `phrase`, and every phrase inside it, has its words in `language`.
    public static func isTranslated(_ phrase: Phrase, in language: SummaryLanguage) -> Bool {
        guard language == .es else { return true }
        guard phrase.isWordless || spanish[phrase.template] != nil else { return false }
        return phrase.values.allSatisfy {
            if case .phrase(let inner) = $0 { return isTranslated(inner, in: language) }
            return true
        }
    }

    public static func severity(_ severity: Severity, in language: SummaryLanguage) -> String {
        language == .en ? severity.rawValue : language.severity(severity)
    }

    /// The listings' own words.
    struct Words {
        var explained, seeAlso, more, errors, warnings, notes: String
        var findingsHeader, reconciliationHeader: String

        init(_ language: SummaryLanguage) {
            switch language {
            case .es:
                (explained, seeAlso, more) = ("explicado", "ver también", "y {} más (todos: --all-findings, o findings.csv)")
                (errors, warnings, notes) = ("{} error|{} errores", "{} advertencia|{} advertencias", "{} nota|{} notas")
                findingsHeader = "severidad,código,archivo,línea,columna,mensaje,qué hacer,relacionado,explicación"
                reconciliationHeader =
                    "código,severidad,mensaje,uuid_factura,origen_factura,pedimento,origen_pedimento,moneda,importe_factura,importe_pedimento,diferencia,qué hacer,uuid_cfdi,origen_cfdi"
            case .en:
                (explained, seeAlso, more) = ("explained", "see also", "… and {} more (all of them: --all-findings, or findings.csv)")
                (errors, warnings, notes) = ("{} error|{} errors", "{} warning|{} warnings", "{} note|{} notes")
                findingsHeader = "severity,code,file,line,column,message,hint,related,explanation"
                reconciliationHeader =
                    "code,severity,message,invoice_uuid,invoice_source,pedimento,pedimento_source,currency,invoice_amount,pedimento_amount,difference,hint,cfdi_uuid,cfdi_source"
            }
        }

        /// `count` with the singular or plural of `forms` ("{} error|{} errors").
        static func counted(_ count: Int, _ forms: String) -> String {
            let parts = forms.split(separator: "|", omittingEmptySubsequences: false)
            let form = count == 1 ? parts[0] : parts[parts.count - 1]
            return form.split(separator: "{}", omittingEmptySubsequences: false).joined(separator: "\(count)")
        }
    }
}

extension Finding {
    public func message(in language: SummaryLanguage) -> String { MessageCatalogue.say(messagePhrase, in: language) }
    public func hint(in language: SummaryLanguage) -> String? { hintPhrase.map { MessageCatalogue.say($0, in: language) } }

    /// `path:line:column: severity: message; hint [code]`, in `language`.
    public func rendered(in language: SummaryLanguage) -> String {
        let words = MessageCatalogue.Words(language)
        var text = location.map { "\($0): " } ?? ""
        text += "\(MessageCatalogue.severity(severity, in: language)): \(message(in: language))"
        if let hint = hint(in: language) { text += "; \(hint)" }
        text += " [\(code.rawValue)]"
        if let explanation { text += "\n  \(words.explained): \(explanation)" }
        if let related { text += "\n\(related): \(MessageCatalogue.severity(.note, in: language)): \(words.seeAlso)" }
        return text
    }
}

extension ReconciliationItem {
    public func message(in language: SummaryLanguage) -> String { MessageCatalogue.say(messagePhrase, in: language) }
    public func hint(in language: SummaryLanguage) -> String { MessageCatalogue.say(hintPhrase, in: language) }
}
