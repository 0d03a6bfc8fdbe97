/// A finding the tax team reviewed and explained (`fiscal-years/<year>/explanations.toml`): which
/// finding, what explains it, who and when. Explained findings stay in every output, marked so,
/// and the file goes into the evidence: an auditor sees both the finding and why it was accepted.
public struct Explanation: Sendable, Hashable {
    /// The finding's code.
    public var code: FindingCode
    /// Where the finding is (`file`, `file:line` or `file:line:column`, as findings print it), or
    /// nil to match by `about` alone.
    public var at: String?
    /// A pedimento number, a UUID or other text the finding's message names, or nil.
    public var about: String?
    public var text: String
    public var by: String
    public var on: CalendarDate
    /// Where the explanation is written (`explanations.toml:line`).
    public var location: SourceLocation

    public init(code: FindingCode, at: String?, about: String?, text: String, by: String, on: CalendarDate, location: SourceLocation) {
        self.code = code
        self.at = at
        self.about = about
        self.text = text
        self.by = by
        self.on = on
        self.location = location
    }

    /// Whether this explains `finding`: the same code, at the place given (a prefix of its
    /// location), naming what `about` gives.
    public func explains(_ finding: Finding) -> Bool {
        guard finding.code == code else { return false }
        if let at {
            let place = finding.location?.description ?? ""
            guard place == at || place.hasPrefix(at + ":") else { return false }
        }
        if let about { guard finding.message.contains(about) else { return false } }
        return at != nil || about != nil
    }

    /// The findings with their explanations attached, and a finding for each explanation that
    /// matches none (a stale one) or that tries to explain an error (errors are fixed, not explained).
    public static func apply(_ explanations: [Explanation], to findings: [Finding]) -> [Finding] {
        var used = Set<Int>()
        var result = findings.map { finding -> Finding in
            guard let index = explanations.firstIndex(where: { $0.explains(finding) }) else { return finding }
            used.insert(index)
            guard finding.severity != .error else { return finding }
            var explained = finding
            let explanation = explanations[index]
            explained.explanation = "\(explanation.text) (\(explanation.by), \(explanation.on))"
            return explained
        }
        for (index, explanation) in explanations.enumerated() where !used.contains(index) {
            result.append(
                Finding(
                    .explanationUnmatched,
                    "this explanation of \(explanation.code.rawValue)\(Self.place(explanation)) matches no finding of this run",
                    at: explanation.location, hint: "remove it if the problem was fixed, or correct its code, at or about"))
        }
        for (index, explanation) in explanations.enumerated()
        where used.contains(index) && findings.contains(where: { $0.severity == .error && explanation.explains($0) }) {
            result.append(
                Finding(
                    .explanationUnmatched, "an error (\(explanation.code.rawValue)) cannot be explained away; fix the input instead",
                    at: explanation.location, hint: "errors stop the run until the input is corrected"))
        }
        return result
    }

    /// ` at <place> about <what>`, as much as the explanation names.
    private static func place(_ explanation: Explanation) -> Phrase {
        switch (explanation.at, explanation.about) {
        case (nil, nil): ""
        case (let at?, nil): " at \(at)"
        case (nil, let about?): " about \(about)"
        case (let at?, let about?): " at \(at) about \(about)"
        }
    }
}
