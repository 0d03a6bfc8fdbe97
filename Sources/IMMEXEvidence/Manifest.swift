/// The text that seals a bundle: a title, `key: value` fields, and one line per entry
/// (`sha256  size  path`, sorted by path). It is what `MANIFEST.p7s` signs.
///
/// ```
/// IMMEX evidence manifest 1
/// company-rfc: MFN180523QX4
/// ...
///
/// 3b1f…  2341  inputs/company.toml
/// ```
public struct Manifest: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case evidence = "IMMEX evidence manifest 1"
        case archive = "IMMEX archive manifest 1"
    }

    public struct Entry: Sendable, Hashable {
        public var sha256: String
        public var size: Int
        public var path: String
    }

    public var kind: Kind
    /// In the order written.
    public var fields: [(key: String, value: String)]
    public var entries: [Entry]

    public init(kind: Kind, fields: [(key: String, value: String)], entries: [Entry]) {
        self.kind = kind
        self.fields = fields
        self.entries = entries.sorted { $0.path < $1.path }
    }

    public subscript(key: String) -> String? { fields.first { $0.key == key }?.value }

    public static let unsignedMarker = "unsigned (rehearsal: not evidence)"

    public var isSigned: Bool { self["signature"] != Self.unsignedMarker }

    public var text: String {
        var lines = [kind.rawValue]
        lines += fields.map { "\($0.key): \($0.value)" }
        lines.append("entries: \(entries.count)")
        lines.append("")
        lines += entries.map { "\($0.sha256)  \($0.size)  \($0.path)" }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func == (lhs: Manifest, rhs: Manifest) -> Bool { lhs.text == rhs.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }

    /// Why a manifest's text cannot be read.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "MANIFEST line \(line): \(message)" }
    }

    public static func parse(_ text: String) throws(ParseError) -> Manifest {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let title = lines.first, let kind = Kind(rawValue: title) else {
            throw ParseError(line: 1, message: "not an IMMEX manifest")
        }
        var fields: [(key: String, value: String)] = []
        var index = 1
        var declared: Int?
        while index < lines.count, !lines[index].isEmpty {
            let line = lines[index]
            guard let separator = line.range(of: ": ") else { throw ParseError(line: index + 1, message: "expected 'key: value'") }
            let key = String(line[..<separator.lowerBound]), value = String(line[separator.upperBound...])
            if key == "entries" { declared = Int(value) } else { fields.append((key, value)) }
            index += 1
        }
        index += 1
        var entries: [Entry] = []
        while index < lines.count {
            let line = lines[index]
            index += 1
            if line.isEmpty { continue }
            let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
            guard parts.count == 3, parts[0].count == 64, let size = Int(parts[1]) else {
                throw ParseError(line: index, message: "expected 'sha256  size  path'")
            }
            entries.append(Entry(sha256: String(parts[0]), size: size, path: String(parts[2])))
        }
        guard declared == entries.count else {
            throw ParseError(line: 1, message: "declares \(declared.map(String.init) ?? "no") entries but lists \(entries.count)")
        }
        return Manifest(kind: kind, fields: fields, entries: entries)
    }
}
