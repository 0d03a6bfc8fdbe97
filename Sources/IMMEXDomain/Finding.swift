/// How serious a finding is. Errors stop the filing run; warnings and notes do not.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
    case error
    case warning
    case note

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A problem found in the inputs, or a fact a reviewer must see, with where it was found.
///
/// All findings of a run are collected and reported together, so a tax team can fix a whole
/// extract in one pass. Each has a stable `code` documented in `docs/findings.md`.
public struct Finding: Sendable, Hashable, Comparable {
    public var severity: Severity
    public var code: FindingCode
    /// What is wrong, in plain words, naming the value (English; `messagePhrase` in any language).
    public private(set) var message: String
    /// Where; nil for the run as a whole.
    public var location: SourceLocation?
    /// What to do about it (English; `hintPhrase` in any language).
    public private(set) var hint: String?
    /// Another place involved (the first occurrence of a duplicate, say).
    public var related: SourceLocation?
    /// Why the tax team accepted it, who and when (`explanations.toml`); nil when not reviewed.
    public var explanation: String?

    /// The message and hint as phrases, to be said in the run's language (`MessageCatalogue`);
    /// `message` and `hint` are their English text.
    public private(set) var messagePhrase: Phrase
    public private(set) var hintPhrase: Phrase?

    public init(
        _ code: FindingCode, _ message: Phrase, at location: SourceLocation?, hint: Phrase? = nil,
        related: SourceLocation? = nil, severity: Severity? = nil
    ) {
        self.code = code
        self.severity = severity ?? code.severity
        // A message names the value it is about, which may be hostile (a 10 MB field): a message is
        // cut at `longestMessage` characters, a field at `longestEcho` (`Finding.echo`).
        let english = message.description
        self.message = english.count > Self.longestMessage ? String(english.prefix(Self.longestMessage)) + "…" : english
        messagePhrase = english.count > Self.longestMessage ? Phrase(verbatim: self.message) : message
        self.location = location
        self.hint = hint?.description
        hintPhrase = hint
        self.related = related
    }

    /// The message with `addition` after it, in every language.
    public mutating func append(toMessage addition: Phrase) {
        let extended: Phrase = "\(messagePhrase)\(addition)"
        message = extended.description
        messagePhrase = extended
    }

    /// What to do, said otherwise where the caller knows better.
    public mutating func replaceHint(_ hint: Phrase) {
        self.hint = hint.description
        hintPhrase = hint
    }

    /// The longest message kept, in characters.
    public static let longestMessage = 1_000
    /// The longest field value a message repeats, in characters.
    public static let longestEcho = 80

    /// A field's value as a message repeats it: whole up to `longestEcho` characters, else its
    /// start and how long it is.
    public static func echo(_ value: some StringProtocol) -> String {
        value.count <= longestEcho ? String(value) : "\(value.prefix(longestEcho))… (\(value.count) characters)"
    }

    /// `path:line:column: error: message; hint` — the way a compiler says it.
    public var rendered: String {
        var text = location.map { "\($0): " } ?? ""
        text += "\(severity.rawValue): \(message)"
        if let hint { text += "; \(hint)" }
        text += " [\(code.rawValue)]"
        if let explanation { text += "\n  explained: \(explanation)" }
        if let related { text += "\n\(related): note: see also" }
        return text
    }

    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        let left = lhs.location ?? SourceLocation(file: "")
        let right = rhs.location ?? SourceLocation(file: "")
        if left != right { return left < right }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        if lhs.code != rhs.code { return lhs.code.rawValue < rhs.code.rawValue }
        return lhs.message < rhs.message
    }
}

extension Collection where Element == Finding {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public func count(of severity: Severity) -> Int { lazy.filter { $0.severity == severity }.count }
}

/// Collects findings during a stage; stages hand the collector along instead of throwing at the
/// first problem.
public struct FindingCollector: Sendable {
    public private(set) var findings: [Finding] = []

    public init() {}

    public mutating func add(_ finding: Finding) { findings.append(finding) }
    public mutating func add(contentsOf other: [Finding]) { findings.append(contentsOf: other) }

    public mutating func add(
        _ code: FindingCode, _ message: Phrase, at location: SourceLocation?, hint: Phrase? = nil,
        related: SourceLocation? = nil
    ) {
        findings.append(Finding(code, message, at: location, hint: hint, related: related))
    }

    public var hasErrors: Bool { findings.hasErrors }
}
