import IMMEXDomain

/// Findings for a terminal, the way a compiler lists diagnostics: grouped by file, in line order,
/// `path:line:column: severity: message; what to do [code]`, then a count.
public enum FindingsListing {
    /// - Parameter limit: at most this many findings are printed; the count says how many more.
    public static func render(_ findings: [Finding], limit: Int? = nil) -> String {
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
            lines.append(finding.rendered)
        }
        if shown.count < sorted.count {
            lines.append("… and \(sorted.count - shown.count) more (all of them: --all-findings, or findings.csv)")
        }
        lines.append("")
        lines.append(countLine(findings))
        return lines.joined(separator: "\n") + "\n"
    }

    public static func countLine(_ findings: [Finding]) -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return
            "\(plural(findings.count(of: .error), "error")), \(plural(findings.count(of: .warning), "warning")), \(plural(findings.count(of: .note), "note"))"
    }
}
