import IMMEXDomain

/// Reads `fiscal-years/<year>/explanations.toml`, the findings the tax team reviewed:
///
/// ```toml
/// [[explained]]
/// code = "date-mismatch"                 # the finding's code
/// about = "250734215000023"              # text its message names (a pedimento, a UUID), and/or
/// at = "fiscal-years/2025/sales.csv:25"  # where it is (a file, or file:line)
/// explanation = "Consolidated shipment: the last invoice left on the 14th; customs paid on the 14th of March."
/// by = "C.P. Ana López"
/// on = "2026-03-02"
/// ```
public enum ExplanationsFile {
    public static let name = "explanations.toml"

    public static func load(_ file: InputFile, findings: inout [Finding]) -> [Explanation] {
        let document: SettingsDocument
        do { document = try SettingsDocument(file) } catch {
            findings.append(error.finding)
            return []
        }
        var problems: [Finding] = []
        for key in document.root.keys.sorted() where key != "explained" {
            problems.append(
                Finding(
                    .invalidSettings, "unknown setting '\(Finding.echo(key))' in \(file.displayPath)", at: document.location(table: "", key: key),
                    hint: "each explanation is a [[explained]] table"))
        }
        let entries: [SettingsDocument.Value]
        switch document.root["explained"] {
        case nil: entries = []
        case .array(let items)?: entries = items
        default:
            problems.append(
                Finding(
                    .invalidSettings, "'explained' must be a list of [[explained]] tables", at: SourceLocation(file: file.displayPath),
                    hint: "write each explanation under its own [[explained]] header"))
            entries = []
        }
        let headers = document.headerLines("[[explained]]")
        var explanations: [Explanation] = []
        for (index, entry) in entries.enumerated() {
            let location = SourceLocation(file: file.displayPath, line: index < headers.count ? headers[index] : nil, column: index < headers.count ? 1 : nil)
            func fail(_ message: Phrase, _ hint: Phrase) { problems.append(Finding(.invalidSettings, message, at: location, hint: hint)) }
            guard case .table(let values) = entry else {
                fail("explanation \(index + 1) is not a table", "write it under an [[explained]] header")
                continue
            }
            func text(_ key: String) -> String? {
                if case .string(let value)? = values[key], !value.trimmingCharacters(of: " ").isEmpty { return value }
                return nil
            }
            for key in values.keys.sorted() where !["code", "at", "about", "explanation", "by", "on"].contains(key) {
                fail("unknown setting '\(Finding.echo(key))' in explanation \(index + 1)", "known settings: code, at, about, explanation, by, on")
            }
            guard let codeText = text("code"), let code = FindingCode(rawValue: codeText) else {
                fail("explanation \(index + 1) names no finding code, or one that does not exist", "copy the code from findings.csv, like \"date-mismatch\"")
                continue
            }
            guard text("at") != nil || text("about") != nil else {
                fail(
                    "explanation \(index + 1) says neither where its finding is (at) nor what it is about (about)",
                    "copy the place from findings.csv, or the pedimento or UUID its message names")
                continue
            }
            guard let explanation = text("explanation"), let by = text("by"), let onText = text("on"), let on = CalendarDate.parse(onText), onText.count == 10
            else {
                fail("explanation \(index + 1) needs explanation, by and on (a date, YYYY-MM-DD)", "say what explains the finding, who reviewed it, and when")
                continue
            }
            explanations.append(Explanation(code: code, at: text("at"), about: text("about"), text: explanation, by: by, on: on, location: location))
        }
        findings += problems
        return explanations
    }
}

extension SettingsDocument {
    /// The 1-based lines holding `header` (an array of tables' header), in order.
    func headerLines(_ header: String) -> [Int] {
        lines.enumerated().filter { $0.element.trimmingSpaces.hasPrefix(header) }.map { $0.offset + 1 }
    }
}
