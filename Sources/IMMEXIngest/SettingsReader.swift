import IMMEXDomain

/// Reads typed settings out of one table of a `SettingsDocument`, adding an `invalid-settings`
/// finding for each value of the wrong kind and each key it does not know.
struct SettingsReader {
    let document: SettingsDocument
    /// Dotted name of the table, `""` for the top level.
    let table: String
    let values: [String: SettingsDocument.Value]
    private(set) var findings: [Finding] = []

    init(_ document: SettingsDocument, table: String) {
        self.document = document
        self.table = table
        var values = document.root
        for part in table.split(separator: ".") {
            if case .table(let inner)? = values[String(part)] { values = inner } else { values = [:] }
        }
        self.values = values
    }

    var isPresent: Bool { !values.isEmpty }

    private var placeNote: Phrase { table.isEmpty ? "" : " in [\(table)]" }

    mutating func fail(_ key: String?, _ message: Phrase, hint: Phrase) {
        findings.append(Finding(.invalidSettings, message, at: document.location(table: table, key: key), hint: hint))
    }

    /// Reports every key of the table that is not in `known` (tables named in `subtables` are allowed too).
    mutating func rejectUnknownKeys(_ known: [String], subtables: [String] = []) {
        for key in values.keys.sorted() where !known.contains(key) && !subtables.contains(key) {
            fail(
                key, "unknown setting '\(Finding.echo(key))'\(placeNote)",
                hint: "known settings here: \((known + subtables.map { "[\(table.isEmpty ? "" : table + ".")\($0)]" }).joined(separator: ", "))")
        }
    }

    mutating func string(_ key: String, required: Bool = false) -> String? {
        switch values[key] {
        case nil:
            if required { fail(nil, "setting '\(key)'\(placeNote) is missing", hint: "add \(key) = \"...\"") }
            return nil
        case .string(let text)?:
            return text
        case let value?:
            fail(key, "setting '\(key)'\(placeNote) is \(value.typeName), not a string", hint: "write it in quotes")
            return nil
        }
    }

    mutating func bool(_ key: String, default fallback: Bool) -> Bool {
        switch values[key] {
        case nil: return fallback
        case .boolean(let flag)?: return flag
        case let value?:
            fail(key, "setting '\(key)'\(placeNote) is \(value.typeName), not true or false", hint: "write true or false, without quotes")
            return fallback
        }
    }

    /// An exact decimal, written as a string (`"500000.00"`) or an integer. TOML floats are binary
    /// and are refused, so that no limit is ever rounded by the parser.
    mutating func decimal(_ key: String, scale: Int) -> DecimalNumber? {
        switch values[key] {
        case nil: return nil
        case .integer(let number)?: return DecimalNumber(mantissa: Int64(number), scale: 0)
        case .string(let text)?:
            switch DecimalNumber.parse(text, maximumScale: scale) {
            case .success(let number): return number
            case .failure(let error):
                fail(key, "setting '\(key)'\(placeNote) '\(text)' is not a number: \(error.explanation)", hint: "write it like \"500000.00\"")
                return nil
            }
        case .float?:
            fail(
                key, "setting '\(key)'\(placeNote) is written as a binary decimal number",
                hint: "write it in quotes, like \"500000.00\", so that it stays exact")
            return nil
        case let value?:
            fail(key, "setting '\(key)'\(placeNote) is \(value.typeName), not a number", hint: "write it in quotes, like \"10\"")
            return nil
        }
    }

    mutating func stringList(_ key: String) -> [String]? {
        switch values[key] {
        case nil: return nil
        case .array(let items)?:
            var strings: [String] = []
            for item in items {
                guard case .string(let text) = item else {
                    fail(key, "setting '\(key)'\(placeNote) must list strings; it holds \(item.typeName)", hint: "write [\"A1\", \"RT\"]")
                    return nil
                }
                strings.append(text)
            }
            return strings
        case let value?:
            fail(key, "setting '\(key)'\(placeNote) is \(value.typeName), not a list", hint: "write [\"A1\", \"RT\"]")
            return nil
        }
    }

    /// A string that must be one of an enumeration's raw values.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) -> T? where T.RawValue == String {
        guard let text = string(key) else { return nil }
        guard let value = T(rawValue: text) else {
            fail(key, "setting '\(key)'\(placeNote) is '\(text)'", hint: "choose one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return value
    }

    /// All string values of the table (for column aliases).
    mutating func stringMap() -> [String: String] {
        var map: [String: String] = [:]
        for key in values.keys.sorted() {
            if let text = string(key) { map[key] = text }
        }
        return map
    }
}
