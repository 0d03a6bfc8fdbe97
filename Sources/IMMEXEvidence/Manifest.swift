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
import Foundation

public struct Manifest: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case evidence = "IMMEX evidence manifest 1"
        case archive = "IMMEX archive manifest 1"

        /// The manifest's entry name in the bundle, and its signature's.
        public var manifestName: String { self == .evidence ? "MANIFEST" : "ARCHIVE-MANIFEST" }
        public var signatureName: String { manifestName + ".p7s" }
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
            let key = String(line[..<separator.lowerBound])
            let value = String(line[separator.upperBound...])
            if key == "entries" { declared = Int(value) } else { fields.append((key, value)) }
            index += 1
        }
        index += 1
        var entries: [Entry] = []
        while index < lines.count {
            let line = lines[index]
            index += 1
            if line.isEmpty { continue }
            // Exactly two spaces separate the fields; the path may itself hold spaces.
            guard let first = line.range(of: "  "), let second = line.range(of: "  ", range: first.upperBound..<line.endIndex) else {
                throw ParseError(line: index, message: "expected 'sha256  size  path'")
            }
            let digest = String(line[..<first.lowerBound])
            let sizeText = String(line[first.upperBound..<second.lowerBound])
            let path = String(line[second.upperBound...])
            guard digest.count == 64, digest.allSatisfy({ $0.isHexDigit && !$0.isUppercase }), let size = Int(sizeText), size >= 0, !path.isEmpty else {
                throw ParseError(line: index, message: "expected 'sha256  size  path'")
            }
            entries.append(Entry(sha256: digest, size: size, path: path))
        }
        guard declared == entries.count else {
            throw ParseError(line: 1, message: "declares \(declared.map(String.init) ?? "no") entries but lists \(entries.count)")
        }
        return Manifest(kind: kind, fields: fields, entries: entries)
    }
}
