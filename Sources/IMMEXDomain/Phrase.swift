/// A sentence the tool says, kept as its English template and the values put into it, so that it
/// can be said in another language (`MessageCatalogue`, in the report): `"pedimento \(number) is
/// late"` is the template `pedimento {} is late` and the value of `number`. Written as ordinary
/// string interpolation where a finding is made; the English text is the template filled in.
///
/// A value that is itself a phrase (`"\(Phrase("in force"))"`) is said in the sentence's language
/// too; any other value (a number, a code, a file, a date) is said as it is.
public struct Phrase: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The English text with `{}` where each value goes.
    public private(set) var template: String
    public private(set) var values: [Value]

    /// A value put into a phrase.
    public enum Value: Sendable, Hashable {
        case text(String)
        case phrase(Phrase)
    }

    public init(stringLiteral value: String) {
        template = Self.escaped(value)
        values = []
    }

    public init(stringInterpolation: Interpolation) {
        template = stringInterpolation.template
        values = stringInterpolation.values
    }

    /// A phrase read back from its English text: `template` (`{}` where each value went) and the
    /// values found there.
    public init(template: String, values: [String]) {
        self.template = template
        self.values = values.map { .text($0) }
    }

    /// Text that is not a sentence of the tool's own (a library's message, a user's words): said as
    /// it is in every language.
    public init(verbatim text: String) {
        template = "{}"
        values = [.text(text)]
    }

    public struct Interpolation: StringInterpolationProtocol {
        var template = ""
        var values: [Value] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            template.reserveCapacity(literalCapacity + 2 * interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) { template += Phrase.escaped(literal) }

        public mutating func appendInterpolation(_ value: some Any) {
            template += "{}"
            values.append(.text(String(describing: value)))
        }

        public mutating func appendInterpolation(_ phrase: Phrase) {
            template += "{}"
            values.append(.phrase(phrase))
        }
    }

    /// Phrases said one after another with `separator` between them (punctuation, the same in
    /// every language): each is said in the reader's language.
    public static func list(_ phrases: [Phrase], separator: String) -> Phrase {
        var list = Phrase(stringLiteral: "")
        list.template = phrases.map { _ in "{}" }.joined(separator: escaped(separator))
        list.values = phrases.map { .phrase($0) }
        return list
    }

    /// Whether the template has no words of its own (only values and punctuation): then it reads the
    /// same in every language.
    public var isWordless: Bool {
        Phrase(stringLiteral: "").filled(template) { _ in "" }.allSatisfy { !$0.isLetter }
    }

    /// The English text.
    public var description: String { filled(template, english: true) { $0.description } }

    /// `template` (this phrase's, or its translation) with the values put in: `{}` takes the next
    /// value, `{n}` the n-th (1-based: a translation may need them in another order); phrases among
    /// the values are said by `translate` too.
    public func filled(_ template: String, english: Bool = false, translate: (Phrase) -> String) -> String {
        var text = ""
        var next = 0
        var characters = template[...]
        while let open = characters.firstIndex(of: "{") {
            text += characters[..<open]
            let rest = characters[characters.index(after: open)...]
            guard let close = rest.firstIndex(of: "}") else {
                text += characters[open...]
                return text
            }
            let inside = rest[..<close]
            characters = rest[rest.index(after: close)...]
            if inside == "{" {  // `{{}` stands for a literal brace
                text += "{"
                continue
            }
            let index: Int
            if inside.isEmpty {
                index = next
                next += 1
            } else if let number = Int(inside), number >= 1 {
                index = number - 1
            } else {
                text += "{\(inside)}"
                continue
            }
            guard index < values.count else { continue }
            switch values[index] {
            case .text(let value): text += value
            case .phrase(let phrase): text += english ? phrase.description : translate(phrase)
            }
        }
        return text + characters
    }

    /// A literal's own braces, kept as text.
    static func escaped(_ literal: String) -> String {
        literal.contains("{") ? literal.replacingOccurrences(of: "{", with: "{{}") : literal
    }
}

extension String {
    /// Repeated literal text the standard library would find in Foundation.
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

/// An error that can say what went wrong as a `Phrase`, so the message catalogue says it in the
/// reader's language.
public protocol PhrasedError: Error {
    var phrase: Phrase { get }
}
