import IMMEXDomain

/// How one ERP writes one CSV extract, when it is not the canonical form (UTF-8, commas between
/// fields, `1234.56`, `2025-03-31`): `[import.sales]` and `[import.exports]` in `company.toml`.
/// A file read with a profile is rewritten into the canonical form in memory, line for line
/// (`ProfiledText`), and then read by the same reader as every other file.
public struct ImportProfile: Sendable, Equatable {
    public enum Separator: Sendable, Equatable {
        case fixed(UInt8)
        /// Whichever of `,` `;` tab `|` the header holds most of, outside quotes.
        case sniffed
    }

    public enum Encoding: String, Sendable, CaseIterable {
        case utf8 = "utf-8"
        case windows1252 = "windows-1252"
        case latin1 = "iso-8859-1"
    }

    /// The order of day, month and year in a date; `ymd` is ISO 8601 (`2025-03-31`).
    public enum DateOrder: String, Sendable, CaseIterable {
        case ymd, dmy, mdy
    }

    public var separator = Separator.fixed(UInt8(ascii: ","))
    public var encoding = Encoding.utf8
    /// `1234,56` rather than `1234.56`.
    public var decimalComma = false
    /// The characters an amount may group its thousands with (`1.234.567,89`), none by default.
    public var thousands: [UInt8] = []
    public var dates = DateOrder.ymd
    /// Canonical column → the ERP's word (compared without case) → the value the reader knows
    /// (`type`: `Ingreso` → `I`, as the SAT's own downloads write the CFDI type).
    public var values: [String: [String: String]] = [:]

    public init() {}

    /// The canonical form: read straight from disk, with no rewriting.
    public var isCanonical: Bool { self == ImportProfile() }

    /// The separators a header is sniffed for, and the ones a profile may name.
    static let separators: [(name: String, byte: UInt8)] = [
        (",", UInt8(ascii: ",")), (";", UInt8(ascii: ";")), ("\\t", UInt8(ascii: "\t")), ("|", UInt8(ascii: "|")),
    ]
    static let thousandsCharacters: [UInt8] = [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: " "), UInt8(ascii: "'")]

    /// The settings of one `[import.<file>]` table, each checked: a profile that cannot be read
    /// as written is an error, never a default applied in its place.
    static func read(_ document: SettingsDocument, file: String, columns: [ColumnSpec], findings: inout [Finding]) -> ImportProfile {
        var profile = ImportProfile()
        var table = SettingsReader(document, table: "import.\(file)")
        table.rejectUnknownKeys(["separator", "encoding", "decimal_comma", "thousands", "dates"], subtables: ["values"])
        if let text = table.string("separator") {
            if text == "auto" {
                profile.separator = .sniffed
            } else if let known = separators.first(where: { $0.name == text || String(UnicodeScalar($0.byte)) == text }) {
                profile.separator = .fixed(known.byte)
            } else {
                table.fail(
                    "separator", "separator '\(Finding.echo(text))' is not offered",
                    hint: "write \",\", \";\", \"\\t\" (tab), \"|\" or \"auto\" (sniffed from the header)")
            }
        }
        if let encoding = table.choice("encoding", Encoding.self) { profile.encoding = encoding }
        profile.decimalComma = table.bool("decimal_comma", default: false)
        if let text = table.string("thousands") {
            let bytes = Array(text.utf8)
            if bytes.allSatisfy(thousandsCharacters.contains), Set(bytes).count == bytes.count {
                profile.thousands = bytes
            } else {
                table.fail(
                    "thousands", "thousands separators '\(Finding.echo(text))' are not offered",
                    hint: "write one or more of \".\", \",\", \" \" and \"'\", like thousands = \".\"")
            }
        }
        let decimalPoint = UInt8(ascii: profile.decimalComma ? "," : ".")
        if profile.thousands.contains(decimalPoint) {
            table.fail(
                "thousands", "the thousands separator '\(String(UnicodeScalar(decimalPoint)))' is also the decimal point",
                hint: profile.decimalComma ? "with decimal_comma = true, write thousands = \".\"" : "with a decimal point, write thousands = \",\"")
        }
        if let order = table.choice("dates", DateOrder.self) { profile.dates = order }
        findings.append(contentsOf: table.findings)

        var valueTables = SettingsReader(document, table: "import.\(file).values")
        valueTables.rejectUnknownKeys([], subtables: columns.map(\.name))
        findings.append(contentsOf: valueTables.findings)
        for column in columns.map(\.name) {
            var words = SettingsReader(document, table: "import.\(file).values.\(column)")
            guard words.isPresent else { continue }
            var map: [String: String] = [:]
            for (word, value) in words.stringMap() { map[word.lowercased()] = value }
            profile.values[column] = map
            findings.append(contentsOf: words.findings)
        }
        return profile
    }
}
