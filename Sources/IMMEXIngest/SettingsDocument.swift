import IMMEXDomain
import TOMLKit

/// A settings file (`company.toml`, `rules.toml`) parsed with TOMLKit into plain values, with the
/// line of each key, so that a bad setting is reported where it is written.
///
/// Every table's keys are checked against the keys this program knows: a misspelt setting is an
/// error, never a silently applied default.
struct SettingsDocument {
    indirect enum Value {
        case string(String)
        case integer(Int)
        case float(Double)
        case boolean(Bool)
        case array([Value])
        case table([String: Value])
        case other(String)

        var typeName: Phrase {
            switch self {
            case .string: "a string"
            case .integer: "an integer"
            case .float: "a decimal number"
            case .boolean: "true or false"
            case .array: "a list"
            case .table: "a table"
            case .other(let name): "\(name)"
            }
        }
    }

    let file: InputFile
    let root: [String: Value]
    let lines: [Substring]

    /// Parses the file; a syntax error becomes a finding at the line and column TOMLKit gives.
    init(_ file: InputFile) throws(InputError) {
        self.file = file
        guard let text = file.text else {
            throw InputError(
                Finding(
                    .invalidSettings, "\(file.displayPath) is not UTF-8 text", at: SourceLocation(file: file.displayPath),
                    hint: "save it as UTF-8"))
        }
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let (line, column) = TOMLHeaderGuard.firstBadHeader(text) {
            throw InputError(
                Finding(
                    .invalidSettings, "\(file.displayPath) is not valid TOML: a table's name must start with a letter, a digit, '_', '-' or a quote",
                    at: SourceLocation(file: file.displayPath, line: line, column: column),
                    hint: "write the table's name in its brackets, like [usd_test]"))
        }
        do {
            root = Self.convert(try TOMLTable(string: text))
        } catch let error as TOMLParseError {
            throw InputError(
                Finding(
                    .invalidSettings, "\(file.displayPath) is not valid TOML: \(error.description)",
                    at: SourceLocation(file: file.displayPath, line: error.source.begin.line, column: error.source.begin.column),
                    hint: "fix the syntax; strings are quoted, lists are written [\"A1\", \"RT\"]"))
        } catch {
            throw InputError(Finding(.invalidSettings, "\(file.displayPath) could not be parsed: \(error)", at: SourceLocation(file: file.displayPath)))
        }
    }

    private static func convert(_ table: TOMLTable) -> [String: Value] {
        var result: [String: Value] = [:]
        for key in table.keys {
            if let value = table[key] { result[key] = convert(value) }
        }
        return result
    }

    private static func convert(_ value: TOMLValueConvertible) -> Value {
        switch value.type {
        case .string: return .string(value.string ?? "")
        case .int: return .integer(value.int ?? 0)
        case .double: return .float(value.double ?? 0)
        case .bool: return .boolean(value.bool ?? false)
        case .table: return .table(value.table.map(convert) ?? [:])
        case .array: return .array(value.array.map { $0.map(convert) } ?? [])
        default: return .other("a date or time")
        }
    }

    // MARK: - Locating keys

    /// Where `key` of table `table` (dotted, `""` for the top level) is written; the table's
    /// header, or the file, when the key is absent.
    func location(table: String, key: String?) -> SourceLocation {
        var current = ""
        var headerLine: Int?
        for (offset, raw) in lines.enumerated() {
            let line = raw.trimmingSpaces
            if line.hasPrefix("[") {
                current = line.drop { $0 == "[" }.prefix { $0 != "]" }.split(separator: ".").map { $0.trimmingSpaces }.joined(separator: ".")
                if current == table { headerLine = offset + 1 }
                continue
            }
            guard current == table, let key else { continue }
            let name = line.prefix { $0 != "=" }.trimmingSpaces.trimmingCharacters(of: "\"")
            if line.contains("="), name == key {
                let column = (raw.firstIndex(where: { $0 != " " && $0 != "\t" }).map { raw.distance(from: raw.startIndex, to: $0) } ?? 0) + 1
                return SourceLocation(file: file.displayPath, line: offset + 1, column: column)
            }
        }
        return SourceLocation(file: file.displayPath, line: headerLine, column: headerLine == nil ? nil : 1)
    }
}

extension StringProtocol {
    func trimmingCharacters(of character: Character) -> String {
        var text = Substring(self)
        while text.first == character { text = text.dropFirst() }
        while text.last == character { text = text.dropLast() }
        return String(text)
    }
}
