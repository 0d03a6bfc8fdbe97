import IMMEXDomain

/// Findings for a terminal, the way a compiler lists diagnostics: grouped by file, in line order,
/// `path:line:column: severity: message; what to do [code]`, then a count.
public enum FindingsListing {
    /// - Parameter limit: at most this many findings are printed; the count says how many more.
    public static func render(_ findings: [Finding], limit: Int? = nil, language: SummaryLanguage = .en) -> String {
        guard !findings.isEmpty else { return "" }
        let sorted = findings.sorted()
        let shown = limit.map { Array(sorted.prefix($0)) } ?? sorted
        var lines: [String] = []
        var currentFile: String??
        for finding in shown {
            let file = finding.location?.file
            if currentFile != .some(file) {
                if currentFile != nil { lines.append("") }
                currentFile = .some(file)
            }
            lines.append(finding.rendered(in: language))
        }
        if shown.count < sorted.count {
            lines.append(MessageCatalogue.Words.counted(sorted.count - shown.count, MessageCatalogue.Words(language).more))
        }
        lines.append("")
        lines.append(countLine(findings, language: language))
        return lines.joined(separator: "\n") + "\n"
    }

    public static func countLine(_ findings: [Finding], language: SummaryLanguage = .en) -> String {
        let words = MessageCatalogue.Words(language)
        return [(Severity.error, words.errors), (.warning, words.warnings), (.note, words.notes)]
            .map { MessageCatalogue.Words.counted(findings.count(of: $0.0), $0.1) }.joined(separator: ", ")
    }
}
