import IMMEXDomain

/// `findings.csv`: one row per finding, sorted by place, for a spreadsheet or a reviewer's tool.
public enum FindingsCSV {
    public static var header: String { MessageCatalogue.Words(.en).findingsHeader }

    /// In `language`: its header, severities, messages and hints (codes stay as they are).
    public static func render(_ findings: [Finding], language: SummaryLanguage = .en) -> String {
        var text = MessageCatalogue.Words(language).findingsHeader + "\r\n"
        for finding in findings.sorted() {
            let fields = [
                MessageCatalogue.severity(finding.severity, in: language), finding.code.rawValue, finding.location?.file ?? "",
                finding.location?.line.map(String.init) ?? "", finding.location?.column.map(String.init) ?? "",
                finding.message(in: language), finding.hint(in: language) ?? "", finding.related?.description ?? "", finding.explanation ?? "",
            ]
            text += fields.map(quote).joined(separator: ",") + "\r\n"
        }
        return text
    }

    /// RFC 4180: quote a field holding a comma, quote or line break; double inner quotes.
    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
